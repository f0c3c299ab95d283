/**
 * Callers arrive as a non-homogeneous Poisson process: a weekly volume shaped by an
 * hour-of-week profile in Beijing time (the 12308 line serves every time zone), times the
 * surges. Each call type has its own process and its own random stream, drawn by thinning
 * (Lewis & Shedler) against a bound that holds for one hour of the week at a time. With
 * `arrivals.dailyVolumeCv`, the normal volume (not a surge's extra calls) is also multiplied
 * by a random factor per Beijing day (`daily-volume.ts`); Beijing days begin on the hour, so
 * one hour's bound holds under one day's factor.
 */
import type { RandomStream } from '../../src/engine/random.ts';
import { HOUR } from '../../src/engine/time.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { DailyVolume } from './daily-volume.ts';
import { Surge } from './surge.ts';

/** Relative weight of each hour of the week (Monday 00:00 Beijing first), mean 1. */
export function hourOfWeekProfile(arrivals: Scenario['arrivals']): Float64Array {
  const profile = new Float64Array(168);
  for (let h = 0; h < 168; h++) {
    profile[h] =
      arrivals.hourOfWeekWeights?.[h] ??
      (arrivals.hourOfDayWeights?.[h % 24] ?? 1) * (arrivals.dayOfWeekWeights?.[Math.floor(h / 24)] ?? 1);
  }
  const mean = profile.reduce((a, b) => a + b, 0) / 168;
  for (let h = 0; h < 168; h++) profile[h]! /= mean;
  return profile;
}

/** The arrival rate of every call type over time, shared by the generators and by previews. */
export class ArrivalRates {
  private readonly profile: Float64Array;
  private readonly callsPerSecond: number;
  private readonly offsetSeconds: number;
  private readonly surges: Surge[];
  /** shares[type], and surgeMix[surge][type]. */
  private readonly shares: number[];
  private readonly surgeMix: number[][];

  /**
   * @param daily the day-to-day multiplier of the normal volume; without it (previews, the
   *   staffing plan) the rates are the expected ones.
   */
  constructor(
    scenario: Scenario,
    weekOffsetSeconds: number,
    private readonly daily?: DailyVolume,
  ) {
    this.profile = hourOfWeekProfile(scenario.arrivals);
    this.callsPerSecond = scenario.arrivals.callsPerHour / HOUR;
    this.offsetSeconds = weekOffsetSeconds;
    this.surges = scenario.surges.map((s) => new Surge(s));
    this.shares = scenario.callTypes.map((t) => t.share);
    this.surgeMix = scenario.surges.map((s) => scenario.callTypes.map((t) => s.extraMix[t.id] ?? 0));
  }

  /** Whether the rate is constant within each hour of the Beijing clock (of each day, with a day-to-day multiplier): no surges. */
  get hourly(): boolean {
    return this.surges.length === 0;
  }

  /** The Beijing day holding `t` for the day-to-day multiplier (0 without one). */
  dayIndex(t: number): number {
    return this.daily ? this.daily.dayOf(t) : 0;
  }

  /** The hour of the Beijing clock holding `t`, counted from the start of the week of the run's start. */
  hourIndex(t: number): number {
    return Math.floor((t + this.offsetSeconds) / HOUR);
  }

  /** Calls per second of all types at normal volume (no surge) at time `t`. */
  baseRate(t: number): number {
    return this.callsPerSecond * this.profile[this.hourIndex(t) % 168]!;
  }

  /** The share of call type `typeIndex` in the normal volume at `t`, times the day's multiplier if there is one. */
  private normalShare(typeIndex: number, t: number): number {
    return this.daily ? this.shares[typeIndex]! * this.daily.at(t) : this.shares[typeIndex]!;
  }

  /** Calls per second of call type `typeIndex` at time `t`. */
  rate(typeIndex: number, t: number): number {
    let factor = this.normalShare(typeIndex, t);
    for (let k = 0; k < this.surges.length; k++) factor += this.surges[k]!.extraAt(t) * this.surgeMix[k]![typeIndex]!;
    return this.baseRate(t) * factor;
  }

