import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: 0.95rem;
    line-height: 1.5;
  }
  .hint {
    color: #4a5568;
  }
  h2 {
    font-size: 1.15rem;
    margin: 0.2em 0 0.5em;
  }
  h3 {
    font-size: 1rem;
    margin: 1em 0 0.3em;
  }
  .ends {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
  }
  .actor {
    font: inherit;
    font-weight: 600;
    border: 1px solid #9aa7bb;
    border-radius: 999px;
    padding: 1px 10px;
    background: #f4f6fa;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  dt {
    color: #4a5568;
  }
  dd {
    margin: 0;
  }
  .type {
    font-weight: 600;
  }
  .type.cooperation {
    color: #1b7f3b;
  }
  .type.rivalry {
    color: #b03226;
  }
  .type.leverage {
    color: #6a3fb5;
  }
  .evidence {
    padding-left: 1.2em;
  }
  blockquote {
    margin: 0;
    padding: 0.2em 0.8em;
    border-left: 3px solid #c5cedd;
    color: #2d3748;
  }
  blockquote p {
    margin: 0.3em 0;
  }
  mark {
    background: var(--ag-highlight, #ffe58a);
    color: inherit;
    padding: 0 1px;
  }
  .citation {
    font-size: 0.85rem;
    color: #4a5568;
    margin: 0.3em 0 1em;
  }
  .read {
    font: inherit;
    font-size: 0.85rem;
    margin-left: 0.5em;
    padding: 1px 8px;
    border: 1px solid #6a7a94;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  .note {
    font-size: 0.9rem;
  }
`;
