import { css } from 'lit';

export const styles = css`
  :host {
    position: relative;
    display: block;
  }
  input {
    font: inherit;
    width: 16em;
    padding: 4px 8px;
    border: 1px solid #6a7a94;
    border-radius: 4px;
  }
  input:focus-visible {
    outline: 3px solid var(--ag-focus, #f0a500);
    outline-offset: 1px;
  }
  ul {
    position: absolute;
    z-index: 10;
    top: 100%;
    right: 0;
    min-width: 100%;
    margin: 2px 0 0;
    padding: 2px 0;
    list-style: none;
    background: #fff;
    border: 1px solid #6a7a94;
    border-radius: 4px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  li {
    display: flex;
    gap: 8px;
    align-items: baseline;
    padding: 4px 10px;
    cursor: pointer;
    white-space: nowrap;
  }
  li[aria-selected='true'] {
    background: #fff3cf;
  }
  .alias,
  .kind {
    font-size: 0.8rem;
    color: #4a5568;
  }
  .kind {
    margin-left: auto;
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
