/**
 * Stand-ins for simulation workers: fakes that answer from replications run once up front
 * (after a delay, to mix up the order in which replications finish), workers held until the
 * test releases them, and "workers" that speak comlink over a real MessageChannel.
 */
import { expose } from 'comlink';
import { simApi } from '../../src/worker/api.ts';
import { comlinkWorker, type PoolWorker } from '../../src/worker/client.ts';
import type { ReplicationOutcome, ReplicationProgress } from '../../src/worker/protocol.ts';
import { bundledJson } from '../support/scenarios.ts';

/** The bundled baseline as JSON, as the page would send it. */
export const baselineJson: unknown = bundledJson('baseline');

/** Runs replications 0..count−1 once, as a worker would. */
export function precompute(seed: number, count: number, days: number): ReplicationOutcome[] {
  return Array.from({ length: count }, (_, replication) => simApi.runReplication(baselineJson, { seed, replication, days }));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface FakeWorker extends PoolWorker {
  /** Replication indices this worker was given, in order. */
  readonly given: number[];
  terminated: boolean;
}

/**
 * Answers replication i with `outcomes[i]` after `delayMs(i)` ms, reporting half-way and,
 * if `lateProgress`, once more after it has answered (as a report can arrive after the
 * result when they travel on different ports).
 */
export function fakeWorker(outcomes: readonly ReplicationOutcome[], delayMs: (replication: number) => number, lateProgress = false): FakeWorker {
  const worker: FakeWorker = {
    given: [],
    terminated: false,
    validate: async (json) => simApi.validate(json),
    runReplication: async (_json, options, onProgress) => {
      worker.given.push(options.replication);
      const outcome = outcomes[options.replication];
      if (!outcome) throw new Error(`fake worker: no outcome for replication ${options.replication}`);
      const horizonSeconds = outcome.ok ? outcome.run.horizonSeconds : 1;
      await sleep(delayMs(options.replication) / 2);
      onProgress?.({ simulatedSeconds: horizonSeconds / 2, horizonSeconds });
      await sleep(delayMs(options.replication) / 2);
      onProgress?.({ simulatedSeconds: horizonSeconds, horizonSeconds });
      if (lateProgress) setTimeout(() => onProgress?.({ simulatedSeconds: horizonSeconds * 0.75, horizonSeconds }), 0);
      return outcome;
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

export interface HeldCall {
  readonly replication: number;
  readonly onProgress: ((progress: ReplicationProgress) => void) | undefined;
  readonly answer: (outcome: ReplicationOutcome) => void;
}

/** A worker whose replications finish only when the test calls `answer`. */
export function heldWorker(): FakeWorker & { readonly held: HeldCall[] } {
  const worker = {
    given: [] as number[],
    held: [] as HeldCall[],
    terminated: false,
    validate: async (json: unknown) => simApi.validate(json),
    runReplication: (_json: unknown, options: { replication: number }, onProgress?: (progress: ReplicationProgress) => void) =>
      new Promise<ReplicationOutcome>((answer) => {
        worker.given.push(options.replication);
        worker.held.push({ replication: options.replication, onProgress, answer });
      }),
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

/** `simApi` exposed on one end of a MessageChannel and wrapped on the other, as sim.worker.ts and client.ts do. */
export function channelWorker(): PoolWorker & { readonly closed: () => boolean } {
  const { port1, port2 } = new MessageChannel();
  expose(simApi, port1);
  let closed = false;
  const worker = comlinkWorker(port2, () => {
    closed = true;
    port1.close();
    port2.close();
  });
  return { ...worker, closed: () => closed };
}
