import { describe, expect, it } from 'vitest';
import { compileSampler, meanOf, type Distribution } from '../../src/engine/distributions.ts';
import { MAX_SEED, RandomStreams, Substream, substream, type RandomStream } from '../../src/engine/random.ts';
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

describe('known answers from an independent reference (xoshiro128** and SplitMix32 written out in Python from the published algorithms)', () => {
  // The reference seeds the four state words with the k-th SplitMix32 output (k = 1..4, the
  // murmur3 finaliser constants), keys a named stream by hashing [seed lo, seed hi,
  // replication lo, replication hi, FNV-1a of the name ×2] per state word, and draws
  // xoshiro128** (result = rotl(s1 × 5, 7) × 9). The values below are its output.
  const words = (stream: RandomStream, n: number) => Array.from({ length: n }, () => stream.seed32());

  it('substreams give the reference words, the smallest and the largest seed included', () => {
    expect(words(substream(12308), 4)).toEqual([3903597108, 3317132999, 511470631, 935058168]);
    expect(words(substream(0), 2)).toEqual([3809008728, 1133695204]);
    expect(words(substream(2 ** 32 - 1), 2)).toEqual([835879718, 1921286648]);
  });

  it('named streams give the reference words, the high words of seed and replication included', () => {
    expect(words(new RandomStreams(42, 3).stream('arrivals.emergency'), 3)).toEqual([1215294519, 152041954, 528325175]);
    expect(words(new RandomStreams(7).stream('x'), 2)).toEqual([1403410367, 434275484]);
    expect(words(new RandomStreams(0).stream(''), 2)).toEqual([1340748263, 226303514]);
    expect(words(new RandomStreams(2 ** 40 + 7, 2 ** 33 + 1).stream('x'), 2)).toEqual([62548766, 2065402313]);
  });

  it('turns words into uniforms, exponentials, polar normals and Marsaglia–Tsang gammas as the reference does', () => {
    const u = substream(99);
    expect(u.uniform()).toBe(0.04840994125697762);
    expect(u.exponential(2)).toBeCloseTo(0.3949668555440124, 13);
    const n = substream(5);
    const normals = [n.standardNormal(), n.standardNormal(), n.standardNormal(), n.standardNormal()];
    [0.3186219103127871, 0.30821563569738775, 0.7509076093761405, -1.409273204494701].forEach((x, i) => expect(normals[i]).toBeCloseTo(x, 13));
    const g = substream(5);
    const gammas = [g.gamma(2.5, 3), g.gamma(0.5, 2), g.gamma(2.5, 3)];
    [8.0109578588388, 0.6828209298850576, 9.89341809790526].forEach((x, i) => expect(gammas[i]).toBeCloseTo(x, 11));
    // Shape 1 is drawn by Marsaglia–Tsang directly (the shape < 1 boost starts below 1).
    const one = substream(7);
    [0.2930290829553272, 7.279289859839622].forEach((x) => expect(one.gamma(1, 10)).toBeCloseTo(x, 11));
  });

  it('draws with probability p: never with 0, always with 1', () => {
    const rng = substream(3);
    expect(Array.from({ length: 1000 }, () => rng.bernoulli(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 1000 }, () => rng.bernoulli(1)).every(Boolean)).toBe(true);
    // The first uniform of substream(99) is 0.0484…: true for p just above it, false just below.
    expect(substream(99).bernoulli(0.0485)).toBe(true);
    expect(substream(99).bernoulli(0.0484)).toBe(false);
  });

  it('refuses a replication that is not a whole number ≥ 0, and accepts the largest seed', () => {
    expect(() => new RandomStreams(1, -1)).toThrow(/replication must be a whole number ≥ 0, got -1/);
    expect(() => new RandomStreams(1, 0.5)).toThrow(RangeError);
    expect(() => new RandomStreams(MAX_SEED + 1)).toThrow(`seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${MAX_SEED + 1}`);
    expect(MAX_SEED).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => new RandomStreams(MAX_SEED, MAX_SEED).stream('x').uniform()).not.toThrow();
  });

  it('hands out the same stream object for the same name', () => {
    const streams = new RandomStreams(1);
    expect(streams.stream('a')).toBe(streams.stream('a'));
  });
});
