/** Invariants that hold for every scenario the parser accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { parseScenario } from '../../models/scenario.ts';

const duration = fc.oneof(
  fc.record({ kind: fc.constant('exponential'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }) }),
  fc.record({ kind: fc.constant('lognormal'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }), cv: fc.double({ min: 0, max: 3, noNaN: true }) }),
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

/** Every generated scenario must be accepted: the generator only writes valid ones. */
function accepted(json: unknown) {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(`generated scenario rejected: ${JSON.stringify(parsed.issues)}`);
  return parsed.scenario;
}

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
        const parsed = parseScenario(junk);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) for (const issue of parsed.issues) expect(issue.path.length).toBeGreaterThan(0);
      }),
    );
  });
});
