/**
 * A major overseas incident: calls jump above the normal rate, then decay. Each surge adds
 * `(peakMultiplier − 1) × shape(t)` times the normal rate, where the shape rises linearly
 * over the ramp and then halves every `halfLifeHours`. The extra calls have their own mix
 * (mostly emergencies and families asking after relatives), so the mix shifts with the surge.
 */
import { exp } from '../../src/engine/portable-math.ts';
import { HOUR, MINUTE } from '../../src/engine/time.ts';
import type { SurgeSpec } from '../scenario/scenario.ts';

export class Surge {
  private readonly start: number;
  private readonly peakAt: number;
  private readonly extraAtPeak: number;
  private readonly decayPerSecond: number;

  constructor(spec: SurgeSpec) {
    this.start = spec.startHour * HOUR;
    this.peakAt = this.start + spec.rampMinutes * MINUTE;
    this.extraAtPeak = spec.peakMultiplier - 1;
    this.decayPerSecond = Math.LN2 / (spec.halfLifeHours * HOUR);
  }

  /** Extra calls as a multiple of the normal rate at time `t` (0 before the surge). */
  extraAt(t: number): number {
    if (t < this.start) return 0;
    if (t < this.peakAt) return (this.extraAtPeak * (t - this.start)) / (this.peakAt - this.start);
    return this.extraAtPeak * exp(-this.decayPerSecond * (t - this.peakAt));
  }

  /** The largest `extraAt` on [from, to]: the shape rises then falls, so it peaks at the clamp of its peak. */
  maxExtraOn(from: number, to: number): number {
    return this.extraAt(Math.min(Math.max(this.peakAt, from), to));
  }
}
