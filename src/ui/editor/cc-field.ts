/**
 * `<cc-field>`: one scenario parameter, rendered from its descriptor (fields.ts): a label
 * tied to its control, the unit, help, and the parser's issues for its path in the
 * planner's language. It shows the text exactly as typed and sends every change up as a
 * `ScenarioEditEvent`; it never holds scenario state of its own.
 *
 * @fires cc-edit
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import { ScenarioEditEvent } from '../events.ts';
import { theme } from '../theme.ts';
import type { FieldDescriptor, Variant } from './descriptor.ts';
import { datesByKeyText, textFromValue, valueFromText } from './draft.ts';
import { fieldStyles } from './field-styles.ts';
import type { DescribedIssue } from './issues.ts';
import { childPath, getAt, joinPath } from './json-path.ts';
import { M } from './messages.ts';
import { renderIssues } from './render-issues.ts';
import { domId, idOptions, issuesUnder, type EditorView } from './view.ts';
import './cc-duration-field.ts';
import './cc-bar-editor.ts';
import type { BarsChangeEvent } from './cc-bar-editor.ts';

export class CcField extends LitElement {
  static override properties = {
    descriptor: { attribute: false },
    path: { type: String, reflect: true },
    view: { attribute: false },
  };
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [theme, fieldStyles];

  /** What this field is. */
  declare descriptor: FieldDescriptor | undefined;
  /** Absolute JSON path of the value. */
  declare path: string;
  /** The working scenario and its issues. */
  declare view: EditorView | undefined;

  constructor() {
    super();
    this.descriptor = undefined;
    this.path = '';
    this.view = undefined;
  }

  private edit(value: unknown, raw?: string, structural = false): void {
    this.dispatchEvent(new ScenarioEditEvent({ path: this.path, value, ...(raw !== undefined ? { raw } : {}), structural }));
  }

  private handleText(event: Event): void {
    const d = this.descriptor;
    if (!d) return;
    const typed = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    const { value, keepRaw } = valueFromText(d.kind, typed);
    this.edit(value, keepRaw ? typed : undefined);
  }

  override render() {
    const d = this.descriptor;
    const view = this.view;
    if (!d || !view) return nothing;
    const lang = view.lang;
    const value = getAt(view.json, this.path);
    const id = domId(this.path);
    if (value === undefined && d.optional && d.template !== undefined) {
      return html`<div class="row">
        <span class="label">${text(d.label, lang)}</span>
        <div class="control">
          <span class="help">${text(M.notSet, lang)}</span>
          <button type="button" @click=${() => this.edit(structuredClone(d.template), undefined, true)} aria-label=${`${text(M.add, lang)}: ${text(d.label, lang)}`}>
            ${text(M.add, lang)}
          </button>
        </div>
      </div>`;
    }
    switch (d.kind.type) {
      case 'duration':
        return html`<div class="row">
          <span class="label" id=${`${id}-label`}>${text(d.label, lang)}</span>
          <div>
            <cc-duration-field .path=${this.path} .view=${view} .unit=${d.kind.unit} .patience=${d.kind.patience ?? false} .label=${text(d.label, lang)}></cc-duration-field>
            ${this.removeButton(d)} ${this.helpText(d)}
          </div>
        </div>`;
      case 'variant':
        return this.renderVariant(d, d.kind.variants, value);
      case 'label':
        return this.renderLabel(d, value);
      case 'by-id':
        return this.renderById(d, value);
      case 'boolean':
        return this.row(
          d,
          html`<input id=${id} type="checkbox" .checked=${live(value === true)} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @change=${(e: Event) => this.edit((e.target as HTMLInputElement).checked)} />`,
        );
      case 'choice':
        return this.renderChoice(d, value);
      case 'seats':
        return this.renderSeats(d, value);
      case 'dates-by-key':
        return this.row(
          d,
          html`<textarea id=${id} .value=${live(this.view?.raw[this.path] ?? datesByKeyText(value))} placeholder=${d.kind.keys === 'country' ? 'JP: 2025-01-01, 2025-01-13' : 'us-new-york: 2025-07-04'} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @input=${this.handleText}></textarea>`,
        );
      case 'text':
        if (d.kind.multiline) {
          return this.row(d, html`<textarea id=${id} .value=${live(this.shown(value))} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @input=${this.handleText}></textarea>`);
        }
        return this.row(
          d,
          html`<input id=${id} type="text" class=${d.kind.maxLength && d.kind.maxLength > 40 ? 'wide' : ''} .value=${live(this.shown(value))} placeholder=${this.placeholder(d)} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @input=${this.handleText} />`,
        );
      default:
        return this.row(
          d,
          html`<input
            id=${id}
            type="text"
            inputmode=${d.kind.type === 'ids' ? 'text' : 'decimal'}
            autocomplete="off"
            .value=${live(this.shown(value))}
            placeholder=${this.placeholder(d)}
            aria-invalid=${this.invalid()}
            aria-describedby=${this.describedBy()}
            @input=${this.handleText}
          />`,
        );
    }
  }

  /** The text to show: as typed if kept, else the JSON value. */
  private shown(value: unknown): string {
    return this.view?.raw[this.path] ?? textFromValue(value);
  }

  private placeholder(d: FieldDescriptor): string {
    if (d.defaultValue === undefined || !this.view) return '';
    return text(M.defaultIs(textFromValue(d.defaultValue)), this.view.lang);
  }

  private ownIssues(): DescribedIssue[] {
    return this.view ? issuesUnder(this.view, this.path) : [];
  }

  private invalid(): 'true' | 'false' {
    return this.ownIssues().length > 0 ? 'true' : 'false';
  }

  private describedBy(): string {
    const id = domId(this.path);
    return [this.descriptor?.help ? `${id}-help` : '', this.ownIssues().length ? `${id}-err` : ''].filter(Boolean).join(' ');
  }

  private row(d: FieldDescriptor, control: TemplateResult, issues = this.ownIssues()): TemplateResult {
    const lang = this.view!.lang;
    const id = domId(this.path);
    return html`<div class="row">
      <label for=${id}>${text(d.label, lang)}</label>
      <div class="control">${control}${d.unit ? html`<span class="unit">${text(d.unit, lang)}</span>` : nothing}${this.removeButton(d)}</div>
      <div class="below">${this.helpText(d)}${renderIssues(`${id}-err`, issues)}</div>
    </div>`;
  }

  private helpText(d: FieldDescriptor): TemplateResult | typeof nothing {
    if (!d.help || !this.view) return nothing;
    return html`<p class="help" id=${`${domId(this.path)}-help`}>${text(d.help, this.view.lang)}</p>`;
  }

  private removeButton(d: FieldDescriptor): TemplateResult | typeof nothing {
    if (!d.optional || d.template === undefined || !this.view) return nothing;
    const lang = this.view.lang;
    return html`<button type="button" class="link" aria-label=${`${text(M.remove, lang)}: ${text(d.label, lang)}`} @click=${() => this.edit(undefined, undefined, true)}>${text(M.remove, lang)}</button>`;
  }

  private renderChoice(d: FieldDescriptor, value: unknown): TemplateResult {
    const lang = this.view!.lang;
    const kind = d.kind as Extract<FieldDescriptor['kind'], { type: 'choice' }>;
    const options: { value: string; label: string }[] =
      typeof kind.options === 'string'
        ? idOptions(this.view!, kind.options).map((o) => ({ value: o.id, label: o.label ? labelWithId(text(o.label, lang), o.id, lang) : o.id }))
        : kind.options.map((o) => ({ value: o.value, label: text(o.label, lang) }));
    const current = typeof value === 'string' ? value : '';
    if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: text(M.otherValue(current), lang) });
    return this.row(
      d,
      html`<select id=${domId(this.path)} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @change=${(e: Event) => this.edit((e.target as HTMLSelectElement).value, undefined, true)}>
        ${current ? nothing : html`<option value="" selected>—</option>`}
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}
      </select>`,
    );
  }

  private renderLabel(d: FieldDescriptor, value: unknown): TemplateResult {
    const lang = this.view!.lang;
    const label = (value && typeof value === 'object' ? value : {}) as Partial<Bilingual>;
    const id = domId(this.path);
    const set = (which: 'zh' | 'en', typed: string) => {
      const next = { zh: label.zh ?? '', en: label.en ?? '', [which]: typed };
      this.edit(d.optional && next.zh === '' && next.en === '' ? undefined : next);
    };
    const issues = this.ownIssues();
    return html`<div class="row">
      <span class="label">${text(d.label, lang)}</span>
      <div class="control">
        <label for=${`${id}-zh`} class="unit">${text(M.zhName, lang)}</label>
        <input id=${`${id}-zh`} type="text" lang="zh-CN" .value=${live(typeof label.zh === 'string' ? label.zh : '')} aria-invalid=${this.invalid()} aria-describedby=${issues.length ? `${id}-err` : ''} @input=${(e: Event) => set('zh', (e.target as HTMLInputElement).value)} />
        <label for=${`${id}-en`} class="unit">${text(M.enName, lang)}</label>
        <input id=${`${id}-en`} type="text" lang="en" .value=${live(typeof label.en === 'string' ? label.en : '')} aria-invalid=${this.invalid()} aria-describedby=${issues.length ? `${id}-err` : ''} @input=${(e: Event) => set('en', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="below">${renderIssues(`${id}-err`, issues)}</div>
    </div>`;
  }

  private renderById(d: FieldDescriptor, value: unknown): TemplateResult {
    const view = this.view!;
    const lang = view.lang;
    const kind = d.kind as Extract<FieldDescriptor['kind'], { type: 'by-id' }>;
    const record = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
    const options = idOptions(view, kind.source);
    for (const key of Object.keys(record)) if (!options.some((o) => o.id === key)) options.push({ id: key, label: undefined });
    const id = domId(this.path);
    const entryPaths = options.map((o) => joinPath(this.path, o.id));
    const leftover = issuesUnder(view, this.path, entryPaths);
    return html`<div class="row">
      <span class="label" id=${`${id}-label`}>${text(d.label, lang)}</span>
      <div>
        <div class="by-id"><table aria-labelledby=${`${id}-label`}>
          <tbody>
            ${options.map((o, i) => {
              const path = entryPaths[i]!;
              const entryId = domId(path);
              const issues = issuesUnder(view, path);
              const entry = record[o.id];
              return html`<tr>
                <th scope="row"><label for=${entryId}>${o.label ? labelWithId(text(o.label, lang), o.id, lang) : o.id}</label></th>
                <td>
                  <input
                    id=${entryId}
                    type="text"
                    inputmode="decimal"
                    size="6"
                    .value=${live(view.raw[path] ?? textFromValue(entry))}
                    aria-invalid=${issues.length ? 'true' : 'false'}
                    aria-describedby=${issues.length ? `${entryId}-err` : ''}
                    @input=${(e: Event) => {
                      const typed = (e.target as HTMLInputElement).value;
                      const read = valueFromText({ type: 'number' }, typed);
                      this.dispatchEvent(new ScenarioEditEvent({ path, value: read.value, ...(read.keepRaw ? { raw: typed } : {}) }));
                    }}
                  />
                  ${d.unit ? html`<span class="unit">${text(d.unit, lang)}</span>` : nothing} ${renderIssues(`${entryId}-err`, issues)}
                </td>
              </tr>`;
            })}
          </tbody>
        </table></div>
        ${this.helpText(d)} ${renderIssues(`${id}-err`, leftover)}
      </div>
    </div>`;
  }

  private renderVariant(d: FieldDescriptor, variants: readonly Variant[], value: unknown): TemplateResult {
    const view = this.view!;
    const lang = view.lang;
    const kind = value && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
    const variant = variants.find((v) => v.kind === kind);
    const id = domId(this.path);
    const subPaths = (variant?.fields ?? []).map((f) => childPath(this.path, f.path));
    const leftover = issuesUnder(view, this.path, subPaths);
    return html`<div class="row">
      <label for=${id}>${text(d.label, lang)}</label>
      <div>
        <fieldset>
          <legend class="visually-hidden">${text(d.label, lang)}</legend>
          <div class="control">
            <select
              id=${id}
              aria-invalid=${leftover.length ? 'true' : 'false'}
              aria-describedby=${leftover.length ? `${id}-err` : ''}
              @change=${(e: Event) => {
                const next = variants.find((v) => v.kind === (e.target as HTMLSelectElement).value);
                if (next) this.edit(structuredClone(next.template), undefined, true);
              }}
            >
              ${variant ? nothing : html`<option value="" selected>—</option>`}
              ${variants.map((v) => html`<option value=${v.kind} ?selected=${v === variant}>${text(v.label, lang)}</option>`)}
            </select>
          </div>
          ${(variant?.fields ?? []).map((f, i) => html`<cc-field .descriptor=${f} .path=${subPaths[i]!} .view=${view}></cc-field>`)}
          ${renderIssues(`${id}-err`, leftover)}
        </fieldset>
        ${this.helpText(d)}
      </div>
    </div>`;
  }

  private renderSeats(d: FieldDescriptor, value: unknown): TemplateResult {
    const view = this.view!;
    const lang = view.lang;
    const id = domId(this.path);
    const list = Array.isArray(value);
    const mode = list ? (value.length === 336 ? 'week' : 'day') : 'one';
    const changeMode = (next: string) => {
      const numbers = (list ? value : [value]).filter((x): x is number => typeof x === 'number');
      const first = numbers.length ? Math.max(...numbers) : 0;
      if (next === 'one') this.edit(first, undefined, true);
      else if (next === 'day') this.edit(Array.from({ length: 48 }, (_, i) => (list ? ((value as unknown[])[i] ?? first) : first)), undefined, true);
      else this.edit(Array.from({ length: 336 }, (_, i) => (list ? ((value as unknown[])[i % (value as unknown[]).length] ?? first) : first)), undefined, true);
    };
    const textControl = html`<textarea id=${id} .value=${live(this.shown(value))} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @input=${(e: Event) => {
      const typed = (e.target as HTMLTextAreaElement).value;
      const read = valueFromText({ type: 'numbers' }, typed);
      this.edit(read.value, read.keepRaw ? typed : undefined);
    }}></textarea>`;
    const control = list
      ? html`<div class="seats-list">
          <cc-bar-editor
            .values=${value}
            .labels=${(value as unknown[]).map((_, k, all) => halfHourName(k, all.length, lang))}
            integer
            label=${text(d.label, lang)}
            @cc-bars-change=${(e: BarsChangeEvent) => {
              e.stopPropagation();
              this.edit(e.values, undefined, true);
            }}
          ></cc-bar-editor>
          <details>
            <summary>${text(M.exactValues, lang)}</summary>
            ${textControl}
            <p class="help">${text(M.seatsListHelp, lang)}</p>
          </details>
        </div>`
      : html`<input id=${id} type="text" inputmode="numeric" .value=${live(this.shown(value))} aria-invalid=${this.invalid()} aria-describedby=${this.describedBy()} @input=${this.handleText} />`;
    return this.row(
      d,
      html`${control}
        <label class="visually-hidden" for=${`${id}-mode`}>${text(d.label, lang)}</label>
        <select id=${`${id}-mode`} @change=${(e: Event) => changeMode((e.target as HTMLSelectElement).value)}>
          <option value="one" ?selected=${mode === 'one'}>${text(M.seatsOne, lang)}</option>
          <option value="day" ?selected=${mode === 'day'}>${text(M.seatsDay, lang)}</option>
          <option value="week" ?selected=${mode === 'week'}>${text(M.seatsWeek, lang)}</option>
        </select>`,
    );
  }
}

const DAYS = { zh: '周一,周二,周三,周四,周五,周六,周日', en: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun' };

/** "Tue 08:30" for half hour `k` of the week (or "08:30" of a day). */
function halfHourName(k: number, length: number, lang: 'zh' | 'en'): string {
  const time = `${String(Math.floor((k % 48) / 2)).padStart(2, '0')}:${k % 2 ? '30' : '00'}`;
  return length === 48 ? time : `${text(DAYS, lang).split(',')[Math.floor(k / 48)]} ${time}`;
}

/** "Emergency lane (emergency)" in English; the label alone in Chinese, which carries no raw English ids. */
function labelWithId(label: string, id: string, lang: Lang): string {
  return lang === 'en' ? `${label} (${id})` : label;
}

customElements.define('cc-field', CcField);

declare global {
  interface HTMLElementTagNameMap {
    'cc-field': CcField;
  }
}
