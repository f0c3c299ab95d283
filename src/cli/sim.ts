/**
 * Command line: `npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--json]`.
 * Bad input prints every problem with its field and exits with status 2; output is
 * written only once the whole run has finished, so nothing is half-written.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_SEED } from '../engine/random.ts';
import { runReplications, type ExperimentResult } from '../../models/replications.ts';
import { parseScenarioText } from '../../models/scenario.ts';
import { formatIssue } from '../../models/scenario-issues.ts';
import { formatReport } from './report.ts';

const USAGE = 'usage: npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--json] [--series]';

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

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        replications: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
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
  const result: ExperimentResult = runReplications(scenario.scenario, {
    seed,
    replications,
    days,
    onProgress: ({ replicationsDone, current }) => {
      const now = Date.now();
      if (now - lastReport < 1000) return;
      lastReport = now;
      const share = (replicationsDone + current.simulatedSeconds / current.horizonSeconds) / replications;
      process.stderr.write(`  ${(share * 100).toFixed(0)}% (replication ${replicationsDone + 1} of ${replications})\n`);
    },
  });
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

main();
