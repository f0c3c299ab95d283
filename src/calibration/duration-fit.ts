/**
 * Handle and after-call times: exponential, lognormal and gamma fitted by maximum
 * likelihood, the one with the lowest AIC chosen, with a goodness-of-fit summary (the
 * Kolmogorov–Smirnov distance and a quantile table for a Q-Q plot). Special functions are
 * @stdlib's (ln Γ, ψ, the regularised incomplete gamma, erfc, the normal and gamma
 * quantiles): tested ports of Cephes and Boost, not ours to get wrong.
 */
import digamma from '@stdlib/math-base-special-digamma';
import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import gammaQuantile from '@stdlib/stats-base-dists-gamma-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export type Family = 'exponential' | 'lognormal' | 'gamma';
export const FAMILIES: readonly Family[] = ['exponential', 'lognormal', 'gamma'];

/** Durations below this (a log's whole seconds can say 0) are read as this, so that logs stay finite. */
export const RESOLUTION_SECONDS = 0.5;

/** A distribution, by its parameters and, as the scenario writes it, by mean and CV. */
export interface FittedDistribution {
  readonly family: Family;
  readonly meanSeconds: number;
  /** Coefficient of variation (1 for the exponential). */
  readonly cv: number;
  /** lognormal: mu, sigma (of the log); gamma: shape, scale (seconds); exponential: mean. */
  readonly parameters: Readonly<Record<string, number>>;
  readonly logLikelihood: number;
  /** 2 × parameters − 2 × log-likelihood: lower is better. */
  readonly aic: number;
}

export interface QuantileRow {
  readonly p: number;
  readonly observedSeconds: number;
  readonly fittedSeconds: number;
}

export interface DurationFit {
  readonly n: number;
  readonly sampleMeanSeconds: number;
  /** Lowest AIC. */
  readonly best: FittedDistribution;
  /** Every family, best first. */
  readonly candidates: readonly FittedDistribution[];
  /** Kolmogorov–Smirnov distance between the sample and `best`. */
  readonly ks: number;
  /** Observed and fitted quantiles for a Q-Q plot. */
  readonly quantiles: readonly QuantileRow[];
}

export const QQ_PROBABILITIES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99] as const;

/** Fits the three families to positive durations (at least 2 values, not all equal). */
export function fitDurations(values: readonly number[]): DurationFit {
  const x = values.map((v) => Math.max(v, RESOLUTION_SECONDS)).sort((a, b) => a - b);
  if (x.length < 2) throw new RangeError(`fitDurations: expected at least 2 values, got ${x.length}`);
  const candidates = [fitExponential(x), fitLognormal(x), fitGamma(x)].sort((a, b) => a.aic - b.aic);
  const best = candidates[0]!;
  return {
    n: x.length,
    sampleMeanSeconds: mean(x),
    best,
    candidates,
    ks: ksDistance(x, (t) => cdf(best, t)),
    quantiles: QQ_PROBABILITIES.map((p) => ({ p, observedSeconds: empiricalQuantile(x, p), fittedSeconds: quantile(best, p) })),
  };
}

export function fitExponential(x: readonly number[]): FittedDistribution {
  const m = mean(x);
  const ll = -x.length * Math.log(m) - x.length;
  return { family: 'exponential', meanSeconds: m, cv: 1, parameters: { mean: m }, logLikelihood: ll, aic: 2 - 2 * ll };
}

export function fitLognormal(x: readonly number[]): FittedDistribution {
  const logs = x.map(Math.log);
  const mu = mean(logs);
  const sigma = Math.sqrt(mean(logs.map((l) => (l - mu) ** 2)));
  const ll = logs.reduce((s, l) => s + lognormalLogPdf(l, mu, sigma), 0);
  return lognormal(mu, sigma, ll);
}

