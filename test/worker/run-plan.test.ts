import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runReplications, type ExperimentResult, type Figures } from '../../models/replications.ts';
import { SummaryBuilder, type Summary } from '../../src/engine/summary.ts';
import type { PoolProgress, ReplicationOutcome } from '../../src/worker/protocol.ts';
import { CANCELLED, OrderedSummary, ProgressTally, runPlan, type RunListener } from '../../src/worker/run-plan.ts';
import { bundled } from '../support/scenarios.ts';
import { baselineJson, fakeWorker, heldWorker, precompute } from './fake-workers.ts';

const SEED = 12308;
const N = 6;
const DAYS = 1.25; // just past the baseline's day of warm-up (a shorter run is refused)
const HORIZON = DAYS * 86_400;

let outcomes: ReplicationOutcome[];
let expected: ExperimentResult;

beforeAll(() => {
  outcomes = precompute(SEED, N, DAYS);
  expected = runReplications(bundled('baseline'), { seed: SEED, replications: N, days: DAYS });
});

function figuresOf(replication: number): Figures {
  const outcome = outcomes[replication];
  if (!outcome?.ok) throw new Error(`replication ${replication} did not run`);
  return outcome.figures;
}

function summaryOfFirst(count: number): Summary<Figures> {
  const builder = new SummaryBuilder<Figures>();
  for (let i = 0; i < count; i++) builder.add(figuresOf(i));
  return builder.build();
}

/** A listener that records every call, in order. */
function recorder() {
  const calls: (['progress', PoolProgress] | ['partial', number, Summary<Figures>])[] = [];
  const listener: RunListener = {
    onProgress: (p) => void calls.push(['progress', p]),
    onPartial: (count, latest) => void calls.push(['partial', count, latest().summary]),
  };
  const progress = () => calls.flatMap((c) => (c[0] === 'progress' ? [c[1]] : []));
  const partials = () => calls.flatMap((c) => (c[0] === 'partial' ? [{ count: c[1], summary: c[2] }] : []));
  return { calls, listener, progress, partials };
}

describe('OrderedSummary', () => {
  it('summarises only the unbroken run 0..count−1, in index order, whatever the order of arrival', () => {
    const ordered = new OrderedSummary<Figures>();
    expect(ordered.add(2, figuresOf(2))).toBe(0);
    expect(ordered.add(0, figuresOf(0))).toBe(1);
    expect(ordered.build()).toEqual(summaryOfFirst(1));
    expect(ordered.add(1, figuresOf(1))).toBe(3);
    expect(ordered.build()).toEqual(summaryOfFirst(3));
  });

  it('refuses a result added twice', () => {
    const ordered = new OrderedSummary<Figures>();
    ordered.add(0, figuresOf(0));
    ordered.add(2, figuresOf(2));
    expect(() => ordered.add(0, figuresOf(0))).toThrow(/added twice/);
    expect(() => ordered.add(2, figuresOf(2))).toThrow(/added twice/);
  });
});

describe('ProgressTally', () => {
  it('sums finished and running simulated time, ignoring reports that are late or go backwards', () => {
    const tally = new ProgressTally(3, 100);
    expect(tally.report(0, 40)).toBe(true);
    expect(tally.report(1, 10)).toBe(true);
    expect(tally.report(0, 30)).toBe(false);
    tally.finish(0);
    expect(tally.report(0, 90)).toBe(false);
    expect(tally.snapshot()).toEqual({ replicationsDone: 1, replications: 3, simulatedSecondsDone: 110, simulatedSecondsTotal: 300 });
  });
});

