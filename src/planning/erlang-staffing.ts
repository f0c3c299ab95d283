/**
 * The analytic start of staffing to target: per half hour of the week, the front desk's
 * load as a stationary M/M/c+M queue at that half hour's normal arrival rate (no surge: the
 * standby seats are for surges), and the fewest seats for which Erlang A meets every lane's
 * goals: answered within the lane's target ≥ its service-level goal, and abandonment ≤ its
 * maximum. Lanes are pooled into one queue (mean talk plus after-call work and mean patience
 * weighted by each type's calls to the desk): exact for one lane; with priorities the
 * emergency lane does better than the pool, and the simulation (staffing.ts) corrects the rest.
 * Calls that missions forward after hours (`missions.afterHoursForwarding`) are part of the
 * normal load: each half hour gets a mission's rate times the share of the run in which that
 * half hour of the week finds the mission shut.
 */
import { DAY, HALF_HOUR, secondsIntoWeek } from '../engine/time.ts';
import { MISSIONS, MISSION_IDS } from '../../models/missions/catalogue.ts';
import { missionClock } from '../../models/missions/office-clock.ts';
import { officeRulesFor, officeRulesSpecOf } from '../../models/missions/office-rules.ts';
import { fromDuration } from '../../models/scenario/durations.ts';
import { meanOf } from '../engine/distributions.ts';
import { ArrivalRates } from '../../models/phone/arrivals.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { erlangA } from '../theory/queueing.ts';

/** Half hours in a week. */
export const HALF_HOURS = 336;
const WEEK = 7 * DAY;

export interface DeskLoad {
  /** Calls per second choosing an agent, mean seconds of work per call (talk + after-call work), patience rate (1/s, 0 for infinite). */
  readonly arrivalRate: number;
  readonly workSeconds: number;
  readonly abandonRate: number;
}

/**
 * Forwarded calls per second in each half hour of the week, by call type index: each forwarding
 * mission's rate times the share of the run's half hours at that point of the week (sampled at
 * their midpoints) in which the mission is shut.
 */
export function forwardedRates(scenario: Scenario): number[][] {
  const rates = Array.from({ length: HALF_HOURS }, () => scenario.callTypes.map(() => 0));
  const forwarding = scenario.missions?.afterHoursForwarding ?? [];
  if (forwarding.length === 0) return rates;
  const horizon = scenario.run.days * DAY;
  const offset = secondsIntoWeek(scenario.run.startBeijing) ?? 0;
  const spec = officeRulesSpecOf(scenario);
  for (const f of forwarding) {
    const mission = MISSIONS[MISSION_IDS.indexOf(f.mission)]!;
    const clock = missionClock(mission, scenario.run.startBeijing, horizon, officeRulesFor(spec, mission));
    const type = scenario.callTypes.findIndex((t) => t.id === f.callType);
    const shut = new Array<number>(HALF_HOURS).fill(0);
    const seen = new Array<number>(HALF_HOURS).fill(0);
    for (let t = HALF_HOUR / 2; t < horizon; t += HALF_HOUR) {
      const h = Math.floor(((t + offset) % WEEK) / HALF_HOUR);
      seen[h]! += 1;
      if (!clock.isOpen(t)) shut[h]! += 1;
    }
    for (let h = 0; h < HALF_HOURS; h++) if (seen[h]! > 0) rates[h]![type]! += (f.callsPerHour / 3600) * (shut[h]! / seen[h]!);
  }
  return rates;
}

/** The front desk's load in each half hour of the week (Monday 00:00 Beijing first), at its midpoint. */
export function deskLoads(scenario: Scenario): DeskLoad[] {
  const rates = new ArrivalRates(scenario, 0);
  const types = scenario.callTypes.map((t) => ({
    toDesk: 1 - t.selfServiceShare,
    work: meanOf(fromDuration(t.handleSeconds, 'Seconds')) + (t.afterCallWorkSeconds ? meanOf(fromDuration(t.afterCallWorkSeconds, 'Seconds')) : 0),
    patience: t.patienceSeconds.kind === 'infinite' ? Infinity : meanOf(fromDuration(t.patienceSeconds, 'Seconds')),
  }));
  const forwarded = forwardedRates(scenario);
  return Array.from({ length: HALF_HOURS }, (_, h) => {
    const t = (h + 0.5) * HALF_HOUR; // ArrivalRates at offset 0: t is the time into the week
    const perType = types.map((type, i) => (rates.baseRate(t) * scenario.callTypes[i]!.share + forwarded[h]![i]!) * type.toDesk);
    const total = perType.reduce((a, b) => a + b, 0);
    const weight = (f: (k: number) => number) => (total > 0 ? perType.reduce((sum, r, k) => sum + r * f(k), 0) / total : 0);
    const patience = weight((k) => types[k]!.patience);
    return { arrivalRate: total, workSeconds: weight((k) => types[k]!.work), abandonRate: Number.isFinite(patience) && patience > 0 ? 1 / patience : 0 };
  });
}

export interface LaneGoal {
  readonly targetSeconds: number;
  readonly serviceLevelGoal: number;
  readonly maxAbandonRate: number;
}

export const laneGoals = (scenario: Scenario): LaneGoal[] =>
  scenario.lanes.map((l) => ({ targetSeconds: l.serviceLevelTargetSeconds, serviceLevelGoal: l.serviceLevelGoal, maxAbandonRate: l.maxAbandonRate }));

/** The fewest seats (up to `maxSeats`) meeting every goal under Erlang A (Erlang C without abandonment); 0 without calls. */
export function erlangAMinimum(load: DeskLoad, goals: readonly LaneGoal[], maxSeats = 2000): number {
  if (load.arrivalRate <= 0) return 0;
  const mu = 1 / load.workSeconds;
  // A tiny patience rate stands for infinite patience: Erlang A tends to Erlang C.
  const theta = load.abandonRate > 0 ? load.abandonRate : 1e-9;
  const first = load.abandonRate > 0 ? 1 : Math.floor(load.arrivalRate / mu) + 1;
  for (let c = first; c <= maxSeats; c++) {
    let q;
    try {
      q = erlangA({ arrivalRate: load.arrivalRate, serviceRate: mu, abandonRate: theta, servers: c });
    } catch {
      continue; // the chain too long to evaluate: far too few seats
    }
    if (goals.every((g) => q.serviceLevel(g.targetSeconds) >= g.serviceLevelGoal && q.probAbandon <= g.maxAbandonRate)) return c;
  }
  return maxSeats;
}

/** Seats per half hour of the week from Erlang A, in the order of the scenario's `frontDesk.seats` with 336 values. */
export function erlangAStaffing(scenario: Scenario): number[] {
  const goals = laneGoals(scenario);
  return deskLoads(scenario).map((load) => erlangAMinimum(load, goals));
}
