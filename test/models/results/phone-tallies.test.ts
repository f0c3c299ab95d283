import { describe, expect, it } from 'vitest';
import type { CaseRouter } from '../../../models/back-office/case-route.ts';
import { Call, DrawnCaller } from '../../../models/phone/call.ts';
import { PhoneTallies } from '../../../models/results/phone-tallies.ts';
import { BucketGrid } from '../../../src/engine/stats.ts';

function call(id: number, typeIndex: number, counted = true, attempt = 1): Call {
  const caller = new DrawnCaller(
    id,
    { typeIndex, handleSeconds: 1, afterCallWorkSeconds: 0, patienceSeconds: 1, ivrSeconds: 0, selfServiceSeconds: 0, wantsAgent: true },
    { router: {} as CaseRouter, firstCalledAt: 0, caseSeed: 0 },
  );
  return new Call({ id, caller, arrivedAt: id * 10, attempt, counted });
}

/** Two lanes (targets 20 s and 60 s); types 0 and 1 in lane 0, type 2 in lane 1; buckets of 100 s. */
const tallies = () => new PhoneTallies({ grid: new BucketGrid(100, 3), laneTargetSeconds: [20, 60], laneIndexOfType: [0, 0, 1] });

describe('phone tallies', () => {
  it('counts each type in its lane too, and only counted calls in the figures', () => {
    const t = tallies();
    const [a, b, c, warm] = [call(1, 0), call(2, 1, true, 2), call(3, 2), call(4, 0, false)];
    for (const x of [a, b, c, warm]) t.arrived(x);
    t.queued(a);
    t.answered(a, 15, 5);
    t.queued(b);
    t.waits(b);
    t.answered(b, 50, 30);
    t.blocked(c);
    t.queued(warm);
    t.abandoned(warm, 60, 20);
    const lane0 = t.byLane[0]!.figures(0);
    expect([lane0.offered, lane0.uniqueCallers, lane0.redials, lane0.queued, lane0.answered, lane0.abandoned]).toEqual([2, 1, 1, 2, 2, 0]);
    // a within 20 s, b not: 1 of 2.
    expect(lane0.serviceLevel).toBe(0.5);
    expect(lane0.probWait).toBe(0.5);
    expect(t.byType[2]!.figures(0).blocked).toBe(1);
    expect(t.byLane[1]!.figures(0).blockRate).toBe(1);
  });

  it('counts every call in the series, by the bucket of its time', () => {
    const t = tallies();
    const [a, b, warm] = [call(1, 0), call(2, 2), call(15, 0, false)];
    for (const x of [a, b, warm]) t.arrived(x);
    t.answered(a, 50, 10);
    t.answered(warm, 160, 40);
    t.abandoned(b, 250, 5);
    expect(Array.from(t.arrivals[0]!.values)).toEqual([1, 1, 0]);
    // Lane 0: bucket 0 answered within 20 s; bucket 1 answered after 40 s (not within).
    expect(t.laneSeries[0]!.serviceLevel()).toEqual([1, 0, NaN]);
    expect(t.laneSeries[1]!.serviceLevel()).toEqual([NaN, NaN, 0]);
    expect(t.laneSeries[1]!.abandoned()).toEqual([0, 0, 1]);
  });

  it('tallies by lane once more the counted calls that arrived in the incident window, and counts busy signals per bucket', () => {
    const t = new PhoneTallies({ grid: new BucketGrid(100, 3), laneTargetSeconds: [20, 60], laneIndexOfType: [0, 0, 1], incident: { start: 20, end: 40 } });
    // Arrivals at 10, 20, 30 and 40 s: the second and third are in the window [20, 40).
    const [a, b, c, d] = [call(1, 0), call(2, 1), call(3, 2), call(4, 0)];
    for (const x of [a, b, c, d]) t.arrived(x);
    for (const x of [a, b, d]) t.queued(x);
    t.answered(a, 50, 5);
    t.abandoned(b, 90, 60);
    t.answered(d, 60, 10);
    t.blocked(c);
    const lane0 = t.incidentByLane[0]!.figures(0);
    expect([lane0.offered, lane0.answered, lane0.abandoned, lane0.meanTimeToAbandonSeconds]).toEqual([1, 0, 1, 60]);
    expect(t.incidentByLane[1]!.figures(0).blocked).toBe(1);
    expect(Array.from(t.busySignals.values)).toEqual([1, 0, 0]);
  });

  it('follows counted cases until they close, in the funnel row of their outcome', () => {
    const t = tallies();
    const [a, b, warm] = [call(1, 0), call(2, 0), call(3, 0, false)];
    for (const x of [a, b, warm]) t.arrived(x);
    expect(t.openCountedCases).toBe(2);
    t.caseClosed(a, 'frontDesk');
    t.caseClosed(warm, 'blocked');
    expect(t.openCountedCases).toBe(1);
    const funnel = t.funnels[0]!.figures();
    expect([funnel.offered, funnel.frontDesk, funnel.blocked, funnel.inProgress]).toEqual([2, 1, 0, 1]);
  });
});

describe('phone tallies, the incident window and uncounted calls', () => {
  it('tallies every step of a counted call that arrived in [start, end) by lane once more, and none outside', () => {
    const t = new PhoneTallies({ grid: new BucketGrid(100, 3), laneTargetSeconds: [20, 60], laneIndexOfType: [0, 0, 1], incident: { start: 20, end: 40 } });
    // Arrivals at 20 (in), 30 (in) and 40 s (the end: out), all in lane 0.
    const [inA, inB, out] = [call(2, 0), call(3, 1, true, 2), call(4, 0)];
    for (const x of [inA, inB, out]) {
      t.arrived(x);
      t.queued(x);
      t.waits(x);
    }
    t.selfServed(inB);
    t.answered(inA, 60, 15);
    t.answered(out, 60, 50);
    const f = t.incidentByLane[0]!.figures(0);
    expect([f.offered, f.uniqueCallers, f.queued, f.selfServed, f.answered, f.probWait, f.serviceLevel]).toEqual([2, 1, 2, 1, 1, 1, 1]);
    expect(t.incidentByLane[1]!.figures(0).offered).toBe(0);
  });

  it('leaves uncounted calls out of busy signals, self-service and waits in the figures, but not out of the busy-signal series', () => {
    const t = tallies();
    const warm = call(1, 0, false);
    t.arrived(warm);
    t.blocked(warm);
    t.selfServed(warm);
    t.waits(warm);
    const f = t.byType[0]!.figures(0);
    expect([f.offered, f.blocked, f.selfServed]).toEqual([0, 0, 0]);
    expect(f.probWait).toBeNaN();
    expect(Array.from(t.busySignals.values)).toEqual([1, 0, 0]);
    expect(t.openCountedCases).toBe(0);
  });
});

describe('phone tallies, first attempts', () => {
  it('counts first attempts as unique callers and the rest as redials, by type, by lane and in the incident window', () => {
    const t = new PhoneTallies({ grid: new BucketGrid(100, 3), laneTargetSeconds: [20, 60], laneIndexOfType: [0, 0, 1], incident: { start: 0, end: 100 } });
    // Two first attempts and one redial, all of type 0 and in the window.
    for (const x of [call(1, 0), call(2, 0), call(3, 0, true, 2)]) t.arrived(x);
    for (const f of [t.byType[0]!.figures(0), t.byLane[0]!.figures(0), t.incidentByLane[0]!.figures(0)]) {
      expect([f.offered, f.uniqueCallers, f.redials]).toEqual([3, 2, 1]);
    }
  });
});
