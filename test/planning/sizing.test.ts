import { describe, expect, it } from 'vitest';
import { inProcessWorker } from '../../src/planning/experiments.ts';
import { sizeStandby } from '../../src/planning/sizing.ts';
import { bundledJson } from '../support/scenarios.ts';

describe('standby sizing', () => {
  /**
   * A short major incident (4 days, 3 replications, fixed seed): the answer must meet the
   * share and one seat fewer, if it was tried, must not (bisection), and every size tried
   * is reported in order.
   */
  it('finds the fewest standby seats meeting the goal in the share of incident hours', async () => {
    const outcome = await sizeStandby([inProcessWorker()], bundledJson('major-incident'), { seed: 12308, replications: 3, days: 4, lane: 'emergency', share: 0.7, maxSeats: 40 });
    if (!outcome.ok) throw new Error('sizing failed');
    const seats = outcome.tried.map((p) => p.seats);
    expect(seats).toEqual([...seats].sort((a, b) => a - b));
    expect(outcome.seats).toBe(29); // 0.702 of the hours at 29 seats, 0.649 at 28 (seed 12308)
    const answer = outcome.tried.find((p) => p.seats === outcome.seats)!;
    expect(answer.shareMeetingGoal).toBeGreaterThanOrEqual(0.7);
    const below = outcome.tried.find((p) => p.seats === outcome.seats! - 1);
    if (below) expect(below.shareMeetingGoal).toBeLessThan(0.7);
  });

  it('refuses a scenario without a surge', async () => {
    const outcome = await sizeStandby([inProcessWorker()], bundledJson('baseline'), { seed: 1, replications: 2, days: 2, lane: 'emergency', share: 0.9, maxSeats: 10 });
    expect(outcome.ok).toBe(false);
  });
});