describe('runPlan', () => {
  it('gives runReplications’ result exactly, with workers of different speeds', async () => {
    const workers = [fakeWorker(outcomes, () => 2), fakeWorker(outcomes, () => 12), fakeWorker(outcomes, () => 40)];
    const outcome = await runPlan(workers, baselineJson, { seed: SEED, replications: N, days: DAYS });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { ok: _ok, wallMs, breakdown, ...result } = outcome;
    expect(result).toEqual(expected);
    expect(wallMs).toBeGreaterThan(0);
    // Where the time went, from the workers' timings (here those of the replications run up front).
    expect(breakdown).toMatchObject({ workers: 3, firstStartMs: [expect.any(Number), expect.any(Number), expect.any(Number)] });
    expect(breakdown!.mergeMs).toBeGreaterThan(0);
    expect(workers.flatMap((w) => w.given).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(workers[0]!.given.length).toBeGreaterThan(workers[2]!.given.length);
  });

  it('keeps three replications in flight on each worker when there are eight or more a worker, two from four, one when fewer', async () => {
    for (const [replications, inFlight] of [
      [16, [3, 3]],
      [15, [2, 2]],
      [8, [2, 2]],
      [7, [1, 1]],
    ] as const) {
      const workers = [heldWorker(), heldWorker()];
      const controller = new AbortController();
      const run = runPlan(workers, baselineJson, { seed: SEED, replications, days: DAYS }, {}, controller.signal);
      await vi.waitFor(() => expect(workers.map((w) => w.held.length)).toEqual(inFlight));
      // Finishing one hands that worker the next replication: it stays as busy.
      workers[0]!.held[0]!.answer(outcomes[0]!);
      await vi.waitFor(() => expect(workers[0]!.given).toHaveLength(inFlight[0] + 1));
      controller.abort();
      await expect(run).resolves.toBe(CANCELLED);
    }
  });

  it('queues no replication behind another at the end of a run: the last go to whichever worker is free', async () => {
    const many = precompute(SEED, 16, DAYS);
    const workers = [heldWorker(), heldWorker()];
    const controller = new AbortController();
    const run = runPlan(workers, baselineJson, { seed: SEED, replications: 16, days: DAYS }, {}, controller.signal);
    await vi.waitFor(() => expect(workers.map((w) => w.held.length)).toEqual([3, 3]));
    // Worker 0 is fast, worker 1 never ends: worker 0 takes the rest, but the last ones one at a time.
    let answered = 0;
    while (workers[0]!.given.length + workers[1]!.given.length < 16) {
      const call = workers[0]!.held[answered++]!;
      call.answer(many[call.replication]!);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(workers[0]!.given.length - answered).toBe(1);
    controller.abort();
    await expect(run).resolves.toBe(CANCELLED);
  });

  it('gives the same summary however the replications are spread and in whatever order they finish', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.nat(4), { minLength: N, maxLength: N }), { minLength: 1, maxLength: 4 }), async (delays) => {
        const workers = delays.map((d) => fakeWorker(outcomes, (i) => d[i]!));
        const outcome = await runPlan(workers, baselineJson, { seed: SEED, replications: N, days: DAYS });
        expect(outcome.ok && outcome.summary).toEqual(expected.summary);
      }),
      { numRuns: 12 },
    );
  });

  it('reports progress that never decreases, from 0 to n of n replications and all the simulated time', async () => {
    const { listener, progress } = recorder();
    const workers = [fakeWorker(outcomes, (i) => 3 + i, true), fakeWorker(outcomes, () => 5, true)];
    await runPlan(workers, baselineJson, { seed: SEED, replications: N, days: DAYS }, listener);
    const reports = progress();
    expect(reports[0]).toEqual({ replicationsDone: 0, replications: N, simulatedSecondsDone: 0, simulatedSecondsTotal: N * HORIZON });
    expect(reports.at(-1)).toEqual({ replicationsDone: N, replications: N, simulatedSecondsDone: N * HORIZON, simulatedSecondsTotal: N * HORIZON });
    for (let i = 1; i < reports.length; i++) {
      const [now, before] = [reports[i]!, reports[i - 1]!];
      expect(now.replicationsDone).toBeGreaterThanOrEqual(before.replicationsDone);
      expect(now.simulatedSecondsDone).toBeGreaterThanOrEqual(before.simulatedSecondsDone);
      expect(now.replicationsDone > before.replicationsDone || now.simulatedSecondsDone > before.simulatedSecondsDone).toBe(true);
    }
    // The late reports (sent after each result) arrive after the run and change nothing.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(progress()).toHaveLength(reports.length);
  });

  it('reports each partial summary as exactly the summary of replications 0..count−1', async () => {
    const { listener, partials } = recorder();
    // Replication 0 is the slowest, so later ones finish first and wait for it.
    const workers = [0, 1, 2].map(() => fakeWorker(outcomes, (i) => (N - i) * 4));
    const outcome = await runPlan(workers, baselineJson, { seed: SEED, replications: N, days: DAYS }, listener);
    const counts = partials().map((p) => p.count);
    expect(counts.at(-1)).toBe(N);
    expect(counts.length).toBeLessThan(N);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
    for (const { count, summary } of partials()) expect(summary).toEqual(summaryOfFirst(count));
    expect(outcome.ok && outcome.summary).toEqual(expected.summary);
  });

  it('returns a bad scenario as issues with their paths, before any replication, the listener silent', async () => {
    const bad = structuredClone(baselineJson) as { frontDesk: { seats: unknown } };
    bad.frontDesk.seats = -3;
    const worker = heldWorker();
    const { calls, listener } = recorder();
    const outcome = await runPlan([worker], bad, { seed: SEED, replications: N }, listener);
    expect(outcome).toMatchObject({ ok: false, cancelled: false, issues: [{ path: 'frontDesk.seats', found: '-3' }] });
    expect(worker.given).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('returns bad options as issues without asking a worker', async () => {
    const worker = heldWorker();
    const validate = vi.spyOn(worker, 'validate');
    const outcome = await runPlan([worker], baselineJson, { seed: 1.5, replications: 0 });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, issues: [{ path: 'options.seed' }, { path: 'options.replications', found: '0' }] });
    expect(validate).not.toHaveBeenCalled();
  });

  it('settles as cancelled as soon as the signal aborts; no more work is handed out and the listener hears nothing more', async () => {
    const workers = [heldWorker(), heldWorker()];
    const { calls, listener } = recorder();
    const controller = new AbortController();
    const run = runPlan(workers, baselineJson, { seed: SEED, replications: N, days: DAYS }, listener, controller.signal);
    await vi.waitFor(() => expect(workers.map((w) => w.held.length)).toEqual([1, 1]));
    workers[0]!.held[0]!.answer(outcomes[0]!);
    await vi.waitFor(() => expect(calls.some((c) => c[0] === 'partial')).toBe(true));
    expect(workers[0]!.given).toEqual([0, 2]);

    controller.abort();
    await expect(run).resolves.toBe(CANCELLED);
    const heard = calls.length;
    for (const worker of workers) {
      for (const call of worker.held) {
        call.onProgress?.({ simulatedSeconds: HORIZON, horizonSeconds: HORIZON });
        call.answer(outcomes[call.replication]!);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toHaveLength(heard);
    expect(workers.map((w) => w.given)).toEqual([[0, 2], [1]]);
  });

  it('is cancelled at once when the signal has already aborted', async () => {
    const worker = heldWorker();
    await expect(runPlan([worker], baselineJson, { seed: SEED, replications: 2 }, {}, AbortSignal.abort())).resolves.toBe(CANCELLED);
    expect(worker.given).toEqual([]);
  });

  it('rejects when a worker throws (a bug) and then calls the listener no more', async () => {
    const broken = fakeWorker(outcomes, () => 1);
    vi.spyOn(broken, 'runReplication').mockRejectedValue(new Error('impossible state'));
    const { calls, listener } = recorder();
    await expect(runPlan([broken, fakeWorker(outcomes, () => 5)], baselineJson, { seed: SEED, replications: N, days: DAYS }, listener)).rejects.toThrow('impossible state');
    const heard = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(heard);
  });

  it('rejects when the listener throws', async () => {
    const listener: RunListener = {
      onPartial: () => {
        throw new Error('chart failed');
      },
    };
    await expect(runPlan([fakeWorker(outcomes, () => 1)], baselineJson, { seed: SEED, replications: 2, days: DAYS }, listener)).rejects.toThrow('chart failed');
  });
});
