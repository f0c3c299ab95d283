/**
 * What a simulation worker offers the page, as plain functions over plain data (PROXX's
 * `services` object): the page sends scenario JSON as it stands in the editor, the worker
 * validates it with `parseScenario` (data only, never executed) and runs one replication
 * at a time. Expected failures (a bad field, a bad seed) come back as `{ ok: false, issues }`;
 * only bugs throw, and comlink rethrows them on the page as plain `Error`s.
 *
 * One replication runs synchronously to the end: a worker busy in one cannot read a
 * "stop" message until it is done (sharing an abort flag through SharedArrayBuffer would
 * need a cross-origin-isolated page). So a run is cancelled by terminating its workers
 * (`SimulationPool.cancel`), and between replications simply by handing out no more work.
 */
import { releaseProxy } from 'comlink';
import type { ScenarioIssue } from '../../models/scenario/issues.ts';
import { parseScenario, type ParseResult } from '../../models/scenario/scenario.ts';
import { simulateCallCentre, type ReplicationResult, type RunProgress } from '../../models/call-centre.ts';
import { figuresOf, type Figures } from '../../models/replications.ts';
import { checkReplicationOptions } from './run-plan.ts';

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

export type ReplicationOutcome =
  | { readonly ok: true; readonly figures: Figures; readonly run: ReplicationResult['run'] }
  | { readonly ok: false; readonly issues: ScenarioIssue[] };

/**
 * Each progress report is a postMessage to the page, so at most one is sent every this many
 * milliseconds of wall-clock time (the model itself reports every 1% of simulated time, or
 * every simulated hour if that is longer). The report at the end of simulated time is always sent.
 */
export const PROGRESS_EVERY_MS = 100;

export const simApi = {
  /** Checks scenario JSON; the parsed scenario comes back with every default filled in. */
  validate(json: unknown): ParseResult {
    return parseScenario(json);
  },

  /**
   * Runs replication `options.replication` of the scenario; the figures are those
   * `runReplications` averages, the run metadata (events, attempts, horizon) apart.
   */
  runReplication(scenarioJson: unknown, options: ReplicationOptions, onProgress?: (progress: ReplicationProgress) => void): ReplicationOutcome {
    try {
      const issues = checkReplicationOptions(options);
      if (issues.length > 0) return { ok: false, issues };
      const parsed = parseScenario(scenarioJson);
      if (!parsed.ok) return parsed;
      const result = simulateCallCentre(parsed.scenario, {
        seed: options.seed,
        replication: options.replication,
        days: options.days,
        onProgress: onProgress && throttle(onProgress, PROGRESS_EVERY_MS),
      });
      return { ok: true, figures: figuresOf(result), run: result.run };
    } finally {
      releaseRemote(onProgress);
    }
  },
};

export type SimApi = typeof simApi;

function throttle(onProgress: (progress: ReplicationProgress) => void, everyMs: number): (progress: RunProgress) => void {
  let last = -Infinity;
  return ({ simulatedSeconds, horizonSeconds }) => {
    const now = performance.now();
    if (simulatedSeconds < horizonSeconds && now - last < everyMs) return;
    last = now;
    onProgress({ simulatedSeconds, horizonSeconds });
  };
}

/**
 * A callback passed through comlink's `proxy()` arrives as a remote proxy holding a
 * MessageChannel of its own; release it as soon as the replication is over rather than when
 * the garbage collector gets to it, so a long run does not pile up open ports (and Node
 * tests can exit). Reports already posted are delivered first: one port keeps its order.
 * A plain function (simApi called directly) has no such member.
 */
function releaseRemote(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const release: unknown = (callback as unknown as Record<symbol, unknown>)[releaseProxy];
  if (typeof release === 'function') release();
}