export function lognormal(mu: number, sigma: number, logLikelihood: number): FittedDistribution {
  return {
    family: 'lognormal',
    meanSeconds: Math.exp(mu + (sigma * sigma) / 2),
    cv: Math.sqrt(Math.expm1(sigma * sigma)),
    parameters: { mu, sigma },
    logLikelihood,
    aic: 4 - 2 * logLikelihood,
  };
}

/** ln f(x) of the lognormal, from ln x. */
export function lognormalLogPdf(lnX: number, mu: number, sigma: number): number {
  const z = (lnX - mu) / sigma;
  return -lnX - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI) - 0.5 * z * z;
}

/**
 * The gamma's shape k solves ln k − ψ(k) = ln x̄ − mean(ln x), whose left side falls from
 * +∞ to 0 as k grows: bisection on ln k, 200 steps at most.
 */
export function fitGamma(x: readonly number[]): FittedDistribution {
  const m = mean(x);
  const s = Math.log(m) - mean(x.map(Math.log));
  let lo = Math.log(1e-3);
  let hi = Math.log(1e7);
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    const k = Math.exp(mid);
    if (Math.log(k) - digamma(k) > s) lo = mid;
    else hi = mid;
  }
  const shape = Math.exp((lo + hi) / 2);
  const scale = m / shape;
  const ll = x.reduce((sum, v) => sum + gammaLogPdf(v, shape, scale), 0);
  return gamma(shape, scale, ll);
}

export function gamma(shape: number, scale: number, logLikelihood: number): FittedDistribution {
  return { family: 'gamma', meanSeconds: shape * scale, cv: 1 / Math.sqrt(shape), parameters: { shape, scale }, logLikelihood, aic: 4 - 2 * logLikelihood };
}

export function gammaLogPdf(x: number, shape: number, scale: number): number {
  return (shape - 1) * Math.log(x) - x / scale - shape * Math.log(scale) - gammaln(shape);
}

/** P(X ≤ t) under a fitted distribution. */
export function cdf(d: FittedDistribution, t: number): number {
  if (t <= 0) return 0;
  const p = d.parameters;
  switch (d.family) {
    case 'exponential':
      return -Math.expm1(-t / p.mean!);
    case 'lognormal':
      return 0.5 * erfc(-(Math.log(t) - p.mu!) / (p.sigma! * Math.SQRT2));
    case 'gamma':
      return gammainc(t / p.scale!, p.shape!);
  }
}

/** ln P(X > t): the survival's log, computed without cancellation far in the tail. */
export function logSurvival(d: FittedDistribution, t: number): number {
  if (t <= 0) return 0;
  const p = d.parameters;
  switch (d.family) {
    case 'exponential':
      return -t / p.mean!;
    case 'lognormal':
      return Math.log(Math.max(0.5 * erfc((Math.log(t) - p.mu!) / (p.sigma! * Math.SQRT2)), Number.MIN_VALUE));
    case 'gamma':
      return Math.log(Math.max(gammainc(t / p.scale!, p.shape!, true, true), Number.MIN_VALUE));
  }
}

/** The p-quantile of a fitted distribution. */
export function quantile(d: FittedDistribution, p: number): number {
  const q = d.parameters;
  switch (d.family) {
    case 'exponential':
      return -q.mean! * Math.log1p(-p);
    case 'lognormal':
      return Math.exp(q.mu! + q.sigma! * normalQuantile(p, 0, 1));
    case 'gamma':
      // @stdlib's gamma takes a rate.
      return gammaQuantile(p, q.shape!, 1 / q.scale!);
  }
}

/** sup |F̂ − F| over a sorted sample. */
export function ksDistance(sorted: readonly number[], F: (t: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = F(sorted[i]!);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return d;
}

/** The p-quantile of a sorted sample, interpolated (Hyndman and Fan's type 7, R's default). */
export function empiricalQuantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
}

export function mean(x: readonly number[]): number {
  let s = 0;
  for (const v of x) s += v;
  return s / x.length;
}
