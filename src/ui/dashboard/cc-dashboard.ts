/**
 * `<cc-dashboard>`: the results of a run for a planner. Headline cards on top, then chart
 * panels: arrivals, queues, seats, service level, abandonment, waits, back-office staff and
 * backlog, the tier funnel and a service-level heatmap, each exportable as SVG and PNG; the
 * results export as CSV and JSON. Results arrive replication by replication, so the element
 * re-renders with partial summaries. The cards follow at once; the charts are redrawn one
 * at a time, in short tasks with a frame after each chart (chart-scheduler.ts), so that no
 * task of the page grows long, and only when the summary, scenario, language (or, for the
 * heatmap, its lane) change. Each chart's template is guarded: drawing one chart
 * re-renders that chart and nothing else.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { compactControls, visuallyHidden } from '../theme.ts';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Summary } from '../../engine/summary.ts';
import type { Figures } from '../../../models/replications.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { beijingClock } from '../../charts/axis.ts';
import { funnelGeometry, renderFunnelChart, type FunnelChartGeometry } from '../../charts/funnel-chart.ts';
import { heatmapGeometry, renderHeatmap, type HeatmapGeometry } from '../../charts/heatmap-chart.ts';
import { renderTimeChart, timeSeriesSteps, type TimeChartGeometry } from '../../charts/time-series-chart.ts';
import { renderWaitTimeChart, waitTimeGeometry, type WaitChartGeometry } from '../../charts/wait-time-chart.ts';
import { funnelChart, heatmapChart, waitChart } from './chart-inputs.ts';
import { ChartScheduler } from './chart-scheduler.ts';
import { primeChartText } from './font-primer.ts';
import { download, figuresCsv, fileStem, resultsJson, seriesCsv } from './export.ts';
import { kpiCards, type KpiCard } from './kpis.ts';
import { m } from './messages.ts';
import { bucketSecondsOf, laneLabel, lanesByPriority, type DashboardSummary } from './results.ts';
import { timeChartIds, timeChartInput, type TimeChartId } from './time-charts.ts';
import type { ShownComparison } from '../current-run.ts';
import { withDeltas } from '../compare/deltas.ts';
import { OVERLAID, overlayA } from '../compare/overlay.ts';
import { C } from '../compare/messages.ts';
import './cc-chart-panel.ts';
import './cc-kpi-cards.ts';
import { dashboardPrintStyles } from '../report/print-styles.ts';

/** Chart size in viewBox units; the SVGs scale to their panel's width. */
const CHART_WIDTH = 640;
/** Charts that span the whole row (funnel, heatmap). */
const WIDE_WIDTH = 900;
/**
 * On a narrow screen (a phone: the dashboard under 600 px) charts are drawn this wide
 * instead: scaled down from 640 or 900 units, their 11-unit text would show at 5–6 px.
 */
const NARROW_WIDTH = 300;
const NARROW_BELOW_PX = 600;
const TIME_CHART_HEIGHT = 290;
/**
 * While a run is going on, the charts rest this many times as long as each took before the
 * next: they take at most a fifth of a core from the workers (see chart-scheduler.ts).
 */
const REST_DURING_RUN = 4;
/** A chart panel's border and padding, left and right (cc-chart-panel.ts): its SVG is this much narrower than its grid cell. */
const PANEL_CHROME_PX = 22;
/** The largest width of a wide chart (`.wide svg` below). */
const WIDE_MAX_PX = 1100;
/** Cells of the heatmap first drawn per task: a week of hours. */
const HEATMAP_CELLS_PER_STEP = 7 * 24;

/** The dashboard's charts, in display order: the time charts the results have, the wait ladder, the funnel and the heatmap. */
type ChartId = TimeChartId | 'waits' | 'funnel' | 'heatmap';

type Chart =
  | { readonly kind: 'time'; readonly geometry: TimeChartGeometry }
  | { readonly kind: 'waits'; readonly geometry: WaitChartGeometry }
  | { readonly kind: 'funnel'; readonly geometry: FunnelChartGeometry | undefined }
  | { readonly kind: 'heatmap'; readonly geometry: HeatmapGeometry };

function chartIds(summary: DashboardSummary | undefined): ChartId[] {
  const time = timeChartIds(summary);
  const atWaits = time.indexOf('abandoned') + 1;
  return [...time.slice(0, atWaits), 'waits', ...time.slice(atWaits), 'funnel', 'heatmap'];
}

