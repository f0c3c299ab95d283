/**
 * `<cc-sweep-view>` (`?view=sweep`): the working scenario run at every value of one or two
 * of its numeric fields, on the page's worker pool (planning/sweep.ts, common random
 * numbers across points), with progress, a time estimate and Cancel; each headline figure
 * against the parameter with its 95% band, a table of the points, and a point's full
 * dashboard on a click. The form's logic is sweep-form.ts, the figures sweep-figures.ts.
 */
import { css, html, LitElement, nothing } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import { parseScenario, type Scenario } from '../../../models/scenario/scenario.ts';
import type { SimulationPool } from '../../worker/client.ts';
import { pointScenarios, runSweep, type SweepOutcome } from '../../planning/sweep.ts';
import { scenarioName } from '../../../models/scenario/scenario-text.ts';
import { renderSweepChart } from '../../charts/sweep-chart.ts';
import { categorical } from '../../charts/palette.ts';
import { durationWords, estimateRun } from '../run-estimate.ts';
import { theme } from '../theme.ts';
import { S } from './messages.ts';
import { sweepableFields, type SweepField } from './sweep-fields.ts';
import { checkForm, defaultForm, MAX_SWEEP_DAYS, pointText, type FormProblems, type ParameterText, type SweepForm } from './sweep-form.ts';
import { formatEstimate, formatFigure, secondsLeft, sweepFigures, sweepLines } from './sweep-figures.ts';
import '../dashboard/cc-dashboard.ts';

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
type Done = Extract<SweepOutcome, { ok: true }> & { readonly json: unknown; readonly scenario: Scenario; readonly options: SweepRunOptions };
/** The run settings a sweep was made with (the printed report states them). */
type SweepRunOptions = { readonly seed: number; readonly replications: number; readonly days?: number | undefined };

