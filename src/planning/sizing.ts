/**
 * Standby sizing: the fewest standby seats such that a lane meets its service-level goal in
 * at least a chosen share of the incident window's hours (mean over the replications of
 * 1 − hoursBelowGoal ÷ hours, with `incident.byLane` from the results), found by bisection
 * over the seats, with a simulation of every size tried and common random numbers across
 * sizes. Bisection assumes more seats are never worse; every size tried is returned, so a
 * curve that is not monotone can be seen.
 */
import type { ExperimentResult } from '../../models/replications.ts';
import type { RunCancelled, RunInvalid } from '../worker/protocol.ts';
import type { SimWorker } from '../worker/run-plan.ts';
import { runExperiments, type ExperimentsListener, type ExperimentsOptions } from './experiments.ts';
import { setPath } from './json-path.ts';

export interface SizingOptions extends Omit<ExperimentsOptions, 'firstReplication'> {
  readonly lane: string;
  /** Share of the incident's hours (0–1) in which the lane must meet its goal. */
  readonly share: number;
  /** Most seats to consider. */
  readonly maxSeats: number;
}

export interface SizingPoint {
  readonly seats: number;
  /** Mean share of the incident hours meeting the goal. */
  readonly shareMeetingGoal: number;
  readonly result: ExperimentResult;
}

export type SizingOutcome =
  | { readonly ok: true; readonly seats: number | undefined; readonly tried: SizingPoint[] }
  | RunInvalid
  | RunCancelled;

/** Mean share of the incident's hours in which the lane met its goal (NaN without incident hours). */
export function shareOfHoursMeetingGoal(result: ExperimentResult, lane: string): number {
  const f = result.summary.incident.byLane[lane];
  if (!f || !(f.hours.mean > 0)) return NaN;
  return 1 - f.hoursBelowGoal.mean / f.hours.mean;
}

export async function sizeStandby(
  workers: readonly SimWorker[],
  scenarioJson: unknown,
  options: SizingOptions,
  listener: Pick<ExperimentsListener, 'onProgress'> & { onTry?(seats: number): void } = {},
  signal?: AbortSignal,
): Promise<SizingOutcome> {
  const tried: SizingPoint[] = [];
  const { lane, share, maxSeats, ...run } = options;
  const evaluate = async (seats: number): Promise<SizingPoint | RunInvalid | RunCancelled> => {
    listener.onTry?.(seats);
    const set = setPath(scenarioJson, 'standby.seats', seats);
    if (!set.ok) return { ok: false, cancelled: false, issues: [{ path: 'standby', message: 'the scenario has no standby seats to size', found: '' }] };
    const outcome = await runExperiments(workers, [set.value], run, listener, signal);
    if (!outcome.ok) return outcome;
    const point = { seats, shareMeetingGoal: shareOfHoursMeetingGoal(outcome.results[0]!, lane), result: outcome.results[0]! };
    tried.push(point);
    return point;
  };
  const meets = (p: SizingPoint) => p.shareMeetingGoal >= share;
  const top = await evaluate(maxSeats);
  if (!('seats' in top)) return top;
  if (Number.isNaN(top.shareMeetingGoal)) return { ok: false, cancelled: false, issues: [{ path: 'surges', message: `no incident hours for lane ${lane}: sizing needs a surge`, found: '' }] };
  if (!meets(top)) return { ok: true, seats: undefined, tried: sorted(tried) };
  let low = 0; // the answer is in (low − 1, high]: high meets the goal
  let high = maxSeats;
  const bottom = await evaluate(0);
  if (!('seats' in bottom)) return bottom;
  if (meets(bottom)) return { ok: true, seats: 0, tried: sorted(tried) };
  low = 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const p = await evaluate(mid);
    if (!('seats' in p)) return p;
    if (meets(p)) high = mid;
    else low = mid + 1;
  }
  return { ok: true, seats: high, tried: sorted(tried) };
}

const sorted = (points: SizingPoint[]) => points.slice().sort((a, b) => a.seats - b.seats);
