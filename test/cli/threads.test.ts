import { describe, expect, it } from 'vitest';
import { runReplications } from '../../models/replications.ts';
import { threadWorkers } from '../../src/cli/threads.ts';
import { runPlan, type SimWorker } from '../../src/worker/run-plan.ts';
import { bundled, bundledJson } from '../support/scenarios.ts';

describe('replications on threads', () => {
  it('shares them between this thread and a worker thread: the thread keeps getting work while this one computes, and the figures are those of one thread', async () => {
    const { workers, close } = await threadWorkers(2);
    const taken = workers.map(() => 0);
    const counting = workers.map(
      (worker, k): SimWorker => ({
        validate: (json) => worker.validate(json),
        runReplication: (...args) => {
          taken[k]!++;
          return worker.runReplication(...args);
        },
      }),
    );
    const options = { seed: 5, replications: 40, days: 3 };
    try {
      const outcome = await runPlan(counting, bundledJson('baseline'), options);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.summary).toEqual(runReplications(bundled('baseline'), options).summary);
    } finally {
      close();
    }
    // This thread is listed first, the worker thread second. Were this thread to run its
    // replications without letting the event loop turn, the thread's answers would wait
    // and it would get only the three the plan first hands each worker (about half when it
    // works: 17–18 of 40 here).
    console.info(`replications taken: this thread ${taken[0]}, the worker thread ${taken[1]}`);
    expect(taken[0]! + taken[1]!).toBe(40);
    expect(taken[0]).toBeGreaterThan(3);
    expect(taken[1]).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
