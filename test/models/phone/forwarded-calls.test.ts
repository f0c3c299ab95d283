/**
 * Calls missions forward to 12308 after hours: a Poisson process at the given rate while the
 * mission's office is shut (its time zone, weekend, lunch break and holidays), none while it
 * is open. Expected counts: rate × closed hours, within 4 Poisson standard deviations (a false
 * failure about once in 16,000 seeds; the seeds are fixed, so the outcome is reproducible).
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { MISSION_IDS, missionById, type Mission } from '../../../models/missions/catalogue.ts';
import { MissionClock, missionClock } from '../../../models/missions/office-clock.ts';
import { officeRulesFor } from '../../../models/missions/office-rules.ts';
import { ForwardedArrivals, forwardingSources } from '../../../models/phone/forwarded-calls.ts';
import type { TraceRecord } from '../../../models/results/trace.ts';
import { RandomStreams } from '../../../src/engine/random.ts';
import { DAY, HOUR, MINUTE } from '../../../src/engine/time.ts';
import { accepted } from '../../support/scenarios.ts';

const START = '2025-01-06T00:00';
const mission = (id: string): Mission => missionById(id)!;

/** Closed hours of a clock over [0, until), read minute by minute (office hours change on the minute). */
function closedHours(clock: MissionClock, until: number): number {
  let closed = 0;
  for (let t = 0; t < until; t += MINUTE) if (!clock.isOpen(t + MINUTE / 2)) closed++;
  return closed / 60;
}

