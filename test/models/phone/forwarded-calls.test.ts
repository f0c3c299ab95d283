/**
 * Calls missions forward to 12308 after hours: a Poisson process at the given rate while the
 * mission's office is shut (its time zone, weekend, lunch break and holidays), none while it
 * is open. Expected counts: rate × closed hours, within 4 Poisson standard deviations (a false
 * failure about once in 16,000 seeds; the seeds are fixed, so the outcome is reproducible).
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { MISSION_IDS, missionById, type Mission } from '../../../models/missions/catalogue.ts';
import { MissionClock } from '../../../models/missions/office-clock.ts';
import { officeRulesFor } from '../../../models/missions/office-rules.ts';
import { ForwardedArrivals, forwardingSources } from '../../../models/phone/forwarded-calls.ts';
import type { TraceRecord } from '../../../models/results/trace.ts';
import { RandomStreams } from '../../../src/engine/random.ts';
import { DAY, HOUR, MINUTE } from '../../../src/engine/time.ts';
import { accepted, bundled } from '../../support/scenarios.ts';

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

  it('draws each mission’s arrivals, callers and cases from its own named streams', () => {
    // baseline: Tokyo, Kuala Lumpur and New York forward, from Monday 3 March 2025, 00:00 Beijing.
    const scenario = bundled('baseline');
    const sources = forwardingSources(scenario, new RandomStreams(7), 28 * DAY);
    expect(sources.map((f) => f.missionIndex)).toEqual(['jp-tokyo', 'my-kuala-lumpur', 'us-new-york'].map((id) => MISSION_IDS.indexOf(id)));
    const named = new RandomStreams(7);
    sources.forEach((source, k) => {
      const id = scenario.missions!.afterHoursForwarding![k]!.mission;
      expect([source.streams.caller.uniform(), source.streams.case.uniform()], id).toEqual([named.stream(`forwarded.${id}.caller`).uniform(), named.stream(`forwarded.${id}.case`).uniform()]);
    });
    // Tokyo is shut at Beijing midnight (01:00 there) and calls once an hour: the first call is the
    // first exponential draw of its arrivals stream, unless that falls in its office hours.
    const gap = named.stream('forwarded.jp-tokyo.arrivals').exponential(HOUR);
    expect(gap).toBeLessThan(8 * HOUR);
    expect(sources[0]!.arrivals.next(0)).toBe(gap);
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
