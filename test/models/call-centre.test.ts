/**
 * The composition root as a whole: a trace observes the run without changing it. (The
 * queueing-theory checks, properties and mechanics of the whole model are in test/suites.)
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre, stepCallCentre } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { HOUR } from '../../src/engine/time.ts';
import { accepted, bundled, type BundledName } from '../support/scenarios.ts';

describe('a traced run', () => {
  it.each<[BundledName, number]>([
    ['baseline', 3],
    ['major-incident', 4],
  ])('of %s gives the same figures and the same event count as an untraced one, in time order', (name, days) => {
    const scenario = bundled(name);
    const options = { seed: 11, replication: 2, days };
    const untraced = simulateCallCentre(scenario, options);
    const records: TraceRecord[] = [];
    const traced = simulateCallCentre(scenario, { ...options, trace: (r) => records.push(r) });
    expect(traced.run.events).toBe(untraced.run.events);
    expect(JSON.stringify(traced)).toBe(JSON.stringify(untraced));
    expect(records.filter((r) => r.event === 'arrive').length).toBe(untraced.run.attempts);
    // Notifications are decided ahead of their delivery: their records exercise the held, time-ordered path.
    expect(records.some((r) => r.event === 'notified')).toBe(true);
    for (let i = 1; i < records.length; i++) if (records[i]!.t < records[i - 1]!.t) throw new Error(`record ${i} goes back in time: ${JSON.stringify(records[i])}`);
  });
});

describe('a replication run in slices (the trainer’s stream)', () => {
  it('gives the same trace and the same figures as one run, whatever the slices', () => {
    const scenario = bundled('major-incident');
    const options = { seed: 3, replication: 1, days: 4 };
    const whole: TraceRecord[] = [];
    const one = simulateCallCentre(scenario, { ...options, trace: (r) => whole.push(r) });
    const sliced: TraceRecord[] = [];
    const steps = stepCallCentre(scenario, { ...options, trace: (r) => sliced.push(r) });
    let until = 0;
    for (let k = 0; !steps.done; k++) {
      until += 37 + ((k * 7919) % 4000);
      steps.advance(until);
      // Every record up to the slice's end is out, and none after it.
      if (!steps.done) expect(sliced.every((r) => r.t <= until)).toBe(true);
      if (!steps.done) expect(steps.now).toBeLessThanOrEqual(until);
    }
    expect(JSON.stringify(steps.finish())).toBe(JSON.stringify(one));
    expect(sliced).toEqual(whole);
    for (const event of ['ivr', 'duty', 'notify-start', 'notify-attempt', 'standby-called'] as const) expect(whole.some((r) => r.event === event), event).toBe(true);
  });
});

/** A small scenario from Monday 00:00 Beijing: one call type, fixed 5-minute calls, no patience limit. */
function small(overrides: Record<string, unknown> = {}) {
  return accepted({
    version: 1,
    name: 'small',
    description: '',
    run: { days: 1, warmupHours: 0, startBeijing: '2025-01-06T00:00', bucketMinutes: 60, drainLimitHours: 24 },
    arrivals: { callsPerHour: 10 },
    callTypes: [{ id: 'general', lane: 'general', share: 1, handleSeconds: { kind: 'fixed', seconds: 300 }, patienceSeconds: { kind: 'infinite' } }],
    lanes: [{ id: 'general', priority: 0, serviceLevelTargetSeconds: 20 }],
    frontDesk: { seats: 2 },
    ...overrides,
  });
}

/** One seat from 08:00 to 20:00 Beijing (8 h to 20 h, and 32 h to 44 h of the run): callers of the evening wait for the morning. */
const dayShift = (drainLimitHours: number) =>
  small({ run: { days: 1, warmupHours: 0, startBeijing: '2025-01-06T00:00', bucketMinutes: 60, drainLimitHours }, frontDesk: { seats: Array.from({ length: 48 }, (_, i) => (i >= 16 && i < 40 ? 1 : 0)) } });

