/**
 * `<cc-erlang-calculator>` (`?view=calculator`): the planners' quick Erlang B, C and A
 * questions. The formulas answer as the inputs are typed (src/planning/erlang-calculator.ts,
 * over src/theory/queueing.ts); Simulate runs the same inputs as textbook scenarios on the
 * page's worker pool and shows the simulation's answer beside the formula's. Inputs keep
 * what was typed; an invalid one is marked, with a message naming the field and its range.
 */
import { css, html, LitElement, nothing } from 'lit';
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import type { Estimate } from '../../engine/summary.ts';
import type { SimulationPool } from '../../worker/client.ts';
import {
  agrees,
  CALCULATOR_FIELDS,
  checkInputs,
  DEFAULT_TEXT,
  FIELD_RULES,
  formulaAnswer,
  MAX_SEARCH_SEATS,
  simulationDays,
  simulationWarmupHours,
  type CalculatorField,
  type CalculatorInputs,
  type CalculatorText,
  type FormulaAnswer,
  type SimulatedAnswer,
} from '../../planning/erlang-calculator.ts';
import { theme } from '../theme.ts';
import { CALCULATOR_REPLICATIONS, simulateCalculator, type CalculatorProgress } from './calculator-run.ts';
import { C } from './messages.ts';

type SimStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const pctHw = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '—');
const secs = (x: number, lang: Lang) => (Number.isFinite(x) ? `${x.toFixed(1)} ${text(C.seconds, lang)}` : '—');
const secsHw = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

/** One row of the answers: the formula's value and the simulated estimate, formatted the same way. */
interface Row {
  readonly id: string;
  readonly label: string;
  readonly formula: number | undefined;
  readonly simulated: Estimate | undefined;
  readonly unit: 'share' | 'seconds';
}

