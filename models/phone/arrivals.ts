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

  /** Whether the rate is constant within each hour of the Beijing clock: no surges, no day-to-day multiplier. */
  get hourly(): boolean {
    return this.surges.length === 0 && this.daily === undefined;
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
 * surges the rate is the same all hour: the hour's bound and end are computed once an hour
 * rather than once a call (the same numbers, so the same draws).
 */
export class ArrivalProcess {
  private readonly hourly: boolean;
  /** The hour whose end and bound are kept, and those. */
  private hour = NaN;
  private hourPieceEnd = 0;
  private hourBound = 0;

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
    return this.hourly ? this.nextHourly(from) : this.nextThinned(from);
  }

  /** `nextThinned` with the hour's end and bound kept: the rate is the bound all hour, so every candidate is kept. */
  private nextHourly(from: number): number {
    let t = from;
    while (t < this.until) {
      const hour = this.rates.hourIndex(t);
      if (hour !== this.hour || t >= this.hourPieceEnd) {
        this.hour = hour;
        this.hourPieceEnd = Math.min(this.rates.hourEnd(t), this.until);
        this.hourBound = this.rates.bound(this.typeIndex, t, this.hourPieceEnd);
      }
      const pieceEnd = this.hourPieceEnd;
      const bound = this.hourBound;
      if (bound <= 0) {
        t = pieceEnd;
        continue;
      }
      t += this.rng.exponential(1 / bound);
      if (t >= pieceEnd) {
        t = pieceEnd;
        continue;
      }
      // In the same hour the rate is the bound and the candidate is kept, but the acceptance
      // draw is still made so the stream's numbers stay those of `nextThinned`.
      const u = this.rng.uniform();
      if (this.rates.hourIndex(t) === hour || u * bound <= this.rates.rate(this.typeIndex, t)) return t;
    }
    return Infinity;
  }

  private nextThinned(from: number): number {
    let t = from;
    while (t < this.until) {
      const pieceEnd = Math.min(this.rates.hourEnd(t), this.until);
      const bound = this.rates.bound(this.typeIndex, t, pieceEnd);
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
      if (this.rng.uniform() * bound <= this.rates.rate(this.typeIndex, t)) return t;
    }
    return Infinity;
  }
}
