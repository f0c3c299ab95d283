/**
 * How one experiment is spread over a few workers, without knowing what a worker is: a
 * queue of replication indices 0..n−1 that free workers take from (so a fast worker takes
 * more), progress summed over the workers, and figures merged in replication order. Adding
 * in index order matters because the summary's running means are order-dependent in
 * floating point: merged so, the pool's numbers equal `runReplications` (and so the CLI's)
 * to the last bit, however the replications were spread. No DOM and no Worker here, so all
 * of it runs under Node with fake workers.
 */
import type { Figures } from '../../models/replications.ts';
import { checkRunOptions } from '../../models/run-options.ts';
import { SummaryBuilder, type Summary } from '../engine/summary.ts';
import { DAY } from '../engine/time.ts';
import type { PoolProgress, PoolRunOptions, ReplicationTiming, RunBreakdown, RunCancelled, RunInvalid, RunOutcome, SimApi } from './protocol.ts';

/** A worker as the plan sees it: `SimApi` with every answer a promise (comlink's view of it). */
export type SimWorker = { readonly [K in keyof SimApi]: (...args: Parameters<SimApi[K]>) => Promise<ReturnType<SimApi[K]>> };

export interface RunListener {
  /** At the start, on each (throttled) report from a worker and when a replication ends; never decreases. */
  onProgress?(progress: PoolProgress): void;
  /**
   * When the replications 0..count−1 are all done and `count` has grown. `latest()` builds
   * the summary of the unbroken run 0..n−1 done when it is called (n ≥ count), equal to
   * `runReplications` with `replications: n`; building it is the costly part, so a listener
   * that shows a few partial results a second builds only those. A replication that
   * finishes before one with a lower index waits until the gap is filled.
   */
  onPartial?(count: number, latest: () => PartialSummary): void;
}

/** The summary of replications 0..count−1. */
export interface PartialSummary {
  readonly summary: Summary<Figures>;
  readonly count: number;
}

/**
 * A worker whose last replication ran shorter than this (inside the worker) gets the next
 * without a progress callback: a short replication reports little before it ends (the
 * worker sends a report at most every 100 ms), and each callback costs the page a message
 * channel and a few messages, while the replication's end moves the progress bar anyway.
 */
const PROGRESS_FROM_MS = 200;

/** Replications per worker from which each worker has two in flight, and from which three. */
const PIPELINE_FROM_PER_WORKER = 4;
const DEEP_PIPELINE_FROM_PER_WORKER = 8;

/** The outcome of a cancelled run. */
export const CANCELLED: RunCancelled = Object.freeze({ ok: false, cancelled: true });

/** Results added in any order, summarised in index order: only the unbroken run 0..count−1 is in the summary. */
export class OrderedSummary<T extends object> {
  private readonly builder = new SummaryBuilder<T>();
  /** Results that arrived before one with a lower index; held until the gap is filled. */
  private readonly waiting = new Map<number, T>();
  private added = 0;
  private built: Summary<T> | undefined;

  /** How many results, 0..count−1, the summary covers. */
  get count(): number {
    return this.added;
  }

  /** Adds result `index`; returns the new count. */
  add(index: number, result: T): number {
    if (!Number.isSafeInteger(index) || index < this.added || this.waiting.has(index)) {
      throw new Error(`OrderedSummary: result ${index} was added twice or is not an index (${this.added} in the summary)`);
    }
    this.waiting.set(index, result);
    for (let next = this.waiting.get(this.added); next !== undefined; next = this.waiting.get(this.added)) {
      this.waiting.delete(this.added);
      this.builder.add(next);
      this.added++;
      this.built = undefined;
    }
    return this.added;
  }

  /** The summary of results 0..count−1 (the same object until the count grows). */
  build(): Summary<T> {
    this.built ??= this.builder.build();
    return this.built;
  }
}

/**
 * Simulated time done over all replications. Reports for one replication may arrive
 * after its result (they travel on a port of their own), so a report for a finished
 * replication, or one that goes backwards, is ignored: the total never decreases.
 */
export class ProgressTally {
  private readonly current = new Map<number, number>();
  private readonly finished = new Set<number>();

  constructor(
    readonly replications: number,
    readonly horizonSeconds: number,
  ) {}

  /** Records a report; false if it changes nothing. */
  report(replication: number, simulatedSeconds: number): boolean {
    if (this.finished.has(replication)) return false;
    const seconds = Math.min(simulatedSeconds, this.horizonSeconds);
    if (!(seconds > (this.current.get(replication) ?? 0))) return false;
    this.current.set(replication, seconds);
    return true;
  }

  finish(replication: number): void {
    this.current.delete(replication);
    this.finished.add(replication);
  }

