/** Layout shared by the editor's field components: label column, control, unit, help, errors. */
import { css } from 'lit';

export const fieldStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(10rem, 15rem) minmax(0, 1fr);
    gap: 0.15rem 1rem;
    padding: 0.35rem 0;
    align-items: start;
  }
  .row > label,
  .row > .label {
    padding-top: 0.3rem;
    font-weight: 500;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
  }
  .control {
    min-width: 0;
  }
  .control input[inputmode='decimal'] {
    width: min(8rem, 100%);
  }
  .unit {
    color: var(--cc-muted);
    font-size: 0.85rem;
  }
  .below {
    grid-column: 2;
  }
  .below p {
    margin: 0.15rem 0 0;
  }
  select {
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 5rem;
  }
  input.wide {
    width: min(100%, 32rem);
  }
  fieldset {
    border: 1px solid var(--cc-line);
    border-radius: 6px;
    padding: 0.25rem 0.75rem 0.5rem;
    margin: 0;
    min-width: 0;
  }
  .sub {
    display: grid;
    grid-template-columns: max-content auto;
    gap: 0.3rem 0.6rem;
    align-items: center;
  }
  .sub .errors {
    grid-column: 1 / -1;
  }
  table {
    border-collapse: collapse;
  }
  .by-id {
    max-height: 22rem;
    overflow-y: auto;
    border: 1px solid var(--cc-line);
    border-radius: 6px;
  }
  .seats-list {
    width: 100%;
  }
  th,
  td {
    padding: 0.15rem 0.4rem;
    text-align: left;
    font-weight: normal;
  }
  /* A narrow field (a small screen, or a field nested in a rule or a distribution) puts its label above its control. */
  @container (max-width: 22rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .below {
      grid-column: 1;
    }
  }
`;
