import { css } from 'lit';

export const styles = css`
  :host {
    position: relative;
    font-size: 0.9rem;
  }
  button,
  select {
    font: inherit;
  }
  button {
    padding: 3px 10px;
    border: 1px solid #6a7a94;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  button[aria-expanded='true'] {
    background: #1d2533;
    color: #fff;
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  :focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  #panel {
    position: absolute;
    z-index: 20;
    top: calc(100% + 4px);
    left: 0;
    width: 22rem;
    padding: 8px 12px;
    border: 1px solid #9aa7bb;
    border-radius: 6px;
    background: #fff;
    box-shadow: 0 4px 16px rgb(0 0 0 / 15%);
  }
  #panel[hidden] {
    display: none;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    margin: 0 0 8px;
    border: 1px solid #d5dce8;
  }
  .formats {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    width: 100%;
  }
  p {
    margin: 4px 0 0;
  }
  [role='alert'] {
    color: #a12a1e;
  }
`;
