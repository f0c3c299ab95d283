/**
 * Shared look: system fonts, the Okabe–Ito colour-blind-safe palette for lanes and pools,
 * a visible focus ring on every control, headings and buttons, and the error style (colour
 * plus an icon and text, never colour alone). The results dashboard, drawn denser, takes
 * `compactControls` instead of the full theme.
 */
import { css } from 'lit';

/** Text for screen readers only: `.visually-hidden` (also spelt `.sr-only`). */
export const visuallyHidden = css`
  .visually-hidden,
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/** Headings of a card: its title (h2) and its sections (h3). */
export const headings = css`
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  h3 {
    margin: 0.5rem 0 0.25rem;
    font-size: 1.05rem;
  }
`;

/**
 * Buttons: plain, `.primary` (the one main action), `.link` (reads as a link). `.button`
 * gives the plain look to something that is not a button, such as a file input's label.
 */
export const buttons = css`
  button,
  .button {
    font: inherit;
    border: 1px solid var(--cc-line);
    background: var(--cc-surface);
    color: var(--cc-ink);
    padding: 0.3rem 0.75rem;
    border-radius: 6px;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--cc-accent);
  }
  button.primary {
    background: var(--cc-accent);
    border-color: var(--cc-accent);
    color: var(--cc-accent-ink);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.link {
    border: none;
    background: none;
    color: var(--cc-accent);
    text-decoration: underline;
    padding: 0;
  }
`;

/** The dashboard's small grey buttons and selects, under dense charts. */
export const compactControls = css`
  button,
  select {
    font: inherit;
    font-size: 0.8rem;
    padding: 2px 8px;
    border: 1px solid #8a8a8a;
    border-radius: 4px;
    background: #f6f6f6;
    color: #222;
  }
  button {
    cursor: pointer;
  }
  button:hover {
    background: #e9e9e9;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid #0072b2;
    outline-offset: 2px;
  }
`;

export const theme = css`
  :host {
    --cc-ink: #1d1d1f;
    --cc-muted: #5a5a60;
    --cc-line: #c9c9cf;
    --cc-surface: #ffffff;
    --cc-page: #f4f5f7;
    --cc-accent: #0072b2;
    --cc-accent-ink: #ffffff;
    --cc-error: #b3261e;
    --cc-error-bg: #fdecea;
    --cc-ok: #00734f;
    --cc-warn: #8a5a00;
    --cc-focus: #0072b2;
    /* Okabe & Ito (2008): distinguishable with every common colour-vision deficiency. */
    --cc-c1: #0072b2;
    --cc-c2: #e69f00;
    --cc-c3: #009e73;
    --cc-c4: #cc79a7;
    --cc-c5: #56b4e9;
    --cc-c6: #d55e00;
    --cc-c7: #f0e442;
    font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback', sans-serif;
    color: var(--cc-ink);
    font-size: 15px;
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--cc-focus);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    border: 1px solid var(--cc-line);
    border-radius: 5px;
    padding: 0.25rem 0.4rem;
    background: var(--cc-surface);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--cc-error);
    background: var(--cc-error-bg);
  }
  .error {
    color: var(--cc-error);
    font-size: 0.85rem;
  }
  .error::before {
    content: '⚠ ';
  }
  .detail {
    color: var(--cc-muted);
    font-size: 0.75rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  }
  .help {
    color: var(--cc-muted);
    font-size: 0.8rem;
  }
  ${headings}
  ${buttons}
  ${visuallyHidden}
`;
