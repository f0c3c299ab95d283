/**
 * `<cc-duration-field>`: a random duration (models/scenario/durations.ts) as a kind and its
 * parameters, e.g. lognormal with mean 600 s and CV 0.8. Switching kinds keeps the mean.
 * Patience may also be unlimited. Each parameter shows its own issues.
 *
 * @fires cc-edit
 */
import { html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { text } from '../../i18n/i18n.ts';
import { ScenarioEditEvent } from '../events.ts';
import { theme } from '../theme.ts';
import type { TimeUnit } from './descriptor.ts';
import { textFromValue, valueFromText } from './draft.ts';
import { convertDuration, durationMean, durationParams, type DurationKind } from './duration.ts';
import { fieldStyles } from './field-styles.ts';
import { DURATION_KINDS, INFINITE_PATIENCE, UNITS } from './fields.ts';
import { durationParamLabel } from './issues.ts';
import { getAt, joinPath } from './json-path.ts';
import { formatNumber } from './allowed.ts';
import { M } from './messages.ts';
import { domId, issuesUnder, type EditorView } from './view.ts';
import { renderIssues } from './render-issues.ts';

export class CcDurationField extends LitElement {
  static override properties = {
    path: { type: String },
    view: { attribute: false },
    unit: { type: String },
    patience: { type: Boolean },
    label: { type: String },
  };
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [theme, fieldStyles];

  /** Absolute JSON path of the duration object. */
  declare path: string;
  /** The working scenario and its issues. */
  declare view: EditorView | undefined;
  /** The unit in the parameter names. */
  declare unit: TimeUnit;
  /** Offers "unlimited" (`{"kind": "infinite"}`). */
  declare patience: boolean;
  /** The field's name, for the group's accessible name. */
  declare label: string;

  constructor() {
    super();
    this.path = '';
    this.view = undefined;
    this.unit = 'Seconds';
    this.patience = false;
    this.label = '';
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const lang = view.lang;
    const value = getAt(view.json, this.path);
    const kind = value && typeof value === 'object' ? String((value as { kind?: unknown }).kind ?? '') : '';
    const params = durationParams(kind, this.unit);
    const paramPaths = params.map((p) => joinPath(this.path, p));
    const leftover = issuesUnder(view, this.path, paramPaths);
    const id = domId(this.path);
    const kinds = this.patience ? [INFINITE_PATIENCE, ...DURATION_KINDS] : DURATION_KINDS;
    const unitText = text(this.unit === 'Seconds' ? UNITS.seconds : UNITS.minutes, lang);
    const mean = durationMean(value, this.unit);
    return html`<fieldset>
      <legend class="visually-hidden">${this.label}</legend>
      <div class="sub">
        <label for=${`${id}-kind`}>${text(M.kind, lang)}</label>
        <select
          id=${`${id}-kind`}
          aria-invalid=${leftover.length ? 'true' : 'false'}
          aria-describedby=${leftover.length ? `${id}-err` : ''}
          @change=${(e: Event) => {
            const next = (e.target as HTMLSelectElement).value as DurationKind | 'infinite';
            this.dispatchEvent(new ScenarioEditEvent({ path: this.path, value: convertDuration(value, next, this.unit), structural: true }));
          }}
        >
          ${kinds.some((k) => k.value === kind) ? nothing : html`<option value="" selected>—</option>`}
          ${kinds.map((k) => html`<option value=${k.value} ?selected=${k.value === kind}>${text(k.label, lang)}</option>`)}
        </select>
        ${params.map((param, i) => {
          const path = paramPaths[i]!;
          const pid = domId(path);
          const issues = issuesUnder(view, path);
          const hasUnit = param !== 'cv' && param !== 'shape';
          return html`<label for=${pid}>${text(durationParamLabel(param), lang)}</label>
            <span>
              <input
                id=${pid}
                type="text"
                inputmode="decimal"
                size="8"
                autocomplete="off"
                .value=${live(view.raw[path] ?? textFromValue((value as Record<string, unknown>)[param]))}
                aria-invalid=${issues.length ? 'true' : 'false'}
                aria-describedby=${issues.length ? `${pid}-err` : ''}
                @input=${(e: Event) => {
                  const typed = (e.target as HTMLInputElement).value;
                  const read = valueFromText({ type: 'number' }, typed);
                  this.dispatchEvent(new ScenarioEditEvent({ path, value: read.value, ...(read.keepRaw ? { raw: typed } : {}) }));
                }}
              />
              ${hasUnit ? html`<span class="unit">${unitText}</span>` : nothing}
            </span>
            ${issues.length ? html`<div class="errors">${renderIssues(`${pid}-err`, issues)}</div>` : nothing}`;
        })}
      </div>
      ${mean !== undefined && (kind === 'uniform' || kind === 'triangular') ? html`<p class="help">${text(M.meanIs(`${formatNumber(Math.round(mean * 10) / 10, lang)} ${unitText}`), lang)}</p>` : nothing}
      ${renderIssues(`${id}-err`, leftover)}
    </fieldset>`;
  }
}

customElements.define('cc-duration-field', CcDurationField);

declare global {
  interface HTMLElementTagNameMap {
    'cc-duration-field': CcDurationField;
  }
}
