import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-size: 0.9rem;
  }
  button {
    font: inherit;
    padding: 3px 10px;
    border: 1px solid #6a7a94;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .brought {
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  dialog {
    max-width: 640px;
    border: 1px solid #6a7a94;
    border-radius: 6px;
    padding: 16px 20px;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 30%);
  }
  h2 {
    margin-top: 0;
    font-size: 1.1rem;
  }
  .limit {
    color: #4a5568;
  }
  .picker {
    display: flex;
    gap: 8px;
    align-items: center;
    margin: 8px 0;
  }
  .errors {
    border: 1px solid #c0392b;
    background: #fdecea;
    padding: 4px 12px;
    max-height: 40vh;
    overflow: auto;
  }
  .errors code {
    white-space: pre-wrap;
    word-break: break-word;
  }
  .close {
    text-align: right;
    margin-top: 8px;
  }
  .drop-hint {
    position: fixed;
    inset: 0;
    z-index: 100;
    display: grid;
    place-items: center;
    font-size: 1.4rem;
    background: rgb(255 243 207 / 85%);
    border: 4px dashed #b07d00;
    pointer-events: none;
  }
`;
