import { describe, expect, it } from 'vitest';
import { ArrivalProcess, ArrivalRates, hourOfWeekProfile } from '../../../models/phone/arrivals.ts';
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
