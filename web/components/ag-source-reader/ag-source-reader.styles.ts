import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    font-size: 0.95rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 8px;
    align-items: center;
    padding-bottom: 8px;
    border-bottom: 1px solid #d5dce8;
  }
  .steps {
    margin-left: auto;
    display: flex;
    gap: 4px;
  }
  .citation {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.85rem;
    color: #4a5568;
  }
  .backs {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.85rem;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  button {
    font: inherit;
    font-size: 0.85rem;
    padding: 2px 8px;
    border: 1px solid #6a7a94;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: #fff3cf;
    border-color: #b07d00;
  }
  button:focus-visible,
  .document:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .document {
    flex: 1;
    overflow-y: auto;
    line-height: 1.6;
    padding: 4px 4px 40vh;
  }
  .page {
    font-size: 0.8rem;
    color: #4a5568;
    border-top: 1px dashed #9aa7bb;
    margin: 1em 0 0.3em;
    text-align: right;
  }
  mark {
    color: inherit;
    cursor: pointer;
    background: transparent;
    border-bottom: 2px solid;
  }
  mark.cooperation {
    background: #e3f3e7;
    border-bottom-color: #1b7f3b;
    border-bottom-style: solid;
  }
  mark.rivalry {
    background: #fbe7e4;
    border-bottom-color: #c0392b;
    border-bottom-style: dashed;
  }
  mark.leverage {
    background: #eee7f9;
    border-bottom-color: #6a3fb5;
    border-bottom-style: dotted;
  }
  mark.current {
    background: var(--ag-highlight, #ffe58a);
    outline: 2px solid #b07d00;
  }
`;