  snapshot(): PoolProgress {
    let inFlight = 0;
    for (const seconds of this.current.values()) inFlight += seconds;
    return {
      replicationsDone: this.finished.size,
      replications: this.replications,
      simulatedSecondsDone: this.finished.size * this.horizonSeconds + inFlight,
      simulatedSecondsTotal: this.replications * this.horizonSeconds,
    };
  }
}

/**
 * Collects where a run's time goes (see `RunBreakdown`) from the workers' timings, on the
 * page's clock (ms from the start of the run). Workers that report no timing (fakes,
 * older workers) leave the breakdown out.
 */
class BreakdownTally {
  private readonly origin = performance.timeOrigin;
  private validated = NaN;
  private readonly first: number[];
  private readonly last: number[];
  private readonly busy: number[];
  private parse = 0;
  private simulate = 0;
  private returned = 0;
  private returnMax = 0;
  private merge = 0;
  private complete = true;

  constructor(
    private readonly started: number,
    private readonly workers: number,
  ) {
    this.first = new Array<number>(workers).fill(NaN);
    this.last = new Array<number>(workers).fill(NaN);
    this.busy = new Array<number>(workers).fill(0);
  }

  /** Page-clock ms from the start of the run. */
  private since(epochMs: number): number {
    return epochMs - this.origin - this.started;
  }

  validatedNow(): void {
    this.validated = performance.now() - this.started;
  }

  /** A result from worker `worker` reached the page now. */
  received(worker: number, timing: ReplicationTiming | undefined): void {
    if (!timing) {
      this.complete = false;
      return;
    }
    const start = this.since(timing.startedAt);
    const end = this.since(timing.endedAt);
    this.first[worker] = Number.isNaN(this.first[worker]!) ? start : Math.min(this.first[worker]!, start);
    this.last[worker] = Number.isNaN(this.last[worker]!) ? end : Math.max(this.last[worker]!, end);
    this.busy[worker]! += end - start;
    this.parse += timing.parseMs;
    this.simulate += timing.simulateMs;
    const back = performance.now() - this.started - end;
    this.returned += back;
    this.returnMax = Math.max(this.returnMax, back);
  }

  merged(ms: number): void {
    this.merge += ms;
  }

  build(): RunBreakdown | undefined {
    if (!this.complete) return undefined;
    const { workers } = this;
    const used = Array.from({ length: workers }, (_, i) => i);
    let idle = 0;
    for (const i of used) if (!Number.isNaN(this.last[i]!)) idle += this.last[i]! - this.first[i]! - this.busy[i]!;
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      workers,
      validatedMs: round(this.validated),
      firstStartMs: used.map((i) => round(this.first[i]!)),
      lastEndMs: used.map((i) => round(this.last[i]!)),
      parseMs: round(this.parse),
      simulateMs: round(this.simulate),
      returnMs: round(this.returned),
      returnMaxMs: round(this.returnMax),
      idleMs: round(idle),
      mergeMs: round(this.merge),
      totalMs: round(performance.now() - this.started),
    };
  }
}

/**
 * Runs an experiment on the given workers: validates the scenario on the first, then
 * hands out replications 0..n−1 to whichever worker is free. Resolves with the result,
 * with `{ok: false, issues}` for a bad scenario or bad options (before any replication),
 * or with `CANCELLED` as soon as `signal` aborts; after it settles the listener hears
 * nothing more. Rejects only on a bug (a worker threw, or a listener did).
 */
export function runPlan(
  workers: readonly SimWorker[],
  scenarioJson: unknown,
  options: PoolRunOptions,
  listener: RunListener = {},
  signal?: AbortSignal,
): Promise<RunOutcome> {
  return new PlanRun(workers, scenarioJson, options, listener, signal).outcome;
}

class PlanRun {
  readonly outcome: Promise<RunOutcome>;
  private settled = false;
  private resolve: (outcome: RunOutcome) => void = () => {};
  private reject: (error: unknown) => void = () => {};

  constructor(
    private readonly workers: readonly SimWorker[],
    private readonly scenarioJson: unknown,
    private readonly options: PoolRunOptions,
    private readonly listener: RunListener,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.outcome = new Promise<RunOutcome>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (signal?.aborted) {
      this.settle(CANCELLED);
      return;
    }
    signal?.addEventListener('abort', this.abort, { once: true });
    this.execute().then(
      (outcome) => this.settle(outcome),
      (error: unknown) => this.fail(error),
    );
  }

  private readonly abort = (): void => this.settle(CANCELLED);

  private settle(outcome: RunOutcome): void {
    if (this.settled) return;
    this.settled = true;
    this.signal?.removeEventListener('abort', this.abort);
    this.resolve(outcome);
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.signal?.removeEventListener('abort', this.abort);
    this.reject(error);
  }

