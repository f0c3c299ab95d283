/**
 * `<cc-compare-panel>`: pin a run as A (or unpin), the fields where the working scenario
 * differs from A, and the run history (open, pin as A, delete, clear all). It only shows
 * and asks: `<cc-app>` carries out the actions (compare-planner.ts).
 *
 * @fires cc-compare - with the action and, for a run of the history, its id
 */
import { css, html, LitElement, nothing } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import { formatPercent } from '../../charts/format.ts';
import { theme } from '../theme.ts';
import type { CompareAction, PinnedRun } from './compare-planner.ts';
import { HISTORY_CAP, type HistoryMeta, type RunSettingsRecord } from './history-store.ts';
import { C } from './messages.ts';
import { showValue, type FieldDifference } from './scenario-diff.ts';

export class CompareEvent extends Event {
  static readonly type = 'cc-compare';
  constructor(
    readonly action: CompareAction,
    readonly id?: number,
  ) {
    super(CompareEvent.type, { bubbles: true, composed: true });
  }
}

export class CcComparePanel extends LitElement {
  static override properties = {
    lang: { type: String },
    pinned: { attribute: false },
    canPin: { type: Boolean },
    busy: { type: Boolean },
    differences: { attribute: false },
    history: { attribute: false },
    historyAvailable: { type: Boolean },
  };

  declare lang: Lang;
  /** The run pinned as A, if any. */
  declare pinned: PinnedRun | undefined;
  /** A finished run is on screen: it can be pinned. */
  declare canPin: boolean;
  /** A run is going on: history and pinning wait. */
  declare busy: boolean;
  /** Where the working scenario differs from A. */
  declare differences: readonly FieldDifference[];
  declare history: readonly HistoryMeta[];
  declare historyAvailable: boolean;

  constructor() {
    super();
    this.lang = 'zh';
    this.pinned = undefined;
    this.canPin = false;
    this.busy = false;
    this.differences = [];
    this.history = [];
    this.historyAvailable = false;
  }

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0 0 6px;
      }
      p {
        margin: 4px 0;
        font-size: 0.85rem;
      }
      .pinned {
        border-left: 6px solid #0072b2;
        background: #eaf3fa;
        padding: 6px 10px;
        border-radius: 6px;
      }
      table {
        border-collapse: collapse;
        font-size: 0.8rem;
        width: 100%;
        margin-top: 4px;
      }
      th,
      td {
        text-align: left;
        padding: 2px 6px;
        border-bottom: 1px solid #ddd;
        overflow-wrap: anywhere;
      }
      code {
        font-size: 0.8rem;
      }
      ol {
        list-style: none;
        margin: 6px 0 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-height: 18rem;
        overflow-y: auto;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 8px;
        border: 1px solid #ddd;
        border-radius: 6px;
        padding: 4px 8px;
        font-size: 0.8rem;
      }
      li .what {
        flex: 1 1 14rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
      }
      .muted {
        color: #555;
      }
      details {
        margin-top: 10px;
      }
      summary {
        font-weight: 600;
        cursor: pointer;
      }
    `,
  ];

  private send(action: CompareAction, id?: number): void {
    if (action === 'clear' && !confirm(text(C.clearConfirm, this.lang))) return;
    this.dispatchEvent(new CompareEvent(action, id));
  }

  private settingsLine(s: RunSettingsRecord): string {
    const days = s.days === undefined ? text(C.scenarioDays, this.lang) : text(C.days(s.days), this.lang);
    return text(C.settingsLine(s.seed, s.replications, days), this.lang);
  }

  private when(at: number): string {
    return new Date(at).toLocaleString(this.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }

  private renderPinned(a: PinnedRun) {
    const lang = this.lang;
    return html`<div class="pinned" id="pinned-a">
        <p><strong>${text(C.pinnedA(a.name), lang)}</strong> · ${this.settingsLine(a.settings)}</p>
        <p>${text(C.runCompares, lang)}</p>
        <button type="button" id="unpin" ?disabled=${this.busy} @click=${() => this.send('unpin')}>${text(C.unpin, lang)}</button>
      </div>
      ${this.differences.length === 0
        ? html`<p id="no-differences">${text(C.noDifferences, lang)}</p>`
        : html`<table id="differences">
            <caption style="text-align:left;font-size:0.85rem;font-weight:600">${text(C.differsHeading(this.differences.length), lang)}</caption>
            <thead><tr><th scope="col">${text(C.field, lang)}</th><th scope="col">${text(C.valueA, lang)}</th><th scope="col">${text(C.valueB, lang)}</th></tr></thead>
            <tbody>
              ${this.differences.map((d) => html`<tr><td><code>${d.path}</code></td><td>${showValue(d.a)}</td><td>${showValue(d.b)}</td></tr>`)}
            </tbody>
          </table>`}`;
  }

  private renderHistory() {
    const lang = this.lang;
    if (!this.historyAvailable) return html`<p class="muted">${text(C.historyOff, lang)}</p>`;
    return html`<p class="muted">${text(C.historyHelp(HISTORY_CAP), lang)}</p>
      ${this.history.length === 0
        ? html`<p class="muted" id="history-empty">${text(C.historyEmpty, lang)}</p>`
        : html`<ol id="history">
              ${this.history.map(
                (r) => html`<li data-run=${r.id}>
                  <span class="what"
                    ><strong>${r.name}</strong> · ${this.when(r.at)}<br /><span class="muted"
                      >${this.settingsLine(r.settings)}${r.serviceLevels?.length
                        ? html`<br />${text(C.serviceLevel, lang)} ${r.serviceLevels.map((s) => `${text(s.label, lang)} ${formatPercent(s.mean, 1)}`).join(' · ')}`
                        : nothing}${r.comparedWith !== undefined ? html` · ${text(C.versusA(r.comparedWith), lang)}` : nothing}</span
                    ></span
                  >
                  <button type="button" data-action="reopen" aria-label=${text(C.runOf(r.name, this.when(r.at)), lang)} ?disabled=${this.busy} @click=${() => this.send('reopen', r.id)}>${text(C.open, lang)}</button>
                  <button type="button" data-action="pin-history" ?disabled=${this.busy} @click=${() => this.send('pin-history', r.id)}>${text(C.pinAsA, lang)}</button>
                  <button type="button" data-action="delete" ?disabled=${this.busy} @click=${() => this.send('delete', r.id)}>${text(C.remove, lang)}</button>
                </li>`,
              )}
            </ol>
            <div class="row" style="margin-top:6px">
              <button type="button" id="clear-history" ?disabled=${this.busy} @click=${() => this.send('clear')}>${text(C.clearAll, lang)}</button>
            </div>`}`;
  }

  override render() {
    const lang = this.lang;
    return html`<h2>${text(C.compareHeading, lang)}</h2>
      ${this.pinned
        ? this.renderPinned(this.pinned)
        : html`<p class="muted">${text(C.pinHelp, lang)}</p>
            <button type="button" id="pin-current" ?disabled=${!this.canPin || this.busy} @click=${() => this.send('pin-current')}>${text(C.pinCurrent, lang)}</button>`}
      <details open>
        <summary>${text(C.historyHeading(this.history.length), lang)}</summary>
        ${this.renderHistory()}
      </details>`;
  }
}

customElements.define('cc-compare-panel', CcComparePanel);

declare global {
  interface HTMLElementTagNameMap {
    'cc-compare-panel': CcComparePanel;
  }
  interface HTMLElementEventMap {
    'cc-compare': CompareEvent;
  }
}
