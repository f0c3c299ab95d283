/**
 * Lanes are the front desk's waiting lines. The reserved emergency lane of 12308 is the
 * lane with the highest priority: its callers are answered first (non-preemptively) and
 * it may keep a few seats in reserve that other lanes cannot take.
 */
import type { PoolLine } from '../../src/engine/pool.ts';
import type { LaneSpec, Scenario } from '../scenario/scenario.ts';

export interface LaneOrder {
  /** Lanes, highest priority first. */
  readonly lanes: readonly LaneSpec[];
  /** For each call type (scenario order), the index of its lane in `lanes`. */
  readonly laneIndexOfType: readonly number[];
  /** The pool lines in the same order. */
  readonly poolLines: readonly PoolLine[];
}

export function orderLanes(scenario: Scenario): LaneOrder {
  const lanes = [...scenario.lanes].sort((a, b) => a.priority - b.priority);
  const index = new Map(lanes.map((lane, i) => [lane.id, i]));
  return {
    lanes,
    laneIndexOfType: scenario.callTypes.map((t) => index.get(t.lane)!),
    poolLines: lanes.map((lane) => ({ name: lane.id, reservedSeats: lane.reservedSeats })),
  };
}
