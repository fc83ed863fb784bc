import { css } from 'lit';

/** The panel's look, loaded with its content (the shell only needs `:host`). */
export const styles = css`
  :host {
    display: block;
    font-size: 0.92rem;
    line-height: 1.45;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0.6em 0 0.2em;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1em 0 0.3em;
  }
  h4 {
    font-size: 0.88rem;
    margin: 0.6em 0 0.2em;
  }
  p {
    margin: 0.3em 0;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sections {
    display: inline-flex;
  }
  .sections button,
  .more,
  .light {
    font: inherit;
    font-size: 0.88rem;
    padding: 3px 10px;
    border: 1px solid #6a7a94;
    background: #fff;
    cursor: pointer;
  }
  .sections button + button {
    border-left: none;
  }
  .sections button:first-child {
    border-radius: 4px 0 0 4px;
  }
  .sections button:last-child {
    border-radius: 0 4px 4px 0;
  }
  .sections button[aria-pressed='true'],
  .light[aria-pressed='true'] {
    background: #1d2533;
    color: #fff;
  }
  .more,
  .light {
    border-radius: 4px;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  th button:focus-visible,
  .point:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  .scope,
  .method,
  .note {
    color: #4a5568;
    font-size: 0.85rem;
  }
  .method strong {
    color: #1d2533;
  }
  .failed {
    color: #9b1c1c;
    font-size: 0.85rem;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin: 0.4em 0;
  }
  .options label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  details {
    margin: 0.4em 0;
  }
  summary {
    cursor: pointer;
  }
  details.part > summary {
    font-weight: 600;
    padding: 4px 0;
  }

  /* Influence ranking */
  .ranking {
    counter-reset: rank;
    display: grid;
    gap: 4px;
  }
  .ranking > li {
    counter-increment: rank;
    border: 1px solid #d5dce8;
    border-radius: 4px;
    padding: 4px 8px;
  }
  .rank-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
  }
  .rank-row::before {
    content: counter(rank) '.';
    color: #4a5568;
    min-width: 1.4em;
  }
  .rank-row .name {
    font-weight: 600;
  }
  .scores {
    margin-left: auto;
    font-variant-numeric: tabular-nums;
    font-size: 0.85rem;
  }
  .role {
    font-size: 0.78rem;
    padding: 0 6px;
    border-radius: 8px;
    border: 1px solid #9aa7bb;
  }
  .role.driver {
    background: #1d2533;
    color: #fff;
  }
  .role.relay {
    background: #dfe6f0;
  }
  .role.dependent {
    border-style: dashed;
  }
  .why summary {
    font-size: 0.85rem;
    color: #2b4c7e;
  }
  .contributions {
    display: grid;
    gap: 3px;
  }

  /* A relation to select */
  .relation {
    width: 100%;
    display: grid;
    text-align: left;
    font: inherit;
    font-size: 0.88rem;
    padding: 3px 8px;
    border: 1px solid #d5dce8;
    border-left: 4px solid;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
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
  .meta {
    font-size: 0.8rem;
    color: #4a5568;
  }

  /* Influence–dependence chart */
  .chart svg {
    display: block;
    width: 100%;
    height: auto;
    max-width: 480px;
    font-family: system-ui, sans-serif;
  }
  .chart .axis {
    stroke: #4a5568;
    stroke-width: 1;
  }
  .chart .threshold {
    stroke: #6a7a94;
    stroke-dasharray: 4 3;
  }
  .chart .tick,
  .chart .axis-name {
    font-size: 10px;
    fill: #4a5568;
  }
  .chart .quadrant {
    font-size: 11px;
    font-style: italic;
    fill: #6a7a94;
  }
  .chart .point circle {
    fill: #dfe6f0;
    stroke: #1d2533;
    stroke-width: 1.5;
  }
  .chart .point.driver circle {
    fill: #1d2533;
  }
  .chart .point.relay circle {
    fill: #6a7a94;
  }
  .chart .leader {
    stroke: #9aa7bb;
    stroke-width: 1;
  }
  .chart .point text {
    font-size: 11px;
    fill: #1d2533;
  }
  .chart .point {
    cursor: pointer;
  }
  .chart .point:focus-visible circle,
  .chart .point:hover circle {
    stroke: #f0a500;
    stroke-width: 3;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Tables */
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.82rem;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    color: #4a5568;
    font-size: 0.8rem;
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 2px 3px;
    border-bottom: 1px solid #e4e9f1;
    text-align: right;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: left;
    white-space: normal;
  }
  td.degree {
    white-space: normal;
  }
  td.degree span {
    white-space: nowrap;
  }
  th button {
    font: inherit;
    font-weight: 600;
    border: none;
    background: none;
    padding: 0;
    cursor: pointer;
    text-decoration: underline dotted;
  }

  /* Influence paths */
  .path-form {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 4px 8px;
    align-items: center;
    margin: 0.4em 0;
  }
  .path-form select {
    font: inherit;
    min-width: 0;
    max-width: 100%;
  }
  /* The actor lists are as wide as the column, not as the longest of thousands of names:
     measuring them all took a tenth of a second per list at 5,000 actors. */
  .path-form #path-from,
  .path-form #path-to {
    width: 100%;
  }
  .path-form fieldset {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    border: 1px solid #d5dce8;
    border-radius: 4px;
    margin: 0;
    padding: 2px 8px 4px;
  }
  .path-form legend {
    font-size: 0.85rem;
    padding: 0 4px;
  }
  .paths {
    display: grid;
    gap: 6px;
  }
  .path {
    border: 1px solid #d5dce8;
    border-radius: 4px;
    padding: 4px 8px;
  }
  .path.lit {
    border-color: #1d2533;
    box-shadow: inset 3px 0 0 #1d2533;
  }
  .path-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
  }
  .route {
    font-weight: 600;
    flex: 1 1 12em;
  }
  .steps {
    display: grid;
    gap: 6px;
    margin-top: 4px;
  }
  .step-relations {
    display: grid;
    gap: 4px;
  }
  blockquote {
    margin: 2px 0 0 12px;
    padding-left: 8px;
    border-left: 2px solid #d5dce8;
    font-size: 0.85rem;
    color: #2d3748;
  }
  .blocked {
    padding: 6px 8px;
    background: #fff7dd;
    border: 1px solid #e0c36a;
    border-radius: 4px;
  }

  /* Blocs */
  .share {
    font-size: 1rem;
  }
  .blocs {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .bloc {
    border: 1px solid #d5dce8;
    border-radius: 4px;
    padding: 4px 8px;
  }
  .bloc h3 {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0.2em 0;
  }
  .swatch {
    display: inline-block;
    box-sizing: border-box;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    vertical-align: middle;
    flex: none;
  }
  .swatch.bloc-0 {
    background: #cfe0f5;
    border: 3px solid #1f4e8c;
  }
  .swatch.bloc-1 {
    background: #f8dcc0;
    border: 5px double #9a4d0f;
  }
  .ties {
    display: grid;
    gap: 6px;
  }
  .tie-head {
    font-weight: 600;
  }
  .sign {
    font-weight: 700;
    font-family: ui-monospace, monospace;
  }
  .triads li {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    border-bottom: 1px solid #e4e9f1;
    font-size: 0.85rem;
  }
  .triads li > :last-child {
    flex: none;
    white-space: nowrap;
  }
  .unbalanced {
    color: #a02c20;
  }
`;
