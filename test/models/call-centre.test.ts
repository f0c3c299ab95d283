/**
 * The composition root as a whole: a trace observes the run without changing it. (The
 * queueing-theory checks, properties and mechanics of the whole model are in test/suites.)
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre, stepCallCentre } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { bundled, type BundledName } from '../support/scenarios.ts';

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
