import { describe, expect, it } from 'vitest';
import { ArrivalProcess, ArrivalRates, hourOfWeekProfile } from '../../../models/phone/arrivals.ts';
import { DailyVolume } from '../../../models/phone/daily-volume.ts';
import { RandomStreams } from '../../../src/engine/random.ts';
import { HOUR } from '../../../src/engine/time.ts';
import { accepted } from '../../support/scenarios.ts';

const json = {
  version: 1,
  name: 'arrivals',
  description: '',
  run: { days: 7 },
  arrivals: { callsPerHour: 100, hourOfDayWeights: Array.from({ length: 24 }, (_, h) => (h < 8 ? 0.5 : 1.5)) },
  surges: [{ startHour: 30, rampMinutes: 60, peakMultiplier: 5, halfLifeHours: 6, extraMix: { b: 1 } }],
  callTypes: [
    { id: 'a', lane: 'l', share: 0.25, handleSeconds: { kind: 'fixed', seconds: 1 }, patienceSeconds: { kind: 'infinite' } },
    { id: 'b', lane: 'l', share: 0.75, handleSeconds: { kind: 'fixed', seconds: 1 }, patienceSeconds: { kind: 'infinite' } },
  ],
  lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
  frontDesk: { seats: 1 },
};

/** The same rates, but saying they may change within an hour: the arrival process thins every candidate. */
class ThinnedEveryCall extends ArrivalRates {
  override get hourly(): boolean {
    return false;
  }
}

describe('arrivals', () => {
  it('without surges keeps each hour\'s bound and gives the same times as thinning every candidate, to the last bit', () => {
    const noSurge = accepted({ ...json, surges: [], run: { days: 14, startBeijing: '2025-03-05T17:20' } });
    const offset = 2 * 24 * HOUR + 17 * HOUR + 20 * 60;
    const times = (rates: ArrivalRates) => {
      const process = new ArrivalProcess(rates, 1, new RandomStreams(9).stream('t'), 14 * 24 * HOUR - 7);
      const out: number[] = [];
      for (let t = process.next(0); t !== Infinity; t = process.next(t)) out.push(t);
      return out;
    };
    expect(new ArrivalRates(noSurge, offset).hourly).toBe(true);
    const kept = times(new ArrivalRates(noSurge, offset));
    expect(kept.length).toBeGreaterThan(20_000);
    expect(kept).toEqual(times(new ThinnedEveryCall(noSurge, offset)));
    // With a day-to-day multiplier (its own stream, drawn in day order) the hour is also kept within its day.
    const daily = () => new DailyVolume(0.3, offset % (24 * HOUR), new RandomStreams(9).stream('daily'));
    const keptDaily = times(new ArrivalRates(noSurge, offset, daily()));
    expect(keptDaily).not.toEqual(kept);
    expect(keptDaily).toEqual(times(new ThinnedEveryCall(noSurge, offset, daily())));
  });

  it('with a surge thins every candidate: the same times as Lewis and Shedler written out here', () => {
    const rates = new ArrivalRates(accepted(json), 0);
    expect(rates.hourly).toBe(false);
    const until = 3 * 24 * HOUR;
    const process = new ArrivalProcess(rates, 1, new RandomStreams(4).stream('t'), until);
    const rng = new RandomStreams(4).stream('t');
    const reference = (from: number): number => {
      for (let t = from; t < until; ) {
        const end = Math.min(rates.hourEnd(t), until);
        const bound = rates.bound(1, t, end);
        if (bound <= 0) {
          t = end;
          continue;
        }
        t += rng.exponential(1 / bound);
        if (t >= end) {
          t = end;
          continue;
        }
        if (rng.uniform() * bound <= rates.rate(1, t)) return t;
      }
      return Infinity;
    };
    let count = 0;
    for (let t = process.next(0), r = reference(0); ; t = process.next(t), r = reference(r)) {
      expect(t).toBe(r);
      if (t === Infinity) break;
      count++;
    }
    expect(count).toBeGreaterThan(5_000);
  });

  it('normalises the weekly profile to mean 1', () => {
    const p = hourOfWeekProfile(json.arrivals);
    expect(p.reduce((a, b) => a + b, 0) / 168).toBeCloseTo(1, 12);
    expect(p[0]! / p[10]!).toBeCloseTo(1 / 3, 12);
  });

  it('draws as many calls per hour as the rate integrates to (within 4 standard deviations), surge included', () => {
    const rates = new ArrivalRates(accepted(json), 0);
    for (const type of [0, 1]) {
      const process = new ArrivalProcess(rates, type, new RandomStreams(3).stream(`t${type}`), 7 * 24 * HOUR);
      const counts = new Float64Array(7 * 24);
      for (let t = process.next(0); t !== Infinity; t = process.next(t)) counts[Math.floor(t / HOUR)]!++;
      let expectedTotal = 0;
      for (let h = 0; h < 7 * 24; h++) {
        let expected = 0;
        for (let k = 0; k < 60; k++) expected += rates.rate(type, (h + (k + 0.5) / 60) * HOUR) * 60; // midpoint rule per minute
        expectedTotal += expected;
      }
      const total = counts.reduce((a, b) => a + b, 0);
      expect(Math.abs(total - expectedTotal)).toBeLessThan(4 * Math.sqrt(expectedTotal));
      // The surge hour (hour 31, just after the peak) is far busier than the same hour a day earlier.
      if (type === 1) expect(counts[31]!).toBeGreaterThan(3 * counts[7]!);
    }
  });
});

