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
  .canvas:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: -3px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  button[aria-busy='true'] {
    cursor: progress;
  }
  .layout-error {
    position: absolute;
    top: 44px;
    right: 8px;
    max-width: 28em;
    margin: 0;
    padding: 4px 8px;
    border: 1px solid #b3261e;
    border-radius: 4px;
    background: #fff;
    color: #b3261e;
    z-index: 1;
  }
  button:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
`;
