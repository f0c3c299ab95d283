/**
 * Streaming statistics: nothing here keeps one record per call, so memory stays flat
 * however many calls a run simulates. Time series are fixed-width buckets allocated once.
 */
import { DDSketch } from '@datadog/sketches-js';
import { KeyMapping } from '@datadog/sketches-js/dist/ddsketch/mapping/index.js';
import { exp, ln, log1p } from './portable-math.ts';

/** Fixed-width time buckets covering [0, width × count); later times are not recorded. */
export class BucketGrid {
  constructor(
    readonly widthSeconds: number,
    readonly count: number,
  ) {
    if (!(widthSeconds > 0) || !Number.isInteger(count) || count < 1) {
      throw new RangeError(`BucketGrid: width ${widthSeconds} s and count ${count} must be positive`);
    }
  }

  /** The bucket holding `time`, or `count` when it lies past the end. */
  indexOf(time: number): number {
    const i = Math.floor(time / this.widthSeconds);
    return i < this.count ? i : this.count;
  }
}

/** Counts of events per bucket (arrivals, answers, …). */
export class BucketCounts {
  readonly values: Float64Array;

  constructor(readonly grid: BucketGrid) {
    this.values = new Float64Array(grid.count);
  }

  add(time: number, amount = 1): void {
    const i = this.grid.indexOf(time);
    if (i < this.grid.count) this.values[i]! += amount;
  }
}

/**
 * A piecewise-constant level over time (queue length, busy seats, seats on duty): keeps
 * its time integral since the last `reset`, and optionally the integral per bucket.
 */
export class Level {
  private current = 0;
  private lastChange = 0;
  private area = 0;
  private since = 0;
  private max = 0;
  private buckets: Float64Array | undefined;
  private grid: BucketGrid | undefined;

  constructor(readonly name: string) {}

  get value(): number {
    return this.current;
  }

  /** Also integrate per bucket of `grid` from now on. */
  trackBuckets(grid: BucketGrid): void {
    this.grid = grid;
    this.buckets = new Float64Array(grid.count);
  }

  set(now: number, value: number): void {
    if (now < this.lastChange) {
      throw new RangeError(`Level ${this.name}: time went backwards (${now} < ${this.lastChange})`);
    }
    if (value !== this.current) {
      this.integrate(now);
      this.current = value;
      if (value > this.max) this.max = value;
    }
  }

  add(now: number, delta: number): void {
    this.set(now, this.current + delta);
  }

  /** Starts a new averaging window at `now` (end of warm-up); buckets are kept. */
  reset(now: number): void {
    this.integrate(now);
    this.area = 0;
    this.since = now;
    this.max = this.current;
  }

  /** Time average since the last reset, up to `now`. */
  mean(now: number): number {
    this.integrate(now);
    const span = now - this.since;
    return span > 0 ? this.area / span : this.current;
  }

  maximum(): number {
    return this.max;
  }

  /** Per-bucket time averages up to `now` (a copy). */
  bucketMeans(now: number): Float64Array {
    if (!this.buckets || !this.grid) return new Float64Array(0);
    this.integrate(now);
    const out = new Float64Array(this.buckets.length);
    for (let i = 0; i < out.length; i++) out[i] = this.buckets[i]! / this.grid.widthSeconds;
    return out;
  }

  private integrate(now: number): void {
    const dt = now - this.lastChange;
    if (dt <= 0) return;
    const v = this.current;
    this.area += v * dt;
    if (this.buckets && v !== 0) this.spread(this.lastChange, now, v);
    this.lastChange = now;
  }

  private spread(from: number, to: number, v: number): void {
    const grid = this.grid!;
    const buckets = this.buckets!;
    const width = grid.widthSeconds;
    let i = grid.indexOf(from);
    let t = from;
    while (t < to && i < grid.count) {
      const end = Math.min(to, (i + 1) * width);
      buckets[i]! += v * (end - t);
      t = end;
      i++;
    }
  }
}

/**
 * DDSketch's logarithmic bucket mapping computed with portable arithmetic: the library's
 * own uses Math.log2 and Math.pow, whose last bit differs between engines, and a quantile
 * is a bucket's value, so it would differ between Node and the browser.
 */
class PortableLogMapping extends KeyMapping {
  constructor(relativeAccuracy: number) {
    super(relativeAccuracy);
    this._multiplier = 1 / log1p((2 * relativeAccuracy) / (1 - relativeAccuracy));
  }

  override _logGamma(value: number): number {
    return ln(value) * this._multiplier;
  }

  override _powGamma(value: number): number {
    return exp(value / this._multiplier);
  }
}

const RELATIVE_ACCURACY = 0.005;

/**
 * Quantiles of a stream of non-negative values (waits), by DDSketch: relative accuracy
 * guaranteed, memory bounded by the value range, and sketches from parallel runs merge.
 */
export class QuantileSketch {
  private readonly sketch = new DDSketch({ relativeAccuracy: RELATIVE_ACCURACY });

  constructor() {
    this.sketch.mapping = new PortableLogMapping(RELATIVE_ACCURACY);
  }

  accept(value: number): void {
    this.sketch.accept(value);
  }

  /** One sketch holding every value of `sketches`: the same bucket counts as accepting them all into one. */
  static merged(sketches: readonly QuantileSketch[]): QuantileSketch {
    const result = new QuantileSketch();
    for (const s of sketches) if (s.count > 0) result.sketch.merge(s.sketch);
    return result;
  }

  get count(): number {
    return this.sketch.count;
  }

  /** The q-quantile, or NaN when empty. */
  quantile(q: number): number {
    return this.sketch.count === 0 ? NaN : this.sketch.getValueAtQuantile(q);
  }
}