export class CcSweepView extends LitElement {
  static override properties = {
    lang: {},
    pool: { attribute: false },
    scenarioJson: { attribute: false },
    form: { state: true },
    problems: { state: true },
    status: { state: true },
    progress: { state: true },
    result: { state: true },
    selected: { state: true },
    message: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host { display: block; padding: 1rem 1.25rem 2rem; max-width: 1200px; margin: 0 auto; }
      .card { background: var(--cc-surface); border: 1px solid var(--cc-line); border-radius: 10px; padding: 0.9rem 1.1rem; margin-bottom: 1rem; }
      fieldset { border: 1px solid var(--cc-line); border-radius: 8px; margin: 0 0 0.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
      label { display: flex; flex-direction: column; gap: 2px; font-size: 0.9rem; }
      label.inline { flex-direction: row; align-items: center; gap: 0.4rem; }
      select { max-width: 28rem; }
      input[type='text'] { width: 7rem; }
      input.list { width: 16rem; }
      .error { color: var(--cc-bad, #b00020); flex-basis: 100%; margin: 0; }
      .actions { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
      progress { width: 14rem; }
      .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 0.75rem 1rem; }
      figure { margin: 0; }
      figcaption { font-weight: 600; font-size: 0.9rem; margin-bottom: 0.2rem; }
      .legend { display: flex; gap: 1rem; flex-wrap: wrap; font-size: 0.85rem; margin: 0.3rem 0; }
      .swatch { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 4px; }
      .table-wrap { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
      th, td { text-align: right; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--cc-line); font-variant-numeric: tabular-nums; white-space: nowrap; }
      th:first-child, td:first-child { text-align: left; }
      tr[aria-selected='true'] { background: var(--cc-accent-soft, #e8f0fe); }
      .help { color: var(--cc-muted); font-size: 0.85rem; }
      .warn { color: var(--cc-warn); }
      .print-only { display: none; }
      /* The printed report: what was swept and how, the figures one per row (never cut by a page break), the table; no form, no buttons. */
      @media print {
        :host { padding: 0; max-width: none; }
        .print-only { display: block; }
        .card { border: none; padding: 0; }
        .card:first-of-type, button, .screen-only, #sweep-point { display: none !important; }
        .charts { display: block; }
        figure { break-inside: avoid; page-break-inside: avoid; margin-bottom: 0.75rem; }
        .table-wrap { overflow: visible; }
        table { break-inside: auto; }
        tr { break-inside: avoid; }
      }
    `,
  ];

  declare lang: Lang;
  declare pool: SimulationPool | undefined;
  /** The working scenario (as JSON) the sweep varies. */
  declare scenarioJson: unknown;
  declare form: SweepForm | undefined;
  declare problems: FormProblems;
  declare status: Status;
  declare progress: { done: number; total: number; points: number; pointsTotal: number; left: number | undefined } | undefined;
  declare result: Done | undefined;
  /** The point whose dashboard is open. */
  declare selected: number | undefined;
  declare message: string;

  private controller: AbortController | undefined;
  private fieldsFor: { json: unknown; fields: SweepField[] } | undefined;

  constructor() {
    super();
    this.lang = 'zh';
    this.pool = undefined;
    this.scenarioJson = undefined;
    this.form = undefined;
    this.problems = {};
    this.status = 'idle';
    this.progress = undefined;
    this.result = undefined;
    this.selected = undefined;
    this.message = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private get fields(): SweepField[] {
    const cached = this.fieldsFor;
    if (cached && cached.json === this.scenarioJson) return cached.fields;
    const fields = sweepableFields(this.scenarioJson);
    this.fieldsFor = { json: this.scenarioJson, fields };
    return fields;
  }

  private get parsed(): Scenario | undefined {
    const p = parseScenario(this.scenarioJson);
    return p.ok ? p.scenario : undefined;
  }

  protected override willUpdate(): void {
    if (!this.form && this.scenarioJson !== undefined) {
      const days = this.parsed?.run.days ?? 1;
      this.form = defaultForm(this.fields, Math.min(MAX_SWEEP_DAYS, Math.max(1, Math.ceil(days))));
    }
  }

  private edit(change: Partial<SweepForm>): void {
    this.form = { ...this.form!, ...change };
    this.problems = {};
  }

  private editParameter(key: 'first' | 'second', change: Partial<ParameterText>): void {
    this.edit({ [key]: { ...this.form![key]!, ...change } });
  }

  private async start(event: Event): Promise<void> {
    event.preventDefault();
    const pool = this.pool;
    const scenario = this.parsed;
    if (!pool || !this.form || this.status === 'running') return;
    if (!scenario) {
      this.status = 'failed';
      this.message = text(S.invalidScenario, this.lang);
      return;
    }
    const checked = checkForm(this.form, this.fields);
    if (!checked.ok) {
      this.problems = checked.problems;
      await this.updateComplete;
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    const { parameters, options } = checked.plan;
    const json = this.scenarioJson;
    const controller = (this.controller = new AbortController());
    const pointsTotal = parameters.reduce((n, p) => n * p.values.length, 1);
    const started = performance.now();
    this.status = 'running';
    this.selected = undefined;
    this.message = '';
    this.progress = { done: 0, total: pointsTotal * options.replications, points: 0, pointsTotal, left: undefined };
    try {
      const outcome = await pool.runTask(
        pool.maxWorkers,
        (workers, signal) =>
          runSweep(workers, json, parameters, options, {
            onProgress: (p) => {
              if (controller !== this.controller) return;
              // Replications are handed out replication by replication over all points: a point is done with its last one.
              const points = Math.max(0, p.done - (options.replications - 1) * pointsTotal);
              this.progress = { done: p.done, total: p.total, points, pointsTotal, left: secondsLeft(p.simulatedSecondsDone, p.simulatedSecondsTotal, performance.now() - started) };
            },
          }, signal),
        controller.signal,
      );
      if (controller !== this.controller) return;
      if (outcome.ok) {
        this.result = { ...outcome, json, scenario, options };
        this.status = 'done';
        this.message = text(S.done(outcome.points.length, ((performance.now() - started) / 1000).toFixed(1)), this.lang);
      } else if (outcome.cancelled) {
        this.status = 'cancelled';
        this.message = text(S.cancelled, this.lang);
      } else {
        this.status = 'failed';
        this.message = text(S.failed(outcome.issues.map((i) => `${i.path}: ${i.message}`).join('; ')), this.lang);
      }
    } catch (error) {
      this.status = 'failed';
      this.message = text(S.failed(error instanceof Error ? error.message : String(error)), this.lang);
    }
  }

  private cancel(): void {
    this.controller?.abort();
  }

  private open(index: number): void {
    this.selected = index;
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#sweep-point') as HTMLElement | null)?.focus());
  }

  override render() {
    const lang = this.lang;
    return html`<section class="card">
        <h2>${text(S.title, lang)}</h2>
        <p class="help">${text(S.intro, lang)}</p>
        ${this.form ? this.renderForm(this.form) : nothing}
      </section>
      ${this.result ? this.renderResult(this.result) : nothing}`;
  }

  private renderForm(form: SweepForm) {
    const lang = this.lang;
    const running = this.status === 'running';
    const checked = checkForm(form, this.fields);
    const scenario = this.parsed;
    const plan = checked.ok && scenario && this.pool
      ? (() => {
          const points = checked.plan.parameters.reduce((n, p) => n * p.values.length, 1);
          const runs = points * checked.plan.options.replications;
          const est = estimateRun(scenario, { seed: checked.plan.options.seed, replications: runs, days: checked.plan.options.days }, this.pool.maxWorkers);
          return text(S.plan(points, runs, text(durationWords(est.seconds), lang)), lang);
        })()
      : '';
    const p = this.progress;
    const number = (key: 'replications' | 'days' | 'seed', label: string) => html`<label
      >${label}<input type="text" inputmode="numeric" id=${`sweep-${key}`} .value=${form[key]} aria-invalid=${this.problems[key] ? 'true' : 'false'}
        aria-describedby=${`sweep-${key}-error`} @input=${(e: Event) => this.edit({ [key]: (e.target as HTMLInputElement).value })}
    /></label>`;
    return html`<form @submit=${(e: Event) => void this.start(e)}>
      ${this.renderParameter('first', form.first, 1)}
      <label class="inline"><input type="checkbox" id="sweep-second" .checked=${form.second !== undefined} ?disabled=${running}
        @change=${(e: Event) => this.edit({ second: (e.target as HTMLInputElement).checked ? { ...form.first, path: this.fields.find((f) => f.path !== form.first.path)?.path ?? '', mode: 'list', list: '' } : undefined })} />${text(S.second, lang)}</label>
      ${form.second ? this.renderParameter('second', form.second, 2) : nothing}
      <fieldset><legend>${text(S.replications, lang)} · ${text(S.days, lang)} · ${text(S.seed, lang)}</legend>
        ${number('replications', text(S.replications, lang))} ${number('days', text(S.days, lang))} ${number('seed', text(S.seed, lang))}
        ${(['replications', 'days', 'seed'] as const).map((k) => (this.problems[k] ? html`<p class="error" id=${`sweep-${k}-error`}>${text(this.problems[k], lang)}</p>` : nothing))}
      </fieldset>
      <div class="actions">
        <button type="submit" id="sweep-run" ?disabled=${running}>${text(S.run, lang)}</button>
        <button type="button" id="sweep-cancel" ?disabled=${!running} @click=${() => this.cancel()}>${text(S.cancel, lang)}</button>
        ${running && p ? html`<progress max=${p.total} .value=${p.done}></progress>` : nothing}
        <span id="sweep-status" role="status">${running && p
          ? text(S.progress(p.points, p.pointsTotal, p.done, p.total, p.left === undefined ? '' : text(durationWords(p.left), lang)), lang)
          : this.message || plan}</span>
      </div>
    </form>`;
  }

  private renderParameter(key: 'first' | 'second', p: ParameterText, n: number) {
    const lang = this.lang;
    const field = this.fields.find((f) => f.path === p.path);
    const problem = this.problems[key];
    const id = (s: string) => `sweep-${key}-${s}`;
    const input = (name: 'list' | 'from' | 'to' | 'step', label: string) => html`<label>${label}<input type="text" id=${id(name)} class=${name}
      .value=${p[name]} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${id('error')} @input=${(e: Event) => this.editParameter(key, { [name]: (e.target as HTMLInputElement).value })} /></label>`;
    return html`<fieldset>
      <legend>${text(S.parameter(n), lang)}</legend>
      <label>${text(S.field, lang)}
        <select id=${id('field')} @change=${(e: Event) => this.editParameter(key, { path: (e.target as HTMLSelectElement).value })}>
          ${this.fields.map((f) => html`<option value=${f.path} ?selected=${f.path === p.path}>${text(f.label, lang)}${f.unit ? ` (${text(f.unit, lang)})` : ''}</option>`)}
        </select>
      </label>
      <label class="inline"><input type="radio" name=${id('mode')} .checked=${p.mode === 'list'} @change=${() => this.editParameter(key, { mode: 'list' })} />${text(S.list, lang)}</label>
      <label class="inline"><input type="radio" name=${id('mode')} .checked=${p.mode === 'range'} @change=${() => this.editParameter(key, { mode: 'range' })} />${text(S.range, lang)}</label>
      ${p.mode === 'list' ? input('list', text(S.values, lang)) : html`${input('from', text(S.from, lang))} ${input('to', text(S.to, lang))} ${input('step', text(S.step, lang))}`}
      ${field ? html`<span class="help">${text(S.current(String(field.current)), lang)}</span>` : nothing}
      ${problem ? html`<p class="error" id=${id('error')} role="alert">${text(problem, lang)}</p>` : nothing}
    </fieldset>`;
  }

  private renderResult(r: Done) {
    const lang = this.lang;
    const fields = this.fields;
    const figures = sweepFigures(r.points, r.scenario, lang);
    const lines = sweepLines(r.points, r.parameters);
    const [first, second] = r.parameters;
    const label = (path: string | undefined) => text(fields.find((f) => f.path === path)?.label, lang) || (path ?? '');
    const pointLabel = (k: number) => pointText(r.points[k]!.values, fields, lang);
    const lineLabel = (v: unknown) => (second ? `${label(second.path)} = ${String(v)}` : label(first!.path));
    const stale = r.json !== this.scenarioJson;
    const values = r.parameters.map((p) => `${label(p.path)}: ${p.values.map(String).join(', ')}`).join(' · ');
    return html`<section class="card" aria-labelledby="sweep-figures-title">
        <div class="print-only">
          <h2>${text(S.reportTitle, lang)} · ${scenarioName(r.scenario, lang)}</h2>
          <p>${values}</p>
          <p>${text(S.reportSettings(r.options.seed, r.options.replications, r.options.days ?? r.scenario.run.days), lang)}</p>
        </div>
        <div class="actions">
          <h2 id="sweep-figures-title" style="margin:0">${text(S.figures, lang)}</h2>
          <button type="button" id="sweep-print" class="screen-only" @click=${() => window.print()}>${text(S.print, lang)}</button>
        </div>
        ${stale ? html`<p class="warn" role="status">${text(S.stale, lang)}</p>` : nothing}
        <p class="help">${label(first!.path)} → · ${text(S.clickHint, lang)}</p>
        ${second ? html`<div class="legend">${lines.map((l, i) => html`<span><span class="swatch" style=${`background:${categorical(i)}`}></span>${lineLabel(l.value)}</span>`)}</div>` : nothing}
        <div class="charts" id="sweep-charts">
          ${figures.map((f) => html`<figure data-figure=${f.id}><figcaption>${f.title}</figcaption>
            ${renderSweepChart({
              lines: lines.map((l) => ({ label: lineLabel(l.value), points: l.points.map((k) => ({ index: k, x: Number(r.points[k]!.values[first!.path]), mean: f.estimates[k]!.mean, halfWidth: f.estimates[k]!.halfWidth95 })) })),
              width: 360, height: 200, share: f.unit === 'share', format: (y) => formatFigure(y, f.unit), formatX: (x) => String(x),
            }, f.title, (k) => `${pointLabel(k)}: ${formatEstimate(f.estimates[k]!, f.unit)}`, (k) => this.open(k))}
          </figure>`)}
        </div>
      </section>
      <section class="card" aria-labelledby="sweep-table-title">
        <h2 id="sweep-table-title">${text(S.table, lang)}</h2>
        <div class="table-wrap"><table id="sweep-table">
          <thead><tr>${r.parameters.map((p) => html`<th scope="col">${label(p.path)}</th>`)}${figures.map((f) => html`<th scope="col">${f.title}</th>`)}<th></th></tr></thead>
          <tbody>${r.points.map((pt, k) => html`<tr data-point=${k} aria-selected=${this.selected === k ? 'true' : 'false'}>
            ${r.parameters.map((p) => html`<td>${String(pt.values[p.path])}</td>`)}
            ${figures.map((f) => html`<td>${formatEstimate(f.estimates[k]!, f.unit)}</td>`)}
            <td><button type="button" class="open" @click=${() => this.open(k)}>${text(S.open, lang)}</button></td>
          </tr>`)}</tbody>
        </table></div>
      </section>
      ${this.selected !== undefined ? this.renderPoint(r, this.selected) : nothing}`;
  }

  private renderPoint(r: Done, k: number) {
    const lang = this.lang;
    const point = r.points[k]!;
    const built = pointScenarios(r.json, [point.values]);
    const parsed = built.ok ? parseScenario(built.scenarios[0]) : undefined;
    if (!parsed?.ok) return nothing;
    return html`<section class="card" id="sweep-point" tabindex="-1" aria-labelledby="sweep-point-title">
      <div class="actions"><h2 id="sweep-point-title" style="margin:0">${text(S.pointTitle(pointText(point.values, this.fields, lang)), lang)}</h2>
        <button type="button" id="sweep-close" @click=${() => (this.selected = undefined)}>${text(S.close, lang)}</button></div>
      <cc-dashboard .summary=${point.result.summary} .scenario=${parsed.scenario} .replicationsDone=${point.result.replications} .replications=${point.result.replications} .lang=${lang}></cc-dashboard>
    </section>`;
  }
}

customElements.define('cc-sweep-view', CcSweepView);

declare global {
  interface HTMLElementTagNameMap {
    'cc-sweep-view': CcSweepView;
  }
}
