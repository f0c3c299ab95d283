/**
 * Maximum likelihood on samples of 20,000 drawn from the engine's own samplers: each family
 * is found by AIC and its mean within 2% (standard errors below 0.8%), its CV within 0.03.
 */
import { describe, expect, it } from 'vitest';
import { cdf, empiricalQuantile, fitDurations, fitExponential, fitGamma, ksDistance, quantile } from '../../src/calibration/duration-fit.ts';
import { compileSampler, type Distribution } from '../../src/engine/distributions.ts';
import { substream } from '../../src/engine/random.ts';

function sample(d: Distribution, n = 20_000, seed = 5): number[] {
  const draw = compileSampler(d);
  const rng = substream(seed);
  return Array.from({ length: n }, () => draw(rng));
}

describe('fitDurations', () => {
  const cases: [Distribution, 'exponential' | 'lognormal' | 'gamma', number][] = [
    [{ kind: 'lognormal', mean: 300, cv: 0.8 }, 'lognormal', 0.8],
    [{ kind: 'gamma', mean: 120, cv: 0.5 }, 'gamma', 0.5],
  ];
  for (const [d, family, cv] of cases) {
    it(`finds a ${d.kind} sample ${family} by AIC, with its mean and CV`, () => {
      const fit = fitDurations(sample(d));
      expect(fit.best.family).toBe(family);
      expect(Math.abs(fit.best.meanSeconds / (d as { mean: number }).mean - 1)).toBeLessThan(0.02);
      expect(Math.abs(fit.best.cv - cv)).toBeLessThan(0.03);
      expect(fit.ks).toBeLessThan(0.015);
      expect(fit.candidates.map((c) => c.aic)).toEqual([...fit.candidates.map((c) => c.aic)].sort((a, b) => a - b));
      for (const row of fit.quantiles.filter((q) => q.p >= 0.05 && q.p <= 0.95)) expect(Math.abs(row.fittedSeconds / row.observedSeconds - 1)).toBeLessThan(0.06);
    });
  }

  it('finds an exponential sample exponential, or gamma with shape near 1 (gamma nests the exponential, so AIC takes it by chance about one time in six)', () => {
    const fit = fitDurations(sample({ kind: 'exponential', mean: 200 }));
    expect(['exponential', 'gamma']).toContain(fit.best.family);
    expect(Math.abs(fit.best.cv - 1)).toBeLessThan(0.03);
    expect(Math.abs(fit.best.meanSeconds / 200 - 1)).toBeLessThan(0.02);
    expect(fit.candidates.at(-1)!.family).toBe('lognormal');
    expect(fit.candidates.find((c) => c.family === 'exponential')!.aic - fit.best.aic).toBeLessThan(10);
  });

  it('the exponential MLE is the sample mean; the gamma MLE keeps the mean and solves ln k − ψ(k) = ln x̄ − mean ln x', () => {
    const x = [1, 2, 3, 10];
    expect(fitExponential(x).meanSeconds).toBe(4);
    const g = fitGamma(x);
    expect(g.meanSeconds).toBeCloseTo(4, 9);
    // Derivative of the log-likelihood in the shape at the optimum: 0.
    const ll = (k: number) => x.reduce((s, v) => s + ((k - 1) * Math.log(v) - v / (4 / k) - k * Math.log(4 / k)), 0) - x.length * lgamma(k);
    const k = g.parameters.shape!;
    expect((ll(k * 1.0001) - ll(k * 0.9999)) / (k * 0.0002)).toBeCloseTo(0, 4);
  });

  it('the quantile function inverts the CDF for each family', () => {
    const fit = fitDurations(sample({ kind: 'gamma', mean: 60, cv: 0.7 }, 2000));
    for (const d of fit.candidates) for (const p of [0.1, 0.5, 0.9]) expect(cdf(d, quantile(d, p))).toBeCloseTo(p, 6);
  });

  it('KS distance and empirical quantiles on a tiny sample', () => {
    expect(ksDistance([1, 2, 3, 4], (t) => t / 4)).toBeCloseTo(0.25, 12);
    expect(empiricalQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(() => fitDurations([5])).toThrow(/at least 2 values, got 1/);
  });
});

/** ln Γ by Stirling's series, independent of the @stdlib one under test. */
function lgamma(k: number): number {
  if (k < 7) return lgamma(k + 1) - Math.log(k);
  return (k - 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k) - 1 / (360 * k ** 3);
}
