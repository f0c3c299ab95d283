/**
 * What travels between the page (or the command line) and a simulation worker: the
 * options of a replication or a run, progress, outcomes, and the worker's API. Types only,
 * and only types from models/, so every file of src/worker/ can import it and none imports
 * another back (api.ts implements `SimApi`, run-plan.ts and client.ts use it).
 */
import type { ReplicationResult } from '../../models/call-centre.ts';
import type { ExperimentResult, Figures } from '../../models/replications.ts';
import type { ScenarioIssue } from '../../models/scenario/issues.ts';
import type { ParseResult } from '../../models/scenario/scenario.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import type { FloorConfig, FloorState } from '../trainer/floor-state.ts';

/** The options of one replication (checked by `checkReplicationOptions` in models/run-options.ts). */
export interface ReplicationOptions {
  readonly seed: number;
  /** Replication index: replication i draws from streams (seed, i), wherever it runs. */
  readonly replication: number;
  /** Overrides the scenario's `run.days`. */
  readonly days?: number;
}

/** Where one replication has got to in simulated time (the drain phase is not counted). */
export interface ReplicationProgress {
  readonly simulatedSeconds: number;
  readonly horizonSeconds: number;
}

/**
 * Where one replication's time went inside the worker: when it started and ended (ms since
 * the epoch, `performance.timeOrigin + performance.now()`, so that the page can line them
 * up with its own clock), and the time spent reading the scenario and simulating.
 */
export interface ReplicationTiming {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly parseMs: number;
  readonly simulateMs: number;
}

/** One replication's figures and run metadata (and, from a worker, its timing), or why it did not run. */
export type ReplicationOutcome =
  | { readonly ok: true; readonly figures: Figures; readonly run: ReplicationResult['run']; readonly timing?: ReplicationTiming }
  | { readonly ok: false; readonly issues: ScenarioIssue[] };

/** The options of a whole run (checked by `checkRunOptions` in models/run-options.ts). */
export interface PoolRunOptions {
  readonly seed: number;
  readonly replications: number;
  /** Overrides the scenario's `run.days`. */
  readonly days?: number;
}

/** Progress of a whole run, summed over the workers: enough for a bar of replications and one of simulated time. */
export interface PoolProgress {
  readonly replicationsDone: number;
  readonly replications: number;
  readonly simulatedSecondsDone: number;
  readonly simulatedSecondsTotal: number;
}

/**
 * Where a run's wall-clock time went, in ms from the start of the run (the page's clock):
 * for the speed tests and for anyone asking why a run took as long as it did.
 */
export interface RunBreakdown {
  readonly workers: number;
  /** Until the first worker had checked the scenario. */
  readonly validatedMs: number;
  /** Per worker, until its first replication started inside it. */
  readonly firstStartMs: readonly number[];
  /** Per worker, when its last replication ended inside it. */
  readonly lastEndMs: readonly number[];
  /** Summed over replications, inside the workers: reading the scenario, and simulating. */
  readonly parseMs: number;
  readonly simulateMs: number;
  /** Summed over replications: from the end in the worker to the result in the page's hands (copying, and waiting for the page). */
  readonly returnMs: number;
  /** The longest of those. */
  readonly returnMaxMs: number;
  /** Summed over workers: time between its first start and its last end not spent in a replication. */
  readonly idleMs: number;
  /** Main thread: adding results to the summary. */
  readonly mergeMs: number;
  /** Until the outcome was ready. */
  readonly totalMs: number;
}

/** A finished run: `runReplications`' result, plus the wall-clock time it took. */
export interface RunDone extends ExperimentResult {
  readonly ok: true;
  readonly wallMs: number;
  /** Where the time went, when the workers report their timing. */
  readonly breakdown?: RunBreakdown;
}

/** A run refused before any replication: a bad scenario or bad options. */
export interface RunInvalid {
  readonly ok: false;
  readonly cancelled: false;
  readonly issues: readonly ScenarioIssue[];
}

/** A run stopped by its caller. */
export interface RunCancelled {
  readonly ok: false;
  readonly cancelled: true;
}

export type RunOutcome = RunDone | RunInvalid | RunCancelled;

/**
 * What a simulation worker offers, as plain functions over plain data: scenario JSON goes
 * in as it stands in the editor and is validated in the worker (data only, never executed).
 * Expected failures come back as `{ ok: false, issues }`; only bugs throw.
 */
export interface SimApi {
  /** Checks scenario JSON; the parsed scenario comes back with every default filled in. */
  validate(json: unknown): ParseResult;
  /**
   * Runs replication `options.replication` of the scenario; the figures are those
   * `runReplications` averages, the run metadata (events, attempts, horizon) apart.
   * `onProgress` hears (throttled) reports of simulated time.
   */
  runReplication(scenarioJson: unknown, options: ReplicationOptions, onProgress?: (progress: ReplicationProgress) => void): ReplicationOutcome;
}

// ——— Trainer mode: one traced replication, streamed as the animation clock asks ———

/** What the trainer's worker says when it opens a replication: the floor's configuration, or why it cannot run. */
export type TrainerOpened =
  | { readonly ok: true; readonly config: FloorConfig }
  | { readonly ok: false; readonly issues: ScenarioIssue[] };

/** Records of the trace from the last batch up to `until`; `done`: the replication is over, no more will come. */
export interface TrainerBatch {
  readonly records: TraceRecord[];
  readonly until: number;
  readonly done: boolean;
}

/** The floor at a time, after a jump: the page starts again from it. */
export interface TrainerSnapshot {
  readonly floor: FloorState;
  readonly done: boolean;
}

/** The trainer's worker (trainer-api.ts): one replication at a time, run in slices. */
export interface TrainerApi {
  /** Parses the scenario and starts replication `options.replication` of it, traced. */
  open(scenarioJson: unknown, options: ReplicationOptions): TrainerOpened;
  /** Runs on to `until` seconds and returns the records since the last batch. */
  advance(until: number): TrainerBatch;
  /** Jumps to `to` seconds (starting the replication again if `to` is behind), without sending the records: the floor then. */
  jump(to: number): TrainerSnapshot;
}
