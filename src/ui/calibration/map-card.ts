/**
 * The imported file's header and first rows, and the column map: a select per call-log
 * column listing the file's headers (or "not in the file"), each problem named under its
 * select and tied to it for screen readers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import { CALL_LOG_COLUMNS, type CallLogColumn } from '../../calibration/call-log.ts';
import { REQUIRED_COLUMNS } from '../../calibration/parse-log.ts';
import type { ColumnSelection, Preview, SelectionProblem } from './column-map.ts';
import { C, COLUMN_LABELS } from './messages.ts';

export function renderPreview(preview: Preview): TemplateResult {
  return html`<div class="table-wrap">
    <table id="preview">
      <thead><tr>${preview.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${preview.rows.map((r) => html`<tr>${preview.header.map((_, i) => html`<td>${r[i] ?? ''}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}

export function renderColumnMap(preview: Preview, selection: ColumnSelection, problems: readonly SelectionProblem[], lang: Lang, onChoose: (column: CallLogColumn, header: string) => void): TemplateResult {
  return html`<h3>${text(C.mapTitle, lang)}</h3>
    <p class="help">${text(C.mapHelp, lang)}</p>
    <div class="map" id="column-map">
      ${CALL_LOG_COLUMNS.map((c) => {
        const problem = problems.find((p) => p.column === c);
        const required = REQUIRED_COLUMNS.includes(c);
        return html`<label>
          <span><code>${c}</code>${required ? html` <abbr title=${text(C.required, lang)}>*</abbr>` : nothing} · ${text(COLUMN_LABELS[c], lang)}</span>
          <select id=${`map-${c}`} data-column=${c} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `map-${c}-problem` : nothing} @change=${(e: Event) => onChoose(c, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${selection[c] === ''}>${text(C.notInFile, lang)}</option>
            ${preview.header.map((h) => html`<option value=${h} ?selected=${selection[c] === h}>${h}</option>`)}
          </select>
          ${problem ? html`<span class="problem" id=${`map-${c}-problem`}>${text(problem.kind === 'required' ? C.requiredMissing(c) : C.duplicate(c, problem.other!), lang)}</span>` : nothing}
        </label>`;
      })}
    </div>`;
}
