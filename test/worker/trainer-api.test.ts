/** The trainer's worker API, called directly: batches paced by the caller, jumps forward and back. */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { applyRecord, emptyFloor } from '../../src/trainer/floor-state.ts';
import { createTrainerApi } from '../../src/worker/trainer-api.ts';
import { bundled, bundledJson } from '../support/scenarios.ts';

const options = { seed: 4, replication: 1, days: 2 };

describe('the trainer’s worker', () => {
  it('streams the replication’s whole trace in batches up to the times asked', () => {
    const whole: TraceRecord[] = [];
    simulateCallCentre(bundled('baseline'), { ...options, trace: (r) => whole.push(r) });
    const api = createTrainerApi();
    const opened = api.open(bundledJson('baseline'), options);
    expect(opened.ok).toBe(true);
    const got: TraceRecord[] = [];
    let until = 0;
    for (let done = false; !done; ) {
      until += 5000;
      const batch = api.advance(until);
      for (const r of batch.records) expect(r.t).toBeLessThanOrEqual(until);
      got.push(...batch.records);
      done = batch.done;
    }
    expect(got).toEqual(whole);
  });

  it('jumps forward to the floor a full replay would show, and back by starting again', () => {
    const api = createTrainerApi();
    const opened = api.open(bundledJson('baseline'), options);
    if (!opened.ok) throw new Error('not opened');
    const replay = (to: number) => {
      const floor = emptyFloor(opened.config);
      simulateCallCentre(bundled('baseline'), { ...options, days: 2, trace: (r) => (r.t <= to ? applyRecord(floor, r) : undefined) });
      return floor;
    };
    api.advance(3600);
    const ahead = api.jump(20 * 3600).floor;
    const expected = replay(20 * 3600);
    expect(ahead.lanes).toEqual(expected.lanes);
    expect([...ahead.calls.keys()]).toEqual([...expected.calls.keys()]);
    const back = api.jump(5 * 3600).floor;
    expect(back.lanes).toEqual(replay(5 * 3600).lanes);
    // And play goes on from there.
    const next = api.advance(6 * 3600);
    expect(next.records[0]!.t).toBeGreaterThan(5 * 3600 - 1);
  });

  it('refuses a bad scenario with issues', () => {
    const opened = createTrainerApi().open({ version: 1 }, options);
    expect(opened.ok).toBe(false);
  });
});
