/**
 * A lane's outcomes per bucket of the run (warm-up included), for the charts: calls
 * answered, answered within the lane's target, and abandoned. All calls count, not only
 * those of the measured window, so the series covers the whole run.
 */
import { BucketCounts, type BucketGrid } from '../../src/engine/stats.ts';

export class LaneSeries {
  private readonly answered: BucketCounts;
  private readonly within: BucketCounts;
  private readonly abandonedCounts: BucketCounts;

  constructor(
    grid: BucketGrid,
    /** Answered within this many seconds counts toward the service level. */
    readonly targetSeconds: number,
  ) {
    this.answered = new BucketCounts(grid);
    this.within = new BucketCounts(grid);
    this.abandonedCounts = new BucketCounts(grid);
  }

  /** A call answered at `now` after waiting `waitSeconds`; true when within the target. */
  answer(now: number, waitSeconds: number): boolean {
    const within = waitSeconds <= this.targetSeconds;
    this.answered.add(now);
    if (within) this.within.add(now);
    return within;
  }

  abandon(now: number): void {
    this.abandonedCounts.add(now);
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

  abandoned(): number[] {
    return Array.from(this.abandonedCounts.values);
  }
}
