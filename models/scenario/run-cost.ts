/**
 * What a run will cost before it starts, from the load alone: the expected call attempts
 * (normal volume, plus each surge's extra calls, plus the calls missions forward after hours
 * counted as if they were shut all the time, plus a round of redials) times the
 * replications, and the wall time that takes at the model's usual speed on one core. A
 * planning figure, good to a factor of two or so: enough to warn before a run of hours.
 */
import { ATTEMPTS_PER_SECOND_PER_CORE } from '../limits.ts';

/** The parts of a scenario the estimate reads. */
export interface CostedScenario {
  readonly run: { readonly days: number };
  readonly arrivals: { readonly callsPerHour: number };
  readonly surges: readonly { readonly startHour: number; readonly rampMinutes: number; readonly peakMultiplier: number; readonly halfLifeHours: number }[];
  readonly redial?: { readonly afterBusyProbability: number; readonly afterAbandonProbability: number } | undefined;
  readonly missions?: { readonly afterHoursForwarding?: readonly { readonly callsPerHour: number }[] | undefined } | undefined;
}

export interface RunCost {
  /** Expected attempts in one replication. */
  readonly attemptsPerReplication: number;
  /** Expected attempts in the whole run. */
  readonly attempts: number;
  /** Expected wall time of the whole run on `cores` cores, in seconds. */
  readonly seconds: number;
}

export function estimateRunCost(scenario: CostedScenario, options: { readonly replications: number; readonly days?: number | undefined; readonly cores?: number }): RunCost {
  const hours = (options.days ?? scenario.run.days) * 24;
  const rate = scenario.arrivals.callsPerHour;
  // The arrival profile has mean 1, so the normal volume is the rate times the hours.
  let firstCalls = rate * hours;
  for (const surge of scenario.surges) {
    if (surge.startHour >= hours) continue;
    // Extra calls: the ramp's triangle, then the decay's integral (half-life / ln 2), cut at the end.
    const extraHours = Math.min(surge.rampMinutes / 120 + surge.halfLifeHours / Math.LN2, hours - surge.startHour);
    firstCalls += rate * (surge.peakMultiplier - 1) * extraHours;
  }
  // Forwarded calls come only while a mission is shut (about three quarters of the week): the whole week is an upper bound.
  for (const f of scenario.missions?.afterHoursForwarding ?? []) firstCalls += f.callsPerHour * hours;
  const redials = scenario.redial ? Math.max(scenario.redial.afterBusyProbability, scenario.redial.afterAbandonProbability) : 0;
  const attemptsPerReplication = firstCalls * (1 + redials);
  const attempts = attemptsPerReplication * options.replications;
  const cores = Math.max(1, Math.min(options.cores ?? 1, options.replications));
  return { attemptsPerReplication, attempts, seconds: attempts / ATTEMPTS_PER_SECOND_PER_CORE / cores };
}

/** "about 3 minutes": the estimate in words a planner reads at a glance. */
export function describeDuration(seconds: number): string {
  if (seconds < 1) return 'under a second';
  if (seconds < 90) return `about ${Math.round(seconds)} seconds`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} minutes`;
  if (seconds < 48 * 3600) return `about ${Math.round(seconds / 3600)} hours`;
  return `about ${Math.round(seconds / 86_400)} days`;
}

/** Wall time a progress step should take at most, so that progress shows every 2 s or sooner. */
const PROGRESS_STEP_WALL_SECONDS = 0.5;

/**
 * Simulated seconds between progress reports: a simulated hour (the model's own step) when
 * that is quick, shorter when the load makes an hour take longer than half a second of
 * wall time. Cutting a run into steps does not change its events.
 */
export function progressStepSeconds(scenario: CostedScenario, days: number): number {
  const { attemptsPerReplication } = estimateRunCost(scenario, { replications: 1, days });
  const attemptsPerSimulatedSecond = attemptsPerReplication / (days * 86_400);
  const step = (PROGRESS_STEP_WALL_SECONDS * ATTEMPTS_PER_SECOND_PER_CORE) / Math.max(attemptsPerSimulatedSecond, 1e-9);
  return Math.max(1, Math.min(3600, step));
}
