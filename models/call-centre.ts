/**
 * The composition root: one replication of the 12308 hotline. `Hotline` builds and wires
 * the parts; this runs the clock: warm-up, the measured window up to the horizon, then a
 * drain phase that follows the window's cases to their end, and assembles the result.
 */
import { HOUR } from '../src/engine/time.ts';
import { Hotline } from './hotline.ts';
import { assembleResult, measureWindow, type MeasuredWindow } from './results/assemble.ts';
import type { ReplicationResult } from './results/run-result.ts';
import type { TraceSink } from './results/trace.ts';
import type { Scenario } from './scenario/scenario.ts';

export type { ReplicationResult, RunSeries, StandbyFigures } from './results/run-result.ts';

export interface RunOptions {
  readonly seed: number;
  /** Replication index: a different, independent set of streams for the same seed. */
  readonly replication?: number;
  /** Overrides the scenario's `run.days`. */
  readonly days?: number;
  /** Receives the run's story, event by event; observing never changes the run. */
  readonly trace?: TraceSink;
  /** Called every `progressEverySeconds` of simulated time and at the end. */
  readonly onProgress?: (progress: RunProgress) => void;
  readonly progressEverySeconds?: number;
}

export interface RunProgress {
  readonly simulatedSeconds: number;
  readonly horizonSeconds: number;
  readonly events: number;
}

/** Simulates one replication and returns its figures. */
export function simulateCallCentre(scenario: Scenario, options: RunOptions): ReplicationResult {
  return new CallCentreRun(scenario, options).run();
}

/**
 * The same replication as `simulateCallCentre`, run in slices of simulated time: the trainer
 * plays a traced run as the animation clock asks, without computing it all at once. Any
 * slicing gives the same events, the same trace and the same result as one run.
 */
export interface CallCentreSteps {
  /** Runs up to `until` seconds (or to the end of the run, if sooner); the trace has every record up to then. */
  advance(until: number): void;
  /** Simulated seconds reached. */
  readonly now: number;
  readonly horizonSeconds: number;
  readonly warmupSeconds: number;
  /** The window has been measured and its cases followed to their end. */
  readonly done: boolean;
  /** The replication's figures, once `done`. */
  finish(): ReplicationResult;
}

/** Starts a replication to be run with `advance`. */
export function stepCallCentre(scenario: Scenario, options: Omit<RunOptions, 'onProgress' | 'progressEverySeconds'>): CallCentreSteps {
  const run = new CallCentreRun(scenario, options);
  run.begin();
  return run;
}

class CallCentreRun implements CallCentreSteps {
  private readonly hotline: Hotline;
  private phase: 'window' | 'drain' | 'done' = 'window';
  private measured: MeasuredWindow | undefined;

  constructor(
    scenario: Scenario,
    private readonly options: RunOptions,
  ) {
    this.hotline = new Hotline(scenario, options);
  }

  run(): ReplicationResult {
    const { kernel } = this.hotline;
    this.begin();
    const step = this.options.progressEverySeconds ?? Math.max(HOUR, this.hotline.horizonSeconds / 100);
    for (let t = 0; t < this.hotline.horizonSeconds; ) {
      t = Math.min(t + step, this.hotline.horizonSeconds);
      kernel.runUntil(t);
      this.options.onProgress?.({ simulatedSeconds: t, horizonSeconds: this.hotline.horizonSeconds, events: kernel.eventCount });
    }
    this.advance(Infinity);
    return this.finish();
  }

  /** Starts the shifts, the policies and the arrivals. */
  begin(): void {
    this.hotline.begin();
  }

  get now(): number {
    return this.hotline.kernel.now();
  }

  get horizonSeconds(): number {
    return this.hotline.horizonSeconds;
  }

  get warmupSeconds(): number {
    return this.hotline.warmupSeconds;
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  /**
   * Runs the window up to `until` (measuring it when the horizon is reached), then follows
   * the window's cases until they are finished or the drain limit: no further than `until`.
   */
  advance(until: number): void {
    const { kernel } = this.hotline;
    if (this.phase === 'window') {
      kernel.runUntil(Math.max(kernel.now(), Math.min(until, this.hotline.horizonSeconds)));
      if (kernel.now() < this.hotline.horizonSeconds) {
        this.hotline.tracer.flush(until);
        return;
      }
      this.measured = measureWindow(this.hotline.parts);
      this.phase = 'drain';
    }
    if (this.phase !== 'drain') return;
    // Follow the calls that arrived inside the window until their cases are finished.
    const drainEnd = this.hotline.drainEndSeconds;
    while (this.hotline.tallies.openCountedCases > 0 && kernel.now() < drainEnd && kernel.nextEventTime() <= drainEnd) {
      const next = kernel.nextEventTime();
      if (next > until) {
        this.hotline.tracer.flush(until);
        return;
      }
      kernel.runUntil(Math.min(next, drainEnd));
    }
    this.hotline.tracer.close(kernel.now());
    this.phase = 'done';
  }

  finish(): ReplicationResult {
    const { kernel } = this.hotline;
    const measured = this.measured;
    if (!measured) throw new Error('CallCentreRun.finish: the run is not over');
    return assembleResult(this.hotline.parts, measured, {
      seed: this.options.seed,
      replication: this.options.replication ?? 0,
      horizonSeconds: this.hotline.horizonSeconds,
      warmupSeconds: this.hotline.warmupSeconds,
      events: kernel.eventCount,
      attempts: this.hotline.attempts,
      endSeconds: kernel.now(),
    });
  }
}
