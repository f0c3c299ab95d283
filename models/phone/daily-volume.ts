/**
 * Day-to-day spread of the call volume: call centres see more variation between days than a
 * Poisson process allows (Jongbloed and Koole, 2001), because the volume of a day moves as a
 * whole — a news story, a holiday, a storm. Here each Beijing calendar day gets a random
 * multiplier of the normal arrival rate, gamma with mean 1 and coefficient of variation
 * `arrivals.dailyVolumeCv`, drawn once per day, in day order, from its own stream
 * (`arrivals.daily-volume`), so the other streams draw what they drew without it. Arrivals
 * are then a doubly stochastic (mixed) Poisson process: a day whose mean is m has
 * Var(count) = m + cv²·m².
 */
import type { RandomStream } from '../../src/engine/random.ts';
import { DAY } from '../../src/engine/time.ts';

/** The stream the multipliers are drawn from. */
export const DAILY_VOLUME_STREAM = 'arrivals.daily-volume';

export class DailyVolume {
  /** multipliers[d]: day d's multiplier (day 0 is the Beijing day of simulated time 0). */
  private readonly multipliers: number[] = [];
  private readonly shape: number;
  private readonly scale: number;

  /**
   * @param cv coefficient of variation of the multiplier (> 0)
   * @param secondsIntoDay Beijing time of day of simulated time 0, in seconds
   */
  constructor(
    cv: number,
    private readonly secondsIntoDay: number,
    private readonly rng: RandomStream,
  ) {
    if (!(cv > 0)) throw new RangeError(`DailyVolume: cv must be > 0, got ${cv}`);
    this.shape = 1 / (cv * cv);
    this.scale = cv * cv;
  }

  /** The Beijing calendar day (0 = the day the run starts in) of simulated second `t`. */
  dayOf(t: number): number {
    return Math.floor((t + this.secondsIntoDay) / DAY);
  }

  /** The multiplier of the Beijing day holding simulated second `t`. Days are drawn in order, whoever asks first. */
  at(t: number): number {
    const day = this.dayOf(t);
    if (day < 0) throw new RangeError(`DailyVolume: simulated time ${t} s is before the start`);
    while (this.multipliers.length <= day) this.multipliers.push(this.rng.gamma(this.shape, this.scale));
    return this.multipliers[day]!;
  }
}
