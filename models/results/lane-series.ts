/**
 * A lane's outcomes per bucket of the run (warm-up included), for the charts: calls
 * answered, answered within the lane's target, and abandoned. All calls count, not only
 * those of the measured window, so the series covers the whole run. The same counts are
 * kept per hour, for the hours that matter (hours.ts).
 */
import { BucketCounts, BucketGrid } from '../../src/engine/stats.ts';
import { HOUR } from '../../src/engine/time.ts';
import { hourFigures, type HourFigures } from './hours.ts';

export class LaneSeries {
  private readonly answered: BucketCounts;
  private readonly within: BucketCounts;
  private readonly abandonedCounts: BucketCounts;
  /** Answered + abandoned, and answered within target, per hour of the run. */
  private readonly resolvedHourly: BucketCounts;
  private readonly withinHourly: BucketCounts;

  constructor(
    grid: BucketGrid,
    /** Answered within this many seconds counts toward the service level. */
    readonly targetSeconds: number,
  ) {
    this.answered = new BucketCounts(grid);
    this.within = new BucketCounts(grid);
    this.abandonedCounts = new BucketCounts(grid);
    const hours = new BucketGrid(HOUR, Math.max(1, Math.ceil((grid.widthSeconds * grid.count) / HOUR)));
    this.resolvedHourly = new BucketCounts(hours);
    this.withinHourly = new BucketCounts(hours);
  }

  /** A call answered at `now` after waiting `waitSeconds`; true when within the target. */
  answer(now: number, waitSeconds: number): boolean {
    const within = waitSeconds <= this.targetSeconds;
    this.answered.add(now);
    this.resolvedHourly.add(now);
    if (within) {
      this.within.add(now);
      this.withinHourly.add(now);
    }
    return within;
  }

  abandon(now: number): void {
    this.abandonedCounts.add(now);
    this.resolvedHourly.add(now);
  }

  /** The hours whose start lies in [from, to) (seconds) against the lane's goal. */
  hours(from: number, to: number, goal: number): HourFigures {
    return hourFigures(this.withinHourly.values, this.resolvedHourly.values, Math.ceil(from / HOUR), Math.floor(to / HOUR), goal);
  }

  /** Answered within target ÷ (answered + abandoned) per bucket; NaN where none was either. */
  serviceLevel(): number[] {
    const abandoned = this.abandonedCounts.values;
    const within = this.within.values;
    return Array.from(this.answered.values, (answered, b) => {
      const resolved = answered + abandoned[b]!;
      return resolved > 0 ? within[b]! / resolved : NaN;
    });
  }

  answeredCounts(): number[] {
    return Array.from(this.answered.values);
  }

  abandoned(): number[] {
    return Array.from(this.abandonedCounts.values);
  }
}
