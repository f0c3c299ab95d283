import { describe, expect, it } from 'vitest';
import { beijingClock } from '../../src/charts/axis.ts';
import { stepFormat, timeSeriesGeometry, timeSeriesSteps, type TimeChartInput } from '../../src/charts/time-series-chart.ts';

const size = { width: 640, height: 280 };

function input(overrides: Partial<TimeChartInput> = {}): TimeChartInput {
  return {
    title: 'Queue',
    series: [{ id: 'a', label: 'A', color: '#000', mean: [1, 2, 3, 4], halfWidth95: [0.5, 0.5, 0.5, 0.5] }],
    bucketSeconds: 900,
    warmupSeconds: 0,
    warmupLabel: 'warm-up',
    clock: beijingClock('2025-01-06T00:00'),
    lang: 'en',
    xLabel: 'Beijing time',
    yLabel: 'callers',
    format: String,
    emptyMessage: 'No data',
    ...overrides,
  };
}

/** The numbers of an SVG path, pairwise. */
function points(path: string): [number, number][] {
  const n = path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i]!, n[i + 1]!] as [number, number]] : []));
}

describe('timeSeriesGeometry', () => {
  it('maps the whole run, bucket 0 to the last bucket end, onto the plot width', () => {
    const g = timeSeriesGeometry(input(), size);
    expect(g.x.domain()).toEqual([0, 3600]);
    expect(g.x.range()).toEqual([g.plot.left, g.plot.left + g.plot.width]);
    expect(g.buckets).toBe(4);
  });

  it('draws a line through bucket centres', () => {
    const g = timeSeriesGeometry(input(), size);
    const xs = points(g.layers[0]!.line).map(([x]) => x);
    expect(xs).toHaveLength(4);
    xs.forEach((x, i) => expect(x).toBeCloseTo(g.x((i + 0.5) * 900), 6));
    const ys = points(g.layers[0]!.line).map(([, y]) => y);
    ys.forEach((y, i) => expect(y).toBeCloseTo(g.y(i + 1), 6));
  });

  it('leaves a gap where a bucket has no value (NaN or null), never a zero', () => {
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean: [1, NaN, null, 4, 5] }] }), size);
    expect(g.layers[0]!.line.match(/M/g)).toHaveLength(2);
    expect(g.layers[0]!.line).not.toContain('NaN');
    expect(points(g.layers[0]!.line)).toHaveLength(3);
  });

  it('draws no band when there is no interval (one replication)', () => {
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean: [1, 2], halfWidth95: [NaN, NaN] }] }), size);
    expect(g.layers[0]!.band).toBe('');
    expect(g.layers[0]!.line).not.toBe('');
  });

  it('holds a step series over each whole bucket, ending at the end of the last one', () => {
    const g = timeSeriesGeometry(input({ series: [{ id: 'seats', label: 'S', color: '#000', mean: [0, 20], style: 'step' }] }), size);
    // 0 over bucket 0, up to 20 at the start of bucket 1, held to the end of the run.
    expect(points(g.layers[0]!.line)).toEqual([
      [g.x(0), g.y(0)],
      [g.x(900), g.y(0)],
      [g.x(900), g.y(20)],
      [g.x(1800), g.y(20)],
      [g.x(1800), g.y(20)],
    ]);
  });

  it('scales y from 0 to the top of the bands, and clamps bands of counts at 0', () => {
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean: [0.2, 9], halfWidth95: [3, 1] }] }), size);
    expect(g.y.domain()[0]).toBe(0);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(10);
    const ys = points(g.layers[0]!.band).map(([, y]) => y);
    expect(Math.max(...ys)).toBeLessThanOrEqual(g.y(0) + 1e-9);
  });

  it('uses a fixed domain and draws target lines where given', () => {
    const g = timeSeriesGeometry(input({ yDomain: [0, 1], targets: [{ value: 0.8, label: 'goal 80%', color: '#111' }] }), size);
    expect(g.y.domain()).toEqual([0, 1]);
    expect(g.targets[0]!.position).toBeCloseTo(g.y(0.8), 6);
    expect(g.legend.some((l) => l.kind === 'target' && l.label === 'goal 80%')).toBe(true);
  });

  it('shades the warm-up', () => {
    const g = timeSeriesGeometry(input({ warmupSeconds: 1800 }), size);
    expect(g.warmup).toEqual({ x: g.x(0), width: g.x(1800) - g.x(0) });
    expect(g.legend.some((l) => l.kind === 'warmup')).toBe(true);
  });

  it('draws an empty frame with a message, and no tooltip, when there is no data', () => {
    for (const series of [[], [{ id: 'a', label: 'A', color: '#000', mean: [NaN, NaN] }]]) {
      const g = timeSeriesGeometry(input({ series }), size);
      expect(g.empty).toBe('No data');
      expect(g.hover).toBeUndefined();
      expect(g.xTicks.length).toBeGreaterThan(0);
      expect(g.yTicks.length).toBeGreaterThan(0);
    }
  });

  it('finds the bucket under the pointer and reads its Beijing time and values', () => {
    const g = timeSeriesGeometry(input(), size);
    const hover = g.hover!;
    expect(hover.indexAt(g.x(1000))).toBe(1);
    expect(hover.indexAt(g.plot.left - 5)).toBeUndefined();
    expect(hover.indexAt(g.plot.left + g.plot.width)).toBe(3);
    expect(hover.xOf(1)).toBeCloseTo(g.x(1350), 6);
    expect(hover.pageSize).toBe(96);
    expect(hover.readout(1)).toEqual({ title: 'Mon 6 Jan 00:15–00:30', rows: [{ label: 'A', color: '#000', dashed: false, value: '2 ± 0.5' }] });
    expect(hover.marks(1)).toEqual([{ y: g.y(2), color: '#000' }]);
  });

  it('labels time ticks in Beijing time and leaves the right-edge tick unlabelled', () => {
    const day = Array.from({ length: 96 }, () => 1);
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean: day }] }), size);
    expect(g.xTicks[0]!.label).toBe('Mon 6');
    expect(g.xTicks.at(-1)!.seconds).toBe(86_400);
    expect(g.xTicks.at(-1)!.label).toBe('');
  });
});

