/**
 * The page's side of the simulation workers: a small pool of module Web Workers, created
 * on first use and kept for the next run, that share out the replications of one
 * experiment (see run-plan.ts for the sharing and merging). Only types come from the worker's
 * side (protocol.ts), so the model and simjs stay in the worker's bundle.
 *
 * Cancelling terminates the workers: a worker in the middle of a replication cannot hear a
 * message until the replication ends (see api.ts), and terminating frees its core at once.
 * The page warms fresh workers again at once, so the next run does not wait for them.
 */
import { proxy, wrap, type Endpoint } from 'comlink';
import { checkRunOptions } from '../../models/run-options.ts';
import type { PoolRunOptions, RunOutcome, SimApi } from './protocol.ts';
import { runPlan, type RunListener, type SimWorker } from './run-plan.ts';


/** One worker of the pool: the simulation API plus a way to stop it at once. */
export interface PoolWorker extends SimWorker {
  terminate(): void;
}

/** Creates the pool's worker number `index` (0, 1, …). */
export type WorkerFactory = (index: number) => PoolWorker;

/** Short replications a new worker runs, one after another, to compile the model's code. */
export interface WarmUp {
  readonly scenarioJson: unknown;
  /** Simulated days of each, in order: the warm-up stops, between two, when a run starts. */
  readonly days: readonly number[];
}

export interface PoolOptions {
  /** Defaults to a module Web Worker running sim.worker.ts; tests pass fakes or MessageChannel ports. */
  readonly createWorker?: WorkerFactory;
  /** At most this many workers; defaults to the logical cores (at least 1). */
  readonly maxWorkers?: number;
}

/**
 * A worker per logical core (at least 1): the page itself only waits during a run, and
 * draws partial results in short slices (see the chart scheduler), so it needs no core of
 * its own.
 */
export function defaultPoolSize(): number {
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return Math.max(1, cores || 2);
}

/**
 * Wraps a comlink endpoint on which `simApi` is exposed (a Worker, or a MessagePort in
 * tests). Progress callbacks are passed with `proxy()`. A worker that fails outside a call
 * (its script did not load, a message could not be read) rejects the calls in flight
 * rather than leaving them pending for ever.
 */
export function comlinkWorker(endpoint: Endpoint, terminate: () => void): PoolWorker {
  const remote = wrap<SimApi>(endpoint);
  const failed = new Promise<never>((_, reject) => {
    const onError = (event: Event) => {
      const detail = 'message' in event && typeof event.message === 'string' && event.message ? event.message : event.type;
      reject(new Error(`simulation worker failed: ${detail}`));
    };
    endpoint.addEventListener('error', onError);
    endpoint.addEventListener('messageerror', onError);
  });
  // Observed through the races below; this only keeps an idle worker's failure from being reported as unhandled.
  failed.catch(() => {});
  return {
    validate: (json) => Promise.race([remote.validate(json), failed]),
    runReplication: (json, options, onProgress) => Promise.race([remote.runReplication(json, options, onProgress && proxy(onProgress)), failed]),
    terminate,
  };
}

function createModuleWorker(): PoolWorker {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  return comlinkWorker(worker, () => worker.terminate());
}

/**
 * Runs the replications of an experiment on up to `maxWorkers` workers at once, one run at
 * a time. The final figures equal `runReplications` with the same seed and count.
 */
export class SimulationPool {
  readonly maxWorkers: number;
  private readonly createWorker: WorkerFactory;
  private workers: PoolWorker[] = [];
  private current: AbortController | undefined;
  /** Runs started so far: a worker's warm-up stops once this changes. */
  private runsStarted = 0;

  constructor(options: PoolOptions = {}) {
    this.maxWorkers = options.maxWorkers ?? defaultPoolSize();
    if (!Number.isSafeInteger(this.maxWorkers) || this.maxWorkers < 1) {
      throw new RangeError(`SimulationPool: maxWorkers must be a whole number ≥ 1, got ${this.maxWorkers}`);
    }
    this.createWorker = options.createWorker ?? createModuleWorker;
  }

