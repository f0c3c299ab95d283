import { describe, expect, it } from 'vitest';
import { sweepChartGeometry } from '../../src/charts/sweep-chart.ts';

describe('sweep chart geometry', () => {
  const input = {
    lines: [
      { label: 'a', points: [{ index: 0, x: 20, mean: 0.8, halfWidth: 0.05 }, { index: 1, x: 40, mean: 0.9, halfWidth: 0.02 }, { index: 2, x: 80, mean: NaN, halfWidth: NaN }] },
      { label: 'b', points: [{ index: 3, x: 20, mean: 0.7, halfWidth: 0.1 }] },
    ],
    width: 360, height: 200, share: true, format: (y: number) => `${Math.round(100 * y)}%`, formatX: String,
  };
  it('places dots on the parameter and the figure, with a band, skipping missing values', () => {
    const g = sweepChartGeometry(input);
    const [a, b] = g.lines;
    expect(a!.dots.map((d) => d.index)).toEqual([0, 1]);
    expect(a!.dots[0]!.cx).toBe(g.margin.left);
    expect(a!.dots[1]!.cy).toBeLessThan(a!.dots[0]!.cy);
    expect(a!.band).toMatch(/^M.*Z$/);
    expect(b!.colour).not.toBe(a!.colour);
    expect(g.xTicks.map((t) => t.label)).toEqual(['20', '40', '80']);
    expect(g.yTicks.every((t) => t.value >= 0 && t.value <= 1)).toBe(true);
  });
  it('widens a single x value into a range', () => {
    const g = sweepChartGeometry({ ...input, lines: [input.lines[1]!] });
    expect(g.lines[0]!.dots[0]!.cx).toBeCloseTo((g.margin.left + 360 - g.margin.right) / 2);
  });
});
