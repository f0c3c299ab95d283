import { describe, expect, it } from 'vitest';
import { compileSampler, meanOf, type Distribution } from '../../src/engine/distributions.ts';
import { RandomStreams } from '../../src/engine/random.ts';

describe('RandomStreams', () => {
  it('gives the same draws for the same seed, replication and name', () => {
    const a = new RandomStreams(42, 3).stream('arrivals.emergency');
    const b = new RandomStreams(42, 3).stream('arrivals.emergency');
    expect(Array.from({ length: 5 }, () => a.uniform())).toEqual(Array.from({ length: 5 }, () => b.uniform()));
  });

  it('keeps streams independent: a new stream does not shift an existing one', () => {
    const plain = new RandomStreams(1).stream('handle');
    const streams = new RandomStreams(1);
    streams.stream('something-new').uniform();
    expect(streams.stream('handle').uniform()).toBe(plain.uniform());
    expect(new RandomStreams(1, 1).stream('handle').uniform()).not.toBe(new RandomStreams(1, 0).stream('handle').uniform());
  });

  it('rejects seeds that are not whole numbers in range', () => {
    expect(() => new RandomStreams(-1)).toThrow(/seed must be a whole number/);
    expect(() => new RandomStreams(1.5)).toThrow(RangeError);
  });
});

describe('compileSampler', () => {
  const cases: Distribution[] = [
    { kind: 'exponential', mean: 300 },
    { kind: 'lognormal', mean: 300, cv: 0.8 },
    { kind: 'gamma', mean: 300, cv: 0.5 },
    { kind: 'weibull', mean: 300, shape: 1.5 },
    { kind: 'uniform', min: 100, max: 500 },
    { kind: 'triangular', min: 100, mode: 200, max: 600 },
  ];
  it.each(cases)('samples $kind with the stated mean (within 4 standard errors)', (d) => {
    const rng = new RandomStreams(7).stream(d.kind);
    const sample = compileSampler(d);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const x = sample(rng);
      min = Math.min(min, x);
      sum += x;
      sumSq += x * x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    const mean = sum / n;
    const se = Math.sqrt((sumSq / n - mean * mean) / n);
    expect(Math.abs(mean - meanOf(d))).toBeLessThan(4 * se);
  });
});
