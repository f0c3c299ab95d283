/**
 * Arrivals: the hour-of-week profile (Beijing time) and the mean volume of first calls
 * (redials are the model's own doing and are left out), and the day-to-day spread of
 * volume beyond Poisson. For each whole day d of the log, N_d calls were seen where the
 * fitted profile expects E_d; with a random daily multiplier M of mean 1 and coefficient of
 * variation c (a doubly stochastic Poisson process: Jongbloed and Koole, 2001),
 * Var(N_d / E_d) = c² + 1 / E_d. So c² = Var(N_d / E_d) − mean(1 / E_d), the variance
 * scaled by W / (W − 1) because each hour of the week's rate was itself fitted from the W
 * weeks of the log (the profile absorbs part of the spread), and clamped at 0.
 */
import type { LogAttempt } from './parse-log.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface DayCount {
  /** `YYYY-MM-DD`, Beijing. */
  readonly date: string;
  readonly calls: number;
  readonly expected: number;
}

export interface ArrivalFit {
  /** First hour of the log (Beijing wall clock, ms since the epoch read as UTC) and its length. */
  readonly startMs: number;
  readonly hours: number;
  /** First calls (attempts that repeat none). */
  readonly firstCalls: number;
  readonly attempts: number;
  readonly callsPerHour: number;
  /** 168 rates, calls per hour, Monday 00:00 first; NaN where the log has no such hour. */
  readonly ratePerHourOfWeek: readonly number[];
  /** The rates ÷ the mean: the scenario's `hourOfWeekWeights` (undefined when the log does not cover every hour of the week). */
  readonly hourOfWeekWeights: readonly number[] | undefined;
  /** The same folded to hours of the day, when the log is shorter than a week. */
  readonly hourOfDayWeights: readonly number[];
  readonly days: readonly DayCount[];
  /** Coefficient of variation of the daily multiplier (0: plain Poisson); undefined with fewer than 2 whole days or one week. */
  readonly dailyCv: number | undefined;
  /** Var(N_d) ÷ E_d averaged: 1 for Poisson. */
  readonly dispersionIndex: number | undefined;
}

/** Monday-based hour of the week of a wall-clock ms. */
export function hourOfWeek(ms: number): number {
  const d = new Date(ms);
  return ((d.getUTCDay() + 6) % 7) * 24 + d.getUTCHours();
}

export function fitArrivals(attempts: readonly LogAttempt[], isFirst: (i: number) => boolean): ArrivalFit {
  let first = Infinity;
  let last = -Infinity;
  for (const a of attempts) {
    first = Math.min(first, a.arrivalMs);
    last = Math.max(last, a.arrivalMs);
  }
  const startMs = Math.floor(first / HOUR_MS) * HOUR_MS;
  const hours = Math.max(1, Math.ceil((last + 1) / HOUR_MS) - startMs / HOUR_MS);
  const counts = new Array<number>(168).fill(0);
  const exposure = new Array<number>(168).fill(0);
  for (let h = 0; h < hours; h++) exposure[hourOfWeek(startMs + h * HOUR_MS)]!++;
  const byDay = new Map<number, number>();
  let firstCalls = 0;
  attempts.forEach((a, i) => {
    if (!isFirst(i)) return;
    firstCalls++;
    counts[hourOfWeek(a.arrivalMs)]!++;
    const day = Math.floor(a.arrivalMs / DAY_MS);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  });
  const callsPerHour = firstCalls / hours;
  const rate = counts.map((c, h) => (exposure[h]! > 0 ? c / exposure[h]! : NaN));
  const covered = exposure.every((e) => e > 0);
  const meanRate = covered ? rate.reduce((s, r) => s + r, 0) / 168 : NaN;
  const hourOfWeekWeights = covered && meanRate > 0 ? rate.map((r) => round(r / meanRate, 4)) : undefined;
  const hourOfDayWeights = foldToDay(counts, exposure);

  // Whole days inside the log, each against the profile's expectation.
  const expectedRate = (h: number) => (Number.isFinite(rate[h]!) ? rate[h]! : callsPerHour);
  const days: DayCount[] = [];
  for (let day = Math.ceil(startMs / DAY_MS); (day + 1) * DAY_MS <= startMs + hours * HOUR_MS; day++) {
    let expected = 0;
    for (let h = 0; h < 24; h++) expected += expectedRate(hourOfWeek(day * DAY_MS + h * HOUR_MS));
    days.push({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), calls: byDay.get(day) ?? 0, expected });
  }
  const weeks = Math.floor(days.length / 7);
  let dailyCv: number | undefined;
  let dispersionIndex: number | undefined;
  const usable = days.filter((d) => d.expected > 0);
  if (usable.length >= 2 && weeks >= 2) {
    const ratios = usable.map((d) => d.calls / d.expected);
    const variance = ratios.reduce((s, r) => s + (r - 1) ** 2, 0) / ratios.length;
    const poisson = usable.reduce((s, d) => s + 1 / d.expected, 0) / usable.length;
    dailyCv = Math.sqrt(Math.max(0, (variance * weeks) / (weeks - 1) - poisson));
    dispersionIndex = usable.reduce((s, d) => s + (d.calls - d.expected) ** 2 / d.expected, 0) / usable.length;
  }
  return { startMs, hours, firstCalls, attempts: attempts.length, callsPerHour, ratePerHourOfWeek: rate, hourOfWeekWeights, hourOfDayWeights, days, dailyCv, dispersionIndex };
}

function foldToDay(counts: readonly number[], exposure: readonly number[]): number[] {
  const c = new Array<number>(24).fill(0);
  const e = new Array<number>(24).fill(0);
  counts.forEach((n, h) => {
    c[h % 24]! += n;
    e[h % 24]! += exposure[h]!;
  });
  const rate = c.map((n, h) => (e[h]! > 0 ? n / e[h]! : 0));
  const mean = rate.reduce((s, r) => s + r, 0) / 24;
  return rate.map((r) => (mean > 0 ? round(r / mean, 4) : 1));
}

export const round = (x: number, digits: number) => Number(x.toFixed(digits));