export class CcErlangCalculator extends LitElement {
  static override properties = {
    lang: {},
    pool: { attribute: false },
    typed: { state: true },
    status: { state: true },
    progress: { state: true },
    simulated: { state: true },
    failure: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host { display: block; padding: 1rem 1.25rem 2rem; max-width: 1200px; margin: 0 auto; }
      .card { background: var(--cc-surface); border: 1px solid var(--cc-line); border-radius: 10px; padding: 0.9rem 1.1rem; margin-bottom: 1rem; }
      form { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 0.6rem 1rem; }
      label { display: flex; flex-direction: column; gap: 2px; font-size: 0.9rem; }
      .unit { color: var(--cc-muted); font-size: 0.8rem; }
      table { border-collapse: collapse; width: 100%; margin-bottom: 0.75rem; }
      caption { text-align: left; font-weight: 600; padding: 0.4rem 0; }
      th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--cc-line); font-variant-numeric: tabular-nums; }
      th.num, td.num { text-align: right; white-space: nowrap; }
      .agree { color: var(--cc-ok); }
      .differ { color: var(--cc-warn); }
      .actions { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
      progress { width: 14rem; }
    `,
  ];

  declare lang: Lang;
  /** The page's worker pool (shared with the planner's runs). */
  declare pool: SimulationPool | undefined;
  declare typed: CalculatorText;
  declare status: SimStatus;
  declare progress: CalculatorProgress | undefined;
  /** The simulation's answer and the inputs it was for. */
  declare simulated: { readonly for: string; readonly answer: SimulatedAnswer; readonly wallMs?: number } | undefined;
  declare failure: string;

  private controller: AbortController | undefined;
  private focusSimulate = false;
  /** The formulas' answer for the last valid inputs: renders for progress do not compute it again. */
  private formula: { readonly key: string; readonly answer: FormulaAnswer } | undefined;

  constructor() {
    super();
    this.lang = 'zh';
    this.pool = undefined;
    this.typed = { ...DEFAULT_TEXT };
    this.status = 'idle';
    this.progress = undefined;
    this.simulated = undefined;
    this.failure = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancel();
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.name as CalculatorField;
    if (!CALCULATOR_FIELDS.includes(field)) return;
    this.typed = { ...this.typed, [field]: input.value };
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.simulate();
  };

  /** Runs the simulation for the inputs as they are now. */
  async simulate(): Promise<void> {
    const checked = checkInputs(this.typed);
    if (!checked.ok || !this.pool || this.status === 'running') return;
    const key = JSON.stringify(checked.inputs);
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'running';
    this.failure = '';
    this.simulated = { for: key, answer: {} };
    this.progress = undefined;
    try {
      const outcome = await simulateCalculator(
        this.pool,
        checked.inputs,
        {
          onProgress: (p) => controller === this.controller && (this.progress = p),
          onAnswer: (answer) => controller === this.controller && (this.simulated = { for: key, answer }),
        },
        controller.signal,
      );
      if (controller !== this.controller) return;
      this.keepFocus();
      if (outcome.ok) {
        this.simulated = { for: key, answer: outcome.answer, wallMs: outcome.wallMs };
        this.status = 'done';
      } else if (outcome.cancelled) {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        this.failure = outcome.reason;
      }
    } catch (error) {
      if (controller !== this.controller) return;
      this.status = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.controller = undefined;
  }

  /** Stops the simulation at once; the answers so far stay. */
  cancel(fromButton = false): void {
    if (!this.controller) return;
    this.keepFocus(fromButton);
    this.controller.abort();
    this.controller = undefined;
    if (this.status === 'running') this.status = 'cancelled';
  }

  /** Cancel goes away when the simulation ends: focus on it moves to Simulate, not to the page's body. */
  private keepFocus(fromCancel = false): void {
    if (fromCancel || this.shadowRoot?.activeElement?.id === 'calc-cancel') this.focusSimulate = true;
  }

  protected override updated(): void {
    const simulate = this.renderRoot.querySelector<HTMLButtonElement>('#calc-simulate');
    if (!this.focusSimulate || !simulate || simulate.disabled) return;
    this.focusSimulate = false;
    simulate.focus();
  }

  override render() {
    const lang = this.lang;
    const checked = checkInputs(this.typed);
    const issues = new Map(checked.ok ? [] : checked.issues.map((i) => [i.field, i.message] as const));
    return html`<section class="card" aria-labelledby="calc-title">
        <h2 id="calc-title">${text(C.title, lang)}</h2>
        <p class="help">${text(C.intro, lang)}</p>
        <h3>${text(C.inputs, lang)}</h3>
        <form @input=${this.onInput} @submit=${this.onSubmit} novalidate>
          ${CALCULATOR_FIELDS.map((f) => this.renderField(f, issues.get(f)))}
          <button type="submit" hidden tabindex="-1"></button>
        </form>
      </section>
      <section class="card" aria-labelledby="answers-title">
        <h2 id="answers-title">${text(C.answers, lang)}</h2>
        ${checked.ok ? this.renderAnswers(checked.inputs) : html`<p class="error" role="alert" id="calc-invalid">${text(C.invalid, lang)}</p>`}
      </section>`;
  }

  private renderField(field: CalculatorField, issue: Bilingual | undefined) {
    const rule = FIELD_RULES[field];
    const lang = this.lang;
    return html`<label>
      <span>${text(rule.label, lang)} <span class="unit">(${text(rule.unit, lang)})</span></span>
      <input
        name=${field}
        id=${`calc-${field}`}
        inputmode="decimal"
        autocomplete="off"
        .value=${this.typed[field]}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby=${issue ? `calc-${field}-error` : nothing}
      />
      ${issue ? html`<span class="error" id=${`calc-${field}-error`}>${text(issue, lang)}</span>` : nothing}
    </label>`;
  }

  private renderAnswers(inputs: CalculatorInputs) {
    const lang = this.lang;
    const key = JSON.stringify(inputs);
    if (this.formula?.key !== key) this.formula = { key, answer: formulaAnswer(inputs) };
    const f = this.formula.answer;
    const sim = this.simulated?.for === key ? this.simulated.answer : undefined;
    const stale = this.simulated !== undefined && this.simulated.for !== key && this.status !== 'running';
    const target = String(inputs.targetSeconds);
    const goal = String(+(inputs.serviceLevelGoal * 100).toFixed(3));
    const abandon = String(+(inputs.maxAbandon * 100).toFixed(3));
    return html`<p id="calc-load">${text(C.load(f.load.toFixed(2)), lang)}</p>
      ${this.renderControls(stale)}
      ${this.table('b', C.erlangB, [{ id: 'blocking', label: text(C.blocking, lang), formula: f.erlangB.blocking, simulated: sim?.B?.blocking, unit: 'share' }])}
      ${f.erlangC
        ? this.table('c', C.erlangC, [
            { id: 'probWait', label: text(C.probWait, lang), formula: f.erlangC.probWait, simulated: sim?.C?.probWait, unit: 'share' },
            { id: 'meanWait', label: text(C.meanWait, lang), formula: f.erlangC.meanWaitSeconds, simulated: sim?.C?.meanWaitSeconds, unit: 'seconds' },
            { id: 'serviceLevel', label: text(C.serviceLevel(target), lang), formula: f.erlangC.serviceLevel, simulated: sim?.C?.serviceLevel, unit: 'share' },
            { id: 'occupancy', label: text(C.occupancy, lang), formula: f.erlangC.occupancy, simulated: sim?.C?.occupancy, unit: 'share' },
          ])
        : html`<p><strong>${text(C.erlangC, lang)}</strong></p><p class="error" id="calc-c-unstable">${text(C.unstable, lang)}</p>`}
      ${f.erlangA
        ? this.table('a', C.erlangA, [
            { id: 'abandonment', label: text(C.abandonment, lang), formula: f.erlangA.probAbandon, simulated: sim?.A?.probAbandon, unit: 'share' },
            { id: 'probWait', label: text(C.probWait, lang), formula: f.erlangA.probWait, simulated: sim?.A?.probWait, unit: 'share' },
            { id: 'serviceLevel', label: text(C.serviceLevel(target), lang), formula: f.erlangA.serviceLevel, simulated: sim?.A?.serviceLevel, unit: 'share' },
            { id: 'meanWaitServed', label: text(C.meanWaitServed, lang), formula: f.erlangA.meanWaitServedSeconds, simulated: sim?.A?.meanWaitServedSeconds, unit: 'seconds' },
          ])
        : html`<p><strong>${text(C.erlangA, lang)}</strong></p><p class="error">${text(C.tooLong, lang)}</p>`}
      ${this.renderFewest(f, goal, target, abandon)}
      <p class="help">${text(C.settings(String(simulationDays(inputs)), String(simulationWarmupHours(inputs))), lang)}</p>`;
  }

  private renderControls(stale: boolean) {
    const lang = this.lang;
    const running = this.status === 'running';
    const p = this.progress;
    return html`<div class="actions">
      <button type="button" class="primary" id="calc-simulate" ?disabled=${running || !this.pool} @click=${() => void this.simulate()}>${text(C.simulate, lang)}</button>
      ${running ? html`<button type="button" id="calc-cancel" @click=${() => this.cancel(true)}>${text(C.cancel, lang)}</button>` : nothing}
      ${running && p ? html`<progress max=${p.total} value=${p.done} aria-hidden="true"></progress>` : nothing}
      <span role="status" id="calc-status">${this.statusText(stale)}</span>
    </div>`;
  }

  private statusText(stale: boolean): string {
    const lang = this.lang;
    if (stale) return text(C.stale, lang);
    switch (this.status) {
      case 'running':
        return this.progress ? text(C.progress(`Erlang ${this.progress.kind}`, this.progress.done, this.progress.total), lang) : '';
      case 'done':
        return text(C.done(((this.simulated?.wallMs ?? 0) / 1000).toFixed(1)), lang);
      case 'cancelled':
        return text(C.cancelled, lang);
      case 'failed':
        return text(C.failed(this.failure), lang);
      default:
        return '';
    }
  }

  private table(id: string, caption: Bilingual, rows: readonly Row[]) {
    const lang = this.lang;
    return html`<table id=${`calc-${id}`}>
      <caption>${text(caption, lang)}</caption>
      <thead>
        <tr><th scope="col">${text(C.figure, lang)}</th><th scope="col" class="num">${text(C.formula, lang)}</th><th scope="col" class="num">${text(C.simulation, lang)} (${CALCULATOR_REPLICATIONS})</th></tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const value = r.formula === undefined ? '—' : r.unit === 'share' ? pct(r.formula) : secs(r.formula, lang);
          const s = r.simulated;
          const simText = s ? (r.unit === 'share' ? `${pct(s.mean)} ± ${pctHw(s.halfWidth95)}` : `${secs(s.mean, lang)} ± ${secsHw(s.halfWidth95)}`) : text(C.notRun, lang);
          const ok = s && r.formula !== undefined ? agrees(r.formula, s, 3, r.unit === 'share' ? 1e-3 : 0.5) : undefined;
          return html`<tr data-row=${r.id}>
            <th scope="row">${r.label}</th>
            <td class="num formula">${value}</td>
            <td class="num simulated" data-mean=${s ? String(s.mean) : nothing} data-half-width=${s ? String(s.halfWidth95) : nothing} data-formula=${r.formula ?? nothing}>
              ${simText}
              ${ok === undefined ? nothing : html` <span class=${ok ? 'agree' : 'differ'}>${ok ? '✓' : '≠'}<span class="sr-only">${text(ok ? C.agrees : C.differs, lang)}</span></span>`}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderFewest(f: FormulaAnswer, goal: string, target: string, abandon: string) {
    const lang = this.lang;
    const seats = (n: number) => text(C.seatsValue(n, n >= MAX_SEARCH_SEATS), lang);
    return html`<table id="calc-fewest">
      <caption>${text(C.fewestSeats, lang)}</caption>
      <tbody>
        <tr data-row="fewestC"><th scope="row">${text(C.fewestC(goal, target), lang)}</th><td class="num">${seats(f.fewestSeatsC)}</td></tr>
        <tr data-row="fewestA"><th scope="row">${text(C.fewestA(goal, target, abandon), lang)}</th><td class="num">${seats(f.fewestSeatsA)}</td></tr>
      </tbody>
    </table>`;
  }
}

customElements.define('cc-erlang-calculator', CcErlangCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'cc-erlang-calculator': CcErlangCalculator;
  }
}
