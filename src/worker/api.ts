/**
 * What a simulation worker offers the page: `SimApi` (protocol.ts) as plain functions over
 * plain data (PROXX's `services` object). The page sends scenario JSON as it stands in the
 * editor, the worker validates it with `parseScenario` (data only, never executed) and runs
 * one replication at a time. Expected failures (a bad field, a bad seed) come back as `{ ok: false, issues }`;
 * only bugs throw, and comlink rethrows them on the page as plain `Error`s.
 *
 * One replication runs synchronously to the end: a worker busy in one cannot read a
 * "stop" message until it is done (sharing an abort flag through SharedArrayBuffer would
 * need a cross-origin-isolated page). So a run is cancelled by terminating its workers
 * (`SimulationPool.cancel`), and between replications simply by handing out no more work.
 */
import { releaseProxy } from 'comlink';
import { simulateCallCentre, type RunProgress } from '../../models/call-centre.ts';
import { figuresOf } from '../../models/replications.ts';
import { checkReplicationOptions } from '../../models/run-options.ts';
import { describeValue } from '../../models/scenario/describe-value.ts';
import { progressStepSeconds } from '../../models/scenario/run-cost.ts';
import { parseScenario, type ParseResult } from '../../models/scenario/scenario.ts';
import type { ReplicationProgress, SimApi } from './protocol.ts';

/**
 * Each progress report is a postMessage to the page, so at most one is sent every this many
 * milliseconds of wall-clock time (the model itself reports every 1% of simulated time, or
 * every simulated hour if that is longer). The report at the end of simulated time is always sent.
 */
export const PROGRESS_EVERY_MS = 100;

/** The API a worker exposes (sim.worker.ts, and the command line's thread-worker.ts). */
export const simApi: SimApi = {
  validate(json) {
    return parseScenario(json);
  },

  runReplication(scenarioJson, options, onProgress) {
    const startedAt = performance.timeOrigin + performance.now();
    try {
      if (options === null || typeof options !== 'object') {
        return { ok: false, issues: [{ path: 'options', message: 'expected the options {seed, replication, days}', found: describeValue(options) }] };
      }
      const issues = checkReplicationOptions(options);
      if (issues.length > 0) return { ok: false, issues };
      const parsed = parseCached(scenarioJson);
      if (!parsed.ok) return parsed;
      const runIssues = checkReplicationOptions(options, parsed.scenario);
      if (runIssues.length > 0) return { ok: false, issues: runIssues };
      const parsedAt = performance.timeOrigin + performance.now();
      const result = simulateCallCentre(parsed.scenario, {
        seed: options.seed,
        replication: options.replication,
        days: options.days,
        // Steps sized by the load, so that a heavy scenario still reports every fraction of a second.
        progressEverySeconds: progressStepSeconds(parsed.scenario, options.days ?? parsed.scenario.run.days),
        onProgress: onProgress && throttle(onProgress, PROGRESS_EVERY_MS),
      });
      const endedAt = performance.timeOrigin + performance.now();
      const timing = { startedAt, endedAt, parseMs: parsedAt - startedAt, simulateMs: endedAt - parsedAt };
      return { ok: true, figures: figuresOf(result), run: result.run, timing };
    } finally {
      releaseRemote(onProgress);
    }
  },
};

/** The last scenario read by `runReplication`, by its text (see `scenarioKey`): a run sends the same one for every replication. */
let lastParsed: { readonly key: string; readonly parsed: ParseResult } | undefined;

/**
 * `parseScenario`, skipped when the scenario is the one read last: reading it took a few
 * ms a replication in the page's workers (some 5% of a one-week replication), and a run
 * sends the same scenario for every replication. The parsed scenario is only read by the
 * model, as `runReplications` reuses one for all its replications.
 */
function parseCached(scenarioJson: unknown): ParseResult {
  const key = scenarioKey(scenarioJson);
  if (key !== undefined && lastParsed?.key === key) return lastParsed.parsed;
  const parsed = parseScenario(scenarioJson);
  if (key !== undefined && parsed.ok) lastParsed = { key, parsed };
  return parsed;
}

/**
 * The scenario as text, with what JSON would blur kept apart (NaN, ±Infinity, −0 and
 * undefined each written as a string beginning with U+0000, and strings that begin so
 * escaped), so that two scenarios with one key are the same data; undefined for anything but
 * plain objects, arrays and primitives (a Date, a cycle, a BigInt), which are read each time.
 */
function scenarioKey(scenarioJson: unknown): string | undefined {
  try {
    return JSON.stringify(scenarioJson, function (this: Record<string, unknown>, key: string, value: unknown) {
      const original = this[key];
      if (original !== null && typeof original === 'object') {
        const prototype: unknown = Object.getPrototypeOf(original);
        if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) throw new TypeError('not plain data');
      }
      if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : `\u0000${Object.is(value, -0) ? '-0' : value}`;
      if (typeof value === 'string') return value.startsWith('\u0000') ? `\u0000${value}` : value;
      return value === undefined ? '\u0000undefined' : value;
    });
  } catch {
    return undefined;
  }
}

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