describe('ForwardedArrivals', () => {
  it('arrive only while the office is shut, as many as rate × closed hours (Tokyo, 8 weeks, 20 an hour)', () => {
    const until = 56 * DAY;
    const clock = new MissionClock(mission('jp-tokyo'), START, until);
    const arrivals = new ForwardedArrivals(clock, 20, new RandomStreams(8).stream('forwarded.jp-tokyo.arrivals'), until);
    let count = 0;
    for (let t = arrivals.next(0); t !== Infinity; t = arrivals.next(t)) {
      expect(clock.isOpen(t)).toBe(false);
      count++;
    }
    const expected = 20 * closedHours(clock, until); // 8 weeks × (168 − 5 × 8.5) h = 1004 h shut: 20,080 calls
    expect(closedHours(clock, until)).toBe(8 * (168 - 5 * 8.5));
    expect(Math.abs(count - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it('a rate of 0 never calls', () => {
    const clock = new MissionClock(mission('jp-tokyo'), START, DAY);
    expect(new ForwardedArrivals(clock, 0, new RandomStreams(1).stream('x'), DAY).next(0)).toBe(Infinity);
  });
});

describe('missions.afterHoursForwarding in a run', () => {
  const json = (forwarding: unknown[] | undefined, callsPerHour = 0, lunch = true) => ({
    version: 1,
    name: 'forwarding',
    description: '',
    run: { days: 14, drainLimitHours: 72 },
    arrivals: { callsPerHour },
    callTypes: [
      { id: 'a', lane: 'l', share: 1, handleSeconds: { kind: 'fixed', seconds: 30 }, patienceSeconds: { kind: 'infinite' } },
      { id: 'b', lane: 'l', share: 0, handleSeconds: { kind: 'fixed', seconds: 30 }, patienceSeconds: { kind: 'infinite' }, afterCall: { workOrderShare: 1, forwardShare: 1 } },
    ],
    lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
    frontDesk: { seats: 50 },
    backOffice: {
      secretaries: { seats: 50 },
      officers: { seats: 50 },
      transferTalkSeconds: { kind: 'fixed', seconds: 60 },
      transferPatienceSeconds: { kind: 'infinite' },
      secretaryWorkMinutes: { kind: 'fixed', minutes: 1 },
      officerReviewMinutes: { kind: 'fixed', minutes: 1 },
    },
    missions: {
      weights: { other: 1 },
      ...(lunch ? { lunch: { start: '12:00', end: '14:00' }, holidaysByMission: { 'us-new-york': ['2025-01-17'] } } : {}),
      ...(forwarding ? { afterHoursForwarding: forwarding } : {}),
    },
  });
  const forwarding = [
    { mission: 'jp-tokyo', callsPerHour: 10, callType: 'b' },
    { mission: 'us-new-york', callsPerHour: 5, callType: 'b' },
  ];

  it('offers rate × closed hours of each mission (its lunch and holidays included), and sends the cases back to it', () => {
    const scenario = accepted(json(forwarding));
    const horizon = 14 * DAY;
    const closed = (id: string) => closedHours(new MissionClock(mission(id), START, horizon, officeRulesFor(scenario.missions, mission(id))), horizon);
    // Lunch takes 2 of the 8.5 hours; New York is also shut on its holiday, Friday 17 January.
    expect(closed('jp-tokyo')).toBe(2 * (168 - 5 * 6.5));
    expect(closed('us-new-york')).toBe(2 * (168 - 5 * 6.5) + 6.5);
    const expected = 10 * closed('jp-tokyo') + 5 * closed('us-new-york'); // 2710 + 1387.5
    const result = simulateCallCentre(scenario, { seed: 17 });
    const offered = result.byCallType.b!.offered;
    expect(result.byCallType.a!.offered).toBe(0);
    expect(Math.abs(offered - expected)).toBeLessThan(4 * Math.sqrt(expected));
    // Every forwarded case goes back to the mission that forwarded the call, none to the usual weights ("other").
    const byMission = result.workOrders.byMission;
    expect(byMission.other).toBe(0);
    expect(byMission['jp-tokyo']! + byMission['us-new-york']!).toBe(result.workOrders.forwarded);
    expect(Math.abs(byMission['jp-tokyo']! - 10 * closed('jp-tokyo'))).toBeLessThan(4 * Math.sqrt(10 * closed('jp-tokyo')));
  });

  it('leaves the callers who dial 12308 directly as they were, and a rate of 0 changes nothing', () => {
    const arrivalsOf = (f: unknown[] | undefined) => {
      const log: number[] = [];
      simulateCallCentre(accepted(json(f, 20, false)), { seed: 5, days: 3, trace: (r: TraceRecord) => void (r.event === 'arrive' && r.callType === 'a' && log.push(r.t)) });
      return log;
    };
    const without = arrivalsOf(undefined);
    expect(without.length).toBeGreaterThan(1000);
    expect(arrivalsOf(forwarding)).toEqual(without);
    const base = simulateCallCentre(accepted(json(undefined, 20, false)), { seed: 5, days: 3 });
    expect(simulateCallCentre(accepted(json([{ mission: 'jp-tokyo', callsPerHour: 0, callType: 'b' }], 20, false)), { seed: 5, days: 3 })).toEqual(base);
  });
});

describe('forwardingSources', () => {
  it('gives each forwarding mission its own named streams: forwarded.<mission>.arrivals, .caller and .case', () => {
    const scenario = accepted({
      version: 1,
      name: 'streams',
      description: '',
      run: { days: 2 },
      arrivals: { callsPerHour: 1 },
      callTypes: [{ id: 'a', lane: 'l', share: 1, handleSeconds: { kind: 'fixed', seconds: 30 }, patienceSeconds: { kind: 'infinite' } }],
      lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
      frontDesk: { seats: 1 },
      missions: { weights: { other: 1 }, afterHoursForwarding: [{ mission: 'jp-tokyo', callsPerHour: 10, callType: 'a' }, { mission: 'us-new-york', callsPerHour: 5, callType: 'a' }] },
    });
    const horizon = 2 * DAY;
    const sources = forwardingSources(scenario, new RandomStreams(3), horizon);
    expect(sources.map((s) => [s.typeIndex, s.missionIndex])).toEqual([[0, MISSION_IDS.indexOf('jp-tokyo')], [0, MISSION_IDS.indexOf('us-new-york')]]);
    const own = new RandomStreams(3);
    for (const [i, [id, rate]] of ([['jp-tokyo', 10], ['us-new-york', 5]] as const).entries()) {
      const clock = missionClock(missionById(id)!, scenario.run.startBeijing, horizon);
      const expected = new ForwardedArrivals(clock, rate, own.stream(`forwarded.${id}.arrivals`), horizon);
      const times = (a: ForwardedArrivals) => [a.next(0), a.next(3 * HOUR), a.next(30 * HOUR)];
      expect(times(sources[i]!.arrivals), id).toEqual(times(expected));
      expect(sources[i]!.streams.caller.uniform(), id).toBe(own.stream(`forwarded.${id}.caller`).uniform());
      expect(sources[i]!.streams.case.uniform(), id).toBe(own.stream(`forwarded.${id}.case`).uniform());
    }
  });
});
