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
  ag-graph {
    min-height: 0;
  }
  aside {
    overflow-y: auto;
    padding: 12px 16px;
    border-left: 1px solid #d5dce8;
  }
  aside.reader {
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  ag-source-reader {
    flex: 1;
    min-height: 0;
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
