/** The trunk chart and the stand-down ticks, from hand-written series. */
import { describe, expect, it } from 'vitest';
import { eventTicksPath, TICK_MAX, TICK_MIN } from '../../../src/charts/event-ticks.ts';
import { timeSeriesGeometry } from '../../../src/charts/time-series-chart.ts';
import type { DashboardSummary } from '../../../src/ui/dashboard/results.ts';
import { PHONE_POOLS, seatsChart, timeChartIds, trunkChart } from '../../../src/ui/dashboard/time-charts.ts';
import { bundled } from '../../support/scenarios.ts';

const scenario = bundled('major-incident');
const est = (mean: number[]) => ({ mean, halfWidth95: mean.map(() => NaN) });
const summary = {
  series: {
    bucketSeconds: { mean: 900, halfWidth95: NaN },
    arrivals: {},
    queueLength: {},
    serviceLevel: {},
    abandoned: {},
    busySeats: { standby: est([0, 5, 10, 0]) },
    seatsOnDuty: { front: est([20, 20, 20, 20]), standby: est([0, 10, 10, 0]) },
    linesInUse: est([40, 90, 90, 60]),
    busySignals: est([0, 12, 30, 0]),
    standDowns: { standby: est([0, 0, 0, 0.5]), secretaryPhones: est([0, 0, 1, 0]) },
  },
} as unknown as DashboardSummary;

describe('trunkChart', () => {
  it('draws lines in use as a step and busy signals per interval, against the trunk limit', () => {
    const input = trunkChart({ summary, scenario, lang: 'en' });
    expect(input.title).toBe('Trunk lines and busy signals');
    expect(input.series.map((s) => [s.id, s.label, s.style ?? 'line', [...s.mean]])).toEqual([
      ['linesInUse', 'lines in use (average)', 'step', [40, 90, 90, 60]],
      ['busySignals', 'busy signals (per 15 min)', 'line', [0, 12, 30, 0]],
    ]);
    expect(input.targets).toEqual([{ value: scenario.trunk!.lines, color: expect.any(String), label: `trunk limit ${scenario.trunk!.lines}` }]);
    expect(trunkChart({ summary, scenario, lang: 'zh' }).title).toBe('中继线与忙音');
  });

  it('has no limit line without a trunk limit, and is listed only when the results have the series', () => {
    const unlimited = { ...scenario, trunk: undefined };
    expect(trunkChart({ summary, scenario: unlimited, lang: 'en' }).targets).toEqual([]);
    expect(timeChartIds(summary)).toContain('trunk');
    const older = { series: { ...summary.series, linesInUse: undefined } } as unknown as DashboardSummary;
    expect(timeChartIds(older)).not.toContain('trunk');
  });
});

describe('stand-downs on the seats chart', () => {
  it('are ticks per pool, in the pool colour, with the counts per bucket', () => {
    const input = seatsChart({ summary, scenario, lang: 'en' }, PHONE_POOLS, 'Seats');
    expect(input.eventTicks?.map((t) => [t.id, t.label, [...t.counts]])).toEqual([
      ['standby-standDowns', 'Standby stand-downs', [0, 0, 0, 0.5]],
      ['secretaryPhones-standDowns', 'Secretaries on phones stand-downs', [0, 0, 1, 0]],
    ]);
    expect(seatsChart({ summary, scenario, lang: 'zh' }, PHONE_POOLS, '坐席').eventTicks?.[0]?.label).toBe('备用坐席解除');
    expect(seatsChart({ summary, scenario, lang: 'en' }, ['secretaries', 'officers'], 'Staff').eventTicks).toEqual([]);
  });

  it('draw a tick down from the top at the centre of each bucket with events, longer with more, none where there were none', () => {
    expect(eventTicksPath([0, NaN, null, 0.5, 2], 10, 20, 30)).toBe(`M70.0 30.0V${(30 + TICK_MIN + (TICK_MAX - TICK_MIN) * 0.5).toFixed(1)}M90.0 30.0V${30 + TICK_MAX}.0`);
    expect(eventTicksPath([0, 0], 10, 20, 100)).toBe('');
  });

  it('reach the geometry, its legend and the tooltip', () => {
    const g = timeSeriesGeometry(seatsChart({ summary, scenario, lang: 'en' }, PHONE_POOLS, 'Seats'), { width: 400, height: 260 });
    expect(g.eventTicks.map((t) => t.path === '')).toEqual([false, false]);
    expect(g.legend.filter((l) => l.kind === 'tick').map((l) => l.label)).toEqual(['Standby stand-downs', 'Secretaries on phones stand-downs']);
    expect(g.hover!.readout(3).rows.at(-2)).toMatchObject({ label: 'Standby stand-downs', value: '0.5' });
  });
});
