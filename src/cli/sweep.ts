/**
 * `npm run sweep -- file.json --set PATH=V1,V2,… [--set PATH=…] [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]`:
 * the scenario at every combination of the values, with common random numbers across
 * points. Prints `{parameters, points: [{values: {PATH: v}, result}]}` with `--json`.
 * A bad path or value: the point and field named on stderr, exit status 2.
 */
import { readSetting } from '../planning/json-path.ts';
import { pointLabel, pointScenarios, runSweep, sweepPoints, type SweepParameter } from '../planning/sweep.ts';
import { commandWorkers, fail, issueLines, progressReporter, readScenarioFile } from './command.ts';
import { jsonText, resultDocument } from './document.ts';
import { readCommandLine } from './options.ts';
import { headlineTable } from './planning-report.ts';

const USAGE = 'usage: npm run sweep -- <scenario.json> --set PATH=V1,V2,… [--set PATH=…] [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]';

async function main(): Promise<void> {
  const read = readCommandLine(process.argv.slice(2));
  if (!read.ok) fail(read.errors, USAGE);
  if (read.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { file, seed, replications, days, threads, json, series, shard, out, sets, callLog } = read.commandLine;
  if (shard || out || callLog) fail(['sweep takes no --shard, --out or --call-log'], USAGE);
  if (!sets || sets.length === 0) fail(['expected at least one --set PATH=V1,V2,…'], USAGE);
  const errors: string[] = [];
  const parameters: SweepParameter[] = [];
  for (const text of sets) {
    const setting = readSetting(text);
    if (!setting.ok) errors.push(setting.error);
    else if (parameters.some((p) => p.path === setting.value.path)) errors.push(`--set ${setting.value.path}: given twice`);
    else parameters.push(setting.value);
  }
  if (errors.length > 0) fail(errors, USAGE);
  const base = readScenarioFile(file, USAGE);
  const built = pointScenarios(base.json, sweepPoints(parameters));
  if (!built.ok) fail([`--set ${built.error}`], USAGE);

  const started = Date.now();
  const report = progressReporter();
  const { workers, close } = await commandWorkers(threads);
  try {
    const outcome = await runSweep(workers, base.json, parameters, { seed, replications, days }, {
      onProgress: (p) => report(p.simulatedSecondsDone / p.simulatedSecondsTotal, `${p.done} of ${p.total} replications over ${built.scenarios.length} points`),
    });
    if (!outcome.ok) fail(outcome.cancelled ? ['the run was cancelled'] : issueLines('the sweep', outcome.issues), USAGE);
    if (json) {
      process.stdout.write(jsonText({ parameters: outcome.parameters, points: outcome.points.map((p) => ({ values: p.values, result: resultDocument(p.result, series) })) }));
    } else {
      process.stdout.write(
        `${base.scenario.name}: ${replications} replication(s) per point, seed ${seed} (common random numbers across points); mean ± 95% half-width\n\n` +
          `${headlineTable(outcome.points.map((p) => pointLabel(p.values)), outcome.points.map((p) => p.result.summary))}\n`,
      );
    }
  } finally {
    close();
  }
  process.stderr.write(`done: ${built.scenarios.length} point(s) × ${replications} replication(s) in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
}

await main();
