import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    font-size: 0.85rem;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .shape {
    display: inline-block;
    width: 12px;
    height: 12px;
    background: #dfe6f0;
    border: 1.5px solid #3a4a63;
  }
  .state {
    border-radius: 50%;
  }
  .armed-group {
    transform: rotate(45deg) scale(0.85);
  }
  .alliance {
    border-radius: 4px;
    width: 16px;
  }
  .movement {
    clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%);
    background: #3a4a63;
  }
  .region {
    clip-path: polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%);
    background: #3a4a63;
  }
`;
