/**
 * The daily volume multiplier: gamma with mean 1 and the given cv, one per Beijing day, drawn
 * in day order from its own stream; and the arrivals it drives, a doubly stochastic Poisson
 * process whose daily counts have variance mean + cv²·mean² (Jongbloed and Koole, 2001).
 */
import { describe, expect, it } from 'vitest';
import { ArrivalProcess, ArrivalRates } from '../../../models/phone/arrivals.ts';
import { DAILY_VOLUME_STREAM, DailyVolume } from '../../../models/phone/daily-volume.ts';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { RandomStreams } from '../../../src/engine/random.ts';
import { DAY, HOUR } from '../../../src/engine/time.ts';
import { accepted, bundledJson } from '../../support/scenarios.ts';

const flat = (extra: Record<string, unknown> = {}) =>
  accepted({
    version: 1,
    name: 'daily volume',
    description: '',
    run: { days: 7 },
    arrivals: { callsPerHour: 10, ...extra },
    callTypes: [{ id: 'a', lane: 'l', share: 1, handleSeconds: { kind: 'fixed', seconds: 1 }, patienceSeconds: { kind: 'infinite' } }],
    lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
    frontDesk: { seats: 1 },
  });

function meanAndVariance(xs: ArrayLike<number>): { mean: number; variance: number } {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i]! - mean) ** 2;
  return { mean, variance: ss / (n - 1) };
}

describe('DailyVolume', () => {
  it('gives one multiplier per Beijing day: a run starting at 18:00 changes day at 6 h, then every 24 h', () => {
    const daily = new DailyVolume(0.5, 18 * HOUR, new RandomStreams(1).stream(DAILY_VOLUME_STREAM));
    expect([0, 6 * HOUR - 1, 6 * HOUR, 30 * HOUR - 1, 30 * HOUR].map((t) => daily.dayOf(t))).toEqual([0, 0, 1, 1, 2]);
    expect(daily.at(0)).toBe(daily.at(6 * HOUR - 1));
    expect(daily.at(6 * HOUR)).not.toBe(daily.at(0));
  });

  it('draws days in order, whichever day is asked for first', () => {
    const a = new DailyVolume(0.3, 0, new RandomStreams(2).stream(DAILY_VOLUME_STREAM));
    const b = new DailyVolume(0.3, 0, new RandomStreams(2).stream(DAILY_VOLUME_STREAM));
    const late = b.at(9 * DAY);
    const early = Array.from({ length: 10 }, (_, d) => a.at(d * DAY));
    expect(early[9]).toBe(late);
    expect(Array.from({ length: 10 }, (_, d) => b.at(d * DAY))).toEqual(early);
  });

  it('has mean 1 and the cv asked for (20,000 days: both within 4 standard errors)', () => {
    const cv = 0.4;
    const daily = new DailyVolume(cv, 0, new RandomStreams(3).stream(DAILY_VOLUME_STREAM));
    const n = 20_000;
    const { mean, variance } = meanAndVariance(Array.from({ length: n }, (_, d) => daily.at(d * DAY)));
    // sd of the mean: cv/√n = 0.0028. The sample variance of a gamma with shape k has relative
    // sd √(2/n + 6/(k n)) = √((2 + 6cv²)/n) = 0.0143.
    expect(Math.abs(mean - 1)).toBeLessThan((4 * cv) / Math.sqrt(n));
    expect(Math.abs(variance / cv ** 2 - 1)).toBeLessThan(4 * Math.sqrt((2 + 6 * cv ** 2) / n));
  });

  it('refuses a cv of 0: no multiplier is made then', () => {
    expect(() => new DailyVolume(0, 0, new RandomStreams(1).stream(DAILY_VOLUME_STREAM))).toThrow(/cv must be > 0/);
  });
});

