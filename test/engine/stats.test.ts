import { describe, expect, it } from 'vitest';
import { BucketGrid, Level, QuantileSketch } from '../../src/engine/stats.ts';

describe('QuantileSketch', () => {
  it('answers quantiles within its 0.5% relative accuracy', () => {
    const sketch = new QuantileSketch();
    const values = Array.from({ length: 10_001 }, (_, i) => 1 + i / 10); // 1 … 1001, evenly
    for (const v of values) sketch.accept(v);
    for (const q of [0.01, 0.5, 0.9, 0.99]) {
      const exact = values[Math.round(q * (values.length - 1))]!;
      expect(Math.abs(sketch.quantile(q) - exact) / exact).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('keeps zeros (callers answered at once) and is NaN when empty', () => {
    const sketch = new QuantileSketch();
    expect(sketch.quantile(0.5)).toBeNaN();
    for (let i = 0; i < 9; i++) sketch.accept(0);
    sketch.accept(100);
    expect(sketch.quantile(0.5)).toBe(0);
    expect(sketch.quantile(1)).toBeCloseTo(100, 0);
  });
});

describe('Level', () => {
  it('averages over time since the last reset, and per bucket', () => {
    const level = new Level('queue');
    level.trackBuckets(new BucketGrid(10, 3));
    level.set(0, 2); // 2 for 0–15
    level.set(15, 4); // 4 for 15–30
    expect(level.mean(30)).toBe(3);
    expect(Array.from(level.bucketMeans(30))).toEqual([2, 3, 4]);
    level.reset(30);
    expect(level.mean(40)).toBe(4);
    expect(level.maximum()).toBe(4);
  });
});
