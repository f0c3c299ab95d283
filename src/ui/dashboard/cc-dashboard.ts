/**
 * `<cc-dashboard>`: the results of a run for a planner. Headline cards on top, then chart
 * panels: arrivals, queues, seats, service level, abandonment, waits, back-office staff and
 * backlog, the tier funnel and a service-level heatmap, each exportable as SVG and PNG; the
 * results export as CSV and JSON. Results arrive replication by replication, so the element
 * re-renders with partial summaries: all chart geometry is computed in `willUpdate` only
 * when the summary, scenario or language change, and each chart's template is guarded, so
 * a progress tick re-renders the progress line and nothing else.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Summary } from '../../engine/summary.ts';
import type { Figures } from '../../../models/replications.ts';
import type { Scenario } from '../../../models/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { beijingClock } from '../../charts/axis.ts';
import { funnelGeometry, renderFunnelChart, type FunnelChartGeometry } from '../../charts/funnel-chart.ts';
import { heatmapGeometry, renderHeatmap, type HeatmapGeometry } from '../../charts/heatmap-chart.ts';
import { renderTimeChart, timeSeriesGeometry, type TimeChartGeometry } from '../../charts/time-series-chart.ts';
import { renderWaitTimeChart, waitTimeGeometry, type WaitChartGeometry } from '../../charts/wait-time-chart.ts';
import { funnelChart, heatmapChart, waitChart } from './chart-inputs.ts';
import { download, figuresCsv, fileStem, resultsJson, seriesCsv } from './export.ts';
import { kpiCards, type KpiCard } from './kpis.ts';
import { m } from './messages.ts';
import { bucketSecondsOf, laneLabel, lanesByPriority, type DashboardSummary } from './results.ts';
import { timeCharts, type TimeChartId } from './time-charts.ts';
import './cc-chart-panel.ts';
import './cc-kpi-cards.ts';

/** Chart size in viewBox units; the SVGs scale to their panel's width. */
const CHART_WIDTH = 640;
/** Charts that span the whole row (funnel, heatmap). */
const WIDE_WIDTH = 900;
const TIME_CHART_HEIGHT = 290;

interface View {
  readonly cards: readonly KpiCard[];
  readonly time: readonly { readonly id: TimeChartId; readonly geometry: TimeChartGeometry }[];
  readonly wait: WaitChartGeometry;
  readonly funnel: FunnelChartGeometry | undefined;
  readonly heatmap: HeatmapGeometry;
}

export class CcDashboard extends LitElement {
  static override properties = {
    summary: { attribute: false },
    scenario: { attribute: false },
    replicationsDone: { type: Number, attribute: 'replications-done' },
    replications: { type: Number },
    lang: { type: String, reflect: true },
    heatmapLane: { state: true },
  };

  /** Means and 95% half-widths over the replications done so far; undefined before the first. */
  declare summary: Summary<Figures> | undefined;
  /** The scenario the results are for: labels, lane targets, Beijing start time, warm-up. */
  declare scenario: Scenario | undefined;
  declare replicationsDone: number;
  declare replications: number;
  declare lang: Lang;
  /** The lane the heatmap shows. */
  declare heatmapLane: string | undefined;

  private view: View | undefined = undefined;

  constructor() {
    super();
    this.summary = undefined;
    this.scenario = undefined;
    this.replicationsDone = 0;
    this.replications = 0;
    this.lang = 'zh';
    this.heatmapLane = undefined;
  }

