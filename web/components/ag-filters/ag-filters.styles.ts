import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: 0.85rem;
    border-bottom: 1px solid #d5dce8;
    background: #f7f9fc;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 14px;
    align-items: center;
    padding: 6px 16px;
  }
  details {
    position: relative;
  }
  summary {
    cursor: pointer;
    padding: 3px 8px;
    border: 1px solid #9aa7bb;
    border-radius: 4px;
    background: #fff;
  }
  details fieldset {
    position: absolute;
    z-index: 20;
    top: 100%;
    left: 0;
    margin-top: 2px;
    min-width: 14em;
    background: #fff;
    border: 1px solid #6a7a94;
    border-radius: 4px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
    display: grid;
    gap: 4px;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 6px 8px;
  }
  fieldset.time,
  fieldset.focus {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
    padding: 0;
  }
  legend {
    font-weight: 600;
    float: left;
    margin-right: 4px;
    padding: 0;
  }
  details legend {
    float: none;
  }
  label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    white-space: nowrap;
  }
  .count {
    color: #4a5568;
  }
  output {
    min-width: 2.5em;
    font-weight: 600;
  }
  button,
  select {
    font: inherit;
    padding: 1px 6px;
    border: 1px solid #9aa7bb;
    border-radius: 4px;
    background: #fff;
  }
  /* A set width, not that of the longest of thousands of names (measuring them all took a
     tenth of a second at 5,000 actors). */
  select.focus-actor {
    width: 16em;
    max-width: 100%;
  }
  button[aria-pressed='true'] {
    background: #fff3cf;
    border-color: #b07d00;
  }
  .milestones {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 3px;
  }
  .summary {
    margin: 0 0 0 auto;
    color: #4a5568;
  }
  :focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
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
`;
