import { describe, expect, it } from 'vitest';
import { runReplications } from '../../models/replications.ts';
import { inProcessWorker } from '../../src/planning/experiments.ts';
import { runSweep, sweepPoints } from '../../src/planning/sweep.ts';
import { accepted, bundledJson } from '../support/scenarios.ts';

describe('sweeps', () => {
  it('takes every combination, the first parameter slowest', () => {
    expect(sweepPoints([{ path: 'a', values: [1, 2] }, { path: 'b', values: ['x', 'y'] }])).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
    ]);
  });

  it('runs each point as its own scenario with the same seed (common random numbers)', async () => {
    const base = bundledJson('major-incident') as { standby: { seats: number } };
    const options = { seed: 3, replications: 2, days: 3 };
    const outcome = await runSweep([inProcessWorker(), inProcessWorker()], base, [{ path: 'standby.seats', values: [10, 30] }], options);
    if (!outcome.ok) throw new Error('sweep failed');
    expect(outcome.points.map((p) => p.values)).toEqual([{ 'standby.seats': 10 }, { 'standby.seats': 30 }]);
    base.standby.seats = 30;
    expect(outcome.points[1]!.result.summary).toEqual(runReplications(accepted(base), options).summary);
    // The same callers at both points: the same offered calls of the first attempt.
    expect(outcome.points[0]!.result.summary.byLane.general!.uniqueCallers).toEqual(outcome.points[1]!.result.summary.byLane.general!.uniqueCallers);
  });

  it('refuses a value the parser refuses, naming the point and the field', async () => {
    const outcome = await runSweep([inProcessWorker()], bundledJson('major-incident'), [{ path: 'standby.seats', values: [10, -1] }], { seed: 1, replications: 1, days: 1 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.cancelled) return;
    expect(outcome.issues.map((i) => i.path)).toEqual(['point standby.seats=-1: standby.seats']);
  });
});
