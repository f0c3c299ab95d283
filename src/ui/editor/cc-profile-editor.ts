/**
 * `<cc-profile-editor>`: the two weekly shapes a planner edits in place, with a preview of
 * expected load against seats: `which="arrivals"` edits the hour-of-week arrival profile
 * (hour-of-day × day-of-week weights, or all 168 hours), `which="staffing"` the front-desk
 * seats (one number, or per half hour of a day or of the week). Bars are dragged (or moved
 * with the arrow keys); a table takes exact values.
 *
 * @fires cc-edit
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { text, type Lang } from '../../i18n/i18n.ts';
import { ScenarioEditEvent } from '../events.ts';
import { theme } from '../theme.ts';
import { BarsChangeEvent } from './cc-bar-editor.ts';
import { textFromValue, valueFromText } from './draft.ts';
import { fieldStyles } from './field-styles.ts';
import { getAt, joinPath } from './json-path.ts';
import { dailyFromWeekly, weeklyFromDaily } from './profile.ts';
import { M, P } from './messages.ts';
import { renderIssues } from './render-issues.ts';
import { domId, issuesUnder, type EditorView } from './view.ts';
import './cc-bar-editor.ts';
import './cc-load-preview.ts';

const HOD = 'arrivals.hourOfDayWeights';
const DOW = 'arrivals.dayOfWeekWeights';
const HOW = 'arrivals.hourOfWeekWeights';
const SEATS = 'frontDesk.seats';

const pad = (n: number) => String(n).padStart(2, '0');
const hourLabel = (h: number) => `${pad(h)}:00`;
const halfHourLabel = (k: number) => `${pad(Math.floor(k / 2))}:${k % 2 ? '30' : '00'}`;
const dayNames = (lang: Lang) => text(P.days, lang).split(',');

export class CcProfileEditor extends LitElement {
  static override properties = {
    which: { type: String },
    view: { attribute: false },
  };
  static override styles = [
    theme,
    fieldStyles,
    css`
      h4 {
        margin: 0.75rem 0 0.25rem;
        font-size: 0.95rem;
      }
      .modes {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        border: none;
        padding: 0;
      }
      details {
        margin: 0.25rem 0 0.5rem;
      }
      summary {
        cursor: pointer;
        color: var(--cc-accent);
        font-size: 0.9rem;
      }
      .grid-table {
        overflow-x: auto;
        max-width: 100%;
      }
      .grid-table input {
        width: 3.6rem;
        padding: 0.1rem 0.25rem;
      }
      .grid-table th {
        font-size: 0.75rem;
        color: var(--cc-muted);
      }
    `,
  ];

  /** Which profile: the arrival pattern, or the front desk's seats by half hour. */
  declare which: 'arrivals' | 'staffing';
  /** The working scenario and its issues. */
  declare view: EditorView | undefined;

  constructor() {
    super();
    this.which = 'arrivals';
    this.view = undefined;
  }

  private emit(path: string, value: unknown, raw?: string, structural = false): void {
    this.dispatchEvent(new ScenarioEditEvent({ path, value, ...(raw !== undefined ? { raw } : {}), structural }));
  }

  /** Sets a whole list (bars dragged): one edit, so a drag undoes at once. */
  private handleBars(path: string, event: BarsChangeEvent): void {
    event.stopPropagation();
    this.emit(path, event.values, undefined, true);
  }

  /** Sets one entry of a list that may not exist yet (it then starts as `fill`). */
  private editEntry(listPath: string, length: number, fill: number, index: number, typed: string, integer: boolean): void {
    const read = valueFromText({ type: 'number', integer }, typed);
    const value = read.value === undefined ? typed : read.value;
    const list = getAt(this.view?.json, listPath);
    if (Array.isArray(list) && list.length === length) {
      this.emit(joinPath(listPath, index), value, read.keepRaw ? typed : undefined);
    } else {
      const next = Array.from({ length }, (_, i) => (i === index ? value : Array.isArray(list) && typeof list[i] === 'number' ? list[i] : fill));
      this.emit(listPath, next, undefined, true);
    }
  }

  private table(listPath: string, values: readonly unknown[], rows: readonly string[], columns: readonly string[], integer: boolean, fill: number): TemplateResult {
    const view = this.view!;
    return html`<div class="grid-table">
      <table>
        <thead>
          <tr>
            <td></td>
            ${columns.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, r) => html`<tr>
              <th scope="row">${row}</th>
              ${columns.map((column, c) => {
                const index = r * columns.length + c;
                const path = joinPath(listPath, index);
                const invalid = issuesUnder(view, path).length > 0;
                return html`<td>
                  <input
                    type="text"
                    inputmode="decimal"
                    aria-label=${`${row} ${column}`.trim()}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    .value=${live(view.raw[path] ?? textFromValue(values[index]))}
                    @input=${(e: Event) => this.editEntry(listPath, rows.length * columns.length, fill, index, (e.target as HTMLInputElement).value, integer)}
                  />
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private listOr(path: string, length: number, fill: number): unknown[] {
    const list = getAt(this.view?.json, path);
    return Array.isArray(list) && list.length === length ? list : new Array<number>(length).fill(fill);
  }

  private renderArrivals(view: EditorView): TemplateResult {
    const lang = view.lang;
    const arrivals = getAt(view.json, 'arrivals');
    const weekly = getAt(view.json, HOW) !== undefined;
    const days = dayNames(lang);
    const setMode = (mode: 'daily' | 'weekly') => {
      const base = (arrivals && typeof arrivals === 'object' ? arrivals : {}) as Record<string, unknown>;
      const { hourOfDayWeights: _h, dayOfWeekWeights: _d, hourOfWeekWeights: _w, ...rest } = base;
      const next = mode === 'weekly' ? { ...rest, hourOfWeekWeights: weeklyFromDaily(base.hourOfDayWeights, base.dayOfWeekWeights) } : { ...rest, ...dailyFromWeekly(base.hourOfWeekWeights) };
      this.emit('arrivals', next, undefined, true);
    };
    const modeName = domId('arrivals-mode');
    const body = weekly
      ? html`<h4 id="how">${text(P.hourOfWeek, lang)}</h4>
          <cc-bar-editor
            .values=${this.listOr(HOW, 168, 1)}
            .labels=${Array.from({ length: 168 }, (_, h) => `${days[Math.floor(h / 24)]} ${hourLabel(h % 24)}`)}
            label=${text(P.hourOfWeek, lang)}
            @cc-bars-change=${(e: BarsChangeEvent) => this.handleBars(HOW, e)}
          ></cc-bar-editor>
          <details>
            <summary>${text(P.exactValues, lang)}</summary>
            ${this.table(HOW, this.listOr(HOW, 168, 1), days, Array.from({ length: 24 }, (_, h) => pad(h)), false, 1)}
          </details>
          ${renderIssues('how-err', issuesUnder(view, HOW))}`
      : html`<h4>${text(P.hourOfDay, lang)}</h4>
          <cc-bar-editor
            .values=${this.listOr(HOD, 24, 1)}
            .labels=${Array.from({ length: 24 }, (_, h) => hourLabel(h))}
            label=${text(P.hourOfDay, lang)}
            @cc-bars-change=${(e: BarsChangeEvent) => this.handleBars(HOD, e)}
          ></cc-bar-editor>
          <details>
            <summary>${text(P.exactValues, lang)}</summary>
            ${this.table(HOD, this.listOr(HOD, 24, 1), [''], Array.from({ length: 24 }, (_, h) => hourLabel(h)), false, 1)}
          </details>
          ${renderIssues('hod-err', issuesUnder(view, HOD))}
          <h4>${text(P.dayOfWeek, lang)}</h4>
          <cc-bar-editor
            .values=${this.listOr(DOW, 7, 1)}
            .labels=${days}
            label=${text(P.dayOfWeek, lang)}
            @cc-bars-change=${(e: BarsChangeEvent) => this.handleBars(DOW, e)}
          ></cc-bar-editor>
          <details>
            <summary>${text(P.exactValues, lang)}</summary>
            ${this.table(DOW, this.listOr(DOW, 7, 1), [''], days, false, 1)}
          </details>
          ${renderIssues('dow-err', issuesUnder(view, DOW))}`;
    return html`<h3>${text(P.arrivalsTitle, lang)}</h3>
      <p class="help">${text(P.arrivalsHelp, lang)}</p>
      <fieldset class="modes">
        <legend class="visually-hidden">${text(P.profileShape, lang)}</legend>
        <label><input type="radio" name=${modeName} .checked=${live(!weekly)} @change=${() => setMode('daily')} /> ${text(P.modeDaily, lang)}</label>
        <label><input type="radio" name=${modeName} .checked=${live(weekly)} @change=${() => setMode('weekly')} /> ${text(P.modeWeekly, lang)}</label>
      </fieldset>
      ${body}`;
  }

  private renderStaffing(view: EditorView): TemplateResult {
    const lang = view.lang;
    const seats = getAt(view.json, SEATS);
    const mode = Array.isArray(seats) ? (seats.length === 336 ? 'week' : 'day') : 'one';
    const numbers = (Array.isArray(seats) ? seats : [seats]).filter((x): x is number => typeof x === 'number');
    const first = numbers.length ? Math.max(...numbers) : 20;
    const setMode = (next: string) => {
      const list = Array.isArray(seats) ? seats : undefined;
      if (next === 'one') this.emit(SEATS, first, undefined, true);
      else if (next === 'day') this.emit(SEATS, Array.from({ length: 48 }, (_, i) => (typeof list?.[i] === 'number' ? list[i] : first)), undefined, true);
      else this.emit(SEATS, Array.from({ length: 336 }, (_, i) => (list && typeof list[i % list.length] === 'number' ? list[i % list.length] : first)), undefined, true);
    };
    const days = dayNames(lang);
    const id = domId(SEATS);
    const issues = issuesUnder(view, SEATS);
    let body: TemplateResult;
    if (mode === 'one') {
      body = html`<div class="row">
        <label for=${id}>${text(P.seatsAllWeek, lang)}</label>
        <div class="control">
          <input
            id=${id}
            type="text"
            inputmode="numeric"
            .value=${live(view.raw[SEATS] ?? textFromValue(seats))}
            aria-invalid=${issues.length ? 'true' : 'false'}
            aria-describedby=${issues.length ? `${id}-err` : ''}
            @input=${(e: Event) => {
              const typed = (e.target as HTMLInputElement).value;
              const read = valueFromText({ type: 'number', integer: true }, typed);
              this.emit(SEATS, read.value, read.keepRaw ? typed : undefined);
            }}
          />
          <span class="unit">${text({ zh: '坐席', en: 'seats' }, lang)}</span>
        </div>
        <div class="below">${renderIssues(`${id}-err`, issues)}</div>
      </div>`;
    } else {
      const length = mode === 'week' ? 336 : 48;
      const labels = Array.from({ length }, (_, k) => (mode === 'week' ? `${days[Math.floor(k / 48)]} ${halfHourLabel(k % 48)}` : halfHourLabel(k)));
      body = html`<h4>${text(P.seatsByHalfHour, lang)}</h4>
        <cc-bar-editor .values=${this.listOr(SEATS, length, first)} .labels=${labels} integer label=${text(P.seatsByHalfHour, lang)} @cc-bars-change=${(e: BarsChangeEvent) => this.handleBars(SEATS, e)}></cc-bar-editor>
        <details>
          <summary>${text(P.exactValues, lang)}</summary>
          ${mode === 'week'
            ? this.table(SEATS, this.listOr(SEATS, 336, first), days, Array.from({ length: 48 }, (_, k) => halfHourLabel(k)), true, first)
            : this.table(SEATS, this.listOr(SEATS, 48, first), Array.from({ length: 4 }, (_, r) => `${pad(r * 6)}–${pad(r * 6 + 6)}`), Array.from({ length: 12 }, (_, c) => `+${halfHourLabel(c)}`), true, first)}
        </details>
        ${renderIssues(`${id}-err`, issues)}`;
    }
    return html`<h3>${text(P.staffingTitle, lang)}</h3>
      <p class="help">${text(P.staffingHelp, lang)}</p>
      <div class="row">
        <label for=${`${id}-mode`}>${text(P.profileShape, lang)}</label>
        <div class="control">
          <select id=${`${id}-mode`} @change=${(e: Event) => setMode((e.target as HTMLSelectElement).value)}>
            <option value="one" ?selected=${mode === 'one'}>${text(M.seatsOne, lang)}</option>
            <option value="day" ?selected=${mode === 'day'}>${text(M.seatsDay, lang)}</option>
            <option value="week" ?selected=${mode === 'week'}>${text(M.seatsWeek, lang)}</option>
          </select>
        </div>
      </div>
      ${body}`;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    return html`${this.which === 'arrivals' ? this.renderArrivals(view) : this.renderStaffing(view)}
      <cc-load-preview .scenario=${view.lastValid} ?stale=${!view.valid} lang=${view.lang}></cc-load-preview>`;
  }
}

customElements.define('cc-profile-editor', CcProfileEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cc-profile-editor': CcProfileEditor;
  }
}
