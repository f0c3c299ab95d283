/**
 * What the planning commands (compare, sweep, staff, merge) and sim share: failing with
 * status 2 and every problem on stderr, reading a scenario file (its problems named by
 * field, its warnings printed), progress on stderr about once a second, and the workers
 * (this thread, or worker threads with `--threads`).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MAX_THREADS } from '../../models/limits.ts';
import { estimateRunCost } from '../../models/scenario/run-cost.ts';
import { formatIssue, type ScenarioIssue } from '../../models/scenario/issues.ts';
import { parseScenario, type Scenario } from '../../models/scenario/scenario.ts';
import { scenarioWarnings } from '../../models/scenario/warnings.ts';
import { inProcessWorker } from '../planning/experiments.ts';
import type { SimWorker } from '../worker/run-plan.ts';
import { threadWorkers } from './threads.ts';

export function fail(lines: readonly string[], usage: string): never {
  process.stderr.write(`${lines.join('\n')}\n${usage}\n`);
  process.exit(2);
}

/** Lines naming each issue, under a heading. */
export function issueLines(heading: string, issues: readonly ScenarioIssue[]): string[] {
  return [`${heading} has ${issues.length} problem(s):`, ...issues.map((i) => `  ${formatIssue(i)}`)];
}

export interface ScenarioFile {
  readonly json: unknown;
  readonly scenario: Scenario;
}

/** Reads and checks a scenario file; exits with status 2 if it cannot be read or is invalid. Prints its warnings. */
export function readScenarioFile(file: string, usage: string): ScenarioFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail([`${file}: ${code ? `cannot read the scenario file (${code})` : `not JSON (${(error as Error).message})`}`], usage);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) fail(issueLines(`${file}: the scenario`, parsed.issues), usage);
  for (const warning of scenarioWarnings(parsed.scenario)) process.stderr.write(`${file}: warning: ${warning.path}: ${warning.message}\n`);
  return { json, scenario: parsed.scenario };
}

/** A progress line on stderr at most once a second. */
export function progressReporter(): (share: number, detail: string) => void {
  let last = Date.now();
  return (share, detail) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    process.stderr.write(`  ${(share * 100).toFixed(0)}% (${detail})\n`);
  };
}

/**
 * Estimated seconds on one thread from which threads are used. This thread runs
 * replications beside the worker threads, so a thread costs only its own start on a core
 * that would otherwise idle (about 0.1 s to load the command line's bundle, then the model
 * compiled cold); below this a run is too short to share. The estimate is cautious (100
 * one-week baseline replications: 6.7 s estimated, under 2 s run).
 */
const THREADS_FROM_SECONDS = 1;

/**
 * The threads to run `runs` replications of `scenario` on: as given, else every core when
 * the estimate on one thread reaches `THREADS_FROM_SECONDS` (and there is a replication for
 * each), else one.
 */
export function threadsFor(given: number | undefined, scenario: Scenario, runs: number, days: number | undefined): number {
  if (given !== undefined) return given;
  const oneThread = estimateRunCost(scenario, { replications: runs, days }).seconds;
  if (oneThread < THREADS_FROM_SECONDS) return 1;
  return Math.max(1, Math.min(availableParallelism(), runs, MAX_THREADS));
}

/** The workers of a command: this thread for one, else this thread and worker threads; `close` ends them. */
export async function commandWorkers(threads: number): Promise<{ workers: SimWorker[]; close(): void }> {
  if (threads === 1) return { workers: [inProcessWorker()], close: () => {} };
  return threadWorkers(threads);
}
