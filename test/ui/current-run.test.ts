import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runReplications } from '../../models/replications.ts';
import { CurrentRun } from '../../src/ui/current-run.ts';
import type { ReplicationOutcome } from '../../src/worker/protocol.ts';
import { SimulationPool } from '../../src/worker/client.ts';
import { bundled } from '../support/scenarios.ts';
import { baselineJson, fakeWorker, heldWorker, precompute, type FakeWorker } from '../worker/fake-workers.ts';
import { fakeHost } from './fake-host.ts';

const SEED = 12308;
const N = 3;
const DAYS = 1.25; // just past the baseline's day of warm-up (a shorter run is refused)
const settings = { seed: SEED, replications: N, days: DAYS };

let outcomes: ReplicationOutcome[];

beforeAll(() => {
  outcomes = precompute(SEED, N, DAYS);
});

/** A run controller whose pool has `maxWorkers` workers made by `make`. */
function runOn(make: () => FakeWorker, maxWorkers = 2) {
  const host = fakeHost();
  const firstResults: number[] = [];
  const warmed: number[] = [];
  const run = new CurrentRun(host, {
    createPool: () => new SimulationPool({ maxWorkers, createWorker: make }),
    onFirstResult: (ms) => firstResults.push(ms),
    onWorkersWarm: (ms) => warmed.push(ms),
  });
  return { host, run, firstResults, warmed };
}

describe('CurrentRun', () => {
  it('runs on the pool and ends done, with the numbers of a run in Node', async () => {
    const { run, firstResults, host } = runOn(() => fakeWorker(outcomes, (i) => 5 + 10 * i));
    expect(run.status).toBe('idle');
    const done = run.start(baselineJson, settings);
    expect(run.status).toBe('starting');
    expect(run.busy).toBe(true);
    expect(run.scenario).toEqual(bundled('baseline'));
    await done;
    expect(run.status).toBe('done');
    expect(run.replicationsDone).toBe(N);
    expect(run.replications).toBe(N);
    expect(run.summary).toEqual(runReplications(bundled('baseline'), settings).summary);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.progress).toMatchObject({ replicationsDone: N, replications: N });
    await vi.waitFor(() => expect(firstResults).toHaveLength(1));
    expect(run.firstResultMs).toBe(firstResults[0]);
    expect(host.updates).toBeGreaterThan(3);
  });

  it('ends in the cancelled state when cancelled, and hears nothing of the run after that', async () => {
    const workers: ReturnType<typeof heldWorker>[] = [];
    const { run } = runOn(() => workers[workers.push(heldWorker()) - 1]!);
    const ended = run.start(baselineJson, { ...settings, replications: 10 });
    // Ten replications on two workers: two in flight on each.
    await vi.waitFor(() => expect(workers.flatMap((w) => w.held)).toHaveLength(4));
    workers[0]!.held[0]!.onProgress?.({ simulatedSeconds: 3600, horizonSeconds: 86_400 });
    expect(run.status).toBe('running');
    run.cancel();
    expect(run.status).toBe('cancelled');
    expect(run.busy).toBe(false);
    expect(workers.every((w) => w.terminated)).toBe(true);
    workers[0]!.held[0]!.answer(outcomes[0]!);
    await ended;
    expect(run.status).toBe('cancelled');
    expect(run.summary).toBeUndefined();
  });

  it('starts fresh after a cancelled run', async () => {
    let held = true;
    const { run } = runOn(() => (held ? heldWorker() : fakeWorker(outcomes, () => 1)));
    const first = run.start(baselineJson, settings);
    run.cancel();
    await first;
    held = false;
    await run.start(baselineJson, settings);
    expect(run.status).toBe('done');
    expect(run.replicationsDone).toBe(N);
  });

  it('does not start with an invalid scenario, nor while a run is going on', async () => {
    const made: FakeWorker[] = [];
    const { run } = runOn(() => made[made.push(heldWorker()) - 1]!);
    await run.start({ version: 1 }, settings);
    expect(run.status).toBe('idle');
    expect(made).toHaveLength(0);
    void run.start(baselineJson, settings);
    const scenario = run.scenario;
    await run.start({ ...(baselineJson as object), name: 'second' }, settings);
    expect(run.scenario).toBe(scenario);
    run.cancel();
  });

  it('fails with the reason in the page’s language when the pool rejects the settings', async () => {
    const { run, host } = runOn(() => fakeWorker(outcomes, () => 1));
    host.lang = 'zh';
    await run.start(baselineJson, { ...settings, seed: -1 });
    expect(run.status).toBe('failed');
    expect(run.failure).toContain('运行设置无效: seed');
  });

  it('warms the pool when the host is put in the page: every worker starts and runs the warm-up replications to compile the model, and the host hears when all are done', async () => {
    const made: FakeWorker[] = [];
    const { host, warmed } = runOn(() => made[made.push(fakeWorker(outcomes, () => 1)) - 1]!, 2);
    host.connect();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(made).toHaveLength(2);
    expect(made.map((w) => w.given)).toEqual([[0], [0]]);
    expect(warmed).toEqual([]);
    // Short replications first, then one-week ones: the host hears once both workers ran them all.
    await vi.waitFor(() => expect(warmed).toHaveLength(1));
    expect(made.map((w) => w.given.length)).toEqual([20, 20]);
    host.disconnect();
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  it('lets the pool go when the host leaves the page', async () => {
    const made: FakeWorker[] = [];
    const { run, host } = runOn(() => made[made.push(fakeWorker(outcomes, () => 1)) - 1]!);
    await run.start(baselineJson, settings);
    host.disconnect();
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((w) => w.terminated)).toBe(true);
  });
});
