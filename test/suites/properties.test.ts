/** Invariants that hold for every scenario the parser accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CV } from '../../models/limits.ts';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { MISSION_IDS } from '../../models/missions/catalogue.ts';
import { MissionClock } from '../../models/missions/office-clock.ts';
import { MISSIONS } from '../../models/missions/catalogue.ts';
import { FUNNEL_OUTCOMES } from '../../models/results/funnel.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { accepted, rejected } from '../support/scenarios.ts';

const duration = fc.oneof(
  fc.record({ kind: fc.constant('exponential'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }) }),
  fc.record({ kind: fc.constant('lognormal'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }), cv: fc.oneof(fc.constant(0), fc.double({ min: MIN_CV, max: 3, noNaN: true })) }),
  fc.record({ kind: fc.constant('fixed'), seconds: fc.double({ min: 0, max: 900, noNaN: true }) }),
);

const scenarioJson = fc.record({
  servers: fc.integer({ min: 0, max: 8 }),
  callsPerHour: fc.double({ min: 0, max: 200, noNaN: true }),
  handle: duration,
  patience: fc.oneof(fc.constant({ kind: 'infinite' }), duration),
  lines: fc.option(fc.integer({ min: 1, max: 20 })),
  reserved: fc.integer({ min: 0, max: 3 }),
  redial: fc.boolean(),
  ivr: fc.boolean(),
}).map((p) => ({
  version: 1,
  name: 'generated',
  description: '',
  run: { days: 0.5, warmupHours: 1, drainLimitHours: 2 },
  arrivals: { callsPerHour: p.callsPerHour },
  callTypes: [
    { id: 'emergency', lane: 'emergency', share: 0.3, handleSeconds: p.handle, patienceSeconds: p.patience, selfServiceShare: 0 },
    { id: 'general', lane: 'general', share: 0.7, handleSeconds: p.handle, patienceSeconds: p.patience, selfServiceShare: p.ivr ? 0.5 : 0 },
  ],
  lanes: [
    { id: 'emergency', priority: 0, serviceLevelTargetSeconds: 10, reservedSeats: p.reserved },
    { id: 'general', priority: 1, serviceLevelTargetSeconds: 20 },
  ],
  ...(p.lines ? { trunk: { lines: p.lines } } : {}),
  ...(p.ivr ? { ivr: { menuSeconds: { kind: 'fixed', seconds: 10 }, selfServiceSeconds: { kind: 'exponential', meanSeconds: 60 } } } : {}),
  frontDesk: { seats: p.servers },
  ...(p.redial ? { redial: { afterBusyProbability: 0.5, afterAbandonProbability: 0.5, delaySeconds: { kind: 'exponential', meanSeconds: 120 }, maxAttempts: 3 } } : {}),
}));

/** Shares in steps of 0.1: fc.double favours values next to 0 and 1, which would leave the back office idle. */
const tenths = fc.integer({ min: 0, max: 10 }).map((k) => k / 10);

/** The same scenarios with the back office, missions and notifications, measured from time 0 (every call counted). */
const backOfficeJson = fc
  .record({
    base: scenarioJson,
    afterCall: fc.record({
      liveTransferShare: tenths,
      transferToOfficerShare: tenths,
      workOrderShare: tenths,
      forwardShare: tenths,
      escalationShare: tenths,
    }),
    secretaries: fc.integer({ min: 0, max: 4 }),
    officers: fc.integer({ min: 0, max: 3 }),
    work: duration,
    transferPatience: fc.oneof(fc.constant({ kind: 'infinite' }), duration),
    phones: fc.option(fc.record({ seats: fc.integer({ min: 0, max: 4 }), atLeast: fc.integer({ min: 1, max: 5 }) })),
    missions: fc.subarray(MISSION_IDS as string[], { minLength: 1, maxLength: 6 }),
    failureProbability: tenths,
    callsPerHour: fc.integer({ min: 20, max: 200 }),
  })
  .map((p) => {
    const minutes = (d: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(d).map(([k, v]) => [k.replace('Seconds', 'Minutes').replace(/^seconds$/, 'minutes'), typeof v === 'number' && k !== 'cv' ? v / 60 : v]));
    return {
      ...p.base,
      run: { ...p.base.run, warmupHours: 0 },
      arrivals: { callsPerHour: p.callsPerHour },
      callTypes: p.base.callTypes.map((t, i) => ({ ...t, afterCall: { ...p.afterCall, urgent: i === 0 } })),
      backOffice: {
        secretaries: { seats: p.secretaries },
        officers: { seats: p.officers },
        transferTalkSeconds: p.work,
        transferPatienceSeconds: p.transferPatience,
        secretaryWorkMinutes: minutes(p.work),
        officerReviewMinutes: minutes(p.work),
        ...(p.phones
          ? { phones: { seats: p.phones.seats, activation: { kind: 'queue-length', atLeast: p.phones.atLeast }, standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 10 } } }
          : {}),
      },
      missions: { weights: Object.fromEntries(p.missions.map((id, i) => [id, i + 1])) },
      notifications: {
        targetMinutes: 15,
        channels: [
          { id: 'wechat', delaySeconds: { kind: 'exponential', meanSeconds: 30 }, failureProbability: p.failureProbability, retries: 1 },
          { id: 'sms', delaySeconds: { kind: 'fixed', seconds: 20 }, failureProbability: p.failureProbability, retries: 0 },
        ],
      },
    };
  });

