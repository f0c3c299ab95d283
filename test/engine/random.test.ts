import { describe, expect, it } from 'vitest';
import { compileSampler, meanOf, type Distribution } from '../../src/engine/distributions.ts';
import { RandomStreams, Substream, substream, type RandomStream } from '../../src/engine/random.ts';
import { exp, ln } from '../../src/engine/portable-math.ts';

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

describe('substream', () => {
  it('repeats for the same seed and differs for neighbouring seeds', () => {
    expect(substream(7).uniform()).toBe(substream(7).uniform());
    expect(substream(7).uniform()).not.toBe(substream(8).uniform());
  });

  it('reseeded, gives exactly the draws of a new substream with that seed', () => {
    const reused = new Substream(1);
    reused.standardNormal(); // leaves a spare normal that reseeding must drop
    const draws = (rng: RandomStream) => [rng.uniform(), rng.standardNormal(), rng.standardNormal(), rng.exponential(2)];
    expect(draws(reused.reseed(99))).toEqual(draws(substream(99)));
  });

  it('fills ten equal bins evenly across many seeds taken in a row (chi-square, 9 d.f., p > 0.001)', () => {
    // Callers' substreams are seeded one after another: the first draws of consecutive seeds must look independent.
    const bins = new Array<number>(10).fill(0);
    const n = 100_000;
    for (let seed = 0; seed < n; seed++) bins[Math.floor(substream(seed).uniform() * 10)]!++;
    const chiSquare = bins.reduce((sum, observed) => sum + (observed - n / 10) ** 2 / (n / 10), 0);
    expect(chiSquare).toBeLessThan(27.88);
  });

  it('draws uniforms with mean 1/2 and variance 1/12 along one substream', () => {
    const rng = substream(12308);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      sum += u;
      sumSq += u * u;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('portable math', () => {
  it('agrees with Math.log and Math.exp to the last bit or next to it', () => {
    for (const x of [1e-300, 1e-9, 0.1, 0.5, 1, 2, Math.E, 1e9]) expect(ln(x)).toBeCloseTo(Math.log(x), 12);
    for (const x of [-700, -5, -0.5, 0, 0.5, 5, 700]) expect(exp(x) / Math.exp(x)).toBeCloseTo(1, 14);
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

describe('streams with dotted names', () => {
  it('are generators of their own: drawing from arrivals.a does not move arrivals.b', () => {
    const alone = new RandomStreams(99);
    const after = new RandomStreams(99);
    for (let i = 0; i < 100; i++) after.stream('arrivals.a').uniform();
    const b = (streams: RandomStreams) => Array.from({ length: 5 }, () => streams.stream('arrivals.b').uniform());
    expect(b(after)).toEqual(b(alone));
    expect(after.stream('arrivals.a')).not.toBe(after.stream('arrivals.b'));
  });

  it('are independent when their names share a prefix (arrivals.a, arrivals.b, arrivals.ab)', () => {
    const streams = new RandomStreams(99);
    const names = ['arrivals.a', 'arrivals.b', 'arrivals.ab', 'arrivals'];
    const draws = names.map((name) => Array.from({ length: 20_000 }, () => streams.stream(name).uniform()));
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [x, y] = [draws[i]!, draws[j]!];
        expect(x.slice(0, 5)).not.toEqual(y.slice(0, 5));
        // Pearson correlation of independent uniforms: standard error 1/√20 000 = 0.007; 5 of them.
        const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
        const [mx, my] = [mean(x), mean(y)];
        let sxy = 0, sxx = 0, syy = 0;
        for (let k = 0; k < x.length; k++) {
          sxy += (x[k]! - mx) * (y[k]! - my);
          sxx += (x[k]! - mx) ** 2;
          syy += (y[k]! - my) ** 2;
        }
        expect(Math.abs(sxy / Math.sqrt(sxx * syy))).toBeLessThan(0.035);
      }
    }
  });
});
