/**
 * Redials: a caller who hears a busy signal or hangs up in the queue may dial again after a
 * delay, up to `maxAttempts` attempts in all. Whether and when is drawn from the call type's
 * `redial.<type>` stream. A redial that would come after the end of the run is not made.
 */
import { compileSampler, type Sampler } from '../../src/engine/distributions.ts';
import type { Kernel } from '../../src/engine/kernel.ts';
import type { RandomStream } from '../../src/engine/random.ts';
import type { Tracer } from '../results/trace.ts';
import { fromDuration } from '../scenario/durations.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { Call } from './call.ts';

export type RedialSpec = NonNullable<Scenario['redial']>;

export interface RedialOptions {
  readonly kernel: Kernel;
  readonly spec: RedialSpec | undefined;
  /** The `redial.<type>` stream of each call type, by call type index. */
  readonly streams: readonly RandomStream[];
  /** End of the run: no redial at or after it. */
  readonly horizonSeconds: number;
  readonly tracer: Tracer;
  /** The caller dials again (a new attempt of the same caller). */
  readonly dial: (previous: Call) => void;
}

export class Redials {
  private readonly delay: Sampler | undefined;

  constructor(private readonly options: RedialOptions) {
    this.delay = options.spec && compileSampler(fromDuration(options.spec.delaySeconds, 'Seconds'));
  }

  afterBusySignal(call: Call): void {
    this.maybe(call, this.options.spec?.afterBusyProbability ?? 0);
  }

  afterAbandon(call: Call): void {
    this.maybe(call, this.options.spec?.afterAbandonProbability ?? 0);
  }

  private maybe(call: Call, probability: number): void {
    const { spec, kernel } = this.options;
    if (!spec || call.attempt >= spec.maxAttempts || probability === 0) return;
    const stream = this.options.streams[call.caller.typeIndex]!;
    if (!stream.bernoulli(probability)) return;
    const delay = this.delay!(stream);
    if (kernel.now() + delay >= this.options.horizonSeconds) return;
    this.options.tracer.redialScheduled(call, delay);
    kernel.after(delay, this.options.dial, call);
  }
}
