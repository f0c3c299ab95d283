import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beijingClock, beijingHour, dayOfRun } from '../../src/charts/axis.ts';
import { heatmapGeometry, hourDayGrid, type HeatmapInput, type HourDayGrid } from '../../src/charts/heatmap-chart.ts';

const QUARTER = 900;
const monday = beijingClock('2025-01-06T00:00');

describe('hourDayGrid', () => {
  it('pools the four quarter-hours of an hour, weighted by calls', () => {
    const values = [1, 0.5, NaN, 1, ...Array(92).fill(NaN)];
    const weights = [10, 30, 0, 10, ...Array(92).fill(0)];
    const grid = hourDayGrid(values, weights, QUARTER, monday);
    expect(grid.days).toEqual([{ index: 0, startSeconds: 0 }]);
    expect(grid.cells[0]![0]!.value).toBeCloseTo((10 + 15 + 10) / 50, 12);
    expect(grid.cells[0]![0]!.weight).toBe(50);
    expect(Number.isNaN(grid.cells[0]![1]!.value)).toBe(true);
  });

  it('falls back to the plain mean where the weights are missing or zero', () => {
    const grid = hourDayGrid([1, 0, 1, 1], [0, 0, null, NaN], QUARTER, monday);
    expect(grid.cells[0]![0]!.value).toBe(0.75);
    expect(hourDayGrid([1, 0], undefined, QUARTER, monday).cells[0]![0]!.value).toBe(0.5);
  });

  it('puts buckets in Beijing hours and calendar days, for a run starting late in the evening', () => {
    const late = beijingClock('2025-01-06T22:00');
    const values = Array.from({ length: 16 }, (_, i) => i);
    const grid = hourDayGrid(values, undefined, QUARTER, late);
    expect(grid.days.map((d) => d.startSeconds)).toEqual([-22 * 3600, 2 * 3600]);
    expect(grid.cells[0]![22]!.value).toBe(1.5);
    expect(grid.cells[0]![23]!.value).toBe(5.5);
    expect(grid.cells[1]![0]!.value).toBe(9.5);
    expect(Number.isNaN(grid.cells[0]![0]!.value)).toBe(true);
  });

  it('flags cells that hold warm-up buckets', () => {
    const grid = hourDayGrid(Array(8).fill(1), undefined, QUARTER, monday, 3600);
    expect(grid.cells[0]!.slice(0, 3).map((c) => c.warmup)).toEqual([true, false, false]);
  });

  it('is empty for an empty series', () => {
    expect(hourDayGrid([], undefined, QUARTER, monday)).toEqual({ days: [], cells: [] });
  });

  it('puts each bucket in the Beijing day and hour the clock reads at its start, for any start and bucket width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 365 * 24 * 4 }),
        fc.constantFrom(300, 900, 1800, 3600, 5400),
        fc.integer({ min: 1, max: 300 }),
        (quarterHours, bucketSeconds, n) => {
          const clock = { originMs: Date.UTC(2020, 0, 1) + quarterHours * 900_000 };
          // Bucket i holds the value i: each cell's plain mean tells which buckets it pooled.
          const grid = hourDayGrid(Array.from({ length: n }, (_, i) => i), undefined, bucketSeconds, clock);
          const pooled = new Map<string, number[]>();
          for (let i = 0; i < n; i++) {
            const key = `${dayOfRun(clock, i * bucketSeconds)}/${beijingHour(clock, i * bucketSeconds)}`;
            pooled.set(key, [...(pooled.get(key) ?? []), i]);
          }
          for (const [key, buckets] of pooled) {
            const [day, hour] = key.split('/').map(Number) as [number, number];
            expect(grid.cells[day]![hour]!.value).toBe(buckets.reduce((a, b) => a + b, 0) / buckets.length);
          }
          expect(grid.cells.flat().filter((c) => c.weight > 0).length).toBe(pooled.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function input(grid: HourDayGrid): HeatmapInput {
  return {
    title: 'SL',
    grid,
    rowLabel: (d) => `Day ${d.index + 1}`,
    hourLabel: String,
    xLabel: 'hour',
    goal: 0.8,
    domain: [0.5, 1],
    formatValue: (v) => `${Math.round(v * 100)}%`,
    cellTitle: (row, hour, value) => `${row} ${hour}:00 ${value}`,
    legendLabel: 'service level',
    goalLegend: 'below goal',
    warmupLegend: 'warm-up',
    emptyMessage: 'No data',
  };
}

describe('heatmapGeometry', () => {
  const grid = hourDayGrid([...Array(4).fill(0.9), ...Array(4).fill(0.6), ...Array(40).fill(NaN), ...Array(48).fill(1)], undefined, QUARTER, monday);

  it('lays out 24 columns per day and colours defined cells only', () => {
    const g = heatmapGeometry(input(grid), { width: 700, height: 120 });
    expect(g.cells).toHaveLength(24);
    expect(g.cells[1]!.x - g.cells[0]!.x).toBeCloseTo(g.plot.width / 24, 9);
    expect(g.cells[0]!.fill).toBe(g.color(0.9));
    expect(g.cells[2]!.fill).toBeUndefined();
    expect(g.cells[2]!.title).toBe('Day 1 2:00 —');
  });

  it('marks cells below the goal, so colour is not the only cue', () => {
    const g = heatmapGeometry(input(grid), { width: 700, height: 120 });
    expect(g.cells.slice(0, 2).map((c) => c.belowGoal)).toEqual([false, true]);
  });

  it('clamps colours to the domain and labels the legend ramp', () => {
    const g = heatmapGeometry(input(grid), { width: 700, height: 120 });
    expect(g.color(0.1)).toBe(g.color(0.5));
    expect(g.legend.ticks.map((t) => t.label)).toEqual(['50%', '75%', '100%']);
    expect(g.legend.stops).toHaveLength(11);
  });

  it('says so when no cell has a value', () => {
    const empty = hourDayGrid(Array(8).fill(NaN), undefined, QUARTER, monday);
    expect(heatmapGeometry(input(empty), { width: 700, height: 120 }).empty).toBe('No data');
  });
});

describe('heatmapGeometry for a long run', () => {
  it('labels only every few rows when rows are too thin for a label each', () => {
    const grid = hourDayGrid(Array(96 * 90).fill(0.9), undefined, QUARTER, monday);
    const g = heatmapGeometry(input(grid), { width: 700, height: 86 + 90 * 4 });
    expect(g.cells).toHaveLength(90 * 24);
    expect(g.rows.length).toBe(30);
    expect(g.rows[1]!.y - g.rows[0]!.y).toBeGreaterThanOrEqual(12);
  });
});
