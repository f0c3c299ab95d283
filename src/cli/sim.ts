/**
 * Command line: `npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series] [--yes] [--call-log log.csv]`.
 * Bad input prints every problem with its field and exits with status 2. Before running,
 * the cost estimate is printed, and a run longer than CONFIRM_RUN_SECONDS needs `--yes`.
 * Output is written only once the whole run has finished, all of it or nothing.
 */
import { CONFIRM_RUN_SECONDS, MAX_SCENARIO_BYTES } from '../../models/limits.ts';
import { runReplications, type ExperimentResult } from '../../models/replications.ts';
import { checkRunOptions, runNotes } from '../../models/run-options.ts';
import { describeDuration, estimateRunCost, progressStepSeconds } from '../../models/scenario/run-cost.ts';
import { parseScenarioText } from '../../models/scenario/scenario.ts';
import { formatIssue } from '../../models/scenario/issues.ts';
import { scenarioWarnings } from '../../models/scenario/warnings.ts';
import { writeCallLogFile } from './call-log-file.ts';
import { readTextFile, writeAllOrNothing } from './files.ts';
import { readCommandLine, USAGE } from './options.ts';
import { formatReport } from './report.ts';
import { threadsFor } from './command.ts';
import { runShardToFile } from './shard-run.ts';
import { runOnThreads } from './threads.ts';

/** Progress goes to stderr at most this often (and, with steps sized by the estimate, at least every 2 s). */
const PROGRESS_EVERY_MS = 1000;

function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

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
  const { file, seed, replications, days, json, series, yes, shard, out, sets, callLog } = read.commandLine;
  if (sets) fail(['sim takes no --set (see npm run sweep)']);

  const read_ = readTextFile(file, MAX_SCENARIO_BYTES);
  if (!read_.ok) fail([`${file}: the scenario file is ${read_.reason}`]);
  const text = read_.text;
  const scenario = parseScenarioText(text);
  if (!scenario.ok) {
    const counted = scenario.issues.at(-1)?.path === '(more)' ? 'many problems (the first listed)' : `${scenario.issues.length} problem(s)`;
    fail([`${file}: the scenario has ${counted}:`, ...scenario.issues.map((i) => `  ${formatIssue(i)}`)]);
  }
  for (const warning of scenarioWarnings(scenario.scenario)) process.stderr.write(`${file}: warning: ${warning.path}: ${warning.message}\n`);
  const threads = threadsFor(read.commandLine.threads, scenario.scenario, replications, days);
  const runIssues = checkRunOptions({ seed, replications, days, threads }, scenario.scenario);
  if (runIssues.length > 0) fail(runIssues.map((i) => `--${i.option}: ${i.message}, got ${i.found}`));
  const runDays = days ?? scenario.scenario.run.days;
  for (const note of runNotes(scenario.scenario, runDays)) process.stderr.write(`note: ${note.path} = ${note.found}: ${note.message}\n`);

  const cost = estimateRunCost(scenario.scenario, { replications, days, cores: threads });
  const estimate = `about ${formatCount(cost.attempts)} call attempts (${formatCount(cost.attemptsPerReplication)} per replication × ${replications}), ${describeDuration(cost.seconds)} on ${threads} thread(s)`;
  if (cost.seconds > CONFIRM_RUN_SECONDS && !yes) {
    fail([`estimate: ${estimate}, more than the ${CONFIRM_RUN_SECONDS / 60} minutes run without asking.`, 'Shorten the run (--days, --replications), or add --yes to run it anyway.']);
  }
  process.stderr.write(`estimate: ${estimate}\n`);
  if (callLog !== undefined) {
    if (shard || out !== undefined) fail(['--call-log: not with --shard or --out (the log is replication 0 of a whole run)']);
    const logged = writeCallLogFile(scenario.scenario, { seed, days, file: callLog });
    if (!logged.ok) {
      process.stderr.write(`${callLog}: cannot write the call log (${logged.code}${logged.code === 'ENOSPC' ? ': the disk is full' : ''}); nothing was written\n`);
      process.exit(1);
    }
    const unfinished = logged.unfinished > 0 ? `; ${logged.unfinished} attempt(s) still in progress when the run stopped are not in it` : '';
    process.stderr.write(`call log: ${formatCount(logged.rows)} attempts of replication 0 written to ${callLog}${unfinished}\n`);
  }
  if (shard || out !== undefined) {
    await runShardToFile(read.commandLine, { json: JSON.parse(text), scenario: scenario.scenario }, USAGE);
    return;
  }

  const started = Date.now();
  let lastReport = started;
  const report = (share: number, detail: string) => {
    const now = Date.now();
    if (now - lastReport < PROGRESS_EVERY_MS) return;
    lastReport = now;
    process.stderr.write(`  ${(share * 100).toFixed(0)}% (${detail})\n`);
  };
  let result: ExperimentResult;
  if (threads === 1) {
    result = runReplications(scenario.scenario, {
      seed,
      replications,
      days,
      progressEverySeconds: progressStepSeconds(scenario.scenario, runDays),
      onProgress: ({ replicationsDone, current }) =>
        report((replicationsDone + current.simulatedSeconds / current.horizonSeconds) / replications, `replication ${replicationsDone + 1} of ${replications}`),
    });
  } else {
    const outcome = await runOnThreads(JSON.parse(text), { seed, replications, days }, threads, (p) =>
      report(p.simulatedSecondsDone / p.simulatedSecondsTotal, `${p.replicationsDone} of ${replications} replications done, ${threads} threads`),
    );
    if (!outcome.ok) fail(outcome.cancelled ? ['the run was cancelled'] : outcome.issues.map(formatIssue));
    const { wallMs: _wallMs, breakdown: _breakdown, ok: _ok, ...experiment } = outcome;
    result = experiment;
  }
  const seconds = (Date.now() - started) / 1000;
  let output: string;
  if (json) {
    const { summary: { series: timeSeries, ...figures }, ...about } = result;
    const document = { ...about, ...figures, ...(series ? { series: timeSeries } : {}) };
    output = `${JSON.stringify(document, null, 2)}\n`;
  } else {
    output = formatReport(result);
  }
  const written = writeAllOrNothing(process.stdout.fd, output);
  if (!written.ok) {
    process.stderr.write(`cannot write the results to the standard output (${written.code}${written.code === 'ENOSPC' ? ': the disk is full' : ''}); nothing was written\n`);
    process.exit(1);
  }
  process.stderr.write(`done: ${replications} replication(s) in ${seconds.toFixed(2)} s, ${result.totals.events} events\n`);
}

await main();
