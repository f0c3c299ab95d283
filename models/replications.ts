/**
 * Independent replications of one scenario: replication i draws from its own streams
 * (seed, i), so results do not depend on how replications are spread over threads or
 * machines, and each figure gets a mean with a 95% confidence interval.
 */
import { SummaryBuilder, type Summary } from '../src/engine/summary.ts';
import { simulateCallCentre, type ReplicationResult, type RunProgress } from './call-centre.ts';
import type { Scenario } from './scenario/scenario.ts';

/** The figures of one replication that are averaged over replications. */
export type Figures = Omit<ReplicationResult, 'run'>;

export interface ExperimentOptions {
  readonly seed: number;
  readonly replications: number;
  /** Overrides the scenario's `run.days`. */
  readonly days?: number;
  /** First replication index (to split one experiment over several workers). */
  readonly firstReplication?: number;
  readonly onProgress?: (progress: ExperimentProgress) => void;
  /** Simulated seconds between progress reports (the model's default when absent). */
  readonly progressEverySeconds?: number;
}

export interface ExperimentProgress {
  readonly replicationsDone: number;
  readonly replications: number;
  /** Simulated time done in the current replication. */
  readonly current: RunProgress;
}

export interface ExperimentResult {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  readonly warmupHours: number;
  readonly summary: Summary<Figures>;
  /** Totals over all replications, for speed reports. */
  readonly totals: { events: number; attempts: number };
}

/** Splits a replication result into averaged figures and run metadata. */
export function figuresOf(result: ReplicationResult): Figures {
  const { run: _run, ...figures } = result;
  return figures;
}

export function runReplications(scenario: Scenario, options: ExperimentOptions): ExperimentResult {
  const builder = new SummaryBuilder<Figures>();
  const first = options.firstReplication ?? 0;
  let events = 0;
  let attempts = 0;
  for (let i = 0; i < options.replications; i++) {
    const result = simulateCallCentre(scenario, {
      seed: options.seed,
      replication: first + i,
      days: options.days,
      progressEverySeconds: options.progressEverySeconds,
      onProgress: options.onProgress && ((current) => options.onProgress!({ replicationsDone: i, replications: options.replications, current })),
    });
    builder.add(figuresOf(result));
    events += result.run.events;
    attempts += result.run.attempts;
  }
  return {
    scenario: scenario.name,
    seed: options.seed,
    replications: options.replications,
    days: options.days ?? scenario.run.days,
    warmupHours: scenario.run.warmupHours,
    summary: builder.build(),
    totals: { events, attempts },
  };
}
