/**
 * The layout of `<cc-app>`: the header with the language switch, the cards in one column
 * (two from 1200 px, the results kept in view), and the notices above them.
 */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--cc-page);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.6rem 1.25rem;
    background: #12355b;
    color: #fff;
  }
  header h1 {
    font-size: 1.25rem;
    margin: 0;
  }
  header p {
    margin: 0;
    font-size: 0.85rem;
    opacity: 0.9;
  }
  .lang {
    display: flex;
    gap: 0;
    border: 1px solid #fff;
    border-radius: 6px;
    overflow: hidden;
  }
  .lang button {
    border: none;
    border-radius: 0;
    background: transparent;
    color: #fff;
  }
  .lang button[aria-pressed='true'] {
    background: #fff;
    color: #12355b;
    font-weight: 600;
  }
  .lang button:focus-visible {
    outline-color: #ffd166;
    outline-offset: -3px;
  }
  .skip {
    position: absolute;
    left: -999px;
  }
  .skip:focus {
    left: 1rem;
    top: 0.5rem;
    background: #fff;
    color: #12355b;
    padding: 0.3rem 0.6rem;
    z-index: 10;
  }
  main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    padding: 1rem 1.25rem 2rem;
    max-width: 1800px;
    margin: 0 auto;
  }
  .card {
    background: var(--cc-surface);
    border: 1px solid var(--cc-line);
    border-radius: 10px;
    padding: 0.9rem 1.1rem;
    min-width: 0;
  }
  .columns {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @media (min-width: 1200px) {
    .columns {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    }
    .results {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow-y: auto;
    }
  }
  .side {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .notice {
    border-radius: 8px;
    padding: 0.6rem 0.9rem;
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    align-items: start;
  }
  .notice.info {
    background: #e8f4ea;
    border: 1px solid var(--cc-ok);
  }
  .notice.error {
    background: var(--cc-error-bg);
    border: 2px solid var(--cc-error);
  }
  /* The browser refused to save: amber, not red, as nothing is lost yet. */
  .notice.warn {
    background: #fff4dc;
    border: 2px solid var(--cc-warn);
  }
  .notice ul {
    margin: 0.3rem 0 0;
    padding-left: 1.1rem;
    max-height: 10rem;
    overflow-y: auto;
  }
  .notice p {
    margin: 0;
  }
  .notice button {
    flex: none;
    white-space: nowrap;
  }
`;