describe('the weekly profile, by hand', () => {
  it('multiplies hour-of-day and day-of-week weights, then divides by their mean', () => {
    const dayOfWeekWeights = [2, 1, 1, 1, 1, 1, 1]; // mean 8/7
    const p = hourOfWeekProfile({ callsPerHour: 1, dayOfWeekWeights } as Parameters<typeof hourOfWeekProfile>[0]);
    expect(p).toHaveLength(168);
    expect(p[0]).toBeCloseTo(2 / (8 / 7), 12); // Monday
    expect(p[23]).toBeCloseTo(2 / (8 / 7), 12);
    expect(p[24]).toBeCloseTo(1 / (8 / 7), 12); // Tuesday 00:00
    expect(p[167]).toBeCloseTo(1 / (8 / 7), 12);
    const both = hourOfWeekProfile({ callsPerHour: 1, dayOfWeekWeights, hourOfDayWeights: Array.from({ length: 24 }, (_, h) => (h === 1 ? 3 : 1)) } as Parameters<typeof hourOfWeekProfile>[0]);
    // Sum: Monday 2 × (23 + 3) = 52, six other days 26 each = 156; total 208, mean 208/168.
    expect(both[1]).toBeCloseTo(6 / (208 / 168), 12);
    expect(both[25]).toBeCloseTo(3 / (208 / 168), 12);
    expect(both[26]).toBeCloseTo(1 / (208 / 168), 12);
  });

  it('takes the hour-of-week weights as they are when given, and a flat week when nothing is', () => {
    const hourOfWeekWeights = Array.from({ length: 168 }, (_, h) => (h === 100 ? 169 : 1)); // sum 336, mean 2
    const p = hourOfWeekProfile({ callsPerHour: 1, hourOfWeekWeights } as Parameters<typeof hourOfWeekProfile>[0]);
    expect(p[100]).toBe(84.5);
    expect(p[99]).toBe(0.5);
    expect(Array.from(hourOfWeekProfile({ callsPerHour: 1 } as Parameters<typeof hourOfWeekProfile>[0]))).toEqual(new Array(168).fill(1));
  });
});

