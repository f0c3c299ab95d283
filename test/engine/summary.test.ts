import { describe, expect, it } from 'vitest';
import { halfWidthFactor, SummaryBuilder } from '../../src/engine/summary.ts';

describe('SummaryBuilder', () => {
  it('gives the mean and the Student-t 95% half-width of each number, skipping NaN', () => {
    const b = new SummaryBuilder<{ x: number; y: number; s: number[] }>();
    [1, 2, 3, 4].forEach((x) => b.add({ x, y: x === 2 ? NaN : 10, s: [x, 2 * x] }));
    const s = b.build();
    expect(s.x.mean).toBe(2.5);
    // sd of 1..4 is √(5/3); t(0.975, 3) = 3.182446305
    expect(s.x.halfWidth95).toBeCloseTo((3.182446305 * Math.sqrt(5 / 3)) / 2, 8);
    expect(s.y).toEqual({ mean: 10, halfWidth95: 0 });
    expect(s.s.mean).toEqual([2.5, 5]);
  });

  it('has no half-width with a single replication', () => {
    expect(Number.isNaN(halfWidthFactor(1))).toBe(true);
    expect(halfWidthFactor(2)).toBeCloseTo(12.70620474 / Math.SQRT2, 7);
  });
});
