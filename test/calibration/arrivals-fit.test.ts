import { describe, expect, it } from 'vitest';
import { fitArrivals, hourOfWeek } from '../../src/calibration/arrivals-fit.ts';
import type { LogAttempt } from '../../src/calibration/parse-log.ts';
import { substream } from '../../src/engine/random.ts';

const HOUR = 3_600_000;
/** Monday 2025-03-03 00:00, Beijing wall clock. */
const MONDAY = Date.UTC(2025, 2, 3);

/** Poisson arrivals over `weeks` weeks at `rate(hourOfWeek)` an hour, each day's rate times `multiplier(day)`. */
function arrivals(weeks: number, rate: (h: number) => number, multiplier: (day: number) => number, seed = 1): LogAttempt[] {
  const rng = substream(seed);
  const out: LogAttempt[] = [];
  for (let h = 0; h < weeks * 168; h++) {
    const lambda = rate(h % 168) * multiplier(Math.floor(h / 24));
    for (let t = -Math.log(rng.uniform()) / lambda; t < 1; t += -Math.log(rng.uniform()) / lambda) out.push({ arrivalMs: MONDAY + (h + t) * HOUR, outcome: 'busy' } as LogAttempt);
  }
  return out;
}

describe('fitArrivals', () => {
  it('finds the hour-of-week profile and the volume; a Poisson log has no daily spread', () => {
    const rate = (h: number) => (h % 24 >= 8 && h % 24 < 20 ? 90 : 30) * (h >= 120 ? 0.5 : 1);
    const log = arrivals(8, rate, () => 1);
    const fit = fitArrivals(log, () => true);
    expect(fit.hours).toBe(8 * 168);
    const expected = Array.from({ length: 168 }, (_, h) => rate(h)).reduce((s, r) => s + r, 0) / 168;
    expect(Math.abs(fit.callsPerHour / expected - 1)).toBeLessThan(0.01);
    expect(fit.hourOfWeekWeights![10]! / fit.hourOfWeekWeights![2]!).toBeCloseTo(3, 0);
    expect(fit.hourOfWeekWeights![130]! / fit.hourOfWeekWeights![10]!).toBeCloseTo(0.5, 1);
    expect(fit.days).toHaveLength(56);
    expect(fit.dailyCv).toBeLessThan(0.03);
  });

  it('finds the coefficient of variation of a random daily multiplier', () => {
    const rng = substream(11);
    const multipliers = Array.from({ length: 8 * 7 }, () => Math.exp(0.2 * Math.sqrt(-2 * Math.log(rng.uniform())) * Math.cos(2 * Math.PI * rng.uniform()) - 0.02));
    const fit = fitArrivals(arrivals(8, () => 60, (d) => multipliers[d]!), () => true);
    // CV of a lognormal with σ = 0.2: 0.202; with 56 days the estimate's standard error is about 0.02.
    expect(fit.dailyCv).toBeGreaterThan(0.14);
    expect(fit.dailyCv).toBeLessThan(0.26);
  });

  it('uses the hour of the day when the log is shorter than a week', () => {
    const fit = fitArrivals(arrivals(1, () => 10, () => 1).filter((a) => a.arrivalMs < MONDAY + 72 * HOUR), () => true);
    expect(fit.hourOfWeekWeights).toBeUndefined();
    expect(fit.hourOfDayWeights).toHaveLength(24);
    expect(fit.dailyCv).toBeUndefined();
    expect(hourOfWeek(MONDAY + 30 * HOUR)).toBe(30);
  });
});
