import { describe, expect, it } from 'vitest';
import { runReplications } from '../../../models/replications.ts';
import { describeDuration, estimateRunCost, progressStepSeconds } from '../../../models/scenario/run-cost.ts';
import { bundled } from '../../support/scenarios.ts';

describe('estimateRunCost', () => {
  it('is within a factor of two of the attempts a run really makes, surge included', () => {
    for (const name of ['baseline', 'major-incident'] as const) {
      const scenario = bundled(name);
      const real = runReplications(scenario, { seed: 1, replications: 2, days: 5 }).totals.attempts;
      const { attempts } = estimateRunCost(scenario, { replications: 2, days: 5 });
      expect(attempts / real, name).toBeGreaterThan(0.5);
      expect(attempts / real, name).toBeLessThan(2);
    }
  });

  it('scales with replications, days and the rate, and divides the time by the cores used', () => {
    const scenario = bundled('baseline');
    const one = estimateRunCost(scenario, { replications: 1, days: 10 });
    expect(estimateRunCost(scenario, { replications: 4, days: 20 }).attempts).toBeCloseTo(8 * one.attempts);
    expect(estimateRunCost(scenario, { replications: 4, days: 10, cores: 4 }).seconds).toBeCloseTo(one.seconds);
    expect(estimateRunCost(scenario, { replications: 1, days: 10, cores: 8 }).seconds).toBeCloseTo(one.seconds);
  });

  it('steps progress finely enough for a heavy load, never below a second nor above an hour', () => {
    const scenario = bundled('baseline');
    expect(progressStepSeconds(scenario, 28)).toBe(3600);
    const heavy = { ...scenario, arrivals: { ...scenario.arrivals, callsPerHour: 1e6 } };
    expect(progressStepSeconds(heavy, 28)).toBeLessThan(600);
    expect(progressStepSeconds(heavy, 28)).toBeGreaterThanOrEqual(1);
  });

  it('counts the calls missions forward after hours as if they were shut all week (an upper bound)', () => {
    const scenario = { run: { days: 7 }, arrivals: { callsPerHour: 10 }, surges: [], missions: { afterHoursForwarding: [{ callsPerHour: 2 }, { callsPerHour: 3 }] } };
    expect(estimateRunCost(scenario, { replications: 1 }).attemptsPerReplication).toBe((10 + 5) * 168);
    expect(estimateRunCost({ ...scenario, missions: { afterHoursForwarding: [] } }, { replications: 1 }).attemptsPerReplication).toBe(10 * 168);
  });

  it('says the time in words', () => {
    expect([0.2, 30, 600, 5 * 3600, 5 * 86_400].map(describeDuration)).toEqual(['under a second', 'about 30 seconds', 'about 10 minutes', 'about 5 hours', 'about 5 days']);
  });
});
