/**
 * Runs fuzz cases over the bundled scenarios and tallies them; the cases are fixed by
 * (seed, case number), so a failure can be replayed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkCase, type CaseOutcome, type CaseVerdict } from './check.ts';
import { FuzzRandom, mutateScenario } from './mutate.ts';

export interface FuzzFailure {
  readonly caseNumber: number;
  readonly scenario: string;
  readonly mutations: readonly string[];
  readonly outcome: CaseOutcome;
}

export interface FuzzReport {
  readonly cases: number;
  readonly tally: Readonly<Record<CaseVerdict, number>>;
  /** Cases that broke a rule (crash, bad issues, silent loss, conservation), the first 20. */
  readonly failures: readonly FuzzFailure[];
  readonly failureCount: number;
}

const FAILING: readonly CaseVerdict[] = ['crash', 'bad-issues', 'silent-loss', 'conservation'];

/** The bundled scenarios as JSON, by file name. */
export function bundledScenarios(directory = new URL('../../scenarios/', import.meta.url)): [string, unknown][] {
  return readdirSync(directory)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, directory), 'utf8')) as unknown]);
}

export function runFuzz(cases: number, seed: number, onCase?: (done: number) => void): FuzzReport {
  const scenarios = bundledScenarios();
  const tally = { rejected: 0, ran: 0, 'too-costly': 0, crash: 0, 'bad-issues': 0, 'silent-loss': 0, conservation: 0 } satisfies Record<CaseVerdict, number>;
  const failures: FuzzFailure[] = [];
  let failureCount = 0;
  for (let n = 0; n < cases; n++) {
    const rng = new FuzzRandom(seed * 1_000_003 + n);
    const [name, json] = rng.pick(scenarios);
    const { json: input, done } = mutateScenario(json, rng);
    const outcome = checkCase(input, n);
    tally[outcome.verdict]++;
    if (FAILING.includes(outcome.verdict)) {
      failureCount++;
      if (failures.length < 20) failures.push({ caseNumber: n, scenario: name, mutations: done, outcome });
    }
    onCase?.(n + 1);
  }
  return { cases, tally, failures, failureCount };
}