export class CcDashboard extends LitElement {
  static override properties = {
    summary: { attribute: false },
    scenario: { attribute: false },
    replicationsDone: { type: Number, attribute: 'replications-done' },
    cancelled: { type: Boolean },
    narrow: { state: true },
    replications: { type: Number },
    lang: { type: String, reflect: true },
    heatmapLane: { state: true },
    stale: { type: Boolean },
    comparison: { attribute: false },
  };

  /** The scenario has been edited since these results: a banner says they are out of date. */
  declare stale: boolean;
  /** B of a comparison: A's figures and the paired differences, written under each card. */
  declare comparison: ShownComparison | undefined;

  /** Means and 95% half-widths over the replications done so far; undefined before the first. */
  declare summary: Summary<Figures> | undefined;
  /** The scenario the results are for: labels, lane targets, Beijing start time, warm-up. */
  declare scenario: Scenario | undefined;
  /** How many replications `summary` covers. */
  declare replicationsDone: number;
  /** The run was cancelled: the replications done are all there will be. */
  declare cancelled: boolean;
  /** The dashboard is narrower than NARROW_BELOW_PX: charts are drawn NARROW_WIDTH wide. */
  declare narrow: boolean;
  private readonly resizes = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    if (width > 0) {
      this.measured = true;
      this.narrow = width < NARROW_BELOW_PX;
    }
  });
  /** The resize observer has reported a width. */
  private measured = false;
  /** How many replications the run asked for. */
  declare replications: number;
  /** Language of the text: `zh` or `en`. */
  declare lang: Lang;
  /** The lane the heatmap shows. */
  declare heatmapLane: string | undefined;

  /** The headline cards, computed with each summary (they are cheap and come first). */
  private cards: readonly KpiCard[] = [];
  private readonly charts = new ChartScheduler<ChartId, Chart>({
    keys: () => (this.scenario ? chartIds(this.summary as DashboardSummary | undefined) : []),
    compute: (id) => this.computeChart(id),
    drawn: () => this.requestUpdate(),
    rest: () => (this.summary && !this.cancelled && this.replicationsDone < this.replications ? REST_DURING_RUN : 0),
  });

  constructor() {
    super();
    this.summary = undefined;
    this.scenario = undefined;
    this.replicationsDone = 0;
    this.cancelled = false;
    this.narrow = false;
    this.replications = 0;
    this.lang = 'zh';
    this.heatmapLane = undefined;
    this.stale = false;
    this.comparison = undefined;
  }

  static override styles = [
    visuallyHidden,
    compactControls,
    css`
    :host {
      display: block;
      color: #222;
      font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback', sans-serif;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 16px;
      margin-bottom: 8px;
    }
    h2 {
      margin: 0;
      font-size: 1.2rem;
    }
    .progress {
      margin: 0;
      flex: 1 1 20rem;
      font-size: 0.85rem;
      color: #444;
    }
    .exports {
      display: flex;
      gap: 4px;
      align-items: center;
      font-size: 0.85rem;
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 480px), 1fr));
      gap: 10px;
      margin-top: 12px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .banner {
      margin: 0 0 8px;
      padding: 8px 12px;
      border-radius: 6px;
      border-left: 6px solid #e69f00;
      background: #fdf6e6;
      font-size: 0.9rem;
    }
    .banner.stale {
      border-left-color: #d55e00;
      background: #fcefe6;
      font-weight: 600;
    }
    .wide svg {
      max-width: 1100px; /* WIDE_MAX_PX */
    }
    label {
      font-size: 0.8rem;
      display: flex;
      gap: 4px;
      align-items: center;
    }
  `,
    dashboardPrintStyles,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const scenario = this.scenario;
    if (!scenario) {
      this.cards = [];
      this.charts.stop();
      return;
    }
    const lanes = lanesByPriority(scenario);
    if (!lanes.some((l) => l.id === this.heatmapLane)) this.heatmapLane = lanes[0]?.id;
    const summary = this.summary as DashboardSummary | undefined;
    // The first charts may be computed before the resize observer has reported (the dashboard
    // appears with the first results): measure once now, or a phone gets 640-unit charts at 6 px.
    if (changed.has('summary') && summary && !this.measured) {
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.narrow = width < NARROW_BELOW_PX;
    }
    if (changed.has('summary') || changed.has('scenario') || changed.has('lang') || changed.has('narrow') || changed.has('comparison')) {
      const cards = summary ? kpiCards(summary, scenario, this.lang) : [];
      const c = this.comparison;
      this.cards = c && summary ? withDeltas(cards, c.difference as DashboardSummary, c.a as DashboardSummary, summary, this.lang) : cards;
      this.charts.invalidate();
    } else if (changed.has('heatmapLane')) {
      this.charts.invalidate(['heatmap']);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('scenario') || changed.has('narrow')) this.primeCharts();
  }

  /**
   * As a run starts, before its first results: the fonts of chart text at the scale the
   * charts will be drawn at (font-primer.ts), from the widths of the grid's cells.
   */
  private primeCharts(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.charts');
    if (!grid || !this.scenario || this.summary) return;
    const cell = parseFloat(getComputedStyle(grid).gridTemplateColumns);
    const width = grid.clientWidth;
    if (!(cell > PANEL_CHROME_PX) || !(width > PANEL_CHROME_PX)) return;
    const charts = [
      { px: cell - PANEL_CHROME_PX, units: this.chartWidth(CHART_WIDTH) },
      { px: Math.min(width - PANEL_CHROME_PX, WIDE_MAX_PX), units: this.chartWidth(WIDE_WIDTH) },
    ];
    void primeChartText(charts, this.lang);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.charts.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
    // Back in the page after a removal: draw again what stop() forgot.
    if (this.hasUpdated && this.scenario) this.charts.invalidate();
  }

  private chartWidth(wide: number): number {
    return this.narrow ? NARROW_WIDTH : wide;
  }

  /** One chart's geometry from the current summary, scenario and language; a time chart pauses after each series. */
  private *computeChart(id: ChartId): Generator<Chart | undefined, Chart, void> {
    const summary = this.summary as DashboardSummary | undefined;
    const scenario = this.scenario!;
    switch (id) {
      case 'waits':
        return { kind: 'waits', geometry: this.waitGeometry(summary, scenario) };
      case 'funnel':
        return { kind: 'funnel', geometry: this.funnelGeometry(summary, scenario) };
      case 'heatmap':
        return { kind: 'heatmap', geometry: yield* this.heatmapSteps(summary, scenario) };
      default: {
        const b = timeChartInput(id, summary, scenario, this.lang);
        const a = this.comparison && OVERLAID.has(id) ? timeChartInput(id, this.comparison.a as DashboardSummary, scenario, this.lang) : undefined;
        const input = a ? overlayA(b, a, this.lang) : b;
        return { kind: 'time', geometry: yield* timeSeriesSteps(input, { width: this.chartWidth(CHART_WIDTH), height: TIME_CHART_HEIGHT }) };
      }
    }
  }

  private waitGeometry(summary: DashboardSummary | undefined, scenario: Scenario): WaitChartGeometry {
    const input = waitChart(summary, scenario, this.lang);
    return waitTimeGeometry(input, { width: this.chartWidth(CHART_WIDTH), height: 80 + Math.max(1, input.lanes.length) * 66 });
  }

  private funnelGeometry(summary: DashboardSummary | undefined, scenario: Scenario): FunnelChartGeometry | undefined {
    const input = funnelChart(summary, scenario, this.lang);
    return input && funnelGeometry(input, { width: this.chartWidth(WIDE_WIDTH), height: 44 + input.rows.length * 28 });
  }

  private *heatmapSteps(summary: DashboardSummary | undefined, scenario: Scenario): Generator<Chart | undefined, HeatmapGeometry, void> {
    const input = heatmapChart(summary, scenario, this.heatmapLane ?? '', this.lang);
    yield;
    const days = input.grid.days.length;
    const rowHeight = days <= 40 ? 16 : Math.max(2, 640 / days);
    const geometry = heatmapGeometry(input, { width: this.chartWidth(WIDE_WIDTH), height: 88 + (days ? days * rowHeight : 28) });
    yield;
    // New cells are new elements (a month's grid is some 2,000): they appear a week of rows
    // at a time, each in a task and a frame of its own. Cells already drawn only change
    // their attributes, which is quick.
    const current = this.charts.geometry('heatmap');
    const drawn = current?.kind === 'heatmap' ? current.geometry.cells.length : 0;
    for (let shown = drawn + HEATMAP_CELLS_PER_STEP; shown < geometry.cells.length; shown += HEATMAP_CELLS_PER_STEP) {
      yield { kind: 'heatmap', geometry: { ...geometry, cells: geometry.cells.slice(0, shown) } };
    }
    return geometry;
  }

  private stem(): string {
    return fileStem(this.scenario?.name ?? 'results');
  }

  private handleExport(kind: 'figures' | 'series' | 'json'): void {
    const summary = this.summary as DashboardSummary | undefined;
    const scenario = this.scenario;
    if (!summary || !scenario) return;
    if (kind === 'figures') download(`${this.stem()}-figures.csv`, figuresCsv(summary), 'text/csv;charset=utf-8');
    else if (kind === 'series') download(`${this.stem()}-series.csv`, seriesCsv(summary.series, bucketSecondsOf(summary), beijingClock(scenario.run.startBeijing)), 'text/csv;charset=utf-8');
    else {
      const meta = { scenario: scenario.name, startBeijing: scenario.run.startBeijing, warmupHours: scenario.run.warmupHours, replications: this.replicationsDone };
      download(`${this.stem()}-results.json`, resultsJson(summary, meta), 'application/json');
    }
  }

  private renderProgress() {
    const lang = this.lang;
    if (!this.summary) return text(this.replications > 0 ? m.waiting(this.replications) : m.noResults, lang);
    const done = this.replicationsDone;
    const parts = [
      done >= this.replications ? text(m.complete(done), lang) : this.cancelled ? text(m.cancelled(done, this.replications), lang) : text(m.progress(done, this.replications), lang),
    ];
    if (done === 1) parts.push(text(m.oneReplication, lang));
    return parts.join(' ');
  }

  private panel(id: string, geometry: { title: string }, chart: unknown, options: { hover?: TimeChartGeometry['hover']; wide?: boolean; controls?: unknown } = {}) {
    return html`<cc-chart-panel
      class=${options.wide ? 'wide' : ''}
      data-chart=${id}
      .heading=${geometry.title}
      .filename=${`${this.stem()}-${id}`}
      .lang=${this.lang}
      .hover=${options.hover}
      >${options.controls ?? nothing}${chart}</cc-chart-panel
    >`;
  }

  private renderHeatmapControls(scenario: Scenario) {
    const lanes = lanesByPriority(scenario);
    if (lanes.length < 2) return nothing;
    return html`<label slot="controls"
      >${text(m.heatmapLane, this.lang)}
      <select @change=${(e: Event) => (this.heatmapLane = (e.target as HTMLSelectElement).value)}>
        ${lanes.map((l) => html`<option value=${l.id} ?selected=${l.id === this.heatmapLane}>${laneLabel(scenario, l.id, this.lang)}</option>`)}
      </select></label
    >`;
  }

  /** A chart's panel once its geometry is computed; until then, nothing (it appears within a few tasks). */
  private renderChart(id: ChartId, scenario: Scenario) {
    const chart = this.charts.geometry(id);
    switch (chart?.kind) {
      case 'time': {
        const g = chart.geometry;
        return this.panel(id, g, guard([g], () => renderTimeChart(g)), { hover: g.hover });
      }
      case 'waits': {
        const g = chart.geometry;
        return this.panel(id, g, guard([g], () => renderWaitTimeChart(g)));
      }
      case 'funnel': {
        const g = chart.geometry;
        return g ? this.panel(id, g, guard([g], () => renderFunnelChart(g)), { wide: true }) : nothing;
      }
      case 'heatmap': {
        const g = chart.geometry;
        return this.panel(id, g, guard([g], () => renderHeatmap(g)), { wide: true, controls: this.renderHeatmapControls(scenario) });
      }
      default:
        return nothing;
    }
  }

  override render() {
    const scenario = this.scenario;
    const lang = this.lang;
    const hasSummary = !!this.summary;
    return html`
      <div class="head">
        <h2>${text(m.heading, lang)}</h2>
        <p class="progress" role="status">${this.renderProgress()}</p>
        <div class="exports" role="group" aria-label=${text(m.exportResults, lang)}>
          <span aria-hidden="true">${text(m.exportResults, lang)}:</span>
          <button type="button" ?disabled=${!hasSummary} @click=${() => this.handleExport('figures')}>${text(m.resultsCsv, lang)}</button>
          <button type="button" ?disabled=${!hasSummary} @click=${() => this.handleExport('series')}>${text(m.seriesCsv, lang)}</button>
          <button type="button" ?disabled=${!hasSummary} @click=${() => this.handleExport('json')}>${text(m.json, lang)}</button>
        </div>
      </div>
      ${this.stale && hasSummary ? html`<p class="banner stale" id="stale" role="status">${text(C.stale, lang)}</p>` : nothing}
      ${this.comparison && hasSummary ? html`<p class="banner" id="comparing">${text(C.comparing(this.comparison.label), lang)}</p>` : nothing}
      ${this.cards.length ? html`<cc-kpi-cards .cards=${this.cards} .lang=${lang}></cc-kpi-cards>` : nothing}
      ${scenario
        ? html`<h3 class="sr-only">${text(m.chartsHeading, lang)}</h3>
            <div class="charts">${repeat(
              chartIds(this.summary as DashboardSummary | undefined),
              (id) => id,
              (id) => this.renderChart(id, scenario),
            )}</div>`
        : nothing}
    `;
  }
}

customElements.define('cc-dashboard', CcDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cc-dashboard': CcDashboard;
  }
}
