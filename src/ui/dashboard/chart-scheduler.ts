/**
 * Draws the dashboard's charts a little at a time. Results arrive replication by
 * replication while a run goes on, and computing and rendering every chart at once took a
 * single main-thread task of 100–300 ms: the page froze at each partial result. Here a
 * chart is computed in steps (a generator: a time chart pauses after each series), the
 * steps run in short slices of a task each; once a chart is computed the element renders
 * it in the next task, then the page gets a frame to lay it out and paint it before the
 * next chart starts. Input and painting get their turn in between.
 *
 * New data does not restart the round: each chart remembers the revision it was drawn
 * from, and the next one drawn is the one drawn longest ago (in display order among
 * equals). Even when results come faster than a round takes, every chart keeps catching up,
 * and the last results are always drawn in full.
 *
 * While a run is going on, the workers want every core (one per core, the page having none
 * of its own), and a page that redraws without pause takes a core's worth from them: with
 * `rest`, the scheduler rests after each chart some multiple of the time the chart took, so
 * that the charts take only a share of a core (1 / (1 + rest)) and still keep up, if less often.
 */

/** A hidden page gets no animation frames: past this wait, carry on without one. */
const FRAME_TIMEOUT_MS = 100;
/** Work on charts for about this long before yielding (a chart's step may run over it). */
const SLICE_MS = 8;

/** Ends the current task: `scheduler.yield()` where the browser has it, else a timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Ends the current task and lets the page render a frame before the next one starts: a
 * chart's new SVG is laid out and painted on its own, not together with the next charts.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // From the frame callback, a task of its own: the frame's work ends before the chart's starts.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(go, FRAME_TIMEOUT_MS);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(go);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface ChartSchedulerOptions<K, G> {
  /** The charts to draw now, in display order. */
  readonly keys: () => readonly K[];
  /**
   * Computes one chart's geometry from the element's current data, in steps: a generator
   * that yields `undefined` where it may pause (e.g. after each series), or a geometry to
   * show before it goes on (e.g. the first rows of a large chart drawn for the first
   * time), and returns the chart's geometry.
   */
  readonly compute: (key: K) => Iterator<G | undefined, G, void>;
  /** Called once a chart (or a part of it) is computed, within the same task (e.g. to request a render). */
  readonly drawn: (key: K) => void;
  /** Between steps; `nextTask` by default. */
  readonly yieldTask?: () => Promise<void>;
  /** After a chart is drawn; `nextFrame` by default. */
  readonly yieldFrame?: () => Promise<void>;
  /** A clock in milliseconds; `performance.now` by default. */
  readonly now?: () => number;
  /**
   * How long to rest after a chart, as a multiple of the time it took from its first step
   * to the end of its frame; read after each chart (0, the default: no rest). The dashboard
   * rests while a run is going on.
   */
  readonly rest?: () => number;
  /** Waits this many ms; a timeout by default. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export class ChartScheduler<K, G> {
  private readonly options: ChartSchedulerOptions<K, G>;
  private readonly charts = new Map<K, { readonly revision: number; readonly geometry: G }>();
  /** The chart being computed, with the revision of the data it started from. */
  private job: { readonly key: K; readonly revision: number; readonly steps: Iterator<G | undefined, G, void>; stale: boolean } | undefined;
  private revision = 0;
  private running = false;
  private stopped = false;
  /** Ends the rest in progress, if any. */
  private wake: (() => void) | undefined;

  constructor(options: ChartSchedulerOptions<K, G>) {
    this.options = options;
  }

  /** The geometry last computed for a chart, if any (possibly from older data while a newer one is due). */
  geometry(key: K): G | undefined {
    return this.charts.get(key)?.geometry;
  }

  /** True while some chart still shows older data than it was given. */
  get pending(): boolean {
    return this.job !== undefined || this.next() !== undefined;
  }

  /** The data changed: redraw the given charts, or all of them. */
  invalidate(keys?: readonly K[]): void {
    if (keys) {
      if (this.job && keys.includes(this.job.key)) this.job.stale = true;
      for (const key of keys) {
        const chart = this.charts.get(key);
        if (chart) this.charts.set(key, { revision: -1, geometry: chart.geometry });
      }
    } else {
      this.revision++;
    }
    this.stopped = false;
    // New data after a run (no more rest asked): draw it now rather than at the end of the rest.
    if (this.wake && !((this.options.rest?.() ?? 0) > 0)) this.wake();
    void this.run();
  }

  /** Forgets every chart and stops drawing (e.g. when there is nothing to show or the element is removed). */
  stop(): void {
    this.stopped = true;
    this.job = undefined;
    this.charts.clear();
  }

  /** The chart drawn longest ago, or never; first in display order among equals. */
  private next(): K | undefined {
    let best: K | undefined;
    let oldest = this.revision;
    for (const key of this.options.keys()) {
      const revision = this.charts.get(key)?.revision ?? -Infinity;
      if (revision < oldest) {
        oldest = revision;
        best = key;
      }
    }
    return best;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const now = this.options.now ?? (() => performance.now());
    let wait = this.options.yieldTask ?? nextTask;
    /** When work on the chart (or part of one) being computed started. */
    let pieceFrom: number | undefined;
    /** When work on the one drawn last started, if one was drawn since the last wait. */
    let drawnFrom: number | undefined;
    try {
      for (;;) {
        await wait();
        wait = this.options.yieldTask ?? nextTask;
        if (drawnFrom !== undefined) {
          const rest = (this.options.rest?.() ?? 0) * (now() - drawnFrom);
          drawnFrom = undefined;
          if (rest > 0) {
            await Promise.race([(this.options.sleep ?? sleep)(rest), new Promise<void>((resolve) => (this.wake = resolve))]);
            this.wake = undefined;
          }
          if (this.stopped) return;
        }
        const started = now();
        pieceFrom ??= started;
        while (!this.stopped) {
          if (!this.job) {
            const key = this.next();
            if (key === undefined) return;
            this.job = { key, revision: this.revision, steps: this.options.compute(key), stale: false };
          }
          const job = this.job;
          const step = job.steps.next();
          if (step.done) this.job = undefined;
          if (step.done || step.value !== undefined) {
            // Rendered in a task of its own: computing and rendering a large chart together
            // could make one long task.
            await (this.options.yieldTask ?? nextTask)();
            if (this.stopped) return;
            // Data that changed meanwhile leaves the chart due again (its revision is the old one).
            this.charts.set(job.key, { revision: job.stale ? -1 : job.revision, geometry: step.value as G });
            this.options.drawn(job.key);
            wait = this.options.yieldFrame ?? nextFrame;
            drawnFrom = pieceFrom;
            pieceFrom = undefined;
            break;
          }
          if (now() - started >= SLICE_MS) break;
        }
        if (this.stopped) return;
      }
    } finally {
      this.running = false;
    }
  }
}