  /**
   * Which surge a call of call type `typeIndex` arriving at `t` came with, given a uniform draw `u`: each
   * surge in proportion to the extra rate it adds, or -1 for the normal volume.
   */
  surgeOf(typeIndex: number, t: number, u: number): number {
    const normal = this.normalShare(typeIndex, t);
    let total = normal;
    for (let k = 0; k < this.surges.length; k++) total += this.surges[k]!.extraAt(t) * this.surgeMix[k]![typeIndex]!;
    let x = u * total - normal;
    if (x < 0) return -1;
    for (let k = 0; k < this.surges.length; k++) {
      x -= this.surges[k]!.extraAt(t) * this.surgeMix[k]![typeIndex]!;
      if (x < 0) return k;
    }
    return this.surges.length - 1;
  }

  /** An upper bound of `rate(typeIndex, ·)` on [from, to), where `to` is at most the next hour boundary. */
  bound(typeIndex: number, from: number, to: number): number {
    let factor = this.normalShare(typeIndex, from);
    for (let k = 0; k < this.surges.length; k++) factor += this.surges[k]!.maxExtraOn(from, to) * this.surgeMix[k]![typeIndex]!;
    return this.baseRate(from) * factor;
  }

  /** The next hour boundary of the Beijing clock after `t`. */
  hourEnd(t: number): number {
    const end = (Math.floor((t + this.offsetSeconds) / HOUR) + 1) * HOUR - this.offsetSeconds;
    // Rounding can put `end` on `t` itself when `t` is a boundary: step to the next one.
    return end > t ? end : end + HOUR;
  }
}

/**
 * Draws the arrival times of one call type, one after another, until `until`. Without
 * surges the rate is the same all hour (of a day): the hour's bound and end are computed
 * once an hour rather than once a call, and a candidate in that hour and day is kept without
 * computing the rate (it is the bound itself), so the draws are those of thinning.
 */
export class ArrivalProcess {
  private readonly hourly: boolean;
  /** The piece of time being drawn in (to the next hour boundary or the end), its bound, and its hour and day when `hourly`. */
  private pieceEnd = 0;
  private pieceBound = 0;
  private hour = NaN;
  private day = NaN;

  constructor(
    private readonly rates: ArrivalRates,
    private readonly typeIndex: number,
    private readonly rng: RandomStream,
    private readonly until: number,
  ) {
    this.hourly = rates.hourly;
  }

  /** The first arrival after `from`, or Infinity if none comes before the end. */
  next(from: number): number {
    let t = from;
    while (t < this.until) {
      this.enterPiece(t);
      const pieceEnd = this.pieceEnd;
      const bound = this.pieceBound;
      if (bound <= 0) {
        t = pieceEnd;
        continue;
      }
      t += this.rng.exponential(1 / bound);
      if (t >= pieceEnd) {
        // Memoryless: restart from the boundary with the next hour's bound.
        t = pieceEnd;
        continue;
      }
      // The acceptance draw is made either way, so the stream's numbers do not depend on the shortcut.
      const u = this.rng.uniform();
      if ((this.hourly && this.inPieceHour(t)) || u * bound <= this.rates.rate(this.typeIndex, t)) return t;
    }
    return Infinity;
  }

  /** Whether `t` lies in the hour and day the piece's bound was computed for (so the rate at `t` is that bound). */
  private inPieceHour(t: number): boolean {
    return this.rates.hourIndex(t) === this.hour && this.rates.dayIndex(t) === this.day;
  }

  /** Sets the piece from `t`: kept while `t` is in the same hour and day when the rate is constant by the hour. */
  private enterPiece(t: number): void {
    if (this.hourly) {
      if (t < this.pieceEnd && this.inPieceHour(t)) return;
      this.hour = this.rates.hourIndex(t);
      this.day = this.rates.dayIndex(t);
    }
    this.pieceEnd = Math.min(this.rates.hourEnd(t), this.until);
    this.pieceBound = this.rates.bound(this.typeIndex, t, this.pieceEnd);
  }
}
