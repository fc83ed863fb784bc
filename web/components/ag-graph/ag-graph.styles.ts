import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    min-height: 300px;
  }
  .canvas {
    position: relative;
    width: 100%;
    height: 100%;
    background: var(--ag-graph-background, #fbfcfe);
  }
  .controls {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    gap: 4px;
    z-index: 1;
  }
  button {
    font: inherit;
    min-width: 2.2em;
    padding: 4px 8px;
    border: 1px solid #9aa7bb;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
`;
