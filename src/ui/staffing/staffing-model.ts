/**
 * What the staffing view shows, without the DOM: the scheduled front seats per half hour of
 * the week (from `frontDesk.seats`: one number, 48 half hours of a day, or 336 of a week),
 * the bars of required against scheduled, the recommended plan's figures per lane, the
 * standby sizing's curve, and whether sizing is offered (a surge and standby seats).
 */
import type { ExperimentResult } from '../../../models/replications.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { HALF_HOURS } from '../../planning/erlang-staffing.ts';
import type { SizingPoint } from '../../planning/sizing.ts';

/** Seats scheduled in each of the 336 half hours of the week (Monday 00:00 Beijing first). */
export function scheduledSeats(json: unknown): number[] {
  const seats = (json as { frontDesk?: { seats?: unknown } } | undefined)?.frontDesk?.seats;
  if (typeof seats === 'number') return Array.from({ length: HALF_HOURS }, () => seats);
  if (Array.isArray(seats) && seats.length > 0) return Array.from({ length: HALF_HOURS }, (_, h) => Number(seats[h % seats.length]) || 0);
  return Array.from({ length: HALF_HOURS }, () => 0);
}

export interface SeatBar {
  readonly halfHour: number;
  readonly required: number;
  readonly scheduled: number;
}

export const seatBars = (required: readonly number[], scheduled: readonly number[]): SeatBar[] =>
  required.map((r, h) => ({ halfHour: h, required: r, scheduled: scheduled[h] ?? 0 }));

/** Seat-hours a week (each half hour's seats ÷ 2). */
export const seatHours = (seats: readonly number[]): number => seats.reduce((a, b) => a + b, 0) / 2;

export interface LaneOutcome {
  readonly lane: string;
  readonly serviceLevel: { mean: number; halfWidth95: number };
  readonly goal: number;
  readonly abandonRate: { mean: number; halfWidth95: number };
  readonly maxAbandonRate: number;
  /** Both goals met by the mean. */
  readonly meets: boolean;
}

export function laneOutcomes(scenario: Scenario, result: ExperimentResult): LaneOutcome[] {
  return scenario.lanes.map((lane) => {
    const f = result.summary.byLane[lane.id]!;
    return {
      lane: lane.id,
      serviceLevel: f.serviceLevel,
      goal: lane.serviceLevelGoal,
      abandonRate: f.abandonRate,
      maxAbandonRate: lane.maxAbandonRate,
      meets: f.serviceLevel.mean >= lane.serviceLevelGoal && f.abandonRate.mean <= lane.maxAbandonRate,
    };
  });
}

/** Standby sizing is offered when the scenario has standby seats and a surge. */
export const sizingOffered = (scenario: Scenario | undefined): boolean => Boolean(scenario?.standby && scenario.surges.length > 0);

export interface CurvePoint {
  readonly seats: number;
  readonly share: number;
  /** The share's 95% interval over replications when the figures give one (hours below goal's half-width ÷ hours). */
  readonly low: number;
  readonly high: number;
}

export function sizingCurve(tried: readonly SizingPoint[], lane: string): CurvePoint[] {
  return tried.map((p) => {
    const f = p.result.summary.incident.byLane[lane];
    const hw = f && f.hours.mean > 0 && Number.isFinite(f.hoursBelowGoal.halfWidth95) ? f.hoursBelowGoal.halfWidth95 / f.hours.mean : 0;
    return { seats: p.seats, share: p.shareMeetingGoal, low: Math.max(0, p.shareMeetingGoal - hw), high: Math.min(1, p.shareMeetingGoal + hw) };
  });
}

/** "Mon 08:30" / "周一 08:30" for a half hour of the week. */
export function halfHourLabel(h: number, lang: 'zh' | 'en'): string {
  const days = lang === 'zh' ? ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const minutes = (h % 48) * 30;
  return `${days[Math.floor(h / 48) % 7]} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
