/**
 * Replications spread over worker threads, through the same plan as the browser's worker
 * pool: replication i always draws from streams (seed, i) and the summary adds results in
 * index order, so the figures do not depend on the number of threads.
 */
import type { Endpoint } from 'comlink';
import { Worker } from 'node:worker_threads';
import { comlinkWorker, type PoolWorker } from '../worker/client.ts';
import type { PoolProgress, PoolRunOptions, RunOutcome } from '../worker/protocol.ts';
import { runPlan } from '../worker/run-plan.ts';
import { threadBundle } from './thread-bundle.ts';

/**
 * A worker thread as a comlink endpoint. (comlink's own node adapter sends every event
 * type to the message listener, so a thread's errors could not be told from its answers.)
 */
function threadEndpoint(worker: Worker): Endpoint {
  type Listener = Parameters<Endpoint['addEventListener']>[1];
  const wrapped = new Map<Listener, (value: unknown) => void>();
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer as never),
    addEventListener: (type, listener) => {
      const deliver = (value: unknown) => {
        const event = (type === 'message' ? { data: value } : { type, message: (value as Error)?.message ?? String(value) }) as never;
        if (typeof listener === 'function') listener(event);
        else listener.handleEvent(event);
      };
      wrapped.set(listener, deliver);
      worker.on(type, deliver);
    },
    removeEventListener: (type, listener) => {
      const deliver = wrapped.get(listener);
      if (deliver) worker.off(type, deliver);
      wrapped.delete(listener);
    },
  };
}

export async function runOnThreads(
  scenarioJson: unknown,
  options: PoolRunOptions,
  threads: number,
  onProgress: (progress: PoolProgress) => void,
): Promise<RunOutcome> {
  const workers = await createThreadWorkers(threads);
  try {
    return await runPlan(workers, scenarioJson, options, { onProgress });
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

/** `threads` worker threads, each running the simulation API; terminate them when done. */
export async function createThreadWorkers(threads: number): Promise<PoolWorker[]> {
  const bundle = await threadBundle();
  return Array.from({ length: threads }, () => {
    const worker = new Worker(bundle);
    return comlinkWorker(threadEndpoint(worker), () => void worker.terminate());
  });
}