  /** Workers alive now (created by a run and not terminated since). */
  get size(): number {
    return this.workers.length;
  }

  /** True while a run is in progress. */
  get running(): boolean {
    return this.current !== undefined;
  }

  /**
   * Runs `replications` replications of the scenario JSON on min(replications, maxWorkers)
   * workers. Resolves with the result, with `{ok: false, cancelled: false, issues}` for a bad
   * scenario or bad options (before any replication starts), or with `{ok: false,
   * cancelled: true}` once cancelled (by `cancel()`, by `signal`, or by a newer run); the
   * listener hears nothing after that. Rejects only on a bug, after terminating the workers.
   */
  async run(scenarioJson: unknown, options: PoolRunOptions, listener: RunListener = {}, signal?: AbortSignal): Promise<RunOutcome> {
    this.cancel();
    const issues = checkRunOptions(options);
    if (issues.length > 0) return { ok: false, cancelled: false, issues };
    return this.runTask(options.replications, (workers, aborted) => runPlan(workers, scenarioJson, options, listener, aborted), signal);
  }

  /**
   * Runs `task` on up to `count` of the pool's workers as the pool's one run (planning
   * tools such as `compareScenarios` that hand out replications themselves): `cancel()`,
   * `signal` or a newer run abort the signal the task is given and terminate the workers.
   */
  async runTask<T>(count: number, task: (workers: readonly SimWorker[], signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.cancel();
    const controller = new AbortController();
    this.current = controller;
    this.runsStarted++;
    const onAbort = () => {
      if (this.current === controller) this.cancel();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    try {
      return await task(this.acquire(Math.max(1, Math.min(count, this.maxWorkers))), controller.signal);
    } catch (error) {
      // The other workers' work is of no use now: free their cores.
      if (this.current === controller) this.terminateAll();
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (this.current === controller) this.current = undefined;
    }
  }

  /**
   * Stops the run in progress, if any: its promise resolves `{ok: false, cancelled: true}`
   * and every worker is terminated now (new ones are created by the next run).
   */
  cancel(): void {
    const controller = this.current;
    if (!controller) return;
    this.current = undefined;
    controller.abort();
    this.terminateAll();
  }

  /**
   * Starts every worker now, so that their modules load while the planner is still editing
   * and the first run does not wait for them; with `warmUp`, each new worker also runs those
   * short replications and forgets them, so the model's code is compiled before the first
   * Run (a cold worker ran the first one-week replications of a run at a fifth of its
   * speed, and a single replication of a few days left it at half). The replications go one
   * at a time, and stop when a run starts: the run waits for one short replication at most.
   * Does nothing during a run. Resolves true once every worker it started has run all of
   * `warmUp`, false if it started none or one stopped short.
   */
  async warm(warmUp?: WarmUp): Promise<boolean> {
    if (this.running) return false;
    const before = this.workers.length;
    const fresh = this.acquire(this.maxWorkers).slice(before);
    if (!warmUp || fresh.length === 0) return false;
    const runs = this.runsStarted;
    const done = await Promise.all(fresh.map((worker) => this.warmOne(worker, warmUp, runs)));
    return done.every(Boolean);
  }

  /** True when `worker` ran every warm-up replication. */
  private async warmOne(worker: PoolWorker, warmUp: WarmUp, runs: number): Promise<boolean> {
    for (const days of warmUp.days) {
      if (this.runsStarted !== runs || !this.workers.includes(worker)) return false;
      try {
        await worker.runReplication(warmUp.scenarioJson, { seed: 0, replication: 0, days });
      } catch {
        return false;
      }
    }
    return true;
  }

  /** Cancels any run and terminates the workers, e.g. when the page or its element goes away. */
  dispose(): void {
    this.cancel();
    this.terminateAll();
  }

  private acquire(count: number): PoolWorker[] {
    while (this.workers.length < count) this.workers.push(this.createWorker(this.workers.length));
    return this.workers.slice(0, count);
  }

  private terminateAll(): void {
    const workers = this.workers;
    this.workers = [];
    for (const worker of workers) worker.terminate();
  }
}
