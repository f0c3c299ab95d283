/**
 * A caller and each of their attempts to reach the hotline. A caller who gets a busy
 * signal or hangs up may dial again: each attempt is a new `Call` of the same `Caller`,
 * so attempts and unique callers are counted apart, and the caller's needs (talk time,
 * patience, IVR choice) stay the same from one attempt to the next.
 */
import type { ScheduledEvent } from '../../src/engine/kernel.ts';
import type { Agent, PoolJob } from '../../src/engine/pool.ts';
import type { CaseRoute, CaseRouter } from '../back-office/case-route.ts';

/** Drawn once, at the first attempt, from the call type's own stream. */
export interface Caller {
  readonly id: number;
  /** Index of the call type in the scenario. */
  readonly type: number;
  readonly handleSeconds: number;
  readonly afterCallWorkSeconds: number;
  readonly patienceSeconds: number;
  readonly ivrSeconds: number;
  readonly selfServiceSeconds: number;
  /** Chooses a person in the IVR rather than self-service. */
  readonly wantsAgent: boolean;
  /** What happens to the case after the front desk (drawn when first read). */
  readonly route: CaseRoute;
}

/** A caller whose case is drawn, from their own substream, the first time it is read. */
export class DrawnCaller implements Caller {
  private drawnRoute: CaseRoute | undefined = undefined;

  constructor(
    readonly id: number,
    readonly type: number,
    readonly handleSeconds: number,
    readonly afterCallWorkSeconds: number,
    readonly patienceSeconds: number,
    readonly ivrSeconds: number,
    readonly selfServiceSeconds: number,
    readonly wantsAgent: boolean,
    private readonly firstCalledAt: number,
    private readonly caseSeed: number,
    private readonly router: CaseRouter,
  ) {}

  get route(): CaseRoute {
    return (this.drawnRoute ??= this.router.route(this.type, this.firstCalledAt, this.caseSeed));
  }
}

export class Call implements PoolJob {
  waitTicket = 0;
  waitLine = 0;
  /** When it joined the front-desk queue. */
  queuedAt = 0;
  /** Found no free seat and had to wait. */
  waited = false;
  agent: Agent | undefined = undefined;
  /** The secretary or officer who took the call on a live transfer (the front agent may still be wrapping up). */
  backOfficeAgent: Agent | undefined = undefined;
  /** When it joined a back-office line on a live transfer. */
  transferredAt = 0;
  abandonTimer: ScheduledEvent<Call> | undefined = undefined;

  constructor(
    readonly id: number,
    readonly caller: Caller,
    readonly arrivedAt: number,
    /** 1 for a first attempt. */
    readonly attempt: number,
    /** Arrived inside the measured window (after warm-up, before the end). */
    readonly counted: boolean,
  ) {}
}
