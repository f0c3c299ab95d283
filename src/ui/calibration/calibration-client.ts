/**
 * The page's side of the calibration workers: a `SimulationPool` (src/worker/client.ts)
 * whose workers run `calibration.worker.ts`, so the fit and the report have the pool's
 * one-run-at-a-time and its Cancel (which terminates the workers at once). A fit runs on one
 * worker; the report hands replications 0..n−1 to whichever worker is free and keeps each
 * replication's figures in its index's place, so the numbers do not depend on the spread.
 */
import { wrap, type Remote } from 'comlink';
import { comlinkWorker, defaultPoolSize, SimulationPool, type PoolWorker } from '../../worker/client.ts';
import type { SimWorker } from '../../worker/run-plan.ts';
import type { IntervalFigures } from '../../calibration/interval-report.ts';
import type { CalibrationApi, FitOutcome, FitRequest } from './calibration-api.ts';

/** What the page needs of the calibration workers (tests pass a fake). */
export interface CalibrationRunner {
  fit(file: Blob, request: FitRequest): Promise<FitOutcome | 'cancelled'>;
  report(scenarioJson: unknown, options: { seed: number; replications: number }, onReplication: (done: number) => void): Promise<IntervalFigures[][] | 'cancelled'>;
  cancel(): void;
  dispose(): void;
}

export class CalibrationPool implements CalibrationRunner {
  private readonly remotes = new WeakMap<SimWorker, Remote<CalibrationApi>>();
  private readonly pool: SimulationPool;

  constructor(maxWorkers = defaultPoolSize()) {
    this.pool = new SimulationPool({
      maxWorkers,
      createWorker: () => {
        const worker = new Worker(new URL('./calibration.worker.ts', import.meta.url), { type: 'module' });
        const pooled: PoolWorker = comlinkWorker(worker, () => worker.terminate());
        this.remotes.set(pooled, wrap<CalibrationApi>(worker));
        return pooled;
      },
    });
  }

  async fit(file: Blob, request: FitRequest): Promise<FitOutcome | 'cancelled'> {
    return this.pool.runTask(1, async (workers, signal) => {
      const remote = this.remotes.get(workers[0]!)!;
      return abortable<FitOutcome>(remote.fit(file, request) as Promise<FitOutcome>, signal);
    });
  }

  async report(scenarioJson: unknown, options: { seed: number; replications: number }, onReplication: (done: number) => void): Promise<IntervalFigures[][] | 'cancelled'> {
    return this.pool.runTask(options.replications, async (workers, signal) => {
      const results: IntervalFigures[][] = [];
      let next = 0;
      let done = 0;
      const work = async (worker: SimWorker) => {
        while (next < options.replications && !signal.aborted) {
          const replication = next++;
          const figures = await abortable(this.remotes.get(worker)!.reportReplication(scenarioJson, { seed: options.seed, replication }), signal);
          if (figures === 'cancelled') return;
          results[replication] = figures;
          onReplication(++done);
        }
      };
      await Promise.all(workers.map(work));
      return signal.aborted ? 'cancelled' : results;
    });
  }

  cancel(): void {
    this.pool.cancel();
  }

  dispose(): void {
    this.pool.dispose();
  }
}

/** The promise's value, or 'cancelled' as soon as the signal aborts (a terminated worker never answers). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | 'cancelled'> {
  if (signal.aborted) return Promise.resolve('cancelled');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('cancelled');
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), signal.aborted ? resolve('cancelled') : reject(error)),
    );
  });
}