  static override styles = css`
    :host {
      display: block;
      color: #222;
      font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
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
    button,
    select {
      font: inherit;
      font-size: 0.8rem;
      padding: 2px 8px;
      border: 1px solid #8a8a8a;
      border-radius: 4px;
      background: #f6f6f6;
      color: #222;
    }
    button {
      cursor: pointer;
    }
    button:focus-visible,
    select:focus-visible {
      outline: 3px solid #0072b2;
      outline-offset: 2px;
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
    .wide svg {
      max-width: 1100px;
    }
    label {
      font-size: 0.8rem;
      display: flex;
      gap: 4px;
      align-items: center;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const scenario = this.scenario;
    if (!scenario) {
      this.view = undefined;
      return;
    }
    const lanes = lanesByPriority(scenario);
    if (!lanes.some((l) => l.id === this.heatmapLane)) this.heatmapLane = lanes[0]?.id;
    const summary = this.summary as DashboardSummary | undefined;
    if (!this.view || changed.has('summary') || changed.has('scenario') || changed.has('lang')) {
      const lang = this.lang;
      this.view = {
        cards: summary ? kpiCards(summary, scenario, lang) : [],
        time: timeCharts(summary, scenario, lang).map(({ id, input }) => ({ id, geometry: timeSeriesGeometry(input, { width: CHART_WIDTH, height: TIME_CHART_HEIGHT }) })),
        wait: this.waitGeometry(summary, scenario),
        funnel: this.funnelGeometry(summary, scenario),
        heatmap: this.heatmapGeometry(summary, scenario),
      };
    } else if (changed.has('heatmapLane')) {
      this.view = { ...this.view, heatmap: this.heatmapGeometry(summary, scenario) };
    }
  }

  private waitGeometry(summary: DashboardSummary | undefined, scenario: Scenario): WaitChartGeometry {
    const input = waitChart(summary, scenario, this.lang);
    return waitTimeGeometry(input, { width: CHART_WIDTH, height: 80 + Math.max(1, input.lanes.length) * 66 });
  }

  private funnelGeometry(summary: DashboardSummary | undefined, scenario: Scenario): FunnelChartGeometry | undefined {
    const input = funnelChart(summary, scenario, this.lang);
    return input && funnelGeometry(input, { width: WIDE_WIDTH, height: 44 + input.rows.length * 28 });
  }

  private heatmapGeometry(summary: DashboardSummary | undefined, scenario: Scenario): HeatmapGeometry {
    const input = heatmapChart(summary, scenario, this.heatmapLane ?? '', this.lang);
    const days = input.grid.days.length;
    const rowHeight = days <= 40 ? 16 : Math.max(2, 640 / days);
    return heatmapGeometry(input, { width: WIDE_WIDTH, height: 88 + (days ? days * rowHeight : 28) });
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
    if (!this.summary) return text(m.noResults, lang);
    const done = this.replicationsDone;
    const parts = [done < this.replications ? text(m.progress(done, this.replications), lang) : text(m.complete(done), lang)];
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

  override render() {
    const view = this.view;
    const scenario = this.scenario;
    const lang = this.lang;
    const hasSummary = !!this.summary;
    const time = (id: TimeChartId) => view?.time.find((t) => t.id === id);
    const timePanel = (id: TimeChartId) => {
      const t = time(id);
      return t ? this.panel(id, t.geometry, guard([t.geometry], () => renderTimeChart(t.geometry)), { hover: t.geometry.hover }) : nothing;
    };
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
      ${view && view.cards.length ? html`<cc-kpi-cards .cards=${view.cards} .lang=${lang}></cc-kpi-cards>` : nothing}
      ${view && scenario
        ? html`<h3 class="sr-only">${text(m.chartsHeading, lang)}</h3>
            <div class="charts">
              ${timePanel('arrivals')} ${timePanel('queue')} ${timePanel('phoneSeats')} ${timePanel('serviceLevel')} ${timePanel('abandoned')}
              ${this.panel('waits', view.wait, guard([view.wait], () => renderWaitTimeChart(view.wait)))} ${timePanel('staff')} ${timePanel('backlog')}
              ${view.funnel ? this.panel('funnel', view.funnel, guard([view.funnel], () => renderFunnelChart(view.funnel!)), { wide: true }) : nothing}
              ${this.panel('heatmap', view.heatmap, guard([view.heatmap], () => renderHeatmap(view.heatmap)), {
                wide: true,
                controls: this.renderHeatmapControls(scenario),
              })}
            </div>`
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
