import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSampler, meanOf, type Distribution } from '../../src/engine/distributions.ts';
import { RandomStreams, substream } from '../../src/engine/random.ts';

const N = 200_000;

/** Sample mean and coefficient of variation of N draws. */
function moments(d: Distribution, stream = 'd'): { mean: number; cv: number; min: number; max: number } {
  const sample = compileSampler(d);
  const rng = new RandomStreams(2024).stream(stream);
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < N; i++) {
    const x = sample(rng);
    sum += x;
    sumSq += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / N;
  return { mean, cv: Math.sqrt(sumSq / N - mean * mean) / mean, min, max };
}

const within = (value: number, expected: number, relative: number) => expect(Math.abs(value / expected - 1)).toBeLessThan(relative);

describe('compileSampler', () => {
  // Tolerances: a few standard errors at N = 200 000 (the mean's is cv/√N ≤ 0.3 %), far below
  // the gap a wrong parameterisation would leave (a lognormal with σ = cv has cv 0.90, not 0.8).
  it.each([
    ['exponential', { kind: 'exponential', mean: 240 }, 240, 1],
    ['lognormal', { kind: 'lognormal', mean: 300, cv: 0.8 }, 300, 0.8],
    ['gamma', { kind: 'gamma', mean: 600, cv: 0.5 }, 600, 0.5],
    ['gamma with shape < 1', { kind: 'gamma', mean: 60, cv: 2 }, 60, 2],
    // cv = √(Γ(1 + 2/k) / Γ(1 + 1/k)² − 1); for k = 2: √(4/π − 1).
    ['weibull', { kind: 'weibull', mean: 100, shape: 2 }, 100, Math.sqrt(4 / Math.PI - 1)],
    // sd = (max − min)/√12.
    ['uniform', { kind: 'uniform', min: 10, max: 50 }, 30, 40 / Math.sqrt(12) / 30],
    // Mean (a + c + b)/3; variance (a² + b² + c² − ab − ac − bc)/18 = 1300/18.
    ['triangular', { kind: 'triangular', min: 0, mode: 10, max: 40 }, 50 / 3, Math.sqrt(1300 / 18) / (50 / 3)],
  ] as [string, Distribution, number, number][])('%s has the mean and coefficient of variation it is given', (_, d, mean, cv) => {
    const m = moments(d);
    within(m.mean, mean, cv > 1 ? 0.03 : 0.01);
    within(m.cv, cv, cv > 1 ? 0.08 : 0.02);
    expect(meanOf(d)).toBeCloseTo(mean, 9);
  });

  it('gives the mean itself for a fixed value, a zero cv and a point triangle', () => {
    const rng = new RandomStreams(1).stream('x');
    expect(compileSampler({ kind: 'fixed', value: 42 })(rng)).toBe(42);
    expect(compileSampler({ kind: 'lognormal', mean: 300, cv: 0 })(rng)).toBe(300);
    expect(compileSampler({ kind: 'gamma', mean: 300, cv: 0 })(rng)).toBe(300);
    expect(compileSampler({ kind: 'triangular', min: 7, mode: 7, max: 7 })(rng)).toBe(7);
    expect(meanOf({ kind: 'fixed', value: 42 })).toBe(42);
  });

  it('keeps uniform and triangular draws inside their bounds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (min, at, width, seed) => {
          const max = min + width;
          const mode = min + at * width;
          const rng = new RandomStreams(seed).stream('bounds');
          const uniform = compileSampler({ kind: 'uniform', min, max });
          const triangular = compileSampler({ kind: 'triangular', min, mode, max });
          for (let i = 0; i < 50; i++) {
            for (const x of [uniform(rng), triangular(rng)]) {
              expect(x).toBeGreaterThanOrEqual(min);
              expect(x).toBeLessThanOrEqual(max);
            }
          }
        },
      ),
      { seed: 12308, numRuns: 200 },
    );
  });

  it('puts the triangle mode where the density peaks: P(X < mode) = (mode − min)/(max − min)', () => {
    const sample = compileSampler({ kind: 'triangular', min: 0, mode: 10, max: 40 });
    const rng = new RandomStreams(5).stream('t');
    let below = 0;
    for (let i = 0; i < N; i++) if (sample(rng) < 10) below++;
    expect(Math.abs(below / N - 0.25)).toBeLessThan(4 * Math.sqrt(0.1875 / N));
  });
});

describe('quantiles of the skewed samplers', () => {
  /** The empirical p-quantile of N draws. */
  function quantile(d: Distribution, p: number): number {
    const sample = compileSampler(d);
    const rng = new RandomStreams(7).stream('q');
    const xs = Float64Array.from({ length: N }, () => sample(rng)).sort();
    return xs[Math.floor(p * N)]!;
  }

  // Lognormal with mean m and cv: σ² = ln(1 + cv²), μ = ln m − σ²/2; quantile e^(μ + σ z_p).
  // z_0.5 = 0, z_0.9 = 1.281552. The sample quantile's error at N = 200 000 is well under 1%.
  it.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
  ])('lognormal (mean 300, cv 0.8): the %s-quantile is e^(μ + σ z)', (p, z) => {
    const sigma2 = Math.log(1 + 0.8 ** 2);
    const expected = Math.exp(Math.log(300) - sigma2 / 2 + Math.sqrt(sigma2) * z);
    within(quantile({ kind: 'lognormal', mean: 300, cv: 0.8 }, p), expected, 0.01);
  });

  // Gamma with cv 1 is the exponential: the median is m ln 2, the 0.9-quantile m ln 10.
  it('gamma with cv 1 has the exponential quantiles', () => {
    const d: Distribution = { kind: 'gamma', mean: 100, cv: 1 };
    within(quantile(d, 0.5), 100 * Math.LN2, 0.015);
    within(quantile(d, 0.9), 100 * Math.LN10, 0.015);
  });
});

