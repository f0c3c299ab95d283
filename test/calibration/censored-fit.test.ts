import { describe, expect, it } from 'vitest';
import { fitCensored, kaplanMeier, survivalAt, type WaitObservation } from '../../src/calibration/censored-fit.ts';
import { substream } from '../../src/engine/random.ts';

const event = (seconds: number): WaitObservation => ({ seconds, abandoned: true });
const censored = (seconds: number): WaitObservation => ({ seconds, abandoned: false });

describe('kaplanMeier', () => {
  it('steps down at each hang-up by the share of those still waiting (textbook example)', () => {
    // At risk 5 at t=1 (one hangs up), 3 at t=3 (one hangs up, after one censored at 2), 1 at t=5.
    const km = kaplanMeier([event(1), censored(2), event(3), censored(4), event(5)]);
    expect(km.curve.map((p) => [p.seconds, p.atRisk, p.events])).toEqual([
      [1, 5, 1],
      [3, 3, 1],
      [5, 1, 1],
    ]);
    expect(km.curve[0]!.survival).toBeCloseTo(0.8, 12);
    expect(km.curve[1]!.survival).toBeCloseTo(0.8 * (2 / 3), 12);
    expect(km.curve[2]!.survival).toBe(0);
    expect(km.medianSeconds).toBe(5);
    expect(km.restrictedMeanSeconds).toBeCloseTo(1 + 0.8 * 2 + (0.8 * 2) / 3 * 2, 12);
    expect(survivalAt(km, 4)).toBeCloseTo(0.8 * (2 / 3), 12);
  });

  it('without censoring, the restricted mean is the sample mean; waits of 0 are left out', () => {
    const km = kaplanMeier([event(2), event(4), event(9), censored(0)]);
    expect(km.restrictedMeanSeconds).toBeCloseTo(5, 12);
  });
});

describe('fitCensored', () => {
  /** Patience against an independent exponential wait: about half the waits censored. */
  function waits(draw: (u: () => number) => number, n = 20_000, seed = 3): WaitObservation[] {
    const rng = substream(seed);
    const u = () => rng.uniform();
    return Array.from({ length: n }, () => {
      const patience = draw(u);
      const wait = -100 * Math.log(u());
      return patience < wait ? event(patience) : censored(wait);
    });
  }

  it('finds an exponential patience mean within 5% when half the callers are censored (the naive mean of hang-ups is far below)', () => {
    const data = waits((u) => -150 * Math.log(u()));
    const fit = fitCensored(data);
    const exponential = fit.candidates.find((c) => c.family === 'exponential')!;
    expect(Math.abs(exponential.meanSeconds / 150 - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.best.meanSeconds / 150 - 1)).toBeLessThan(0.05);
    const naive = data.filter((o) => o.abandoned).reduce((s, o) => s + o.seconds, 0) / fit.events;
    expect(naive).toBeLessThan(0.7 * 150);
    expect(fit.censored / fit.n).toBeGreaterThan(0.3);
  });

  it('finds a lognormal patience lognormal by AIC, mean within 10%', () => {
    const sigma = Math.sqrt(Math.log(1 + 0.6 ** 2));
    const mu = Math.log(120) - (sigma * sigma) / 2;
    const fit = fitCensored(waits((u) => Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()))));
    expect(fit.best.family).toBe('lognormal');
    expect(Math.abs(fit.best.meanSeconds / 120 - 1)).toBeLessThan(0.1);
    for (const row of fit.comparison) expect(Math.abs(row.kaplanMeier - row.fitted)).toBeLessThan(0.02);
  });

  it('needs two hang-ups', () => {
    expect(() => fitCensored([event(3), censored(5)])).toThrow(/at least 2 hang-ups, got 1/);
  });
});
