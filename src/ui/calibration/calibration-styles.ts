/** The calibration view's look, and its printed report (no import, map or buttons; charts never cut by a page break). */
import { css } from 'lit';

export const calibrationStyles = css`
  :host { display: block; padding: 1rem 1.25rem 2rem; max-width: 1200px; margin: 0 auto; }
  .card { background: var(--cc-surface); border: 1px solid var(--cc-line); border-radius: 10px; padding: 0.9rem 1.1rem; margin-bottom: 1rem; }
  .privacy { border-left: 4px solid var(--cc-accent); padding: 0.4rem 0.75rem; background: var(--cc-accent-soft, #eef4fb); margin: 0.5rem 0; }
  .drop { border: 2px dashed var(--cc-line); border-radius: 10px; padding: 1rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
  .drop.over { border-color: var(--cc-accent); background: var(--cc-accent-soft, #eef4fb); }
  .drop input[type='file'] { position: absolute; width: 1px; height: 1px; opacity: 0; }
  input[type='file']:focus-visible + label { outline: 3px solid var(--cc-focus, #1a73e8); outline-offset: 2px; }
  .help { color: var(--cc-muted); font-size: 0.85rem; margin: 0.25rem 0; }
  .error { color: var(--cc-bad, #b00020); }
  .alert { border: 1px solid var(--cc-bad, #b00020); border-left-width: 4px; border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
  .alert.info { border-color: var(--cc-accent); }
  .alert p { margin: 0.2rem 0; }
  .map { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 0.5rem 1rem; margin: 0.5rem 0; }
  .map label { display: flex; flex-direction: column; gap: 2px; font-size: 0.85rem; }
  .map label code { font-weight: 600; }
  .map select[aria-invalid='true'] { border: 2px solid var(--cc-bad, #b00020); }
  .map .problem { color: var(--cc-error, #b3261e); font-size: 0.8rem; }
  .map .problem::before { content: '⚠ '; }
  .actions { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
  .actions label { display: flex; gap: 0.4rem; align-items: center; font-size: 0.9rem; }
  input.short { width: 6rem; }
  progress { width: 12rem; }
  .table-wrap { overflow-x: auto; }
  .table-wrap.scroll { max-height: 22rem; overflow-y: auto; }
  table { border-collapse: collapse; font-size: 0.85rem; }
  th, td { text-align: right; padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--cc-line); font-variant-numeric: tabular-nums; white-space: nowrap; }
  th:first-child, td:first-child, td.left { text-align: left; }
  td.left { white-space: normal; }
  #preview td, #preview th { text-align: left; max-width: 14rem; overflow: hidden; text-overflow: ellipsis; }
  caption { caption-side: bottom; text-align: left; color: var(--cc-muted); font-size: 0.8rem; padding-top: 0.2rem; }
  tr.chosen th, tr.chosen td { font-weight: 600; }
  tr.total th, tr.total td { font-weight: 600; border-top: 2px solid var(--cc-line); }
  td.outside { background: #fff1e6; }
  .mark { margin-left: 0.25rem; }
  .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0.4rem 1rem; margin: 0.5rem 0; }
  .facts div { border-left: 3px solid var(--cc-line); padding-left: 0.5rem; }
  .facts dt { font-size: 0.8rem; color: var(--cc-muted); }
  .facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
  .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); gap: 0.75rem 1.25rem; align-items: start; }
  .charts.wide { grid-template-columns: 1fr; }
  figure { margin: 0; }
  figcaption, h5 { font-weight: 600; font-size: 0.9rem; margin: 0 0 0.2rem; }
  .axis-titles { display: flex; justify-content: space-between; font-size: 0.75rem; color: var(--cc-muted); }
  .legend { display: flex; gap: 0.9rem; flex-wrap: wrap; font-size: 0.8rem; margin: 0.2rem 0; padding: 0; list-style: none; }
  .swatch { display: inline-block; width: 16px; height: 3px; vertical-align: middle; margin-right: 4px; background: var(--swatch); }
  .swatch.band { height: 10px; opacity: 0.3; }
  .swatch.bars { height: 10px; }
  .swatch.dots { width: 8px; height: 8px; border-radius: 50%; }
  .swatch.diagonal { background: repeating-linear-gradient(90deg, var(--swatch) 0 4px, transparent 4px 7px); }
  .swatch.dashed { background: repeating-linear-gradient(90deg, var(--swatch) 0 6px, transparent 6px 9px); }
  article.type { border-top: 1px solid var(--cc-line); padding-top: 0.5rem; margin-top: 0.75rem; }
  article.type h4 { margin: 0 0 0.4rem; }
  table.aic { margin-top: 0.3rem; }
  .notes { font-size: 0.85rem; }
  h2:focus, h3:focus, [tabindex='-1']:focus { outline: 3px solid var(--cc-focus, #1a73e8); outline-offset: 2px; }
  .print-only { display: none; }
  @media print {
    :host { padding: 0; max-width: none; }
    .screen-only, button, .actions, .drop, .map, #preview-card { display: none !important; }
    .print-only { display: block; }
    .card { border: none; padding: 0; margin: 0 0 0.75rem; }
    .charts { display: block; }
    figure, .report-figure, .duration, table.aic { break-inside: avoid; page-break-inside: avoid; margin-bottom: 0.6rem; }
    .table-wrap, .table-wrap.scroll { overflow: visible; max-height: none; }
    tr { break-inside: avoid; }
    td.outside { background: none; }
  }
`;
