/**
 * `npm run staff -- file.json [--out recommended.json] [--standby-lane LANE] [--standby-share S] [--standby-max N] [options]`:
 * the fewest front seats per half hour meeting each lane's goals (Erlang A per half hour,
 * corrected by simulation), and, for a scenario with a surge and standby seats, the fewest
 * standby seats such that LANE (default: the first by priority) meets its goal in at least
 * a share S (default 0.9) of the incident's hours. `--out` writes the recommended scenario.
 */
import { writeFileSync } from 'node:fs';
import { sizeStandby } from '../planning/sizing.ts';
import { staffToTarget } from '../planning/staffing.ts';
import { setPath } from '../planning/json-path.ts';
import { commandWorkers, fail, issueLines, progressReporter, readScenarioFile } from './command.ts';
import { jsonText, resultDocument } from './document.ts';
import { readCommandLine } from './options.ts';

const USAGE =
  'usage: npm run staff -- <scenario.json> [--out recommended.json] [--standby-lane LANE] [--standby-share S] [--standby-max N] [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series]';

/** Takes `--name value` or `--name=value` out of the arguments. */
function takeFlag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args.splice(i, 2)[1] ?? '';
    if (args[i]!.startsWith(`--${name}=`)) return args.splice(i, 1)[0]!.slice(name.length + 3);
  }
  return undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const laneText = takeFlag(args, 'standby-lane');
  const shareText = takeFlag(args, 'standby-share');
  const maxText = takeFlag(args, 'standby-max');
  const read = readCommandLine(args);
  if (!read.ok) fail(read.errors, USAGE);
  if (read.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { file, seed, replications, days, threads, json, series, shard, sets, out, callLog } = read.commandLine;
  if (shard || sets || callLog) fail(['staff takes no --shard, --set or --call-log'], USAGE);
  const base = readScenarioFile(file, USAGE);
  const lanes = base.scenario.lanes.slice().sort((a, b) => a.priority - b.priority);
  const lane = laneText ?? lanes[0]!.id;
  const share = shareText === undefined ? 0.9 : Number(shareText);
  const maxSeats = maxText === undefined ? 200 : Number(maxText);
  const errors: string[] = [];
  if (!lanes.some((l) => l.id === lane)) errors.push(`--standby-lane: expected one of ${lanes.map((l) => l.id).join(', ')}, got ${JSON.stringify(lane)}`);
  if (!(share >= 0 && share <= 1) || shareText?.trim() === '') errors.push(`--standby-share: expected a number from 0 to 1, got ${JSON.stringify(shareText)}`);
  if (!(Number.isSafeInteger(maxSeats) && maxSeats >= 1 && maxSeats <= 2000) || maxText?.trim() === '') errors.push(`--standby-max: expected a whole number from 1 to 2000, got ${JSON.stringify(maxText)}`);
  if (errors.length > 0) fail(errors, USAGE);

  const started = Date.now();
  const report = progressReporter();
  const { workers, close } = await commandWorkers(threads);
  try {
    const onProgress = (p: { simulatedSecondsDone: number; simulatedSecondsTotal: number; done: number; total: number }) =>
      report(p.simulatedSecondsDone / p.simulatedSecondsTotal, `${p.done} of ${p.total} replications`);
    const plan = await staffToTarget(workers, base.json, base.scenario, { seed, replications, days }, {
      onProgress,
      onRound: (round, seats) => process.stderr.write(`staffing round ${round}: ${seats} seat-half-hours a week\n`),
    });
    if (!plan.ok) fail(plan.cancelled ? ['the run was cancelled'] : issueLines('the staffing', plan.issues), USAGE);
    let recommended = plan.scenarioJson;
    let standby: Record<string, unknown> | undefined;
    if (base.scenario.standby && base.scenario.surges.length > 0) {
      const sized = await sizeStandby(workers, recommended, { seed, replications, days, lane, share, maxSeats }, {
        onProgress,
        onTry: (seats) => process.stderr.write(`standby sizing: trying ${seats} seats\n`),
      });
      if (!sized.ok) fail(sized.cancelled ? ['the run was cancelled'] : issueLines('the standby sizing', sized.issues), USAGE);
      const estimate = (p: (typeof sized.tried)[number]) => ({ seats: p.seats, shareOfIncidentHoursMeetingGoal: p.shareMeetingGoal, incident: p.result.summary.incident.byLane[lane] });
      standby = { lane, share, maxSeats, required: sized.seats ?? null, scheduled: base.scenario.standby.seats, tried: sized.tried.map(estimate) };
      if (sized.seats !== undefined) {
        const set = setPath(recommended, 'standby.seats', sized.seats);
        if (set.ok) recommended = set.value;
      }
    }
    const scheduled = (base.json as { frontDesk: { seats: number | number[] } }).frontDesk.seats;
    const halfHours = plan.required.map((required, h) => ({
      halfHourOfWeek: h,
      erlangA: plan.erlangA[h],
      required,
      scheduled: typeof scheduled === 'number' ? scheduled : scheduled.length === 336 ? scheduled[h] : scheduled[h % 48],
    }));
    if (out !== undefined) writeFileSync(out, jsonText(recommended));
    const document = { scenario: base.scenario.name, rounds: plan.rounds, halfHours, standby: standby ?? null, result: resultDocument(plan.result, series) };
    if (json) process.stdout.write(jsonText(document));
    else {
      const total = (xs: (number | undefined)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0) / 2;
      process.stdout.write(
        [
          `${base.scenario.name}: front seats per half hour meeting every lane's goal (${plan.rounds} simulation round(s), ${replications} replication(s) each)`,
          `seat-hours a week: Erlang A ${total(plan.erlangA)}, required ${total(plan.required)}, scheduled ${total(halfHours.map((h) => h.scheduled))}`,
          `seats by half hour (Monday 00:00 first): ${plan.required.join(' ')}`,
          standby ? `standby seats for ${lane} at goal in ${share * 100}% of the incident's hours: ${standby.required ?? `more than ${maxSeats}`} (scheduled ${standby.scheduled})` : 'no surge or no standby seats: no standby sizing',
          out !== undefined ? `recommended scenario written to ${out}` : '',
          '',
        ].join('\n'),
      );
    }
  } finally {
    close();
  }
  process.stderr.write(`done in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
}

await main();
