/**
 * Theory checks that reach the parts of the model the classic ones leave out: several lanes
 * with patience, the IVR in front of the queue, the counting window, queue length under
 * abandonment. Tolerances as in theory.test.ts: the theoretical value within twice the
 * replications' 95% half-width, and a bound on that half-width so the check can fail.
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { runReplications } from '../../models/replications.ts';
import type { Estimate } from '../../src/engine/summary.ts';
import { erlangA, mmc } from '../../src/theory/queueing.ts';
import { textbookJson, textbookScenario, type TextbookQueue } from '../support/textbook.ts';
import { accepted } from '../support/scenarios.ts';

function expectCovers(estimate: Estimate, theory: number, maxRelativeHalfWidth: number) {
  expect(Math.abs(estimate.mean - theory)).toBeLessThanOrEqual(2 * estimate.halfWidth95 + 1e-12);
  expect(estimate.halfWidth95).toBeLessThanOrEqual(maxRelativeHalfWidth * Math.max(Math.abs(theory), 1e-9));
}

const summaryOf = (json: unknown, replications = 8) => runReplications(accepted(json), { seed: 4242, replications }).summary;

/** Mean and Student-t 95% half-width of 8 values (t(0.975, 7) = 2.3646). */
function estimate(values: number[]): Estimate {
  expect(values.length).toBe(8);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, halfWidth95: (2.3646 * sd) / Math.sqrt(values.length) } as Estimate;
}

describe('more of the model against queueing theory', () => {
  it('M/M/10+M: the time-average queue length matches Erlang A', () => {
    const q: TextbookQueue = { arrivalRates: [0.11], meanServiceSeconds: 100, servers: 10, meanPatienceSeconds: 60, days: 4, warmupHours: 6 };
    const s = runReplications(textbookScenario(q), { seed: 31, replications: 8 }).summary;
    const theory = erlangA({ arrivalRate: 0.11, serviceRate: 0.01, abandonRate: 1 / 60, servers: 10 });
    expectCovers(s.byLane.l0!.meanQueueLength, theory.meanQueueLength, 0.15);
  });

  it('two lanes with the same patience: pooled abandonment and queue length match single-lane Erlang A', () => {
    // With identical exponential service and patience, the number in system is the same
    // birth–death chain whatever the order of service, so the pooled figures are Erlang A's.
    const scenario = textbookScenario({ arrivalRates: [0.04, 0.07], meanServiceSeconds: 100, servers: 10, meanPatienceSeconds: 60, days: 4, warmupHours: 6 });
    const runs = Array.from({ length: 8 }, (_, i) => simulateCallCentre(scenario, { seed: 32, replication: i }));
    const theory = erlangA({ arrivalRate: 0.11, serviceRate: 0.01, abandonRate: 1 / 60, servers: 10 });
    const pooledAbandon = runs.map(({ byLane: { l0, l1 } }) => (l0!.abandoned + l1!.abandoned) / (l0!.queued + l1!.queued));
    const pooledQueue = runs.map(({ byLane: { l0, l1 } }) => l0!.meanQueueLength + l1!.meanQueueLength);
    expectCovers(estimate(pooledAbandon), theory.probAbandon, 0.1);
    expectCovers(estimate(pooledQueue), theory.meanQueueLength, 0.15);
    // Both lanes lose callers, the lower one more.
    const lanes = runs.map((r) => [r.byLane.l0!.abandonRate, r.byLane.l1!.abandonRate]);
    expect(lanes.every(([top, low]) => top! > 0 && low! > top!)).toBe(true);
  });

  it('an IVR menu before M/M/8: waits from queue entry match Erlang C; the self-served share is the one given (not applied twice)', () => {
    // The menu is an infinite-server delay: its output is Poisson again (Burke), at the rate of
    // callers who want a person. Waits count from leaving the menu, not from arriving.
    const json = {
      ...textbookJson({ arrivalRates: [0.1], meanServiceSeconds: 100, servers: 8, days: 6, warmupHours: 6 }),
      ivr: { menuSeconds: { kind: 'fixed', seconds: 45 }, selfServiceSeconds: { kind: 'exponential', meanSeconds: 60 } },
    };
    json.callTypes = json.callTypes.map((t) => ({ ...t, selfServiceShare: 0.4 }));
    const s = summaryOf(json);
    const lane = s.byLane.l0!;
    const selfServedShare = lane.selfServed.mean / lane.offered.mean;
    // Binomial share over about 0.1 × 138 h × 3600 × 8 ≈ 400,000 calls: error ≪ 0.01.
    expect(Math.abs(selfServedShare - 0.4)).toBeLessThan(0.01);
    const theory = mmc({ arrivalRate: 0.06, serviceRate: 0.01, servers: 8 });
    expectCovers(lane.meanWaitSeconds, theory.meanWait, 0.2);
    expectCovers(lane.probWait, theory.probWait, 0.1);
  });

  it('counts the calls of the measured window only: offered = λ × (days × 24 − warm-up) hours', () => {
    const q: TextbookQueue = { arrivalRates: [0.05], meanServiceSeconds: 100, servers: 10, days: 2, warmupHours: 12 };
    const s = runReplications(textbookScenario(q), { seed: 33, replications: 8 }).summary;
    // 0.05/s × 36 h × 3600 s/h = 6480; Poisson sd √6480 = 80 per replication.
    expectCovers(s.byLane.l0!.offered, 0.05 * 36 * 3600, 0.03);
  });
});

describe('the doubly stochastic volume against its theory', () => {
  it('daily arrivals of the whole model have variance mean + cv²·mean² (Jongbloed and Koole)', () => {
    // 1,500 days of 240 calls a day (10 an hour, flat), cv 0.25: Var = 240 + 0.0625 × 240² = 3840.
    // Relative sd of the sample variance √(2/(n−1) + 6cv²/n) = 4.2%: ±17% is 4 sd.
    const cv = 0.25;
    const n = 1500;
    const json = { ...textbookJson({ arrivalRates: [10 / 3600], meanServiceSeconds: 60, servers: 20, days: n, warmupHours: 0 }) };
    const scenario = accepted({ ...json, run: { ...json.run, bucketMinutes: 1440 }, arrivals: { ...json.arrivals, dailyVolumeCv: cv } });
    const perDay = simulateCallCentre(scenario, { seed: 34 }).series.arrivals.c0!;
    expect(perDay.length).toBe(n);
    const mean = perDay.reduce((a, b) => a + b, 0) / n;
    const variance = perDay.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    const theory = 240 + cv ** 2 * 240 ** 2;
    expect(Math.abs(mean - 240)).toBeLessThan(4 * Math.sqrt(theory / n));
    expect(Math.abs(variance / theory - 1)).toBeLessThan(4 * Math.sqrt(2 / (n - 1) + (6 * cv ** 2) / n));
  });
});
