/**
 * What the planning commands (compare, sweep, staff, merge) and sim share: failing with
 * status 2 and every problem on stderr, reading a scenario file (its problems named by
 * field, its warnings printed), progress on stderr about once a second, and the workers
 * (this thread, or worker threads with `--threads`).
 */
import { readFileSync } from 'node:fs';
import { formatIssue, type ScenarioIssue } from '../../models/scenario/issues.ts';
import { parseScenario, type Scenario } from '../../models/scenario/scenario.ts';
import { scenarioWarnings } from '../../models/scenario/warnings.ts';
import { inProcessWorker } from '../planning/experiments.ts';
import type { SimWorker } from '../worker/run-plan.ts';
import { createThreadWorkers } from './threads.ts';

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

/** The workers of a command: this thread for one, else worker threads; `close` ends them. */
export async function commandWorkers(threads: number): Promise<{ workers: SimWorker[]; close(): void }> {
  if (threads === 1) return { workers: [inProcessWorker()], close: () => {} };
  const workers = await createThreadWorkers(threads);
  return { workers, close: () => workers.forEach((w) => w.terminate()) };
}
