/**
 * Independent oracles: each figure rebuilt from the trace, event by event, and held against
 * what the model counted — not the model's own counters against each other. Scenarios come
 * from generators that reach load (ρ from 0.3 to 1.3), with several lanes, reserves, IVR,
 * trunk limits, patience and redials at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCallCentre, type ReplicationResult } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { HOUR } from '../../src/engine/time.ts';
import { loadedParameters, loadedJson, RUN, type LoadedParameters } from '../support/generators.ts';
import { accepted } from '../support/scenarios.ts';

const HORIZON = RUN.days * 24 * HOUR;
const WARMUP = RUN.warmupHours * HOUR;
const OUTCOMES = ['blocked', 'self-served', 'answered', 'abandoned'] as const;

function traced(p: LoadedParameters, seed: number): { scenario: Scenario; result: ReplicationResult; log: TraceRecord[] } {
  const scenario = accepted(loadedJson(p));
  const log: TraceRecord[] = [];
  const result = simulateCallCentre(scenario, { seed, trace: (r) => log.push(r) });
  return { scenario, result, log };
}

/** How much load the generated scenarios reached: checked so the properties cannot pass idle. */
const reached = { overloaded: 0, waited: 0, blocked: 0, abandoned: 0, lowerLaneAnswers: 0 };

