import { beforeAll, describe, expect, it } from 'vitest';
import { runReplications } from '../../../models/replications.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { funnelGeometry } from '../../../src/charts/funnel-chart.ts';
import { heatmapGeometry } from '../../../src/charts/heatmap-chart.ts';
import { timeSeriesGeometry } from '../../../src/charts/time-series-chart.ts';
import { waitTimeGeometry } from '../../../src/charts/wait-time-chart.ts';
import { funnelChart, heatmapChart, waitChart } from '../../../src/ui/dashboard/chart-inputs.ts';
import type { DashboardSummary } from '../../../src/ui/dashboard/results.ts';
import { seatsChart, serviceLevelChart, timeCharts } from '../../../src/ui/dashboard/time-charts.ts';
import { bundled } from '../../support/scenarios.ts';

const size = { width: 640, height: 280 };
let scenario: Scenario;
let summary: DashboardSummary;

beforeAll(() => {
  scenario = bundled('major-incident');
  summary = runReplications(scenario, { seed: 12308, replications: 2, days: 4 }).summary as DashboardSummary;
});

describe('the dashboard charts on a real major-incident run', () => {
  it('draw every time chart without NaN in any path, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const charts = timeCharts(summary, scenario, lang);
      expect(charts.map((c) => c.id).slice(0, 6)).toEqual(['arrivals', 'queue', 'phoneSeats', 'trunk', 'serviceLevel', 'abandoned']);
      for (const { id, input } of charts) {
        const g = timeSeriesGeometry(input, size);
        expect(g.empty, id).toBeUndefined();
        for (const layer of g.layers) {
          expect(layer.line, `${id} ${layer.id}`).not.toMatch(/NaN|undefined/);
          expect(layer.band, `${id} ${layer.id}`).not.toMatch(/NaN|undefined/);
        }
        expect(g.xTicks.every((t) => t.label === '' || /\d/.test(t.label))).toBe(true);
      }
    }
  });

  it('show standby seats coming on line as a step from zero', () => {
    const input = seatsChart({ summary, scenario, lang: 'en' }, ['front', 'standby'], 'Seats');
    const duty = input.series.find((s) => s.id === 'standby-duty')!;
    expect(duty.style).toBe('step');
    expect(duty.dashed).toBe(true);
    expect(Math.min(...duty.mean.filter((v): v is number => v !== null))).toBe(0);
    expect(Math.max(...duty.mean.filter((v): v is number => v !== null))).toBeGreaterThan(0);
  });

  it('draw each lane goal on the service-level chart', () => {
    const input = serviceLevelChart({ summary, scenario, lang: 'en' });
    const goals = new Set(scenario.lanes.map((l) => (l as { serviceLevelGoal?: number }).serviceLevelGoal ?? 0.8));
    expect(new Set(input.targets!.map((t) => t.value))).toEqual(goals);
    expect(input.yDomain).toEqual([0, 1]);
  });

  it('draw the wait ladder with markers for every lane', () => {
    const g = waitTimeGeometry(waitChart(summary, scenario, 'en'), { width: 640, height: 220 });
    expect(g.rows.map((r) => r.id)).toEqual(['emergency', 'general']);
    for (const row of g.rows) expect(row.markers.length).toBeGreaterThan(0);
  });

  it('draw the heatmap over the calendar days of the run', () => {
    const input = heatmapChart(summary, scenario, 'emergency', 'en');
    expect(input.grid.days).toHaveLength(4);
    const g = heatmapGeometry(input, { width: 900, height: 88 + 4 * 16 });
    expect(g.cells).toHaveLength(96);
    expect(g.cells.some((c) => c.fill !== undefined)).toBe(true);
    expect(g.rows[0]!.label).toBe('Day 1 · Mon 3 Mar');
  });

  it('draw the funnel when the results have one, its steps adding up to the calls offered', () => {
    const input = funnelChart(summary, scenario, 'en');
    if (!summary.funnel) {
      expect(input).toBeUndefined();
      return;
    }
    const g = funnelGeometry(input!, { width: 900, height: 320 });
    expect(g.rows[0]!.id).toBe('offered');
    expect(g.rows.at(-1)!.end).toBeCloseTo(g.rows[0]!.end, 6);
  });

  it('leave the back-office sections out when older results lack them', () => {
    const { funnel: _f, workOrders: _w, notifications: _n, ...rest } = summary;
    const older = { ...rest, series: { ...summary.series, backlog: undefined } } as unknown as DashboardSummary;
    expect(funnelChart(older, scenario, 'en')).toBeUndefined();
    expect(timeCharts(older, scenario, 'en').some((c) => c.id === 'backlog')).toBe(false);
  });

  it('draw empty frames before the first replication', () => {
    for (const { input } of timeCharts(undefined, scenario, 'zh')) expect(timeSeriesGeometry(input, size).empty).toBe('暂无数据');
    expect(waitTimeGeometry(waitChart(undefined, scenario, 'zh'), size).empty).toBe('暂无数据');
  });
});