describe('stepFormat', () => {
  it('shows as many decimals as the tick step needs', () => {
    expect(stepFormat([0, 5, 10])(10)).toBe('10');
    expect(stepFormat([0, 0.5, 1])(1)).toBe('1.0');
    expect(stepFormat([0, 0.02, 0.04])(0.04)).toBe('0.04');
    expect(stepFormat([0, 2000])(2000)).toBe('2,000');
  });
});

describe('an empty time chart', () => {
  it('spans the run length it is given, with the warm-up shaded, so the frame looks like the chart to come', () => {
    const g = timeSeriesGeometry(input({ series: [], durationSeconds: 7 * 86_400, warmupSeconds: 86_400 }), size);
    expect(g.x.domain()).toEqual([0, 7 * 86_400]);
    expect(g.warmup!.width).toBeCloseTo(g.plot.width / 7, 6);
    expect(g.empty).toBe('No data');
  });
});

describe('a long series', () => {
  it('is drawn from at most four points per pixel column, keeping its peak', () => {
    const mean = Array.from({ length: 20_000 }, (_, i) => (i === 12_345 ? 100 : Math.sin(i / 50)));
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean, halfWidth95: mean.map(() => 0.1) }] }), size);
    const line = points(g.layers[0]!.line);
    expect(line.length).toBeLessThanOrEqual(4 * (g.plot.width + 1));
    expect(Math.min(...line.map(([, y]) => y))).toBeCloseTo(g.y(100), 0);
    expect(points(g.layers[0]!.band).length).toBeLessThanOrEqual(2 * (g.plot.width + 1));
  });
});

describe('timeSeriesSteps', () => {
  it('pauses after each series, and ends with the geometry timeSeriesGeometry gives', () => {
    const series = ['a', 'b', 'c'].map((id, k) => ({ id, label: id, color: '#000', mean: [k, k + 1, k + 2], halfWidth95: [0.5, 0.5, 0.5], style: k === 1 ? ('step' as const) : undefined }));
    const steps = timeSeriesSteps(input({ series }), size);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(3);
    const whole = timeSeriesGeometry(input({ series }), size);
    expect(step.value.layers).toEqual(whole.layers);
    expect(step.value.yTicks).toEqual(whole.yTicks);
  });
});

describe('a long series with an interval in every other bucket', () => {
  it('draws the band in pieces with a gap between, as many as the intervals', () => {
    const n = 4000;
    const mean = Array.from({ length: n }, (_, i) => 5 + Math.sin(i / 30));
    // Intervals only in runs of 100 buckets, every other run: 20 pieces of band.
    const halfWidth95 = mean.map((_, i) => (Math.floor(i / 100) % 2 === 0 ? 0.5 : NaN));
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean, halfWidth95 }] }), size);
    expect(g.layers[0]!.band.match(/M/g)).toHaveLength(20);
    expect(g.layers[0]!.band.match(/Z/g)).toHaveLength(20);
    expect(g.layers[0]!.line.match(/M/g)).toHaveLength(1);
  });

  it('keeps every piece when intervals come and go bucket by bucket', () => {
    const n = 4000;
    const mean = Array.from({ length: n }, (_, i) => 5 + Math.sin(i / 30));
    const halfWidth95 = mean.map((_, i) => (i % 2 === 0 ? 0.5 : NaN));
    const g = timeSeriesGeometry(input({ series: [{ id: 'a', label: 'A', color: '#000', mean, halfWidth95 }] }), size);
    expect(g.layers[0]!.band.match(/M/g)).toHaveLength(n / 2);
    expect(g.layers[0]!.band).not.toContain('NaN');
  });
});
