/**
 * `npm run sim -- file.json --replications N --shard K/M --out part-K.json`: runs only
 * shard K (0 … M−1) of the N replications and writes their figures to a part file for
 * `npm run merge` (`--out` alone writes the whole run as one part).
 */
import { writeFileSync } from 'node:fs';
import { runExperiments } from '../planning/experiments.ts';
import { partText, PART_FORMAT, shardRange, type PartFile } from '../planning/shards.ts';
import { commandWorkers, threadsFor, fail, issueLines, progressReporter, type ScenarioFile } from './command.ts';
import type { CommandLine } from './options.ts';

export async function runShardToFile(commandLine: CommandLine, scenario: ScenarioFile, usage: string): Promise<void> {
  const { seed, replications, days, threads, out } = commandLine;
  if (out === undefined) fail(['--shard needs --out FILE: the part file to write'], usage);
  const shard = commandLine.shard ?? { index: 0, count: 1 };
  const range = shardRange(replications, shard);
  const results: PartFile['results'] = [];
  const report = progressReporter();
  const started = Date.now();
  const { workers, close } = await commandWorkers(threadsFor(threads, scenario.scenario, range.replications, days));
  try {
    const outcome = await runExperiments(
      workers,
      [scenario.json],
      { seed, replications: range.replications, days, firstReplication: range.first },
      {
        onProgress: (p) => report(p.simulatedSecondsDone / p.simulatedSecondsTotal, `${p.done} of ${p.total} replications of shard ${shard.index}/${shard.count}`),
        onReplication: (_, replication, figures, run) => results.push({ replication, figures, run }),
      },
    );
    if (!outcome.ok) fail(outcome.cancelled ? ['the run was cancelled'] : issueLines('the run', outcome.issues), usage);
  } finally {
    close();
  }
  results.sort((x, y) => x.replication - y.replication);
  const part: PartFile = { format: PART_FORMAT, version: 1, scenario: scenario.json, seed, replications, days: days ?? null, shard, results };
  try {
    writeFileSync(out, partText(part));
  } catch (error) {
    fail([`--out: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`], usage);
  }
  process.stderr.write(
    `done: shard ${shard.index}/${shard.count}, replications ${range.first}…${range.first + range.replications - 1} of ${replications}, in ${((Date.now() - started) / 1000).toFixed(2)} s, written to ${out}\n`,
  );
}
