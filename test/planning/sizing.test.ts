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
    // The bundled incident's emergency lane meets its goal without any standby seat (its reserve and
    // priority protect it), so the sizing is for the general lane: 80% of the incident hours on goal.
    const outcome = await sizeStandby([inProcessWorker()], bundledJson('major-incident'), { seed: 12308, replications: 3, days: 4, lane: 'general', share: 0.8, maxSeats: 40 });
    if (!outcome.ok) throw new Error('sizing failed');
    const seats = outcome.tried.map((p) => p.seats);
    expect(seats).toEqual([...seats].sort((a, b) => a - b));
    expect(outcome.seats).toBe(18); // 0.842 of the hours at 18 seats, 0.789 at 17 (seed 12308)
    const answer = outcome.tried.find((p) => p.seats === outcome.seats)!;
    expect(answer.shareMeetingGoal).toBeGreaterThanOrEqual(0.8);
    const below = outcome.tried.find((p) => p.seats === outcome.seats! - 1);
    if (below) expect(below.shareMeetingGoal).toBeLessThan(0.8);
  });

  it('refuses a scenario without a surge', async () => {
    const outcome = await sizeStandby([inProcessWorker()], bundledJson('baseline'), { seed: 1, replications: 2, days: 2, lane: 'emergency', share: 0.9, maxSeats: 10 });
    expect(outcome.ok).toBe(false);
  });
});
