/**
 * The trace is a complete account: replaying a replication's trace through the trainer's
 * reducer reproduces the engine's counts for it exactly, for any accepted scenario.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCallCentre, stepCallCentre, type ReplicationResult } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { applyRecord, emptyFloor, floorConfig, follow, serviceLevel, waitingByLane, type FloorState } from '../../src/trainer/floor-state.ts';
import { wholeScenarioJson } from '../support/generators.ts';
import { accepted, bundled } from '../support/scenarios.ts';

function replay(scenario: Scenario, seed: number, days?: number): { floor: FloorState; result: ReplicationResult; records: TraceRecord[] } {
  const records: TraceRecord[] = [];
  const result = simulateCallCentre(scenario, { seed, days, trace: (r) => records.push(r) });
  const horizonSeconds = (days ?? scenario.run.days) * 86400;
  const floor = emptyFloor(floorConfig(scenario, { horizonSeconds, warmupSeconds: Math.min(scenario.run.warmupHours * 3600, horizonSeconds) }));
  for (const r of records) applyRecord(floor, r);
  return { floor, result, records };
}

function expectSameCounts(floor: FloorState, r: ReplicationResult): void {
  for (const [lane, f] of Object.entries(r.byLane)) {
    const c = floor.lanes[lane]!;
    expect({ lane, offered: c.offered, blocked: c.blocked, selfServed: c.selfServed, queued: c.queued, answered: c.answered, abandoned: c.abandoned }).toEqual({
      lane,
      offered: f.offered,
      blocked: f.blocked,
      selfServed: f.selfServed,
      queued: f.queued,
      answered: f.answered,
      abandoned: f.abandoned,
    });
    if (Number.isNaN(f.serviceLevel)) expect(serviceLevel(c)).toBeNaN();
    else expect(serviceLevel(c)).toBe(f.serviceLevel);
  }
  const w = r.workOrders;
  expect(floor.orders.created).toBe(w.created);
  expect(floor.orders.completed).toBe(w.completed);
  expect(floor.orders.forwarded).toBe(w.forwarded);
  for (const stage of ['secretary', 'officer', 'mission'] as const) expect(floor.orders.entered[stage], stage).toBe(w.stages[stage].entered);
  const n = r.notifications;
  expect(floor.notifications.sent).toBe(n.sent);
  expect(floor.notifications.delivered).toBe(n.delivered);
  expect(floor.notifications.failed).toBe(n.failed);
  expect(floor.notifications.byChannel).toEqual(n.byChannel);
}

describe('the trainer’s floor, replayed from the trace', () => {
  it('reproduces the engine’s counts per lane, per work-order stage and for notifications, for any scenario', () => {
    let answered = 0;
    let uncounted = 0;
    let notified = 0;
    fc.assert(
      fc.property(wholeScenarioJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const { floor, result, records } = replay(accepted(json), seed);
        expectSameCounts(floor, result);
        answered += Object.values(result.byLane).reduce((s, f) => s + f.answered, 0);
        uncounted += records.filter((r) => r.event === 'arrive' && r.t < floor.config.warmupSeconds).length;
        notified += result.notifications.sent;
      }),
      { numRuns: 40 },
    );
    // The generator reaches the cases that matter.
    expect(answered).toBeGreaterThan(500);
    expect(uncounted).toBeGreaterThan(50);
    expect(notified).toBeGreaterThan(20);
  });

  it('reproduces the counts of a major incident, and keeps the floor small', () => {
    const { floor, result } = replay(bundled('major-incident'), 12308, 4);
    expectSameCounts(floor, result);
    // Every call has left the phones; only cases still open stay on the floor.
    for (const call of floor.calls.values()) expect(['office', 'desk']).toContain(call.place);
    expect(Object.values(waitingByLane(floor)).every((n) => n === 0)).toBe(true);
  });

  it('follows a call with its whole journey so far, and keeps it after its case closes', () => {
    const scenario = bundled('baseline');
    const records: TraceRecord[] = [];
    const steps = stepCallCentre(scenario, { seed: 1, days: 1, trace: (r) => records.push(r) });
    const floor = emptyFloor(floorConfig(scenario, steps));
    steps.advance(6 * 3600);
    for (const r of records.splice(0)) applyRecord(floor, r);
    const onPhone = [...floor.calls.values()].find((c) => c.place === 'talk');
    expect(onPhone).toBeDefined();
    follow(floor, onPhone!.id);
    steps.advance(30 * 3600);
    for (const r of records.splice(0)) applyRecord(floor, r);
    const journey = floor.followed!.steps.map((s) => s[1]);
    expect(journey.slice(0, 3)).toEqual(['arrive', 'ivr', journey[2] === 'queued' ? 'queued' : 'answered']);
    expect(journey).toContain('case-closed');
    expect(floor.calls.has(onPhone!.id)).toBe(false);
  });
});