describe('call-centre invariants', () => {
  it('conserves calls: offered = self-served + answered + abandoned + blocked + still in system', () => {
    fc.assert(
      fc.property(scenarioJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const r = simulateCallCentre(accepted(json), { seed });
        for (const f of [...Object.values(r.byLane), ...Object.values(r.byCallType)]) {
          expect(f.selfServed + f.answered + f.abandoned + f.blocked + f.stillInSystem).toBe(f.offered);
          expect(f.stillInSystem).toBeGreaterThanOrEqual(0);
          if (f.answered > 0) expect(f.waitP50Seconds).toBeGreaterThanOrEqual(0);
          if (!Number.isNaN(f.serviceLevel)) expect(f.serviceLevel).toBeGreaterThanOrEqual(0);
          if (!Number.isNaN(f.serviceLevel)) expect(f.serviceLevel).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives identical results for the same seed', () => {
    fc.assert(
      fc.property(scenarioJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const scenario = accepted(json);
        expect(JSON.stringify(simulateCallCentre(scenario, { seed }))).toBe(JSON.stringify(simulateCallCentre(scenario, { seed })));
      }),
      { numRuns: 15 },
    );
  });

  it('never lets an emergency caller wait behind a later non-emergency caller for a seat', () => {
    fc.assert(
      fc.property(scenarioJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const waitingEmergency = new Map<number, number>();
        simulateCallCentre(accepted(json), {
          seed,
          trace: (r) => {
            if (r.lane === 'emergency' && r.event === 'queued') waitingEmergency.set(r.call!, r.t);
            if (r.lane === 'emergency' && (r.event === 'answered' || r.event === 'abandoned')) waitingEmergency.delete(r.call!);
            if (r.lane === 'general' && r.event === 'answered' && r.value! > 0) {
              // A general caller taken from the queue while an emergency caller who queued earlier still waits is a violation.
              for (const since of waitingEmergency.values()) expect(since).toBeGreaterThan(r.t - r.value!);
            }
          },
        });
      }),
      { numRuns: 30 },
    );
  });

  it('rejects bad input with issues that name a path, and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        for (const issue of rejected(junk)) expect(issue.path.length).toBeGreaterThan(0);
      }),
    );
  });

  it('follows every work order through its stages: created = completed + still open, and each step in order', () => {
    // The generator must reach the cases that matter, or the property proves nothing.
    let ordersSeen = 0;
    let waitedForOpening = 0;
    fc.assert(
      fc.property(backOfficeJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const scenario = accepted(json);
        const orders = new Map<number, TraceRecord[]>();
        const r = simulateCallCentre(scenario, {
          seed,
          trace: (record) => {
            if (record.order !== undefined) orders.set(record.order, [...(orders.get(record.order) ?? []), record]);
          },
        });
        const w = r.workOrders;
        let done = 0;
        for (const steps of orders.values()) {
          const events = steps.map((s) => s.event);
          expect(events[0]).toBe('work-order-created');
          for (let k = 1; k < steps.length; k++) expect(steps[k]!.t).toBeGreaterThanOrEqual(steps[k - 1]!.t);
          if (events.at(-1) === 'work-order-done') done++;
          const received = steps.find((s) => s.event === 'work-order-received');
          const sent = steps.find((s) => s.event === 'work-order-stage' && s.stage === 'mission');
          if (received && sent && received.t > sent.t) {
            // A routine order waited: it is received exactly when the mission's office opens.
            waitedForOpening++;
            const clock = new MissionClock(MISSIONS.find((m) => m.id === received.mission)!, scenario.run.startBeijing, received.t + 1);
            expect(clock.nextOpening(sent.t)).toBeCloseTo(received.t, 6);
          }
        }
        ordersSeen += orders.size;
        expect(w.created).toBe(orders.size);
        expect(w.completed).toBe(done);
        expect(w.open).toBe(orders.size - done);
        expect(w.stages.secretary.entered).toBe(w.created);
        expect(w.stages.officer.entered).toBeLessThanOrEqual(w.stages.secretary.entered);
        expect(w.stages.mission.entered).toBe(w.forwarded);
      }),
      { numRuns: 30 },
    );
    expect(ordersSeen).toBeGreaterThan(100);
    expect(waitedForOpening).toBeGreaterThan(0);
  });

  it('sends every call down the funnel once: its rows add up to the calls offered, and agree with the front-desk counts', () => {
    let pastTheFrontDesk = 0;
    fc.assert(
      fc.property(backOfficeJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const closed = new Map<string, number>();
        const arrived = new Map<string, number>();
        const r = simulateCallCentre(accepted(json), {
          seed,
          trace: (record) => {
            if (record.event === 'arrive') arrived.set(record.callType!, (arrived.get(record.callType!) ?? 0) + 1);
            if (record.event === 'case-closed') closed.set(`${record.callType}:${record.outcome}`, (closed.get(`${record.callType}:${record.outcome}`) ?? 0) + 1);
          },
        });
        for (const [type, f] of Object.entries(r.funnel)) {
          const calls = r.byCallType[type]!;
          expect(f.offered).toBe(arrived.get(type) ?? 0);
          let resolved = 0;
          for (const outcome of FUNNEL_OUTCOMES) {
            expect(f[outcome]).toBe(closed.get(`${type}:${outcome}`) ?? 0);
            resolved += f[outcome];
          }
          expect(f.inProgress).toBe(f.offered - resolved);
          expect(f.inProgress).toBeGreaterThanOrEqual(0);
          expect(f.selfService).toBe(calls.selfServed);
          expect(f.blocked).toBe(calls.blocked);
          expect(f.abandonedFront).toBe(calls.abandoned);
          expect(f.frontDesk + f.backOffice + f.mission + f.consularProtectionCenter + f.abandonedTransfer).toBeLessThanOrEqual(calls.answered);
          pastTheFrontDesk += f.backOffice + f.mission + f.consularProtectionCenter + f.abandonedTransfer;
        }
      }),
      { numRuns: 30 },
    );
    expect(pastTheFrontDesk).toBeGreaterThan(100);
  });
});
