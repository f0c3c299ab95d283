/**
 * The staffing view (`?view=staffing`): staffing to target on the working scenario (bars of
 * required against scheduled front seats, rounds, the plan simulated per lane, Apply to the
 * scenario as one undoable edit), and standby sizing when the scenario has a surge and
 * standby seats. Runs on the page's worker pool with progress and Cancel. Apply and Undo are
 * asked of the page by `staffing-apply` (detail: seats per half hour) and `staffing-undo`.
 */
import { css, html, LitElement, nothing } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import type { StaffingPlan } from '../../planning/staffing.ts';
import type { SizingOutcome } from '../../planning/sizing.ts';
import type { SimulationPool } from '../../worker/client.ts';
import { drawSeatBars, drawSizingCurve } from '../../charts/staffing-charts.ts';
import { theme } from '../theme.ts';
import { laneName, S } from './messages.ts';
import { runSizing, runStaffing, type PlanningProgress } from './staffing-run.ts';
import { halfHourLabel, laneOutcomes, scheduledSeats, seatHours, sizingCurve, sizingOffered } from './staffing-model.ts';

type Busy = 'staffing' | 'sizing' | undefined;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export class CcStaffing extends LitElement {
  static override properties = {
    lang: {},
    pool: { attribute: false },
    scenario: { attribute: false },
    scenarioJson: { attribute: false },
    canUndo: { type: Boolean },
    busy: { state: true },
    progress: { state: true },
    plan: { state: true },
    sizing: { state: true },
    message: { state: true },
    applied: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host { display: block; padding: 1rem 1.25rem 2rem; max-width: 1200px; margin: 0 auto; }
      .card { background: var(--cc-surface); border: 1px solid var(--cc-line); border-radius: 10px; padding: 0.9rem 1.1rem; margin-bottom: 1rem; }
      .row { display: flex; gap: 0.75rem 1rem; align-items: end; flex-wrap: wrap; margin: 0.5rem 0; }
      label { display: flex; flex-direction: column; gap: 2px; font-size: 0.9rem; }
      input, select { width: 8rem; }
      svg { width: 100%; height: auto; display: block; }
      table { border-collapse: collapse; margin: 0.5rem 0; }
      th, td { text-align: left; padding: 0.25rem 0.6rem; border-bottom: 1px solid var(--cc-line); font-variant-numeric: tabular-nums; }
      .ok { color: var(--cc-ok); } .bad { color: var(--cc-warn); }
      progress { width: 14rem; }
    `,
  ];
  declare lang: Lang;
  declare pool: SimulationPool | undefined;
  declare scenario: Scenario | undefined;
  declare scenarioJson: unknown;
  declare canUndo: boolean;
  declare busy: Busy;
  declare progress: PlanningProgress | undefined;
  declare plan: StaffingPlan | undefined;
  declare sizing: (SizingOutcome & { ok: true; lane: string; share: number; maxSeats: number }) | undefined;
  declare message: string;
  declare applied: boolean;

  constructor() {
    super();
    this.lang = 'zh';
    this.canUndo = false;
    this.message = '';
    this.applied = false;
  }

  private field(id: string): number {
    return Number((this.renderRoot.querySelector(`#${id}`) as HTMLInputElement | null)?.value);
  }

  private settings() {
    const days = this.field('st-days');
    return { replications: Math.max(1, Math.round(this.field('st-replications')) || 10), days: days > 0 ? days : undefined, seed: 12308 };
  }

  private async staff(): Promise<void> {
    if (!this.pool || !this.scenario || this.busy) return;
    this.busy = 'staffing';
    this.message = '';
    this.applied = false;
    const outcome = await runStaffing(this.pool, this.scenarioJson, this.scenario, this.settings(), (p) => (this.progress = p)).catch((e: unknown) => ({ ok: false as const, cancelled: false as const, issues: [{ path: '', message: String(e), found: '' }] }));
    this.busy = undefined;
    this.progress = undefined;
    if (outcome.ok) this.plan = outcome;
    else this.message = outcome.cancelled ? text(S.cancelled, this.lang) : text(S.failed, this.lang) + outcome.issues.map((i) => `${i.path} ${i.message}`).join('; ');
  }

  private async size(): Promise<void> {
    if (!this.pool || !this.scenario || this.busy) return;
    const lane = (this.renderRoot.querySelector('#sz-lane') as HTMLSelectElement).value;
    const share = this.field('sz-share') / 100;
    const maxSeats = Math.max(1, Math.round(this.field('sz-max')));
    this.busy = 'sizing';
    this.message = '';
    const outcome = await runSizing(this.pool, this.scenarioJson, { ...this.settings(), lane, share, maxSeats }, (p) => (this.progress = p));
    this.busy = undefined;
    this.progress = undefined;
    if (outcome.ok) this.sizing = { ...outcome, lane, share, maxSeats };
    else this.message = outcome.cancelled ? text(S.cancelled, this.lang) : text(S.failed, this.lang) + outcome.issues.map((i) => `${i.path} ${i.message}`).join('; ');
  }

  private apply(): void {
    if (!this.plan) return;
    this.dispatchEvent(new CustomEvent('staffing-apply', { detail: this.plan.required.slice(), bubbles: true, composed: true }));
    this.applied = true;
  }

  private undo(): void {
    this.dispatchEvent(new CustomEvent('staffing-undo', { bubbles: true, composed: true }));
    this.applied = false;
  }

  protected override updated(): void {
    const lang = this.lang;
    const bars = this.renderRoot.querySelector<SVGSVGElement>('#st-bars');
    if (bars && this.plan) {
      drawSeatBars(bars, {
        required: this.plan.required,
        scheduled: scheduledSeats(this.scenarioJson),
        dayLabels: Array.from({ length: 7 }, (_, d) => halfHourLabel(d * 48, lang).split(' ')[0]!),
        title: text(S.barsTitle, lang),
      });
    }
    const curve = this.renderRoot.querySelector<SVGSVGElement>('#sz-curve');
    if (curve && this.sizing) drawSizingCurve(curve, { points: sizingCurve(this.sizing.tried, this.sizing.lane), share: this.sizing.share, answer: this.sizing.seats, title: text(S.curveTitle, lang) });
  }

  private renderProgress() {
    const p = this.progress;
    if (!this.busy) return html`<span id="st-status" role="status">${this.message}</span>`;
    const label = p ? text(this.busy === 'staffing' ? S.round(p.step, p.done, p.total) : S.trying(p.step, p.done, p.total), this.lang) : '…';
    return html`<progress max=${p?.total ?? 1} value=${p?.done ?? 0}></progress><span id="st-status" role="status">${label}</span>
      <button type="button" id="st-cancel" @click=${() => this.pool?.cancel()}>${text(S.cancel, this.lang)}</button>`;
  }

  private renderPlan() {
    const plan = this.plan;
    if (!plan || !this.scenario) return nothing;
    const lang = this.lang;
    return html`<p id="st-rounds">${text(S.rounds(plan.rounds), lang)} · ${text(S.seatHours(String(seatHours(plan.required)), String(seatHours(scheduledSeats(this.scenarioJson)))), lang)}</p>
      <figure style="margin:0"><figcaption>${text(S.barsTitle, lang)}</figcaption><svg id="st-bars"></svg></figure>
      <table id="st-result">
        <caption style="text-align:left;font-weight:600">${text(S.result, lang)}</caption>
        <tr><th>${text(S.lane, lang)}</th><th>${text(S.serviceLevel, lang)}</th><th>${text(S.abandon, lang)}</th><th></th></tr>
        ${laneOutcomes(this.scenario, plan.result).map(
          (o) => html`<tr data-lane=${o.lane}>
            <td>${laneName(o.lane, lang)}</td>
            <td>${pct(o.serviceLevel.mean)} ± ${pct(o.serviceLevel.halfWidth95)} (≥ ${pct(o.goal)})</td>
            <td>${pct(o.abandonRate.mean)} ± ${pct(o.abandonRate.halfWidth95)} (≤ ${pct(o.maxAbandonRate)})</td>
            <td class=${o.meets ? 'ok' : 'bad'}>${text(o.meets ? S.meets : S.misses, lang)}</td>
          </tr>`,
        )}
      </table>
      <div class="row">
        <button type="button" class="primary" id="st-apply" ?disabled=${this.applied} @click=${this.apply}>${text(S.apply, lang)}</button>
        <button type="button" id="st-undo" ?disabled=${!this.canUndo} @click=${this.undo}>${text(S.undo, lang)}</button>
        ${this.applied ? html`<span role="status">${text(S.applied, lang)}</span>` : nothing}
      </div>`;
  }

  private renderSizing() {
    const lang = this.lang;
    if (!sizingOffered(this.scenario)) return html`<p id="sz-off">${text(S.sizingOff, lang)}</p>`;
    const s = this.sizing;
    return html`<div class="row">
        <label>${text(S.lane, lang)}<select id="sz-lane">${this.scenario!.lanes.map((l) => html`<option value=${l.id}>${laneName(l.id, lang)}</option>`)}</select></label>
        <label>${text(S.share, lang)} (%)<input id="sz-share" type="number" min="1" max="100" value="80" /></label>
        <label>${text(S.maxSeats, lang)}<input id="sz-max" type="number" min="1" max="500" value="60" /></label>
        <button type="button" class="primary" id="sz-run" ?disabled=${Boolean(this.busy) || !this.pool} @click=${() => void this.size()}>${text(S.size, lang)}</button>
      </div>
      ${s
        ? html`<p id="sz-answer"><strong>${laneName(s.lane, lang)}:</strong> ${s.seats === undefined
              ? text(S.noAnswer(s.maxSeats), lang)
              : text(S.answer(s.seats, pct(s.tried.find((p) => p.seats === s.seats)?.shareMeetingGoal ?? NaN)), lang)}</p>
            <figure style="margin:0"><figcaption>${text(S.curveTitle, lang)}</figcaption><svg id="sz-curve"></svg></figure>`
        : nothing}`;
  }

  override render() {
    const lang = this.lang;
    return html`<section class="card" aria-labelledby="st-title">
        <h2 id="st-title">${text(S.title, lang)}</h2>
        <p>${text(S.intro, lang)}</p>
        ${this.scenario ? nothing : html`<p class="bad">${text(S.invalid, lang)}</p>`}
        <div class="row">
          <label>${text(S.replications, lang)}<input id="st-replications" type="number" min="1" max="200" value="10" /></label>
          <label>${text(S.days, lang)}<input id="st-days" type="number" min="1" max="365" placeholder=${String(this.scenario?.run.days ?? '')} /></label>
          <button type="button" class="primary" id="st-run" ?disabled=${Boolean(this.busy) || !this.pool || !this.scenario} @click=${() => void this.staff()}>${text(S.run, lang)}</button>
          ${this.renderProgress()}
        </div>
        ${this.renderPlan()}
      </section>
      <section class="card" aria-labelledby="sz-title">
        <h2 id="sz-title">${text(S.sizingTitle, lang)}</h2>
        ${this.renderSizing()}
      </section>`;
  }
}

customElements.define('cc-staffing', CcStaffing);

declare global {
  interface HTMLElementTagNameMap {
    'cc-staffing': CcStaffing;
  }
}