describe('arrival rates, by hand', () => {
  // Hour-of-day weights 0.5 before 08:00 and 1.5 after: mean 7/6, so 3/7 and 9/7 of 100 calls an hour.
  const perSecond = 100 / HOUR;
  const night = (3 / 7) * perSecond;
  const day = (9 / 7) * perSecond;

  it('reads the normal rate from the Beijing hour of the week, the offset placing time 0', () => {
    const rates = new ArrivalRates(accepted(json), 0);
    expect(rates.baseRate(0)).toBeCloseTo(night, 15);
    expect(rates.baseRate(8 * HOUR - 1)).toBeCloseTo(night, 15);
    expect(rates.baseRate(8 * HOUR)).toBeCloseTo(day, 15);
    const at7 = new ArrivalRates(accepted(json), 7 * HOUR);
    expect(at7.baseRate(0)).toBeCloseTo(night, 15);
    expect(at7.baseRate(HOUR)).toBeCloseTo(day, 15);
    // Sunday 23:00: an hour later the week starts again at Monday 00:00.
    const lastHour = new ArrivalRates(accepted(json), 167 * HOUR);
    expect(lastHour.baseRate(HOUR)).toBeCloseTo(night, 15);
  });

  it('adds the surge to the types in its mix: share + extra × mix, times the normal rate', () => {
    const rates = new ArrivalRates(accepted(json), 0);
    const halfRamp = 30.5 * HOUR; // Tuesday 06:30: night weight; half-way up the ramp, extra = 4 × 0.5
    expect(rates.rate(0, halfRamp)).toBeCloseTo(night * 0.25, 15);
    expect(rates.rate(1, halfRamp)).toBeCloseTo(night * (0.75 + 2), 15);
    expect(rates.rate(1, 10 * HOUR)).toBeCloseTo(day * 0.75, 15);
    // The bound over the hour of the peak: the peak itself, extra 4, at the rate of the hour's start.
    expect(rates.bound(1, 30 * HOUR, 31 * HOUR)).toBeCloseTo(night * (0.75 + 4), 15);
    expect(rates.bound(0, 30 * HOUR, 31 * HOUR)).toBeCloseTo(night * 0.25, 15);
    expect(rates.bound(1, 10 * HOUR, 11 * HOUR)).toBeCloseTo(day * 0.75, 15);
  });

  it('tells which surge a call came with, in proportion to the extra rate', () => {
    const rates = new ArrivalRates(accepted(json), 0);
    const halfRamp = 30.5 * HOUR; // type b: 0.75 normal, 2 extra, of 2.75
    expect(rates.surgeOf(1, halfRamp, 0.2)).toBe(-1); // 0.55 < 0.75
    expect(rates.surgeOf(1, halfRamp, 0.27)).toBe(-1);
    expect(rates.surgeOf(1, halfRamp, 0.28)).toBe(0); // 0.77 > 0.75
    expect(rates.surgeOf(1, halfRamp, 1)).toBe(0);
    expect(rates.surgeOf(0, halfRamp, 0.99)).toBe(-1); // type a is not in the surge's mix
    expect(rates.surgeOf(1, 10 * HOUR, 0.99)).toBe(-1); // before the surge
  });

  it('gives the next hour boundary of the Beijing clock, stepping past a boundary it is on', () => {
    const rates = new ArrivalRates(accepted(json), 0);
    expect([0, 1, HOUR - 0.5, HOUR, 2.5 * HOUR].map((t) => rates.hourEnd(t))).toEqual([HOUR, HOUR, HOUR, 2 * HOUR, 3 * HOUR]);
    const half = new ArrivalRates(accepted(json), HOUR / 2);
    expect([0, HOUR / 2, HOUR].map((t) => half.hourEnd(t))).toEqual([HOUR / 2, 1.5 * HOUR, 1.5 * HOUR]);
    // Time 0 at 00:50 Beijing time (offset 3000 s): the hours end at 600 s, 4200 s, …
    const late = new ArrivalRates(accepted(json), 3000);
    expect([0, 599, 600, 700, 4199, 4200].map((t) => late.hourEnd(t))).toEqual([600, 600, 4200, 4200, 4200, 7800]);
  });
});

