/**
 * Staffing to target per half hour: start from Erlang A per half hour of the week
 * (erlang-staffing.ts), then simulate the scenario with that schedule and add a seat in
 * each half hour where a lane clearly misses its service-level goal (the upper end of the
 * 95% interval, averaged over the half hour's buckets in every simulated week, is below the
 * goal) or clearly exceeds its abandonment maximum (the lower end of the 95% interval above
 * it), and again, up to `rounds` times. Seats are only added, never taken away: the
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

/** The half hour of the week of each bucket after the warm-up (undefined during the warm-up). */
function halfHourOfBuckets(scenario: Scenario, result: ExperimentResult, buckets: number): (number | undefined)[] {
  const bucket = result.summary.series.bucketSeconds.mean;
  const offset = secondsIntoWeek(scenario.run.startBeijing) ?? 0;
  const warmup = scenario.run.warmupHours * 3600;
  return Array.from({ length: buckets }, (_, b) => (b * bucket < warmup ? undefined : Math.floor(((b * bucket + offset) % (7 * 86400)) / 1800)));
}

const orZero = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 0 : x);

/**
 * Per half hour of the week, a lane's abandonment pooled over that half hour's buckets in
 * every simulated week (abandoned ÷ (answered + abandoned), replication means) and the lower
 * end of its 95% interval: the abandoned count's half-widths added in quadrature, over the
 * calls resolved. NaN where no call was resolved.
 */
export function abandonmentByHalfHour(scenario: Scenario, result: ExperimentResult, lane: string): { rate: number; lower: number }[] {
  const series = result.summary.series;
  const abandoned = series.abandoned[lane];
  const answered = series.answered[lane];
  const a = new Float64Array(HALF_HOURS);
  const resolved = new Float64Array(HALF_HOURS);
  const variance = new Float64Array(HALF_HOURS);
  if (abandoned && answered) {
    halfHourOfBuckets(scenario, result, abandoned.mean.length).forEach((h, b) => {
      if (h === undefined) return;
      a[h] = a[h]! + orZero(abandoned.mean[b]);
      resolved[h] = resolved[h]! + orZero(abandoned.mean[b]) + orZero(answered.mean[b]);
      variance[h] = variance[h]! + orZero(abandoned.halfWidth95[b]) ** 2;
    });
  }
  return Array.from({ length: HALF_HOURS }, (_, h) =>
    resolved[h]! > 0 ? { rate: a[h]! / resolved[h]!, lower: (a[h]! - Math.sqrt(variance[h]!)) / resolved[h]! } : { rate: NaN, lower: NaN },
  );
}

/**
 * Half hours (of the week) where some lane clearly misses a goal in the simulated result:
 * its service level (the upper end of the 95% interval, averaged over the half hour's
 * buckets) below the goal, or its abandonment (the lower end of the 95% interval, see
 * `abandonmentByHalfHour`) above its maximum; and, when the lane's abandonment over the run
 * clearly exceeds its maximum (the lower end of its 95% interval above it), every half hour
 * whose abandonment estimate exceeds the maximum.
 */
export function halfHoursShort(scenario: Scenario, result: ExperimentResult): Set<number> {
  const series = result.summary.series;
  const short = new Set<number>();
  scenario.lanes.forEach((lane) => {
    const sl = series.serviceLevel[lane.id];
    if (sl) {
      const sums = new Float64Array(HALF_HOURS);
      const counts = new Float64Array(HALF_HOURS);
      halfHourOfBuckets(scenario, result, sl.mean.length).forEach((h, b) => {
        const mean = sl.mean[b]!;
        if (h === undefined || Number.isNaN(mean)) return;
        sums[h] = sums[h]! + mean + orZero(sl.halfWidth95[b]);
        counts[h] = counts[h]! + 1;
      });
      for (let h = 0; h < HALF_HOURS; h++) if (counts[h]! > 0 && sums[h]! / counts[h]! < lane.serviceLevelGoal) short.add(h);
    }
    // Per half hour the interval is wide (few calls); when the lane's abandonment over the
    // run clearly exceeds its maximum, every half hour whose estimate exceeds it counts too.
    const overall = result.summary.byLane[lane.id]?.abandonRate;
    const runShort = overall !== undefined && overall.mean - orZero(overall.halfWidth95) > lane.maxAbandonRate;
    abandonmentByHalfHour(scenario, result, lane.id).forEach(({ rate, lower }, h) => {
      if (lower > lane.maxAbandonRate || (runShort && rate > lane.maxAbandonRate)) short.add(h);
    });
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
