/**
 * The engine against queueing theory. Each check runs independent replications and asks
 * that the theoretical value lie within the replications' 95% confidence interval widened
 * by 1.5 (so a correct engine fails with probability well below 1%, and the seeds are
 * fixed, so the outcome is reproducible), and that the interval is tight enough to mean
 * something (relative half-width bounds below).
 */
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../models/replications.ts';
import type { Estimate } from '../../src/engine/summary.ts';
import { erlangA, erlangB, mmc, mmcK, priorityMMC } from '../../src/theory/queueing.ts';
import { textbookScenario, type TextbookQueue } from '../support/textbook.ts';

function run(q: TextbookQueue, replications = 8) {
  return runReplications(textbookScenario(q), { seed: 2024, replications }).summary;
}

function expectCovers(estimate: Estimate, theory: number, maxRelativeHalfWidth: number) {
  expect(Math.abs(estimate.mean - theory)).toBeLessThanOrEqual(1.5 * estimate.halfWidth95 + 1e-12);
  expect(estimate.halfWidth95).toBeLessThanOrEqual(maxRelativeHalfWidth * Math.max(Math.abs(theory), 1e-9));
}

describe('engine vs queueing theory', () => {
  it('M/M/20 at 90% load matches Erlang C (wait probability, mean wait, queue length, occupancy)', () => {
    const q = { arrivalRates: [0.18], meanServiceSeconds: 100, servers: 20, days: 4, warmupHours: 6 };
    const s = run(q);
    const theory = mmc({ arrivalRate: 0.18, serviceRate: 0.01, servers: 20 });
    const lane = s.byLane.l0!;
    expectCovers(lane.probWait, theory.probWait, 0.1);
    expectCovers(lane.meanWaitSeconds, theory.meanWait, 0.2);
    expectCovers(lane.meanQueueLength, theory.meanQueueLength, 0.2);
    expectCovers(lane.serviceLevel, theory.serviceLevel(20), 0.05);
    expectCovers(s.pools.front!.occupancy, theory.occupancy, 0.02);
  });

  it('M/M/10+M matches Erlang A (abandonment, wait probability, service level)', () => {
    const q = { arrivalRates: [0.11], meanServiceSeconds: 100, servers: 10, meanPatienceSeconds: 60, days: 4, warmupHours: 6 };
    const s = run(q);
    const theory = erlangA({ arrivalRate: 0.11, serviceRate: 0.01, abandonRate: 1 / 60, servers: 10 });
    const lane = s.byLane.l0!;
    expectCovers(lane.abandonRate, theory.probAbandon, 0.1);
    expectCovers(lane.probWait, theory.probWait, 0.05);
    expectCovers(lane.serviceLevel, theory.serviceLevel(20), 0.05);
    expectCovers(lane.meanWaitSeconds, theory.meanWaitServed, 0.1);
  });

  it('M/M/8/8 (lines = seats) matches Erlang B for busy signals', () => {
    const q = { arrivalRates: [0.06], meanServiceSeconds: 100, servers: 8, lines: 8, days: 4, warmupHours: 6 };
    const s = run(q);
    expectCovers(s.byLane.l0!.blockRate, erlangB(8, 6), 0.1);
  });

  it('M/M/5/12 (finite lines) matches the birth–death solution', () => {
    const q = { arrivalRates: [0.05], meanServiceSeconds: 100, servers: 5, lines: 12, days: 4, warmupHours: 6 };
    const s = run(q);
    const theory = mmcK({ arrivalRate: 0.05, serviceRate: 0.01, servers: 5, capacity: 12 });
    expectCovers(s.byLane.l0!.blockRate, theory.probBlock, 0.15);
    expectCovers(s.byLane.l0!.meanWaitSeconds, theory.meanWait, 0.15);
  });

  it('two priority lanes on M/M/10 match Cobham’s non-preemptive priority formula', () => {
    const q = { arrivalRates: [0.03, 0.06], meanServiceSeconds: 100, servers: 10, days: 6, warmupHours: 6 };
    const s = run(q);
    const theory = priorityMMC({ arrivalRates: [0.03, 0.06], serviceRate: 0.01, servers: 10 });
    expectCovers(s.byLane.l0!.meanWaitSeconds, theory.classes[0]!.meanWait, 0.25);
    expectCovers(s.byLane.l1!.meanWaitSeconds, theory.classes[1]!.meanWait, 0.2);
  });
});
