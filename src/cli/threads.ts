/**
 * Replications spread over this thread and worker threads, through the same plan as the
 * browser's worker pool: replication i always draws from streams (seed, i) and the summary
 * adds results in index order, so the figures do not depend on the number of threads.
 */
import type { Endpoint } from 'comlink';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { simApi } from '../worker/api.ts';
import { comlinkWorker, type PoolWorker } from '../worker/client.ts';
import type { PoolProgress, PoolRunOptions, RunOutcome } from '../worker/protocol.ts';
import { runPlan, type SimWorker } from '../worker/run-plan.ts';

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
  const { workers, close } = await threadWorkers(threads);
  try {
    return await runPlan(workers, scenarioJson, options, { onProgress });
  } finally {
    close();
  }
}

/**
 * `threads` workers for the run plan: this thread and `threads − 1` worker threads. This
 * thread has the model loaded already and would otherwise only wait, so it takes
 * replications too, while the threads start. It comes first, so it also checks the scenario
 * (the plan asks its first worker) without waiting for a thread to start; as it pauses
 * before each replication, the threads are handed theirs in the same turn. `close` ends the
 * threads.
 */
export async function threadWorkers(threads: number): Promise<{ workers: SimWorker[]; close(): void }> {
  const spawned = await createThreadWorkers(threads - 1);
  return { workers: [yieldingInProcessWorker(), ...spawned], close: () => spawned.forEach((w) => w.terminate()) };
}

/**
 * The simulation API in this thread, letting the event loop run before each replication:
 * a replication here is synchronous, and without the pause the plan would hand this thread
 * its next one in the same microtask chain, so the threads' answers would wait (and the
 * threads idle) until this thread had nothing left.
 */
function yieldingInProcessWorker(): SimWorker {
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    validate: async (json) => simApi.validate(json),
    runReplication: async (json, options, onProgress) => {
      await pause();
      return simApi.runReplication(json, options, onProgress);
    },
  };
}

/**
 * The worker threads' script: beside this file in the command line's bundle; from the
 * TypeScript sources (tests), in the bundle built (or found) for them.
 */
async function threadWorkerFile(): Promise<string> {
  if (import.meta.env?.CLI_BUNDLE) return fileURLToPath(new URL('./thread-worker.mjs', import.meta.url));
  const { cliBundle } = await import('./bundle.mjs');
  return join(await cliBundle(), 'thread-worker.mjs');
}

/** `threads` worker threads, each running the simulation API; terminate them when done. */
export async function createThreadWorkers(threads: number): Promise<PoolWorker[]> {
  if (threads < 1) return [];
  const file = await threadWorkerFile();
  return Array.from({ length: threads }, () => {
    const worker = new Worker(file);
    return comlinkWorker(threadEndpoint(worker), () => void worker.terminate());
  });
}