  /** Calls the listener unless the run has settled; a listener that throws fails the run. */
  private emit(call: () => void): void {
    if (this.settled) return;
    try {
      call();
    } catch (error) {
      this.fail(error);
    }
  }

  private async execute(): Promise<RunOutcome> {
    const started = performance.now();
    const { options, listener, scenarioJson } = this;
    const optionIssues = checkRunOptions(options);
    if (optionIssues.length > 0) return { ok: false, cancelled: false, issues: optionIssues };
    const first = this.workers[0];
    if (!first) throw new Error('runPlan: no workers to run on');

    const workers = this.workers.slice(0, options.replications);
    const timings = new BreakdownTally(started, workers.length);
    const parsed = await first.validate(scenarioJson);
    if (!parsed.ok) return { ok: false, cancelled: false, issues: parsed.issues };
    timings.validatedNow();
    const { scenario } = parsed;
    const runIssues = checkRunOptions(options, scenario);
    if (runIssues.length > 0) return { ok: false, cancelled: false, issues: runIssues };
    const days = options.days ?? scenario.run.days;
    // The same horizon as simulateCallCentre's: whole days from time 0, warm-up included.
    const tally = new ProgressTally(options.replications, days * DAY);
    const summary = new OrderedSummary<Figures>();
    const latest = (): PartialSummary => ({ summary: summary.build(), count: summary.count });
    const totals = { events: 0, attempts: 0 };
    let next = 0;
    let invalid: RunInvalid | undefined;
    this.emit(() => listener.onProgress?.(tally.snapshot()));

    /** Per worker: its last replication was long enough to report progress on the way (see PROGRESS_FROM_MS). */
    const reportProgress = workers.map(() => true);
    /**
     * Worker `index`'s slot `slot` (0: its own; 1, 2: replications waiting in its queue):
     * a waiting slot takes a replication only while `slot` per worker are left to hand out,
     * so that the last ones go to whichever worker is free first rather than queue behind
     * another (the run ends with its slowest worker).
     */
    const work = async (worker: SimWorker, index: number, slot: number): Promise<void> => {
      while (!this.settled && invalid === undefined && next < options.replications && options.replications - next >= slot * workers.length) {
        const replication = next++;
        const onProgress = (report: { simulatedSeconds: number }): void => {
          if (this.settled || !tally.report(replication, report.simulatedSeconds)) return;
          this.emit(() => listener.onProgress?.(tally.snapshot()));
        };
        const outcome = await worker.runReplication(scenarioJson, { seed: options.seed, replication, days: options.days }, reportProgress[index] ? onProgress : undefined);
        if (this.settled) return;
        if (!outcome.ok) {
          invalid ??= { ok: false, cancelled: false, issues: outcome.issues };
          return;
        }
        timings.received(index, outcome.timing);
        if (outcome.timing) reportProgress[index] = outcome.timing.endedAt - outcome.timing.startedAt >= PROGRESS_FROM_MS;
        tally.finish(replication);
        totals.events += outcome.run.events;
        totals.attempts += outcome.run.attempts;
        const before = summary.count;
        const mergeStarted = performance.now();
        const count = summary.add(replication, outcome.figures);
        timings.merged(performance.now() - mergeStarted);
        this.emit(() => listener.onProgress?.(tally.snapshot()));
        if (count > before) this.emit(() => listener.onPartial?.(count, latest));
      }
    };
    // With replications enough to share, two are in flight per worker: the second waits in the
    // worker's own queue, so the worker starts it at once instead of waiting for the page to
    // take the last result and hand out another (a page busy drawing left workers idle). With
    // few, one each, so that a fast worker still takes more than a slow one. With many, three:
    // on a loaded machine the page can take longer to answer than a short replication lasts
    // (workers idled 100–350 ms each in a run of 100 one-week replications with two), and a
    // worker then ends at most two short replications after the others.
    const perWorker = options.replications / workers.length;
    const inFlight = perWorker >= DEEP_PIPELINE_FROM_PER_WORKER ? 3 : perWorker >= PIPELINE_FROM_PER_WORKER ? 2 : 1;
    await Promise.all(Array.from({ length: inFlight }, (_, slot) => workers.map((worker, index) => work(worker, index, slot))).flat());
    if (invalid) return invalid;
    if (this.settled) return CANCELLED;
    const summaryBuilt = summary.build();
    const breakdown = timings.build();
    return {
      ok: true,
      scenario: scenario.name,
      seed: options.seed,
      replications: options.replications,
      days,
      warmupHours: scenario.run.warmupHours,
      summary: summaryBuilt,
      totals,
      wallMs: performance.now() - started,
      ...(breakdown ? { breakdown } : {}),
    };
  }
}