describe('the arrival process, by hand', () => {
  const onlyAtFive = { ...json, surges: [], arrivals: { callsPerHour: 240, hourOfDayWeights: Array.from({ length: 24 }, (_, h) => (h === 5 ? 1 : 0)) } };

  it('skips hours with no calls and draws every arrival inside the open hours, up to the end', () => {
    const rates = new ArrivalRates(accepted(onlyAtFive), 0);
    const process = new ArrivalProcess(rates, 0, new RandomStreams(8).stream('x'), 3 * 24 * HOUR);
    const times: number[] = [];
    for (let t = process.next(0); t !== Infinity; t = process.next(t)) times.push(t);
    // 240 × 24 = 5760 calls a day, all in 05:00–06:00, a quarter of them of type a: 1440 a day.
    expect(times.every((t) => Math.floor(t / HOUR) % 24 === 5)).toBe(true);
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
    expect(Math.abs(times.length - 3 * 1440)).toBeLessThan(4 * Math.sqrt(3 * 1440));
    expect(new Set(times.map((t) => Math.floor(t / (24 * HOUR)))).size).toBe(3);
  });

  it('gives Infinity when no call comes before the end', () => {
    const rates = new ArrivalRates(accepted(onlyAtFive), 0);
    expect(new ArrivalProcess(rates, 0, new RandomStreams(8).stream('x'), 5 * HOUR).next(0)).toBe(Infinity);
    expect(new ArrivalProcess(rates, 0, new RandomStreams(8).stream('x'), 10 * HOUR).next(10 * HOUR)).toBe(Infinity);
    const first = new ArrivalProcess(rates, 0, new RandomStreams(8).stream('x'), 5.5 * HOUR).next(0);
    expect(first === Infinity || (first >= 5 * HOUR && first < 5.5 * HOUR)).toBe(true);
  });
});

describe('arrivals with two surges, by hand', () => {
  // At 10:30 on Monday: surge A (peak ×3, ramp 60 min, half of type b's extra calls) is half-way
  // up: extra 1, times mix 0.5; surge B (peak ×5, ramp 120 min, all of b's) a quarter: extra 1,
  // times mix 1. Type b: 0.75 normal + 0.5 + 1 = 2.25 shares.
  const twoSurges = accepted({
    ...json,
    surges: [
      { startHour: 10, rampMinutes: 60, peakMultiplier: 3, halfLifeHours: 6, extraMix: { a: 0.5, b: 0.5 } },
      { startHour: 10, rampMinutes: 120, peakMultiplier: 5, halfLifeHours: 6, extraMix: { b: 1 } },
    ],
  });
  const t = 10.5 * HOUR;

  it('adds every surge to the rate', () => {
    const rates = new ArrivalRates(twoSurges, 0);
    expect(rates.rate(1, t)).toBeCloseTo((9 / 7) * (100 / HOUR) * 2.25, 15);
  });

  it('walks the surges in order to tell which one a call came with', () => {
    const rates = new ArrivalRates(twoSurges, 0);
    // u × 2.25 − 0.75: below 0 is the normal volume, then 0.5 for A, then 1 for B.
    expect([0.3, 0.5, 0.6, 0.99, 1].map((u) => rates.surgeOf(1, t, u))).toEqual([-1, 0, 1, 1, 1]);
  });
});

describe('the first arrival, by hand', () => {
  it('comes after the closed hours at 05:00 plus an exponential gap drawn from the first uniform of the stream', () => {
    // Only 05:00–06:00 is open: weight 24 × 240 calls an hour, a quarter of them type a: 0.4 a second.
    // RandomStreams(8).stream('x') starts with u = 0.8238765794085339 (independent reference), and
    // nothing is drawn while the rate is 0, so the gap is −ln(u) / 0.4.
    const onlyAtFive = { ...json, surges: [], arrivals: { callsPerHour: 240, hourOfDayWeights: Array.from({ length: 24 }, (_, h) => (h === 5 ? 1 : 0)) } };
    const process = new ArrivalProcess(new ArrivalRates(accepted(onlyAtFive), 0), 0, new RandomStreams(8).stream('x'), 24 * HOUR);
    expect(process.next(0)).toBeCloseTo(5 * HOUR - Math.log(0.8238765794085339) / 0.4, 9);
  });
});
