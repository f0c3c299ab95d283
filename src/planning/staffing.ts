/**
 * Staffing to target per half hour: start from Erlang A per half hour of the week
 * (erlang-staffing.ts), then simulate the scenario with that schedule and add a seat in
 * each half hour where a lane clearly misses its service-level goal (the upper end of the
 * 95% interval, averaged over the half hour's buckets in every simulated week, is below the
 * goal), and again, up to `rounds` times. Seats are only added, never taken away: the
 * Erlang A start is already the fewest for the stationary queue of each half hour.
 */
import type { ExperimentResult } from '../../models/replications.ts';
import { secondsIntoWeek } from '../engine/time.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import type { RunCancelled, RunInvalid } from '../worker/protocol.ts';
import type { SimWorker } from '../worker/run-plan.ts';
import { erlangAStaffing, HALF_HOURS } from './erlang-staffing.ts';
import { runExperiments, type ExperimentsListener, type ExperimentsOptions } from './experiments.ts';
import { setPath } from './json-path.ts';

export interface StaffingPlan {
  readonly ok: true;
  /** Seats per half hour of the week (Monday 00:00 Beijing first): Erlang A's, and after the simulation's corrections. */
  readonly erlangA: number[];
  readonly required: number[];
  /** The scenario with `frontDesk.seats` set to `required`, and its simulated result. */
  readonly scenarioJson: unknown;
  readonly result: ExperimentResult;
  readonly rounds: number;
}

/** Half hours (of the week) where some lane's service level clearly misses its goal in the simulated result. */
export function halfHoursShort(scenario: Scenario, result: ExperimentResult): Set<number> {
  const series = result.summary.series;
  const bucket = series.bucketSeconds.mean;
  const offset = secondsIntoWeek(scenario.run.startBeijing) ?? 0;
  const warmup = scenario.run.warmupHours * 3600;
  const short = new Set<number>();
  scenario.lanes.forEach((lane) => {
    const sl = series.serviceLevel[lane.id];
    if (!sl) return;
    const sums = new Float64Array(HALF_HOURS);
    const counts = new Float64Array(HALF_HOURS);
    sl.mean.forEach((mean, b) => {
      const t = b * bucket;
      if (t < warmup || Number.isNaN(mean)) return;
      const upper = Number.isNaN(sl.halfWidth95[b]!) ? mean : mean + sl.halfWidth95[b]!;
      const h = Math.floor(((t + offset) % (7 * 86400)) / 1800);
      sums[h] = sums[h]! + upper;
      counts[h] = counts[h]! + 1;
    });
    for (let h = 0; h < HALF_HOURS; h++) if (counts[h]! > 0 && sums[h]! / counts[h]! < lane.serviceLevelGoal) short.add(h);
  });
  return short;
}

export async function staffToTarget(
  workers: readonly SimWorker[],
  scenarioJson: unknown,
  scenario: Scenario,
  options: Omit<ExperimentsOptions, 'firstReplication'> & { rounds?: number },
  listener: Pick<ExperimentsListener, 'onProgress'> & { onRound?(round: number, seats: number): void } = {},
  signal?: AbortSignal,
): Promise<StaffingPlan | RunInvalid | RunCancelled> {
  const erlangA = erlangAStaffing(scenario);
  const required = erlangA.slice();
  const rounds = options.rounds ?? 6;
  for (let round = 1; ; round++) {
    const set = setPath(scenarioJson, 'frontDesk.seats', required.slice());
    if (!set.ok) throw new Error(set.error);
    listener.onRound?.(round, required.reduce((a, b) => a + b, 0));
    const outcome = await runExperiments(workers, [set.value], options, listener, signal);
    if (!outcome.ok) return outcome;
    const result = outcome.results[0]!;
    const short = halfHoursShort(scenario, result);
    if (short.size === 0 || round >= rounds) return { ok: true, erlangA, required, scenarioJson: set.value, result, rounds: round };
    for (const h of short) required[h]!++;
  }
}
