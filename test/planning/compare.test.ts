import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../src/engine/summary.ts';
import { compareScenarios, type Comparison } from '../../src/planning/compare.ts';
import { inProcessWorker } from '../../src/planning/experiments.ts';
import { runReplications } from '../../models/replications.ts';
import { bundled, bundledJson } from '../support/scenarios.ts';

/** Every `{mean, halfWidth95}` of a summary. */
function* estimates(node: unknown, path = ''): Generator<[string, Estimate]> {
  if (node === null || typeof node !== 'object') return;
  if ('mean' in node && typeof node.mean === 'number') {
    yield [path, node as Estimate];
    return;
  }
  if ('mean' in node && Array.isArray(node.mean) && 'halfWidth95' in node && Array.isArray(node.halfWidth95)) {
    const hw = node.halfWidth95 as number[];
    for (const [i, mean] of (node.mean as number[]).entries()) yield [`${path}[${i}]`, { mean, halfWidth95: hw[i]! }];
    return;
  }
  for (const [key, child] of Object.entries(node)) yield* estimates(child, `${path}.${key}`);
}

const options = { seed: 12308, replications: 8, days: 7 };

describe('paired comparison with common random numbers', () => {
  it('gives differences of exactly zero for identical scenarios, and each side equals runReplications', async () => {
    const json = bundledJson('baseline');
    const outcome = (await compareScenarios([inProcessWorker(), inProcessWorker()], json, json, { ...options, replications: 3 })) as Comparison;
    expect(outcome.ok).toBe(true);
    let defined = 0;
    for (const [path, e] of estimates(outcome.difference)) {
      if (Number.isNaN(e.mean)) continue; // a figure undefined in every replication (a rate with no calls)
      defined++;
      // The half-width is NaN where the figure was defined in only one replication.
      expect([path, e.mean, Number.isNaN(e.halfWidth95) ? 0 : e.halfWidth95]).toEqual([path, 0, 0]);
    }
    expect(defined).toBeGreaterThan(10000) // series included;
    const alone = runReplications(bundled('baseline'), { ...options, replications: 3 });
    expect(outcome.a.summary).toEqual(alone.summary);
    expect(outcome.b.summary).toEqual(alone.summary);
  });

  it('detects front seats 20 → 16 on the baseline with the right sign and an interval excluding zero', async () => {
    const a = bundledJson('baseline');
    const b = bundledJson('baseline') as { frontDesk: { seats: unknown } };
    expect(a.frontDesk).toEqual({ seats: 20 });
    b.frontDesk.seats = 16;
    const { difference: d } = (await compareScenarios([inProcessWorker()], a, b, options)) as Comparison;
    const excludesZero = (e: Estimate, sign: 1 | -1) => sign * e.mean - e.halfWidth95 > 0;
    // Fewer seats: callers wait more often and longer, and fewer are answered within target.
    expect(excludesZero(d.byLane.general!.probWait, 1), JSON.stringify(d.byLane.general!.probWait)).toBe(true);
    expect(excludesZero(d.byLane.general!.meanWaitSeconds, 1)).toBe(true);
    expect(excludesZero(d.byLane.general!.serviceLevel, -1), JSON.stringify(d.byLane.general!.serviceLevel)).toBe(true);
    expect(excludesZero(d.pools.front!.occupancy, 1)).toBe(true);
    expect(d.pools.front!.meanSeatsOnDuty).toEqual({ mean: -4, halfWidth95: 0 });
  });
});
