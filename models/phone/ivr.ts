/**
 * The IVR: a caller who passes the trunk hears the menu and either serves themselves with
 * recorded answers (consular information, documents) or asks for a person and goes on to the
 * front desk. What each caller will do is drawn with the caller (see `callers.ts`); the IVR
 * times it. Without an IVR in the scenario, every caller goes straight to the front desk.
 */
import { compileSampler, type Sampler } from '../../src/engine/distributions.ts';
import type { Kernel } from '../../src/engine/kernel.ts';
import type { RandomStream } from '../../src/engine/random.ts';
import { fromDuration } from '../scenario/durations.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { Call } from './call.ts';

export type IvrSpec = NonNullable<Scenario['ivr']>;

export interface IvrHooks {
  /** The caller heard the recorded answers and hung up. */
  readonly selfServed: (call: Call) => void;
  /** The caller chose a person: on to the front desk. */
  readonly choseAgent: (call: Call) => void;
}

export class Ivr {
  private readonly menu: Sampler | undefined;
  private readonly selfService: Sampler | undefined;

  constructor(
    private readonly kernel: Kernel,
    spec: IvrSpec | undefined,
    private readonly hooks: IvrHooks,
  ) {
    this.menu = spec && compileSampler(fromDuration(spec.menuSeconds, 'Seconds'));
    this.selfService = spec && compileSampler(fromDuration(spec.selfServiceSeconds, 'Seconds'));
  }

  // The caller's choices, drawn in this order by `Callers`: menu time, choice, self-service time.

  menuSeconds(rng: RandomStream): number {
    return this.menu ? this.menu(rng) : 0;
  }

  wantsAgent(rng: RandomStream, selfServiceShare: number): boolean {
    return this.selfService ? !rng.bernoulli(selfServiceShare) : true;
  }

  selfServiceSeconds(rng: RandomStream): number {
    return this.selfService ? this.selfService(rng) : 0;
  }

  /** A call that holds a trunk line enters the menu. */
  enter(call: Call): void {
    const { caller } = call;
    // Self-service is the menu and the recorded answers in one go: one event, not two.
    if (!caller.wantsAgent) this.kernel.after(caller.ivrSeconds + caller.selfServiceSeconds, this.hooks.selfServed, call);
    else if (caller.ivrSeconds > 0) this.kernel.after(caller.ivrSeconds, this.hooks.choseAgent, call);
    else this.hooks.choseAgent(call);
  }
}
