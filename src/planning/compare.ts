/**
 * Is plan B better than plan A, or is it noise? Both scenarios run the same replications
 * with the same seed, so replication i of each sees the same callers with the same needs
 * (common random numbers), and the difference B − A is taken replication by replication:
 * its mean and 95% interval (Student t over the paired differences) come out far narrower
 * than two independent intervals would suggest. Identical scenarios give exactly zero.
 */
import type { ExperimentResult, Figures } from '../../models/replications.ts';
import type { Summary } from '../engine/summary.ts';
import type { RunCancelled, RunInvalid } from '../worker/protocol.ts';
import { OrderedSummary, type SimWorker } from '../worker/run-plan.ts';
import { runExperiments, type ExperimentsListener, type ExperimentsOptions } from './experiments.ts';
import { subtractFigures } from './figures.ts';

export interface Comparison {
  readonly ok: true;
  readonly a: ExperimentResult;
  readonly b: ExperimentResult;
  /** B − A per replication, summarised: every figure as `{mean, halfWidth95}`. */
  readonly difference: Summary<Figures>;
}

export type ComparisonOutcome = Comparison | RunInvalid | RunCancelled;

export async function compareScenarios(
  workers: readonly SimWorker[],
  a: unknown,
  b: unknown,
  options: Omit<ExperimentsOptions, 'firstReplication'>,
  listener: Pick<ExperimentsListener, 'onProgress'> = {},
  signal?: AbortSignal,
): Promise<ComparisonOutcome> {
  const differences = new OrderedSummary<Figures>();
  /** One side of a pair whose other side has not finished yet, by replication. */
  const waiting = new Map<number, { experiment: number; figures: Figures }>();
  const outcome = await runExperiments(
    workers,
    [a, b],
    options,
    {
      onProgress: listener.onProgress,
      onReplication: (experiment, replication, figures) => {
        const other = waiting.get(replication);
        if (!other) {
          waiting.set(replication, { experiment, figures });
          return;
        }
        waiting.delete(replication);
        const [fa, fb] = experiment === 0 ? [figures, other.figures] : [other.figures, figures];
        differences.add(replication, subtractFigures(fb, fa));
      },
    },
    signal,
    (k) => (k === 0 ? 'A' : 'B'),
  );
  if (!outcome.ok) return outcome;
  return { ok: true, a: outcome.results[0]!, b: outcome.results[1]!, difference: differences.build() };
}
