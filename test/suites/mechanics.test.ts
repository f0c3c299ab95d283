/**
 * The caller's journey with fixed times, asserted on a short log of what happened
 * (arrivals are still random, so each test reads the trace rather than assuming times).
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { accepted } from '../support/scenarios.ts';

function scenario(overrides: Record<string, unknown>) {
  const json = {
    version: 1,
    name: 'mechanics',
    description: '',
    run: { days: 1, warmupHours: 0 },
    arrivals: { callsPerHour: 30 },
    callTypes: [{ id: 'general', lane: 'general', share: 1, handleSeconds: { kind: 'fixed', seconds: 600 }, patienceSeconds: { kind: 'fixed', seconds: 120 } }],
    lanes: [{ id: 'general', priority: 0, serviceLevelTargetSeconds: 20 }],
    frontDesk: { seats: 1 },
    ...overrides,
  };
  return accepted(json);
}

function trace(s: ReturnType<typeof scenario>, seed = 7) {
  const log: TraceRecord[] = [];
  const result = simulateCallCentre(s, { seed, trace: (r) => log.push(r) });
  return { log, result };
}

describe('caller journey', () => {
  it('a waiting caller hangs up exactly at the end of their patience', () => {
    const { log } = trace(scenario({}));
    const abandoned = log.filter((r) => r.event === 'abandoned');
    expect(abandoned.length).toBeGreaterThan(0);
    for (const r of abandoned) {
      const queued = log.find((q) => q.event === 'queued' && q.call === r.call)!;
      expect(r.t - queued.t).toBeCloseTo(120, 9);
      expect(r.value).toBeCloseTo(120, 9);
    }
  });

  it('a seat is busy for exactly the handle time plus after-call work', () => {
    const s = scenario({ callTypes: [{ id: 'general', lane: 'general', share: 1, handleSeconds: { kind: 'fixed', seconds: 300 }, afterCallWorkSeconds: { kind: 'fixed', seconds: 60 }, patienceSeconds: { kind: 'infinite' } }] });
    const { log } = trace(s);
    const answered = log.filter((r) => r.event === 'answered');
    for (const a of answered.slice(1)) {
      const previous = answered[answered.indexOf(a) - 1]!;
      expect(a.t - previous.t).toBeGreaterThanOrEqual(360 - 1e-9);
    }
    const ended = log.find((r) => r.event === 'wrap-up-ended')!;
    const start = log.find((r) => r.event === 'answered' && r.call === ended.call)!;
    expect(ended.t - start.t).toBeCloseTo(360, 9);
  });

  it('no seat on duty in the night shift: callers wait until the morning shift starts', () => {
    // One seat from 08:00 to 20:00 Beijing time, none at night.
    const seats = Array.from({ length: 48 }, (_, i) => (i >= 16 && i < 40 ? 1 : 0));
    const s = scenario({ frontDesk: { seats }, callTypes: [{ id: 'general', lane: 'general', share: 1, handleSeconds: { kind: 'fixed', seconds: 60 }, patienceSeconds: { kind: 'infinite' } }] });
    const { log } = trace(s);
    const answered = log.filter((r) => r.event === 'answered');
    expect(answered.every((r) => r.t % 86_400 >= 8 * 3600 - 1e-6 && r.t % 86_400 < 20 * 3600)).toBe(true);
    expect(answered[0]!.t).toBeCloseTo(8 * 3600, 6);
  });

  it('a busy signal when all lines are taken, and redials after it', () => {
    const s = scenario({
      trunk: { lines: 1 },
      redial: { afterBusyProbability: 1, afterAbandonProbability: 0, delaySeconds: { kind: 'fixed', seconds: 90 }, maxAttempts: 2 },
    });
    const { log, result } = trace(s);
    const blocked = log.filter((r) => r.event === 'blocked');
    expect(blocked.length).toBeGreaterThan(0);
    const redialled = log.filter((r) => r.event === 'arrive' && r.value === 2);
    expect(redialled.length).toBeGreaterThan(0);
    for (const r of redialled) {
      const first = log.find((b) => b.event === 'blocked' && b.caller === r.caller)!;
      expect(r.t - first.t).toBeCloseTo(90, 9);
    }
    expect(result.byLane.general!.redials).toBe(result.byLane.general!.offered - result.byLane.general!.uniqueCallers);
  });

  it('standby seats come on line after their call-in delay once the queue is long enough', () => {
    const s = scenario({
      arrivals: { callsPerHour: 120 },
      callTypes: [{ id: 'general', lane: 'general', share: 1, handleSeconds: { kind: 'fixed', seconds: 600 }, patienceSeconds: { kind: 'infinite' } }],
      frontDesk: { seats: 2 },
      standby: {
        seats: 3,
        callInDelayMinutes: { kind: 'fixed', minutes: 30 },
        checkEveryMinutes: 1,
        activation: { kind: 'queue-length', atLeast: 5 },
        standDown: { kind: 'never' },
      },
    });
    const { log, result } = trace(s);
    const activate = log.find((r) => r.event === 'standby-activate')!;
    const online = log.filter((r) => r.event === 'standby-on-line');
    expect(online.map((r) => r.value)).toEqual([1, 2, 3]);
    for (const r of online) expect(r.t - activate.t).toBeCloseTo(1800, 6);
    expect(log.some((r) => r.event === 'answered' && r.group === 'standby' && r.t >= activate.t + 1800)).toBe(true);
    expect(result.standby.activations).toBe(1);
    expect(result.standby.meanCallInMinutes).toBeCloseTo(30, 9);
  });

  it('IVR self-service resolves the chosen share and never reaches a seat', () => {
    const s = scenario({
      callTypes: [{ id: 'general', lane: 'general', share: 1, selfServiceShare: 1, handleSeconds: { kind: 'fixed', seconds: 60 }, patienceSeconds: { kind: 'infinite' } }],
      ivr: { menuSeconds: { kind: 'fixed', seconds: 15 }, selfServiceSeconds: { kind: 'fixed', seconds: 45 } },
    });
    const { log, result } = trace(s);
    expect(log.some((r) => r.event === 'answered')).toBe(false);
    const served = log.find((r) => r.event === 'self-served')!;
    const arrived = log.find((r) => r.event === 'arrive' && r.call === served.call)!;
    expect(served.t - arrived.t).toBeCloseTo(60, 9);
    expect(result.byLane.general!.selfServed).toBe(result.byLane.general!.offered);
  });
  it('the service-level policy calls standby in when the recent service level drops, and stands them down when quiet', () => {
    const s = scenario({
      arrivals: { callsPerHour: 6 },
      callTypes: [{ id: 'general', lane: 'general', share: 1, handleSeconds: { kind: 'exponential', meanSeconds: 300 }, patienceSeconds: { kind: 'infinite' } }],
      frontDesk: { seats: 2 },
      surges: [{ startHour: 6, rampMinutes: 0, peakMultiplier: 8, halfLifeHours: 1, extraMix: { general: 1 } }],
      standby: {
        seats: 4,
        callInDelayMinutes: { kind: 'fixed', minutes: 10 },
        checkEveryMinutes: 1,
        activation: { kind: 'service-level', lane: 'general', below: 0.5, windowMinutes: 30 },
        standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 60, minOnDutyMinutes: 30 },
      },
    });
    const { log } = trace(s);
    const activations = log.filter((r) => r.event === 'standby-activate');
    expect(activations.length).toBeGreaterThan(0);
    for (const a of activations) {
      // Service level below 50% needs at least one late answer in the window just before.
      const late = log.filter((r) => r.event === 'answered' && r.t > a.t - 31 * 60 && r.t <= a.t && r.value! > 20);
      expect(late.length).toBeGreaterThan(0);
    }
    const first = activations[0]!;
    expect(log.some((r) => r.event === 'standby-stand-down' && r.t >= first.t + 30 * 60)).toBe(true);
  });
});
