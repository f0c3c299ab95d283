/**
 * Several experiments at once on a pool of workers: each experiment is a scenario run for
 * the same replications with the same seed, so replication i of every experiment draws
 * from streams (seed, i) and sees the same callers (common random numbers). Replications
 * are handed out replication by replication (all experiments of i before i + 1), so the
 * pairs a comparison needs finish close together; each experiment's summary is built in
 * replication order (run-plan.ts's `OrderedSummary`), so its figures equal
 * `runReplications` to the last bit for any number of workers. DOM-free: the page can call
 * it with its Web Workers, the command line with threads or in-process.
 */
import type { ExperimentResult, Figures } from '../../models/replications.ts';
import { checkRunOptions } from '../../models/run-options.ts';
import type { ScenarioIssue } from '../../models/scenario/issues.ts';
import type { ReplicationResult } from '../../models/call-centre.ts';
import { DAY } from '../engine/time.ts';
import { simApi } from '../worker/api.ts';
import type { PoolRunOptions, RunCancelled, RunInvalid } from '../worker/protocol.ts';
import { CANCELLED, OrderedSummary, type SimWorker } from '../worker/run-plan.ts';

export interface ExperimentsOptions extends PoolRunOptions {
  /** Replications first … first + replications − 1 (a shard of a larger run); default 0. */
  readonly firstReplication?: number;
}

export interface ExperimentsProgress {
  /** Replications done over all experiments, and their total. */
  readonly done: number;
  readonly total: number;
  /** Simulated seconds done (finished replications and those in flight), and the total. */
  readonly simulatedSecondsDone: number;
  readonly simulatedSecondsTotal: number;
}

export interface ExperimentsListener {
  onProgress?(progress: ExperimentsProgress): void;
  /** Each replication's figures as it finishes (in any order). */
  onReplication?(experiment: number, replication: number, figures: Figures, run: ReplicationResult['run']): void;
}

export type ExperimentsOutcome = { readonly ok: true; readonly results: ExperimentResult[] } | RunInvalid | RunCancelled;

/** simApi in this thread, as a worker: for one-thread runs and tests. */
export function inProcessWorker(): SimWorker {
  return {
    validate: async (json) => simApi.validate(json),
    runReplication: async (json, options, onProgress) => simApi.runReplication(json, options, onProgress),
  };
}

/**
 * Runs every experiment's replications; `{ok: false, issues}` for a bad scenario (its
 * issues' paths prefixed with `label(k)` if given) or bad options.
 */
export async function runExperiments(
  workers: readonly SimWorker[],
  scenarios: readonly unknown[],
  options: ExperimentsOptions,
  listener: ExperimentsListener = {},
  signal?: AbortSignal,
  label?: (experiment: number) => string,
): Promise<ExperimentsOutcome> {
  const optionIssues = checkRunOptions(options);
  const first = options.firstReplication ?? 0;
  if (!Number.isSafeInteger(first) || first < 0) throw new RangeError(`runExperiments: firstReplication ${first} is not a whole number ≥ 0`);
  if (optionIssues.length > 0) return { ok: false, cancelled: false, issues: optionIssues };
  if (workers.length === 0) throw new Error('runExperiments: no workers to run on');
  const parsed = await Promise.all(scenarios.map((json) => workers[0]!.validate(json)));
  const issues: ScenarioIssue[] = parsed.flatMap((p, k) => (p.ok ? [] : p.issues.map((i) => (label ? { ...i, path: `${label(k)}: ${i.path}` } : i))));
  if (issues.length > 0) return { ok: false, cancelled: false, issues };
  const valid = parsed.map((p) => (p.ok ? p.scenario : undefined!));

  const n = options.replications;
  const horizons = valid.map((s) => (options.days ?? s.run.days) * DAY);
  const summaries = valid.map(() => new OrderedSummary<Figures>());
  const totals = valid.map(() => ({ events: 0, attempts: 0 }));
  const inFlight = new Map<number, number>();
  const simulatedTotal = n * horizons.reduce((a, b) => a + b, 0);
  let simulatedDone = 0;
  let done = 0;
  const report = () => {
    let flying = 0;
    for (const s of inFlight.values()) flying += s;
    listener.onProgress?.({ done, total: n * valid.length, simulatedSecondsDone: simulatedDone + flying, simulatedSecondsTotal: simulatedTotal });
  };
  report();
  let next = 0;
  let invalid: RunInvalid | undefined;
  const work = async (worker: SimWorker): Promise<void> => {
    while (!signal?.aborted && invalid === undefined && next < n * valid.length) {
      const job = next++;
      const experiment = job % valid.length;
      const index = Math.floor(job / valid.length);
      const replication = first + index;
      const outcome = await worker.runReplication(scenarios[experiment], { seed: options.seed, replication, days: options.days }, ({ simulatedSeconds }) => {
        if (signal?.aborted) return;
        inFlight.set(job, Math.min(simulatedSeconds, horizons[experiment]!));
        report();
      });
      if (signal?.aborted) return;
      if (!outcome.ok) {
        invalid ??= { ok: false, cancelled: false, issues: outcome.issues };
        return;
      }
      inFlight.delete(job);
      simulatedDone += horizons[experiment]!;
      done++;
      totals[experiment]!.events += outcome.run.events;
      totals[experiment]!.attempts += outcome.run.attempts;
      summaries[experiment]!.add(index, outcome.figures);
      listener.onReplication?.(experiment, replication, outcome.figures, outcome.run);
      report();
    }
  };
  // Cancelled: do not wait for replications in flight (a terminated Web Worker never answers).
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  await Promise.race([Promise.all(workers.slice(0, n * valid.length).map(work)), aborted]);
  if (invalid) return invalid;
  if (signal?.aborted) return CANCELLED;
  return {
    ok: true,
    results: valid.map((scenario, k) => ({
      scenario: scenario.name,
      seed: options.seed,
      replications: n,
      days: options.days ?? scenario.run.days,
      warmupHours: scenario.run.warmupHours,
      summary: summaries[k]!.build(),
      totals: totals[k]!,
    })),
  };
}