describe('samplers on a known uniform', () => {
  // The first uniform of substream(99) is u = 0.04840994125697762 (see random.test.ts, from the
  // independent reference); each sampler's first draw follows from it by the textbook formula.
  const u = 0.04840994125697762;
  const first = (d: Distribution) => compileSampler(d)(substream(99));

  it('uniform: min + (max − min) u', () => {
    expect(first({ kind: 'uniform', min: 10, max: 50 })).toBeCloseTo(10 + 40 * u, 12);
  });

  it('exponential: −mean ln u', () => {
    expect(first({ kind: 'exponential', mean: 240 })).toBeCloseTo(-240 * Math.log(u), 10);
  });

  it('weibull: scale (−ln u)^(1/k), scale = mean / Γ(1 + 1/k)', () => {
    // k = 2: Γ(1.5) = √π / 2.
    expect(first({ kind: 'weibull', mean: 100, shape: 2 })).toBeCloseTo((100 / (Math.sqrt(Math.PI) / 2)) * Math.sqrt(-Math.log(u)), 10);
    // k = 0.5: Γ(3) = 2.
    expect(first({ kind: 'weibull', mean: 100, shape: 0.5 })).toBeCloseTo(50 * Math.log(u) ** 2, 9);
  });

  it('triangular: inverse CDF on either side of the mode', () => {
    // u < (mode − min)/(max − min) = 0.25: min + √(u (max − min)(mode − min)).
    expect(first({ kind: 'triangular', min: 0, mode: 10, max: 40 })).toBeCloseTo(Math.sqrt(u * 40 * 10), 12);
    // u ≥ 0.02 = split: max − √((1 − u)(max − min)(max − mode)).
    expect(first({ kind: 'triangular', min: 0, mode: 1, max: 50 })).toBeCloseTo(50 - Math.sqrt((1 - u) * 50 * 49), 12);
  });

  it('triangular away from 0: the split point is (mode − min)/(max − min)', () => {
    // substream(7) starts with u = 0.23382771771866828 (reference): below the split 10/40 = 0.25 of
    // triangular(10, 20, 50), so the draw is on the rising side: min + √(u (max − min)(mode − min)).
    const u7 = 0.23382771771866828;
    expect(compileSampler({ kind: 'triangular', min: 10, mode: 20, max: 50 })(substream(7))).toBeCloseTo(10 + Math.sqrt(u7 * 40 * 10), 12);
  });

  it('draws nothing from the stream for a fixed value, a zero cv or a point triangle', () => {
    for (const d of [
      { kind: 'fixed', value: 3 },
      { kind: 'lognormal', mean: 3, cv: 0 },
      { kind: 'gamma', mean: 3, cv: 0 },
      { kind: 'triangular', min: 3, mode: 3, max: 3 },
    ] as Distribution[]) {
      const rng = substream(99);
      expect(compileSampler(d)(rng)).toBe(3);
      expect(rng.uniform(), d.kind).toBe(u);
    }
  });

  it('lognormal and gamma: the first draws follow from the first normal and gamma of the stream', () => {
    // μ = ln m − σ²/2, σ² = ln(1 + cv²); the draw is e^(μ + σ z) with z the stream's first normal.
    const z = substream(5).standardNormal();
    const s2 = Math.log(1 + 0.64);
    expect(compileSampler({ kind: 'lognormal', mean: 300, cv: 0.8 })(substream(5))).toBeCloseTo(Math.exp(Math.log(300) - s2 / 2 + Math.sqrt(s2) * z), 9);
    // Shape 1/cv², scale mean × cv².
    const g = substream(5).gamma(4, 150);
    expect(compileSampler({ kind: 'gamma', mean: 600, cv: 0.5 })(substream(5))).toBeCloseTo(g, 9);
  });

  it('gives the mean of each kind by its formula', () => {
    expect(meanOf({ kind: 'exponential', mean: 7 })).toBe(7);
    expect(meanOf({ kind: 'lognormal', mean: 8, cv: 1 })).toBe(8);
    expect(meanOf({ kind: 'gamma', mean: 9, cv: 1 })).toBe(9);
    expect(meanOf({ kind: 'weibull', mean: 10, shape: 3 })).toBe(10);
    expect(meanOf({ kind: 'uniform', min: 2, max: 8 })).toBe(5);
    expect(meanOf({ kind: 'triangular', min: 0, mode: 3, max: 9 })).toBe(4);
  });
});
