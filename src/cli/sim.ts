/**
 * Command line: `npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]`.
 * Bad input prints every problem with its field and exits with status 2; output is
 * written only once the whole run has finished, so nothing is half-written.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_SEED } from '../engine/random.ts';
import { runReplications, type ExperimentResult } from '../../models/replications.ts';
import { parseScenarioText } from '../../models/scenario/scenario.ts';
import { formatIssue } from '../../models/scenario/issues.ts';
import { formatReport } from './report.ts';
import { runOnThreads } from './threads.ts';

const USAGE = 'usage: npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]';

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n${USAGE}\n`);
  process.exit(2);
}

function integerOption(name: string, text: string | undefined, fallback: number, min: number, max: number, errors: string[]): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min || value > max) errors.push(`--${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        replications: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        threads: { type: 'string' },
        json: { type: 'boolean' },
        series: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail([(error as Error).message]);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const errors: string[] = [];
  if (parsed.positionals.length !== 1) errors.push('expected exactly one scenario file');
  const replications = integerOption('replications', parsed.values.replications, 10, 1, 100_000, errors);
  const seed = integerOption('seed', parsed.values.seed, 12308, 0, MAX_SEED, errors);
  let days: number | undefined;
  if (parsed.values.days !== undefined) {
    days = Number(parsed.values.days);
    if (!(days > 0 && days <= 3660)) errors.push(`--days: expected a number > 0 and ≤ 3660, got ${JSON.stringify(parsed.values.days)}`);
  }
  const threads = integerOption('threads', parsed.values.threads, 1, 1, 256, errors);
  if (errors.length > 0) fail(errors);

  const file = parsed.positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail([`${file}: cannot read the scenario file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  const scenario = parseScenarioText(text);
  if (!scenario.ok) fail([`${file}: the scenario has ${scenario.issues.length} problem(s):`, ...scenario.issues.map((i) => `  ${formatIssue(i)}`)]);

  const started = Date.now();
  let lastReport = started;
  const report = (share: number, detail: string) => {
    const now = Date.now();
    if (now - lastReport < 1000) return;
    lastReport = now;
    process.stderr.write(`  ${(share * 100).toFixed(0)}% (${detail})\n`);
  };
  let result: ExperimentResult;
  if (threads === 1) {
    result = runReplications(scenario.scenario, {
      seed,
      replications,
      days,
      onProgress: ({ replicationsDone, current }) =>
        report((replicationsDone + current.simulatedSeconds / current.horizonSeconds) / replications, `replication ${replicationsDone + 1} of ${replications}`),
    });
  } else {
    const outcome = await runOnThreads(JSON.parse(text), { seed, replications, days }, threads, (p) =>
      report(p.simulatedSecondsDone / p.simulatedSecondsTotal, `${p.replicationsDone} of ${replications} replications done, ${threads} threads`),
    );
    if (!outcome.ok) fail(outcome.cancelled ? ['the run was cancelled'] : outcome.issues.map(formatIssue));
    const { wallMs: _wallMs, ok: _ok, ...experiment } = outcome;
    result = experiment;
  }
  const seconds = (Date.now() - started) / 1000;
  if (parsed.values.json) {
    const { summary: { series, ...figures }, ...about } = result;
    const document = { ...about, ...figures, ...(parsed.values.series ? { series } : {}) };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(result));
  }
  process.stderr.write(`done: ${replications} replication(s) in ${seconds.toFixed(2)} s, ${result.totals.events} events\n`);
}

await main();
