import { describe, expect, it } from 'vitest';
import { markerPath, waitTimeGeometry, type WaitChartInput, type WaitLane } from '../../src/charts/wait-time-chart.ts';

const e = (mean: number, halfWidth95 = NaN) => ({ mean, halfWidth95 });

function lane(id: string, waits: Partial<WaitLane['waits']>, targetSeconds = 20): WaitLane {
  return {
    id,
    label: id,
    color: '#000',
    targetSeconds,
    waits: { p50: undefined, p90: undefined, p99: undefined, max: undefined, mean: undefined, ...waits },
    probWait: e(0.25),
  };
}

function input(lanes: WaitLane[]): WaitChartInput {
  return {
    title: 'Waits',
    lanes,
    markerLabels: { p50: 'median', p90: 'P90', p99: 'P99', max: 'longest', mean: 'mean' },
    xLabel: 'wait',
    formatSeconds: (s) => `${s} s`,
    targetLabel: (s) => `target ${s}`,
    waitedLabel: (share) => `waited ${share}`,
    emptyMessage: 'No data',
  };
}

const size = { width: 640, height: 220 };

describe('waitTimeGeometry', () => {
  it('places each statistic on a square-root time axis that reaches past the longest wait', () => {
    const g = waitTimeGeometry(input([lane('general', { p50: e(4), p90: e(30), p99: e(100), max: e(400), mean: e(12) })]), size);
    const [d0, d1] = g.x.domain() as [number, number];
    expect(d0).toBe(0);
    expect(d1).toBeGreaterThanOrEqual(400);
    const x = (s: number) => g.plot.left + (Math.sqrt(s) / Math.sqrt(d1)) * g.plot.width;
    const row = g.rows[0]!;
    expect(row.markers.map((m) => m.kind)).toEqual(['p50', 'p90', 'p99', 'max', 'mean']);
    row.markers.forEach((m, i) => expect(m.x).toBeCloseTo(x([4, 30, 100, 400, 12][i]!), 6));
    expect(row.body).toEqual({ x1: g.x(4), x2: g.x(100) });
    expect(row.tail).toEqual({ x1: g.x(100), x2: g.x(400) });
    expect(row.target!.x).toBeCloseTo(x(20), 6);
    expect(row.waited).toBe('waited 0.25');
  });

  it('draws the 95% interval as a whisker, never below a zero wait', () => {
    const g = waitTimeGeometry(input([lane('a', { p50: e(2, 5), p90: e(30, 4) })]), size);
    const [p50, p90] = g.rows[0]!.markers;
    expect(p50!.lo).toBe(g.x(0));
    expect(p50!.hi).toBeCloseTo(g.x(7), 6);
    expect(p90!.lo).toBeCloseTo(g.x(26), 6);
    expect(p90!.title).toBe('a · P90: 30 s ± 4 s');
  });

  it('skips statistics that are undefined and gives each lane its own row', () => {
    const g = waitTimeGeometry(input([lane('a', { p50: e(NaN), mean: e(5) }), lane('b', { p50: e(1) })]), size);
    expect(g.rows[0]!.markers.map((m) => m.kind)).toEqual(['mean']);
    expect(g.rows[0]!.body).toBeUndefined();
    expect(g.rows[1]!.y).toBeGreaterThan(g.rows[0]!.y);
    expect(g.empty).toBeUndefined();
  });

  it('says so when no lane has a wait', () => {
    expect(waitTimeGeometry(input([]), size).empty).toBe('No data');
    expect(waitTimeGeometry(input([lane('a', {})]), size).empty).toBe('No data');
  });

  it('gives each statistic its own marker shape', () => {
    const shapes = new Set(['p50', 'p90', 'p99', 'max', 'mean'].map((k) => markerPath(k as 'p50')));
    expect(shapes.size).toBe(5);
  });
});
