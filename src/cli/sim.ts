/**
 * Command line: `npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]`.
 * Bad input prints every problem with its field and exits with status 2; output is
 * written only once the whole run has finished, so nothing is half-written.
 */
import { readFileSync } from 'node:fs';
import { runReplications, type ExperimentResult } from '../../models/replications.ts';
import { parseScenarioText } from '../../models/scenario/scenario.ts';
import { formatIssue } from '../../models/scenario/issues.ts';
import { scenarioWarnings } from '../../models/scenario/warnings.ts';
import { readCommandLine, USAGE } from './options.ts';
import { formatReport } from './report.ts';
import { runShardToFile } from './shard-run.ts';
import { runOnThreads } from './threads.ts';

function fail(lines: readonly string[]): never {
  process.stderr.write(`${lines.join('\n')}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const read = readCommandLine(process.argv.slice(2));
  if (!read.ok) fail(read.errors);
  if (read.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { file, seed, replications, days, threads, json, series, shard, out, sets } = read.commandLine;
  if (sets) fail(['sim takes no --set (see npm run sweep)']);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail([`${file}: cannot read the scenario file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  const scenario = parseScenarioText(text);
  if (!scenario.ok) fail([`${file}: the scenario has ${scenario.issues.length} problem(s):`, ...scenario.issues.map((i) => `  ${formatIssue(i)}`)]);
  for (const warning of scenarioWarnings(scenario.scenario)) process.stderr.write(`${file}: warning: ${warning.path}: ${warning.message}\n`);
  if (shard || out !== undefined) {
    await runShardToFile(read.commandLine, { json: JSON.parse(text), scenario: scenario.scenario }, USAGE);
    return;
  }

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
  if (json) {
    const { summary: { series: timeSeries, ...figures }, ...about } = result;
    const document = { ...about, ...figures, ...(series ? { series: timeSeries } : {}) };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(result));
  }
  process.stderr.write(`done: ${replications} replication(s) in ${seconds.toFixed(2)} s, ${result.totals.events} events\n`);
}

await main();
