import { beforeAll, describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { figuresOf, runReplications, type ExperimentProgress } from '../../models/replications.ts';
import { textbookScenario } from '../support/textbook.ts';

// M/M/2 with 72 calls an hour and 90 s talk, 12 hours: about 860 calls a replication.
const scenario = textbookScenario({ arrivalRates: [0.02], meanServiceSeconds: 90, servers: 2, days: 2, warmupHours: 1 });
const days = 0.5;
const single = [0, 1, 2].map((replication) => simulateCallCentre(scenario, { seed: 11, replication, days }));
const offered = single.map((r) => r.byLane.l0!.offered);

/** t(0.975, 2): with 2 degrees of freedom the t quantile is (2p − 1) / √(2p(1 − p)). */
const T_975_2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);

describe('runReplications', () => {
  // Run in beforeAll, not in the describe body, so that mutation testing sees which tests reach runReplications.
  let experiment: ReturnType<typeof runReplications>;
  beforeAll(() => {
    experiment = runReplications(scenario, { seed: 11, replications: 3, days });
  });

  it('averages replications 0, 1, 2 of the seed with a Student-t 95 % interval', () => {
    const mean = (offered[0]! + offered[1]! + offered[2]!) / 3;
    const sd = Math.sqrt(offered.reduce((s, x) => s + (x - mean) ** 2, 0) / 2);
    expect(new Set(offered).size).toBeGreaterThan(1); // the replications differ
    expect(experiment.summary.byLane.l0!.offered.mean).toBeCloseTo(mean, 9);
    expect(experiment.summary.byLane.l0!.offered.halfWidth95).toBeCloseTo((T_975_2 * sd) / Math.sqrt(3), 9);
  });

  it('reports the run it made and totals over the replications', () => {
    expect(experiment).toMatchObject({ scenario: 'textbook', seed: 11, replications: 3, days: 0.5, warmupHours: 1 });
    expect(experiment.totals).toEqual({
      events: single.reduce((s, r) => s + r.run.events, 0),
      attempts: single.reduce((s, r) => s + r.run.attempts, 0),
    });
    expect(runReplications(scenario, { seed: 11, replications: 1 }).days).toBe(2);
  });

  it('starts at firstReplication, so that an experiment splits over workers', () => {
    const third = runReplications(scenario, { seed: 11, replications: 1, days, firstReplication: 2 });
    expect(third.summary.byLane.l0!.offered.mean).toBe(offered[2]);
    expect(third.summary.byLane.l0!.offered.halfWidth95).toBeNaN();
  });

  it('reports progress with the replications done so far', () => {
    const seen: ExperimentProgress[] = [];
    runReplications(scenario, { seed: 11, replications: 2, days, onProgress: (p) => seen.push(p) });
    expect(seen.at(0)?.replicationsDone).toBe(0);
    expect(seen.at(-1)).toMatchObject({ replicationsDone: 1, replications: 2, current: { simulatedSeconds: 12 * 3600, horizonSeconds: 12 * 3600 } });
    expect(seen.map((p) => p.replicationsDone)).toEqual([...seen.map((p) => p.replicationsDone)].sort());
  });
});

describe('figuresOf', () => {
  it('keeps every figure of a replication but its run metadata', () => {
    const figures = figuresOf(single[0]!);
    expect('run' in figures).toBe(false);
    expect(Object.keys(figures).sort()).toEqual(Object.keys(single[0]!).filter((k) => k !== 'run').sort());
  });
});