describe('figures rebuilt from the trace', () => {
  it('accounts for every attempt by exactly one outcome, and the counts per lane equal the figures', () => {
    fc.assert(
      fc.property(loadedParameters, fc.integer({ min: 0, max: 10_000 }), (p, seed) => {
        const { result, log } = traced(p, seed);
        const arrivedAt = new Map<number, { t: number; lane: string }>();
        const outcome = new Map<number, string>();
        for (const r of log) {
          if (r.event === 'arrive') arrivedAt.set(r.call!, { t: r.t, lane: r.lane! });
          if ((OUTCOMES as readonly string[]).includes(r.event)) {
            expect(outcome.has(r.call!), `call ${r.call} has two outcomes`).toBe(false);
            outcome.set(r.call!, r.event);
          }
        }
        expect(arrivedAt.size).toBe(result.run.attempts);
        const rebuilt = new Map<string, Record<string, number>>();
        for (const [call, { t, lane }] of arrivedAt) {
          if (t < WARMUP || t >= HORIZON) continue;
          const counts = rebuilt.get(lane) ?? { offered: 0, blocked: 0, 'self-served': 0, answered: 0, abandoned: 0, open: 0 };
          counts.offered!++;
          counts[outcome.get(call) ?? 'open']!++;
          rebuilt.set(lane, counts);
        }
        for (const [laneId, f] of Object.entries(result.byLane)) {
          const c = rebuilt.get(laneId) ?? { offered: 0, blocked: 0, 'self-served': 0, answered: 0, abandoned: 0, open: 0 };
          expect([f.offered, f.blocked, f.selfServed, f.answered, f.abandoned, f.stillInSystem]).toEqual([c.offered, c.blocked, c['self-served'], c.answered, c.abandoned, c.open]);
          reached.blocked += f.blocked;
          reached.abandoned += f.abandoned;
        }
        if (p.load >= 1) reached.overloaded++;
      }),
      { numRuns: 40 },
    );
    expect(reached.overloaded).toBeGreaterThan(5);
    expect(reached.blocked).toBeGreaterThan(0);
    expect(reached.abandoned).toBeGreaterThan(0);
  });

  it('answers no caller of a lower lane while one of a higher lane waits (strict priority, at load)', () => {
    fc.assert(
      fc.property(loadedParameters.filter((p) => p.lanes > 1), fc.integer({ min: 0, max: 10_000 }), (p, seed) => {
        const { log } = traced(p, seed);
        const waiting = new Map<string, Set<number>>();
        for (const r of log) {
          if (r.event === 'queued') waiting.set(r.lane!, (waiting.get(r.lane!) ?? new Set()).add(r.call!));
          if (r.event === 'abandoned') waiting.get(r.lane!)?.delete(r.call!);
          if (r.event !== 'answered') continue;
          waiting.get(r.lane!)?.delete(r.call!);
          const rank = Number(r.lane!.slice(1));
          if (rank === 0) continue;
          reached.lowerLaneAnswers++;
          for (let higher = 0; higher < rank; higher++) {
            const ahead = waiting.get(`l${higher}`)?.size ?? 0;
            expect(ahead, `call ${r.call} of ${r.lane} answered at ${r.t} while ${ahead} of l${higher} wait`).toBe(0);
          }
          if (r.value! > 0) reached.waited++;
        }
      }),
      { numRuns: 30 },
    );
    expect(reached.waited).toBeGreaterThan(50);
  });

  it('keeps the top lane’s reserved seats from the other lanes: busy seats after a lower-lane answer ≤ seats − reserve', () => {
    fc.assert(
      fc.property(loadedParameters.filter((p) => p.lanes > 1 && p.reserved > 0), fc.integer({ min: 0, max: 10_000 }), (p, seed) => {
        const { log } = traced(p, seed);
        const freedBy = p.afterCallWorkSeconds ? 'wrap-up-ended' : 'talk-ended';
        let busy = 0;
        for (const r of log) {
          if (r.event === 'answered') {
            busy++;
            expect(busy).toBeLessThanOrEqual(p.servers);
            if (r.lane !== 'l0') expect(busy).toBeLessThanOrEqual(p.servers - p.reserved);
          }
          if (r.event === freedBy) busy--;
        }
      }),
      { numRuns: 25 },
    );
  });

  it('gives a busy signal only when every trunk line is in use, and never uses more lines than there are', () => {
    let signals = 0;
    fc.assert(
      fc.property(loadedParameters.filter((p) => p.extraLines !== null), fc.integer({ min: 0, max: 10_000 }), (p, seed) => {
        const { scenario, log } = traced(p, seed);
        const limit = scenario.trunk!.lines;
        let lines = 0;
        /** The call that arrived when every line was in use: its next record must be the busy signal. */
        let mustBeBlocked: number | undefined;
        for (const r of log) {
          if (r.event === 'blocked') {
            expect(r.call, `busy signal with ${lines} of ${limit} lines in use`).toBe(mustBeBlocked);
            signals++;
          } else if (mustBeBlocked !== undefined) {
            throw new Error(`call ${mustBeBlocked} found all ${limit} lines in use but got no busy signal`);
          }
          mustBeBlocked = undefined;
          if (r.event === 'arrive') {
            if (lines === limit) mustBeBlocked = r.call;
            else lines++;
          }
          // The line is freed when the caller hangs up.
          if (r.event === 'self-served' || r.event === 'abandoned' || r.event === 'talk-ended') lines--;
          expect(lines).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 30 },
    );
    expect(signals).toBeGreaterThan(0);
  });

  it('builds the per-interval service level and abandonment series from every call, as the trace counts them', () => {
    fc.assert(
      fc.property(loadedParameters, fc.integer({ min: 0, max: 10_000 }), (p, seed) => {
        const { result, log } = traced(p, seed);
        const width = result.series.bucketSeconds;
        for (const [laneId, series] of Object.entries(result.series.serviceLevel)) {
          const within = new Float64Array(series.length);
          const resolved = new Float64Array(series.length);
          const abandoned = new Float64Array(series.length);
          for (const r of log) {
            if (r.lane !== laneId || r.t >= HORIZON) continue;
            const b = Math.floor(r.t / width);
            if (r.event === 'answered') {
              resolved[b]!++;
              if (r.value! <= 20) within[b]!++;
            }
            if (r.event === 'abandoned') {
              resolved[b]!++;
              abandoned[b]!++;
            }
          }
          expect(series).toEqual(Array.from(resolved, (n, b) => (n > 0 ? within[b]! / n : NaN)));
          expect(result.series.abandoned[laneId]).toEqual(Array.from(abandoned));
        }
      }),
      { numRuns: 25 },
    );
  });
});
