import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: 0.95rem;
    line-height: 1.45;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1em 0 0.3em;
  }
  .kind,
  .aliases,
  .hidden-count {
    margin: 0.1em 0;
    color: #4a5568;
    font-size: 0.9rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .relation {
    width: 100%;
    display: grid;
    grid-template-columns: 1fr;
    text-align: left;
    font: inherit;
    padding: 4px 8px;
    border: 1px solid #d5dce8;
    border-left: 4px solid;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  .relation:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .relation.cooperation {
    border-left-color: #1b7f3b;
    border-left-style: solid;
  }
  .relation.rivalry {
    border-left-color: #c0392b;
    border-left-style: dashed;
  }
  .relation.leverage {
    border-left-color: #6a3fb5;
    border-left-style: dotted;
  }
  .other {
    font-weight: 600;
  }
  .meta {
    font-size: 0.8rem;
    color: #4a5568;
  }
  .more {
    font-size: 0.85rem;
    color: #4a5568;
  }
`;