describe('arrivals with a daily volume multiplier', () => {
  /** Arrivals per Beijing day over `days` days of a flat 10 calls an hour (240 a day). */
  function dailyCounts(cv: number | undefined, days: number, seed: number): Float64Array {
    const scenario = flat(cv === undefined ? {} : { dailyVolumeCv: cv });
    const streams = new RandomStreams(seed);
    const daily = cv ? new DailyVolume(cv, 0, streams.stream(DAILY_VOLUME_STREAM)) : undefined;
    const process = new ArrivalProcess(new ArrivalRates(scenario, 0, daily), 0, streams.stream('arrivals.a'), days * DAY);
    const counts = new Float64Array(days);
    for (let t = process.next(0); t !== Infinity; t = process.next(t)) counts[Math.floor(t / DAY)]!++;
    return counts;
  }

  it('daily counts have variance mean + cv²·mean² (2,000 days, cv 0.3: within 4 standard errors)', () => {
    const cv = 0.3;
    const n = 2000;
    const m = 240;
    const { mean, variance } = meanAndVariance(dailyCounts(cv, n, 11));
    const theory = m + cv ** 2 * m ** 2; // 240 + 5184 = 5424
    // The count's mean has sd √(5424/2000) = 1.65. Its sample variance has relative sd about
    // √(2/(n−1) + γ₂/n), γ₂ the count's excess kurtosis, at most the gamma's 6cv² = 0.54:
    // 3.5%, so ±14% is 4 sd (a false failure about once in 16,000 seeds). A Poisson count
    // (variance 240) or a multiplier applied twice (about 11,000) is far outside.
    expect(Math.abs(mean - m)).toBeLessThan(4 * Math.sqrt(theory / n));
    expect(Math.abs(variance / theory - 1)).toBeLessThan(4 * Math.sqrt(2 / (n - 1) + (6 * cv ** 2) / n));
  });

  it('without the multiplier, daily counts are Poisson: variance ≈ mean', () => {
    const n = 2000;
    const { mean, variance } = meanAndVariance(dailyCounts(undefined, n, 11));
    expect(Math.abs(mean - 240)).toBeLessThan(4 * Math.sqrt(240 / n));
    expect(Math.abs(variance / 240 - 1)).toBeLessThan(4 * Math.sqrt(2 / (n - 1)));
  });

  it('scales the normal volume only, not a surge’s extra calls', () => {
    const json = { ...flat().arrivals };
    const scenario = accepted({
      version: 1,
      name: 'surge',
      description: '',
      run: { days: 2 },
      arrivals: { ...json, dailyVolumeCv: 0.5 },
      surges: [{ startHour: 10, peakMultiplier: 5, halfLifeHours: 1000, extraMix: { a: 1 } }],
      callTypes: [{ id: 'a', lane: 'l', share: 1, handleSeconds: { kind: 'fixed', seconds: 1 }, patienceSeconds: { kind: 'infinite' } }],
      lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
      frontDesk: { seats: 1 },
    });
    const daily = new DailyVolume(0.5, 0, new RandomStreams(5).stream(DAILY_VOLUME_STREAM));
    const rates = new ArrivalRates(scenario, 0, daily);
    const plain = new ArrivalRates(scenario, 0);
    const t = 12 * HOUR;
    const m = daily.at(t);
    // rate = base × (share × m + surge extra); the plain rate is base × (share + extra).
    const base = plain.baseRate(t);
    expect(rates.rate(0, t)).toBeCloseTo(plain.rate(0, t) - base + base * m, 12);
  });

  it('a cv of 0 runs exactly as no cv; a cv above 0 changes the run', () => {
    const json = bundledJson('baseline');
    const run = (arrivals: Record<string, unknown>) => simulateCallCentre(accepted({ ...json, run: { ...(json.run as object), days: 3 }, arrivals }), { seed: 7 });
    const base = { ...(json.arrivals as Record<string, unknown>) };
    delete base.dailyVolumeCv; // the bundled baseline has a spread of its own
    const without = run(base);
    expect(run({ ...base, dailyVolumeCv: 0 })).toEqual(without);
    const withCv = run({ ...base, dailyVolumeCv: 0.2 });
    expect(withCv.byCallType).not.toEqual(without.byCallType);
  });
});

describe('DailyVolume before the start', () => {
  it('refuses a time before the run’s first day', () => {
    const volume = new DailyVolume(0.5, 0, new RandomStreams(1).stream(DAILY_VOLUME_STREAM));
    expect(() => volume.at(-1)).toThrow('DailyVolume: simulated time -1 s is before the start');
    // 18:00 Beijing at time 0: six hours earlier is still the same Beijing day.
    expect(new DailyVolume(0.5, 18 * HOUR, new RandomStreams(1).stream(DAILY_VOLUME_STREAM)).dayOf(-6 * HOUR)).toBe(0);
  });
});
