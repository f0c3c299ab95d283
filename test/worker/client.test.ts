import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runReplications, type ExperimentResult } from '../../models/replications.ts';
import { comlinkWorker, SimulationPool } from '../../src/worker/client.ts';
import type { PoolProgress, ReplicationOutcome, RunOutcome } from '../../src/worker/protocol.ts';
import { bundled } from '../support/scenarios.ts';
import { baselineJson, channelWorker, fakeWorker, heldWorker, precompute, type FakeWorker } from './fake-workers.ts';

const SEED = 12308;
const N = 4;
const DAYS = 1.25; // just past the baseline's day of warm-up (a shorter run is refused)

let outcomes: ReplicationOutcome[];
let expected: ExperimentResult;

beforeAll(() => {
  outcomes = precompute(SEED, N, DAYS);
  expected = runReplications(bundled('baseline'), { seed: SEED, replications: N, days: DAYS });
});

function withoutWallTime(outcome: RunOutcome) {
  if (!outcome.ok) throw new Error(`run did not finish: ${JSON.stringify(outcome)}`);
  const { ok: _ok, wallMs: _wallMs, breakdown: _breakdown, ...result } = outcome;
  return result;
}

describe('SimulationPool', () => {
  it('warms every worker before the first run, and not during a run', async () => {
    const created: FakeWorker[] = [];
    const pool = new SimulationPool({ maxWorkers: 3, createWorker: () => created[created.push(fakeWorker(outcomes, () => 1)) - 1]! });
    pool.warm();
    expect(created).toHaveLength(3);
    const run = pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS });
    pool.warm();
    expect(withoutWallTime(await run)).toEqual(expected);
    expect(created).toHaveLength(3);
    pool.cancel();
    pool.warm();
    expect(created).toHaveLength(3);
    pool.dispose();
  });

  it('warms a new worker on short replications one after another, and stops between two when a run starts', async () => {
    const worker = heldWorker();
    const pool = new SimulationPool({ maxWorkers: 1, createWorker: () => worker });
    const warming = pool.warm({ scenarioJson: baselineJson, days: [DAYS, DAYS, DAYS] });
    expect(worker.held).toHaveLength(1);
    worker.held[0]!.answer(outcomes[0]!);
    await vi.waitFor(() => expect(worker.held).toHaveLength(2));
    // A run starts during the second: it waits for it, and no third follows.
    const run = pool.run(baselineJson, { seed: SEED, replications: 1, days: DAYS });
    await vi.waitFor(() => expect(worker.held).toHaveLength(3));
    worker.held[1]!.answer(outcomes[0]!);
    worker.held[2]!.answer(outcomes[0]!);
    expect(await run).toMatchObject({ ok: true, replications: 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(worker.held).toHaveLength(3);
    expect(await warming).toBe(false);
    pool.dispose();
  });

  it('tells when every new worker has run its whole warm-up, and not for workers already warm', async () => {
    const created: FakeWorker[] = [];
    const pool = new SimulationPool({ maxWorkers: 2, createWorker: () => created[created.push(fakeWorker(outcomes, () => 1)) - 1]! });
    expect(await pool.warm({ scenarioJson: baselineJson, days: [DAYS, DAYS] })).toBe(true);
    expect(created).toHaveLength(2);
    expect(await pool.warm({ scenarioJson: baselineJson, days: [DAYS] })).toBe(false);
    expect(await new SimulationPool({ maxWorkers: 1, createWorker: () => fakeWorker(outcomes, () => 1) }).warm()).toBe(false);
    pool.dispose();
  });

  it('creates min(replications, maxWorkers) workers on first use and reuses them in later runs', async () => {
    const created: FakeWorker[] = [];
    const pool = new SimulationPool({ maxWorkers: 3, createWorker: () => created[created.push(fakeWorker(outcomes, () => 1)) - 1]! });
    expect(pool.size).toBe(0);
    await pool.run(baselineJson, { seed: SEED, replications: 2, days: DAYS });
    expect(created).toHaveLength(2);
    expect(withoutWallTime(await pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS }))).toEqual(expected);
    expect(withoutWallTime(await pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS }))).toEqual(expected);
    expect(created).toHaveLength(3);
    expect(created.every((w) => !w.terminated)).toBe(true);
    pool.dispose();
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('cancel() settles the run as cancelled, terminates every worker and silences the listener; the next run starts new workers', async () => {
    const created: ReturnType<typeof heldWorker>[] = [];
    const pool = new SimulationPool({ maxWorkers: 2, createWorker: () => created[created.push(heldWorker()) - 1]! });
    const heard: PoolProgress[] = [];
    const run = pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS }, { onProgress: (p) => void heard.push(p) });
    await vi.waitFor(() => expect(created.map((w) => w.held.length)).toEqual([1, 1]));
    expect(pool.running).toBe(true);

    pool.cancel();
    await expect(run).resolves.toEqual({ ok: false, cancelled: true });
    expect(created.every((w) => w.terminated)).toBe(true);
    expect(pool.size).toBe(0);
    expect(pool.running).toBe(false);
    const count = heard.length;
    for (const call of created.flatMap((w) => w.held)) {
      call.onProgress?.({ simulatedSeconds: 100, horizonSeconds: 86_400 });
      call.answer(outcomes[call.replication]!);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(heard).toHaveLength(count);

    const next = pool.run(baselineJson, { seed: SEED, replications: 1, days: DAYS });
    await vi.waitFor(() => expect(created).toHaveLength(3));
    created[2]!.held[0]!.answer(outcomes[0]!);
    await expect(next).resolves.toMatchObject({ ok: true, replications: 1 });
  });

  it('a new run cancels the one in progress', async () => {
    let made = 0;
    const pool = new SimulationPool({ maxWorkers: 2, createWorker: () => (made++ === 0 ? heldWorker() : fakeWorker(outcomes, () => 1)) });
    const first = pool.run(baselineJson, { seed: SEED, replications: 1, days: DAYS });
    const second = pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS });
    await expect(first).resolves.toEqual({ ok: false, cancelled: true });
    expect(withoutWallTime(await second)).toEqual(expected);
  });

  it('an aborted signal cancels the run', async () => {
    const worker = heldWorker();
    const pool = new SimulationPool({ maxWorkers: 1, createWorker: () => worker });
    const controller = new AbortController();
    const run = pool.run(baselineJson, { seed: SEED, replications: 2, days: DAYS }, {}, controller.signal);
    await vi.waitFor(() => expect(worker.held).toHaveLength(1));
    controller.abort();
    await expect(run).resolves.toEqual({ ok: false, cancelled: true });
    expect(worker.terminated).toBe(true);
  });

  it('reports a bad scenario as issues before any replication starts', async () => {
    const worker = heldWorker();
    const pool = new SimulationPool({ maxWorkers: 1, createWorker: () => worker });
    const bad = structuredClone(baselineJson) as { callTypes: { share: unknown }[] };
    bad.callTypes[0]!.share = 'lots';
    const outcome = await pool.run(bad, { seed: SEED, replications: 3 });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, issues: [{ path: 'callTypes[0].share', found: '"lots"' }] });
    expect(worker.given).toEqual([]);
    expect(await pool.run(baselineJson, { seed: SEED, replications: 0 })).toMatchObject({ issues: [{ path: 'options.replications' }] });
  });

  it('rejects on a bug in a worker and terminates the workers', async () => {
    const created: FakeWorker[] = [];
    const pool = new SimulationPool({
      maxWorkers: 2,
      createWorker: (index) => {
        const worker = fakeWorker(outcomes, () => 3);
        if (index === 0) vi.spyOn(worker, 'runReplication').mockRejectedValue(new Error('released an agent who is not busy'));
        return created[created.push(worker) - 1]!;
      },
    });
    await expect(pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS })).rejects.toThrow('released an agent who is not busy');
    expect(created.every((w) => w.terminated)).toBe(true);
    expect(pool.size).toBe(0);
  });

  it('over MessageChannel-backed workers, gives runReplications’ result exactly', async () => {
    const workers: ReturnType<typeof channelWorker>[] = [];
    const pool = new SimulationPool({ maxWorkers: 2, createWorker: () => workers[workers.push(channelWorker()) - 1]! });
    const heard: PoolProgress[] = [];
    const outcome = await pool.run(baselineJson, { seed: SEED, replications: N, days: DAYS }, { onProgress: (p) => void heard.push(p) });
    expect(withoutWallTime(outcome)).toEqual(expected);
    expect(heard.at(-1)).toMatchObject({ replicationsDone: N, replications: N });
    pool.dispose();
    expect(workers.map((w) => w.closed())).toEqual([true, true]);
  });
});

describe('comlinkWorker', () => {
  it('rejects the calls in flight when the worker fails (an error event), instead of waiting for ever', async () => {
    const endpoint = Object.assign(new EventTarget(), { postMessage: () => {} });
    const worker = comlinkWorker(endpoint, () => {});
    const call = worker.runReplication(baselineJson, { seed: 1, replication: 0 });
    endpoint.dispatchEvent(Object.assign(new Event('error'), { message: 'sim.worker.ts failed to load' }));
    await expect(call).rejects.toThrow('simulation worker failed: sim.worker.ts failed to load');
  });
});
