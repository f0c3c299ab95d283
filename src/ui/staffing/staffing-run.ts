/**
 * The staffing view's runs on the page's worker pool (`runTask`, so Cancel and a newer run
 * stop them): staffing to target, and standby sizing, each with the working scenario.
 */
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { sizeStandby, type SizingOutcome } from '../../planning/sizing.ts';
import { staffToTarget, type StaffingPlan } from '../../planning/staffing.ts';
import type { RunCancelled, RunInvalid } from '../../worker/protocol.ts';
import type { SimulationPool } from '../../worker/client.ts';

export interface PlanningSettings {
  readonly replications: number;
  readonly days: number | undefined;
  readonly seed: number;
}

export interface PlanningProgress {
  /** "round 2", "12 seats" …: what is being simulated. */
  readonly step: number;
  readonly done: number;
  readonly total: number;
}

export function runStaffing(
  pool: SimulationPool,
  json: unknown,
  scenario: Scenario,
  settings: PlanningSettings,
  onProgress: (p: PlanningProgress) => void,
): Promise<StaffingPlan | RunInvalid | RunCancelled> {
  let step = 0;
  return pool.runTask(settings.replications, (workers, signal) =>
    staffToTarget(
      workers,
      json,
      scenario,
      { seed: settings.seed, replications: settings.replications, days: settings.days },
      { onRound: (round) => ((step = round), onProgress({ step, done: 0, total: settings.replications })), onProgress: (p) => onProgress({ step, done: p.done, total: p.total }) },
      signal,
    ),
  );
}

export function runSizing(
  pool: SimulationPool,
  json: unknown,
  settings: PlanningSettings & { readonly lane: string; readonly share: number; readonly maxSeats: number },
  onProgress: (p: PlanningProgress) => void,
): Promise<SizingOutcome> {
  let step = 0;
  const { lane, share, maxSeats, replications, days, seed } = settings;
  return pool.runTask(replications, (workers, signal) =>
    sizeStandby(
      workers,
      json,
      { seed, replications, days, lane, share, maxSeats },
      { onTry: (seats) => ((step = seats), onProgress({ step, done: 0, total: replications })), onProgress: (p) => onProgress({ step, done: p.done, total: p.total }) },
      signal,
    ),
  );
}
