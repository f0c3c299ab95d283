import { describe, expect, it } from 'vitest';
import { BucketCounts, BucketGrid, Level, QuantileSketch } from '../../src/engine/stats.ts';

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

describe('BucketGrid', () => {
  it('refuses a width that is not positive and a count that is not a whole number ≥ 1', () => {
    for (const [width, count] of [[0, 3], [-1, 3], [NaN, 3], [10, 0], [10, 1.5], [10, -2]] as const) {
      expect(() => new BucketGrid(width, count), `${width} × ${count}`).toThrow(/BucketGrid: width .* must be positive/);
    }
    expect(new BucketGrid(0.5, 1).count).toBe(1);
  });

  it('puts a time in the bucket that holds it, and past the end in bucket `count`', () => {
    const grid = new BucketGrid(10, 3);
    expect([0, 9.99, 10, 29.99, 30, 31, 1e9].map((t) => grid.indexOf(t))).toEqual([0, 0, 1, 2, 3, 3, 3]);
  });
});

describe('BucketCounts', () => {
  it('adds one (or the amount given) to the bucket of the time, and nothing past the end', () => {
    const counts = new BucketCounts(new BucketGrid(10, 2));
    counts.add(0);
    counts.add(9);
    counts.add(10, 5);
    counts.add(20); // past the end: dropped, no bucket written
    counts.add(25, 3);
    expect(Array.from(counts.values)).toEqual([2, 5]);
  });
});

describe('Level, piece by piece', () => {
  it('starts at 0 and integrates each value over the time it held', () => {
    const level = new Level('busy');
    expect(level.value).toBe(0);
    level.add(10, 3); // 0 for 0–10
    level.add(20, -1); // 3 for 10–20
    level.set(30, 2); // 2 for 20–30; setting the same value changes nothing
    expect(level.value).toBe(2);
    expect(level.mean(40)).toBe((0 * 10 + 3 * 10 + 2 * 10 + 2 * 10) / 40);
    expect(level.maximum()).toBe(3);
  });

  it('refuses a time before the last change, naming the level', () => {
    const level = new Level('queue');
    level.set(5, 1);
    expect(() => level.set(4, 2)).toThrow(/Level queue: time went backwards \(4 < 5\)/);
    expect(() => level.set(5, 2)).not.toThrow();
  });

  it('gives the current value as the mean of a window of no length', () => {
    const level = new Level('x');
    level.set(0, 7);
    expect(level.mean(0)).toBe(7);
    level.reset(50);
    expect(level.mean(50)).toBe(7);
  });

  it('starts a new window at reset: the area and the maximum begin again from the current value', () => {
    const level = new Level('queue');
    level.set(0, 10);
    level.set(10, 1);
    level.reset(20);
    expect(level.maximum()).toBe(1);
    level.set(30, 3); // 1 for 20–30, 3 for 30–40
    expect(level.mean(40)).toBe(2);
    expect(level.maximum()).toBe(3);
  });

  it('has no bucket means unless asked to track buckets', () => {
    const level = new Level('x');
    level.set(0, 4);
    expect(level.bucketMeans(100)).toEqual(new Float64Array(0));
  });

  it('spreads a value held across several buckets over each of them, and drops the time past the grid', () => {
    const level = new Level('x');
    level.trackBuckets(new BucketGrid(10, 3));
    level.set(5, 2); // 2 from 5 to 42: 5 s in bucket 0, 10 s in 1 and 2, past the end after 30
    level.set(42, 0);
    level.set(45, 6);
    expect(Array.from(level.bucketMeans(50))).toEqual([1, 2, 2]);
    // Zero stretches leave buckets untouched; a later read integrates up to the new `now`.
    const later = new Level('y');
    later.trackBuckets(new BucketGrid(10, 2));
    later.set(12, 5);
    expect(Array.from(later.bucketMeans(15))).toEqual([0, 1.5]);
    expect(Array.from(later.bucketMeans(20))).toEqual([0, 4]);
  });
});

describe('QuantileSketch, count and small samples', () => {
  it('counts what it accepted and reads the quantile of a few values within 0.5%', () => {
    const sketch = new QuantileSketch();
    expect(sketch.count).toBe(0);
    for (const v of [10, 20, 30, 40, 1000]) sketch.accept(v);
    expect(sketch.count).toBe(5);
    expect(Math.abs(sketch.quantile(0.5) / 30 - 1)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(sketch.quantile(1) / 1000 - 1)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(sketch.quantile(0) / 10 - 1)).toBeLessThanOrEqual(0.005 + 1e-9);
  });
});

describe('QuantileSketch, bucket values', () => {
  it('answers with the value of the logarithmic bucket holding the sample: 2γ^⌈log_γ x⌉ / (1 + γ), γ = (1 + 0.005) / (1 − 0.005)', () => {
    const gamma = 1.005 / 0.995;
    for (const x of [1.5, 7.3, 250, 12345.6, 0.04]) {
      const sketch = new QuantileSketch();
      sketch.accept(x);
      const expected = (2 * gamma ** Math.ceil(Math.log(x) / Math.log(gamma))) / (1 + gamma);
      expect(Math.abs(sketch.quantile(0.5) / expected - 1), String(x)).toBeLessThan(1e-12);
    }
  });
});
