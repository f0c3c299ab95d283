/** Invariants that hold for every scenario the parser accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { MissionClock } from '../../models/missions/office-clock.ts';
import { MISSIONS } from '../../models/missions/catalogue.ts';
import { FUNNEL_OUTCOMES } from '../../models/results/funnel.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { loadedScenarioJson, wholeScenarioJson } from '../support/generators.ts';
import { accepted, rejected } from '../support/scenarios.ts';

/** Every tier at once, measured from time 0 (every call counted, so the trace and the counts cover the same calls). */
const backOfficeJson = wholeScenarioJson.map((json) => ({ ...json, run: { ...json.run, warmupHours: 0 } }));

describe('call-centre invariants', () => {
  // Conservation and strict priority are checked from the trace in oracles.test.ts.
  it('keeps every rate and percentile in its range, at any load', () => {
    fc.assert(
      fc.property(loadedScenarioJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const r = simulateCallCentre(accepted(json), { seed });
        for (const f of [...Object.values(r.byLane), ...Object.values(r.byCallType)]) {
          expect(f.stillInSystem).toBeGreaterThanOrEqual(0);
          for (const rate of [f.serviceLevel, f.probWait, f.abandonRate, f.blockRate]) if (!Number.isNaN(rate)) expect(rate).toBeGreaterThanOrEqual(0), expect(rate).toBeLessThanOrEqual(1);
          if (f.answered > 0) expect(f.waitP50Seconds).toBeLessThanOrEqual(f.waitP90Seconds * (1 + 1e-9));
          if (f.answered > 0) expect(f.waitP90Seconds).toBeLessThanOrEqual(f.maxWaitSeconds * 1.01 + 1e-9);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives identical results for the same seed', () => {
    fc.assert(
      fc.property(loadedScenarioJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const scenario = accepted(json);
        expect(JSON.stringify(simulateCallCentre(scenario, { seed }))).toBe(JSON.stringify(simulateCallCentre(scenario, { seed })));
      }),
      { numRuns: 15 },
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

  it('sends every counted call down the funnel once, in the row its journey in the trace leads to', () => {
    // Rebuilt from the journey's own events (busy signal, self-service, hang-ups, transfers,
    // work orders), not from the 'case-closed' record the funnel writes.
    let pastTheFrontDesk = 0;
    fc.assert(
      fc.property(backOfficeJson, fc.integer({ min: 0, max: 1000 }), (json, seed) => {
        const scenario = accepted(json);
        // Without after-call work, a call's front-desk part ends with its talk.
        expect(scenario.callTypes.every((t) => !t.afterCallWorkSeconds)).toBe(true);
        const horizon = scenario.run.days * 86_400;
        const journeys = new Map<number, { type: string; events: Set<string> }>();
        const r = simulateCallCentre(scenario, {
          seed,
          trace: (record) => {
            if (record.call === undefined || record.event === 'case-closed') return;
            if (record.event === 'arrive' && record.t < horizon) journeys.set(record.call, { type: record.callType!, events: new Set() });
            journeys.get(record.call)?.events.add(record.event === 'work-order-done' && record.stage === 'mission' ? 'order-done-at-mission' : record.event);
          },
        });
        const rows = new Map<string, Record<string, number>>();
        for (const { type, events } of journeys.values()) {
          const has = (e: string) => events.has(e);
          const row = has('blocked')
            ? 'blocked'
            : has('self-served')
              ? 'selfService'
              : has('abandoned')
                ? 'abandonedFront'
                : has('transfer-abandoned')
                  ? 'abandonedTransfer'
                  : has('work-order-received')
                    ? 'missionOrCenter'
                    : has('work-order-done')
                      ? 'backOfficeOrCenter'
                      : has('work-order-created')
                        ? 'inProgress'
                        : has('transfer-ended')
                          ? 'backOfficeOrCenter'
                          : has('transferred')
                            ? 'inProgress'
                            : has('talk-ended')
                              ? 'frontDesk'
                              : 'inProgress';
          const counts = rows.get(type) ?? {};
          counts[row] = (counts[row] ?? 0) + 1;
          counts.offered = (counts.offered ?? 0) + 1;
          rows.set(type, counts);
        }
        for (const [type, f] of Object.entries(r.funnel)) {
          const c = rows.get(type) ?? {};
          const n = (k: string) => c[k] ?? 0;
          expect([f.offered, f.blocked, f.selfService, f.abandonedFront, f.abandonedTransfer]).toEqual([n('offered'), n('blocked'), n('selfService'), n('abandonedFront'), n('abandonedTransfer')]);
          expect([f.frontDesk, f.inProgress]).toEqual([n('frontDesk'), n('inProgress')]);
          expect(f.mission + f.backOffice + f.consularProtectionCenter).toBe(n('missionOrCenter') + n('backOfficeOrCenter'));
          expect(f.mission).toBeLessThanOrEqual(n('missionOrCenter'));
          pastTheFrontDesk += f.backOffice + f.mission + f.consularProtectionCenter + f.abandonedTransfer;
        }
      }),
      { numRuns: 30 },
    );
    expect(pastTheFrontDesk).toBeGreaterThan(100);
  });
});
