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

  it('adds each surge’s extra calls, the ramp’s triangle and the decay’s integral, cut at the end of the run', () => {
    // 10 calls an hour for a week (168 h); a surge ×4 with a 60-minute ramp and a 10-hour
    // half-life adds 3 × 10 calls an hour over 0.5 + 10 / ln 2 hours.
    const surge = { startHour: 24, rampMinutes: 60, halfLifeHours: 10, peakMultiplier: 4 };
    const week = { run: { days: 7 }, arrivals: { callsPerHour: 10 }, surges: [surge] };
    const perReplication = (surges: readonly (typeof surge)[]) => estimateRunCost({ ...week, surges }, { replications: 1 }).attemptsPerReplication;
    expect(perReplication([surge])).toBeCloseTo(1680 + 30 * (0.5 + 10 / Math.LN2), 9);
    // Starting 8 hours before the end, only those 8 hours count.
    expect(perReplication([{ ...surge, startHour: 160 }])).toBeCloseTo(1680 + 30 * 8, 9);
    // Starting at the end or after, nothing.
    expect(perReplication([{ ...surge, startHour: 168 }])).toBe(1680);
    expect(perReplication([{ ...surge, startHour: 200 }])).toBe(1680);
    expect(perReplication([surge, { ...surge, startHour: 160 }])).toBeCloseTo(1680 + 30 * (0.5 + 10 / Math.LN2) + 30 * 8, 9);
  });

  it('allows a round of redials at the likelier of the two redial chances, and times the attempts at the calibrated speed', () => {
    const week = { run: { days: 7 }, arrivals: { callsPerHour: 10 }, surges: [] };
    expect(estimateRunCost({ ...week, redial: { afterBusyProbability: 0.3, afterAbandonProbability: 0.6 } }, { replications: 1 }).attemptsPerReplication).toBeCloseTo(1680 * 1.6, 9);
    expect(estimateRunCost({ ...week, redial: { afterBusyProbability: 0.5, afterAbandonProbability: 0.2 } }, { replications: 1 }).attemptsPerReplication).toBeCloseTo(1680 * 1.5, 9);
    // No missions section at all: no forwarded calls.
    expect(estimateRunCost(week, { replications: 1 }).attemptsPerReplication).toBe(1680);
    // 300,000 attempts a second a core (README): 3,000,000 attempts take 10 s on one, 5 s on two.
    const heavy = { ...week, arrivals: { callsPerHour: 3_000_000 / 168 } };
    expect(estimateRunCost(heavy, { replications: 1 }).seconds).toBeCloseTo(10, 9);
    expect(estimateRunCost(heavy, { replications: 2, cores: 2 }).seconds).toBeCloseTo(10, 9);
  });

  it('steps progress by the load per simulated second, whatever the length of the run', () => {
    const heavy = { run: { days: 28 }, arrivals: { callsPerHour: 1e6 }, surges: [] };
    expect(progressStepSeconds(heavy, 7)).toBeCloseTo(progressStepSeconds(heavy, 28), 9);
    // 0.5 s of wall time at 300,000 attempts a second, at 1e6 / 3600 attempts a simulated second.
    expect(progressStepSeconds(heavy, 7)).toBeCloseTo((0.5 * 300_000 * 3600) / 1e6, 9);
  });

  it('says the time in words', () => {
    expect([1, 90, 90 * 60, 48 * 3600].map(describeDuration)).toEqual(['about 1 seconds', 'about 2 minutes', 'about 2 hours', 'about 2 days']);
    expect([0.2, 30, 600, 5 * 3600, 5 * 86_400].map(describeDuration)).toEqual(['under a second', 'about 30 seconds', 'about 10 minutes', 'about 5 hours', 'about 5 days']);
  });
});
