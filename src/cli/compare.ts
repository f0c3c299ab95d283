/**
 * `npm run compare -- A.json B.json [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]`:
 * both scenarios with the same seed and replications (common random numbers), and the
 * paired difference B − A of every figure. Prints `{a, b, difference}` with `--json`, else
 * a short table of headline figures. Bad input: every problem on stderr, exit status 2.
 */
import { compareScenarios } from '../planning/compare.ts';
import { commandWorkers, fail, issueLines, progressReporter, readScenarioFile } from './command.ts';
import { figureSections, jsonText, resultDocument } from './document.ts';
import { readCommandLine } from './options.ts';
import { formatComparison } from './planning-report.ts';

const USAGE = 'usage: npm run compare -- <A.json> <B.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]';

async function main(): Promise<void> {
  const read = readCommandLine(process.argv.slice(2), 2);
  if (!read.ok) fail(read.errors, USAGE);
  if (read.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { files, seed, replications, days, threads, json, series, shard, out, sets, callLog } = read.commandLine;
  if (shard || out || sets || callLog) fail(['compare takes no --shard, --out, --set or --call-log'], USAGE);
  const [a, b] = files!.map((file) => readScenarioFile(file, USAGE));
  const started = Date.now();
  const report = progressReporter();
  const { workers, close } = await commandWorkers(threads);
  try {
    const outcome = await compareScenarios(workers, a!.json, b!.json, { seed, replications, days }, {
      onProgress: (p) => report(p.simulatedSecondsDone / p.simulatedSecondsTotal, `${p.done} of ${p.total} replications`),
    });
    if (!outcome.ok) fail(outcome.cancelled ? ['the run was cancelled'] : issueLines('the comparison', outcome.issues), USAGE);
    if (json) process.stdout.write(jsonText({ a: resultDocument(outcome.a, series), b: resultDocument(outcome.b, series), difference: figureSections(outcome.difference, series) }));
    else process.stdout.write(formatComparison(outcome));
  } finally {
    close();
  }
  process.stderr.write(`done: ${replications} paired replication(s) in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
}

await main();
