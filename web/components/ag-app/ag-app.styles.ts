import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100vh;
    font-family: system-ui, sans-serif;
    color: #1d2533;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 24px;
    padding: 8px 16px;
    border-bottom: 1px solid #d5dce8;
  }
  h1 {
    font-size: 1.2rem;
    margin: 0;
  }
  .source {
    margin: 0;
    color: #4a5568;
    font-size: 0.9rem;
  }
  main {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(300px, 32%);
    min-height: 0;
  }
  .main {
    position: relative;
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
  }
  .main > .tabs {
    position: absolute;
    z-index: 2;
    top: 8px;
    left: 8px;
  }
  ag-graph,
  ag-table-view {
    flex: 1;
    min-height: 0;
  }
  aside {
    display: flex;
    flex-direction: column;
    min-height: 0;
    padding: 8px 16px 0;
    border-left: 1px solid #d5dce8;
  }
  aside > .tabs {
    margin-bottom: 8px;
  }
  aside > .details,
  ag-analysis {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    padding-bottom: 12px;
  }
  ag-source-reader {
    flex: 1;
    min-height: 0;
  }
  .tabs {
    display: inline-flex;
    gap: 0;
  }
  .tabs button {
    font: inherit;
    font-size: 0.9rem;
    padding: 3px 12px;
    border: 1px solid #6a7a94;
    background: #fff;
    cursor: pointer;
  }
  .tabs button + button {
    border-left: none;
  }
  .tabs button:first-child {
    border-radius: 4px 0 0 4px;
  }
  .tabs button:last-child {
    border-radius: 0 4px 4px 0;
  }
  .tabs button[aria-pressed='true'] {
    background: #1d2533;
    color: #fff;
  }
  .tabs button:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .notice {
    margin: 0;
    padding: 6px 16px;
    background: #fff7dd;
    border-bottom: 1px solid #e0c36a;
  }
  .notice button {
    font: inherit;
    margin-left: 8px;
  }
  .error {
    margin: 8px 16px;
    padding: 8px 12px;
    border: 1px solid #c0392b;
    background: #fdecea;
  }
  .loading {
    padding: 16px;
  }
`;
