import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    overflow: auto;
    /* Room for the Graph/Tables switch drawn over the top left of the main area. */
    margin-top: 44px;
    padding: 0 16px 24px;
    font-size: 0.9rem;
    color: #1d2533;
  }
  .intro {
    margin: 0 0 8px;
    color: #4a5568;
  }
  .more {
    margin: -16px 0 24px;
    color: #4a5568;
  }
  .more button {
    font: inherit;
    margin-left: 8px;
    padding: 2px 8px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 24px;
  }
  caption {
    text-align: left;
    font-weight: 600;
    font-size: 1rem;
    padding: 4px 0 6px;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: #eef2f8;
    border-bottom: 2px solid #9aa7bb;
    text-align: left;
    padding: 0;
    white-space: nowrap;
  }
  th,
  td {
    padding: 4px 8px;
    border-bottom: 1px solid #e2e7ef;
    vertical-align: top;
    text-align: left;
    font-weight: normal;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:nth-child(even) {
    background: #f7f9fc;
  }
  tbody tr:hover {
    background: #eef2f8;
  }
  tbody tr.current {
    background: #fff3cf;
    box-shadow: inset 4px 0 0 #b07d00;
  }
  tr.current .row-link {
    font-weight: 700;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .period {
    white-space: nowrap;
  }
  /* The label is the longest text of a relation: it gets the room, the names wrap instead. */
  .column-label {
    min-width: 14em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .sort {
    display: flex;
    width: 100%;
    gap: 4px;
    align-items: center;
    padding: 6px 8px;
    border: none;
    background: none;
    font-weight: 600;
    text-align: inherit;
  }
  th.number .sort {
    justify-content: flex-end;
  }
  .sort-mark {
    font-size: 0.7rem;
    color: #4a5568;
  }
  th[aria-sort] .sort-mark {
    color: #1d2533;
  }
  .row-link {
    padding: 0;
    border: none;
    background: none;
    color: #1a4f9c;
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .type {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    white-space: nowrap;
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
  .direction {
    color: #4a5568;
    font-weight: normal;
  }
  .empty {
    color: #4a5568;
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
