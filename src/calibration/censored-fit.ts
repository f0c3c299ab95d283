/**
 * Patience from censored waits. A caller who hung up after waiting w shows their patience
 * (an event at w); a caller answered after w only shows that their patience was longer
 * (right-censored at w). The Kaplan–Meier estimator gives the survival curve without
 * assuming a shape; exponential, lognormal and gamma are fitted by maximum likelihood with
 * the censoring (density at the events, survival at the censored waits) and the lowest AIC
 * is chosen. Waits of 0 (answered at once) say nothing about patience and are left out.
 */
import { fitExponential, lognormal, gamma, gammaLogPdf, logSurvival, lognormalLogPdf, RESOLUTION_SECONDS, type FittedDistribution } from './duration-fit.ts';
import { nelderMead } from './optimize.ts';

export interface WaitObservation {
  readonly seconds: number;
  /** True: the caller hung up at `seconds` (patience seen); false: answered then (patience longer). */
  readonly abandoned: boolean;
}

export interface KaplanMeierPoint {
  readonly seconds: number;
  /** P(patience > seconds). */
  readonly survival: number;
  readonly atRisk: number;
  readonly events: number;
}

export interface KaplanMeier {
  /** One point per distinct event time, in order. */
  readonly curve: readonly KaplanMeierPoint[];
  /** The first time at which the survival is ≤ ½; undefined if it never gets there. */
  readonly medianSeconds: number | undefined;
  /** ∫ S(t) dt up to the longest wait: the mean, restricted to what the log can see. */
  readonly restrictedMeanSeconds: number;
  readonly horizonSeconds: number;
}

export interface SurvivalRow {
  readonly seconds: number;
  readonly kaplanMeier: number;
  /** The chosen parametric fit's survival. */
  readonly fitted: number;
}

export interface CensoredFit {
  /** Observations used (waits above 0). */
  readonly n: number;
  readonly events: number;
  readonly censored: number;
  readonly kaplanMeier: KaplanMeier;
  readonly best: FittedDistribution;
  /** Every family, best first. */
  readonly candidates: readonly FittedDistribution[];
  /** Kaplan–Meier against the chosen fit at the deciles of the observed waits. */
  readonly comparison: readonly SurvivalRow[];
}

/** Distinct times with their events and censored counts: the likelihoods sum over these, not over callers. */
interface Tally {
  readonly seconds: number;
  readonly events: number;
  readonly censored: number;
}

function tally(observations: readonly WaitObservation[]): Tally[] {
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    if (!(o.seconds > 0)) continue;
    const t = Math.max(o.seconds, RESOLUTION_SECONDS);
    const entry = byTime.get(t) ?? { events: 0, censored: 0 };
    if (o.abandoned) entry.events++;
    else entry.censored++;
    byTime.set(t, entry);
  }
  return [...byTime].map(([seconds, c]) => ({ seconds, ...c })).sort((a, b) => a.seconds - b.seconds);
}

export function kaplanMeier(observations: readonly WaitObservation[]): KaplanMeier {
  return kaplanMeierOf(tally(observations));
}

function kaplanMeierOf(times: readonly Tally[]): KaplanMeier {
  let atRisk = times.reduce((s, t) => s + t.events + t.censored, 0);
  let survival = 1;
  let area = 0;
  let last = 0;
  let median: number | undefined;
  const curve: KaplanMeierPoint[] = [];
  for (const t of times) {
    area += survival * (t.seconds - last);
    last = t.seconds;
    if (t.events > 0) {
      survival *= 1 - t.events / atRisk;
      curve.push({ seconds: t.seconds, survival, atRisk, events: t.events });
      if (median === undefined && survival <= 0.5) median = t.seconds;
    }
    atRisk -= t.events + t.censored;
  }
  return { curve, medianSeconds: median, restrictedMeanSeconds: area, horizonSeconds: last };
}

/** Fits patience to censored waits; needs at least 2 hang-ups. */
export function fitCensored(observations: readonly WaitObservation[]): CensoredFit {
  const times = tally(observations);
  const events = times.reduce((s, t) => s + t.events, 0);
  const censored = times.reduce((s, t) => s + t.censored, 0);
  if (events < 2) throw new RangeError(`fitCensored: expected at least 2 hang-ups, got ${events}`);
  const totalTime = times.reduce((s, t) => s + t.seconds * (t.events + t.censored), 0);
  const candidates = [censoredExponential(events, totalTime), censoredLognormal(times, totalTime / events), censoredGamma(times, totalTime / events)].sort((a, b) => a.aic - b.aic);
  const km = kaplanMeierOf(times);
  const best = candidates[0]!;
  const all = times.flatMap((t) => [t.seconds]);
  const comparison = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((p) => {
    const seconds = all[Math.min(all.length - 1, Math.floor(p * all.length))]!;
    return { seconds, kaplanMeier: survivalAt(km, seconds), fitted: Math.exp(logSurvival(best, seconds)) };
  });
  return { n: events + censored, events, censored, kaplanMeier: km, best, candidates, comparison };
}

/** The Kaplan–Meier survival at `seconds` (a step function, right-continuous). */
export function survivalAt(km: KaplanMeier, seconds: number): number {
  let s = 1;
  for (const p of km.curve) {
    if (p.seconds > seconds) break;
    s = p.survival;
  }
  return s;
}

/** With censoring the exponential's MLE is closed: total time at risk ÷ events. */
function censoredExponential(events: number, totalTime: number): FittedDistribution {
  const m = totalTime / events;
  const ll = -events * Math.log(m) - totalTime / m;
  return { ...fitExponential([m]), logLikelihood: ll, aic: 2 - 2 * ll };
}

function censoredLognormal(times: readonly Tally[], startMean: number): FittedDistribution {
  const logLikelihood = ([mu, lnSigma]: readonly number[]) => {
    const sigma = Math.exp(lnSigma!);
    const d = lognormal(mu!, sigma, 0);
    let ll = 0;
    for (const t of times) {
      if (t.events > 0) ll += t.events * lognormalLogPdf(Math.log(t.seconds), mu!, sigma);
      if (t.censored > 0) ll += t.censored * logSurvival(d, t.seconds);
    }
    return ll;
  };
  const best = nelderMead((p) => -logLikelihood(p), [Math.log(startMean) - 0.5, 0], { step: 0.5 });
  return lognormal(best.x[0]!, Math.exp(best.x[1]!), -best.value);
}

function censoredGamma(times: readonly Tally[], startMean: number): FittedDistribution {
  const logLikelihood = ([lnShape, lnScale]: readonly number[]) => {
    const shape = Math.exp(lnShape!);
    const scale = Math.exp(lnScale!);
    const d = gamma(shape, scale, 0);
    let ll = 0;
    for (const t of times) {
      if (t.events > 0) ll += t.events * gammaLogPdf(t.seconds, shape, scale);
      if (t.censored > 0) ll += t.censored * logSurvival(d, t.seconds);
    }
    return ll;
  };
  const best = nelderMead((p) => -logLikelihood(p), [0, Math.log(startMean)], { step: 0.5 });
  return gamma(Math.exp(best.x[0]!), Math.exp(best.x[1]!), -best.value);
}
