/**
 * The early-2015 replay reproduces the one published share it is tuned to: 19,606 of 61,466
 * calls handled by staff (31.9%). Five replications of the scenario's own four weeks (about
 * 9,500 attempts each; a few seconds in all) from a fixed seed give a 95% t-interval for the
 * staff-handled share (answered ÷ attempts). The interval must cover 31.9% and be narrower
 * than 3 points, so that the test can fail: a replay that drifted by a point or two, or one
 * whose share varied too much to say, would not pass.
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { bundled } from '../support/scenarios.ts';

const PUBLISHED = 19_606 / 61_466;
const REPLICATIONS = 5;
/** t quantile 0.975 with 4 degrees of freedom. */
const T_975_4 = 2.776_445_105;

describe('replay-2015.json', () => {
  const scenario = bundled('replay-2015');

  it('reproduces the published staff-handled share of early 2015 (31.9%) within its 95% interval', () => {
    const shares = Array.from({ length: REPLICATIONS }, (_, replication) => {
      const result = simulateCallCentre(scenario, { seed: 12308, replication });
      const types = Object.values(result.byCallType);
      const answered = types.reduce((sum, t) => sum + t.answered, 0);
      const offered = types.reduce((sum, t) => sum + t.offered, 0);
      expect(offered, 'attempts in four weeks').toBeGreaterThan(8_000);
      return answered / offered;
    });
    const mean = shares.reduce((a, b) => a + b, 0) / REPLICATIONS;
    const sd = Math.sqrt(shares.reduce((a, s) => a + (s - mean) ** 2, 0) / (REPLICATIONS - 1));
    const halfWidth = (T_975_4 * sd) / Math.sqrt(REPLICATIONS);
    expect(halfWidth, 'half-width of the 95% interval').toBeLessThan(0.015);
    expect(Math.abs(mean - PUBLISHED), `staff-handled share ${mean.toFixed(4)} ± ${halfWidth.toFixed(4)} vs ${PUBLISHED.toFixed(4)}`).toBeLessThanOrEqual(halfWidth);
  });
});