describe('the run loop', () => {
  it('reports progress every hour of a one-day run (a hundredth of longer runs), or as asked, and the replication it ran', () => {
    const seen: number[] = [];
    const result = simulateCallCentre(small(), { seed: 4, replication: 2, onProgress: (p) => void (expect(p.horizonSeconds).toBe(24 * HOUR), seen.push(p.simulatedSeconds / HOUR)) });
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(result.run).toMatchObject({ seed: 4, replication: 2, horizonSeconds: 24 * HOUR, warmupSeconds: 0 });
    const every5h: number[] = [];
    expect(simulateCallCentre(small(), { seed: 4, progressEverySeconds: 5 * HOUR, onProgress: (p) => void every5h.push(p.simulatedSeconds / HOUR) }).run.replication).toBe(0);
    expect(every5h).toEqual([5, 10, 15, 20, 24]);
  });

  it('stops when the last case of the window is closed', () => {
    const records: TraceRecord[] = [];
    const result = simulateCallCentre(small(), { seed: 4, trace: (r) => records.push(r) });
    const closed = records.filter((r) => r.event === 'case-closed');
    expect(closed.length).toBe(result.run.attempts);
    expect(closed.at(-1)!.t).toBeGreaterThan(24 * HOUR); // the last call of the day ends after the horizon
    expect(result.run.endSeconds).toBe(closed.at(-1)!.t);
  });

  it('follows open cases up to the drain limit, events at the limit included, and no further', () => {
    // Drain limit at 32 h, when the morning seat comes on: it answers one caller then.
    const records: TraceRecord[] = [];
    const atLimit = simulateCallCentre(dayShift(8), { seed: 4, trace: (r) => records.push(r) });
    expect(atLimit.run.endSeconds).toBe(32 * HOUR);
    expect(records.filter((r) => r.event === 'answered' && r.t === 32 * HOUR).length).toBe(1);
    expect(atLimit.byLane.general!.stillInSystem).toBeGreaterThan(1);
    // Drain limit at 28 h: nothing happens between the horizon and then.
    const before = simulateCallCentre(dayShift(4), { seed: 4 });
    expect(before.run.endSeconds).toBe(24 * HOUR);
    expect(before.byLane.general!.stillInSystem).toBe(atLimit.byLane.general!.stillInSystem + 1);
  });
});

describe('a small replication run in slices', () => {
  it('gives the same trace and figures as one run; each slice runs every event up to its end and none after', () => {
    const scenario = dayShift(8);
    const whole: TraceRecord[] = [];
    const one = simulateCallCentre(scenario, { seed: 4, trace: (r) => whole.push(r) });
    const sliced: TraceRecord[] = [];
    const steps = stepCallCentre(scenario, { seed: 4, trace: (r) => sliced.push(r) });
    expect([steps.horizonSeconds, steps.warmupSeconds, steps.done]).toEqual([24 * HOUR, 0, false]);
    expect(() => steps.finish()).toThrow(/not over/);
    let until = 0;
    for (let k = 0; k < 1000 && until < 30 * HOUR; k++) {
      until += 1000 + ((k * 7919) % 3000);
      steps.advance(until);
      if (until < 24 * HOUR) expect(steps.now).toBe(until);
      expect(steps.now).toBeLessThanOrEqual(until);
      expect(sliced.every((r) => r.t <= until)).toBe(true);
      expect(sliced).toEqual(whole.filter((r) => r.t <= until));
    }
    expect(steps.done).toBe(false);
    // A slice ending exactly at the drain limit runs the events there (the morning seat's first answer) and ends the run.
    steps.advance(32 * HOUR);
    expect(steps.done).toBe(true);
    expect(sliced).toEqual(whole);
    expect(JSON.stringify(steps.finish())).toBe(JSON.stringify(one));
  });
});

describe('a replication whose drain is run in short slices', () => {
  it('measures the window once, at the horizon, whatever happens in the drain', () => {
    // Two seats all day: calls answered before the horizon end after it, while the run follows them.
    const scenario = small();
    const one = simulateCallCentre(scenario, { seed: 4 });
    const steps = stepCallCentre(scenario, { seed: 4 });
    steps.advance(24 * HOUR);
    for (let until = 24 * HOUR + 60; !steps.done && until < 26 * HOUR; until += 60) steps.advance(until);
    expect(steps.done).toBe(true);
    expect(JSON.stringify(steps.finish())).toBe(JSON.stringify(one));
  });
});
