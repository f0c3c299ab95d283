/**
 * A caller and each of their attempts to reach the hotline. A caller who gets a busy
 * signal or hangs up may dial again: each attempt is a new `Call` of the same `Caller`,
 * so attempts and unique callers are counted apart. By default (`redial.needs: "keep"`) the
 * caller's needs (talk time, patience, IVR choice) stay the same from one attempt to the
 * next; with `"redraw"`, as most retrial models assume, a redial draws talk time, after-call
 * work and patience afresh (`RedialledCaller`), keeping the IVR choice and the case.
 */
import type { ScheduledEvent } from '../../src/engine/kernel.ts';
import type { Agent, PoolJob } from '../../src/engine/pool.ts';
import type { CaseRoute, CaseRouter } from '../back-office/case-route.ts';
import type { LineHolder } from './trunk.ts';

/** What a caller needs, drawn once, at the first attempt, from the call type's own stream. */
export interface CallerNeeds {
  /** Index of the call type in the scenario. */
  readonly typeIndex: number;
  readonly handleSeconds: number;
  readonly afterCallWorkSeconds: number;
  readonly patienceSeconds: number;
  /** Time in the IVR menu before choosing. */
  readonly ivrSeconds: number;
  /** Time listening to recorded answers, for a caller who serves themselves. */
  readonly selfServiceSeconds: number;
  /** Chooses a person in the IVR rather than self-service. */
  readonly wantsAgent: boolean;
}

export interface Caller extends CallerNeeds {
  readonly id: number;
  /** What happens to the case after the front desk (drawn when first read). */
  readonly route: CaseRoute;
}

/** Where a caller's case comes from: drawn lazily by the router, from the caller's own substream. */
export interface CaseSource {
  readonly router: CaseRouter;
  /** When the caller first called (the surge and the mission's clock depend on it). */
  readonly firstCalledAt: number;
  /** Seed of the caller's own case substream. */
  readonly caseSeed: number;
  /** The mission a forwarded case goes to, for a call a mission forwarded after hours (its catalogue index). */
  readonly mission?: number;
}

/** A caller whose case is drawn, from their own substream, the first time it is read. */
export class DrawnCaller implements Caller {
  readonly typeIndex: number;
  readonly handleSeconds: number;
  readonly afterCallWorkSeconds: number;
  readonly patienceSeconds: number;
  readonly ivrSeconds: number;
  readonly selfServiceSeconds: number;
  readonly wantsAgent: boolean;
  private readonly router: CaseRouter;
  private readonly firstCalledAt: number;
  private readonly caseSeed: number;
  private readonly mission: number | undefined;
  private drawnRoute: CaseRoute | undefined = undefined;

  constructor(
    readonly id: number,
    needs: CallerNeeds,
    source: CaseSource,
  ) {
    this.typeIndex = needs.typeIndex;
    this.handleSeconds = needs.handleSeconds;
    this.afterCallWorkSeconds = needs.afterCallWorkSeconds;
    this.patienceSeconds = needs.patienceSeconds;
    this.ivrSeconds = needs.ivrSeconds;
    this.selfServiceSeconds = needs.selfServiceSeconds;
    this.wantsAgent = needs.wantsAgent;
    this.router = source.router;
    this.firstCalledAt = source.firstCalledAt;
    this.caseSeed = source.caseSeed;
    this.mission = source.mission;
  }

  get route(): CaseRoute {
    return (this.drawnRoute ??= this.router.route(this.typeIndex, this.firstCalledAt, this.caseSeed, this.mission));
  }
}

/** Talk time, after-call work and patience drawn afresh for a redial. */
export interface RedrawnNeeds {
  readonly handleSeconds: number;
  readonly afterCallWorkSeconds: number;
  readonly patienceSeconds: number;
}

/**
 * The same caller dialling again with needs drawn afresh: the same id, call type, IVR
 * choice and case (the route is the first attempt's, drawn once), new talk time, after-call
 * work and patience.
 */
export class RedialledCaller implements Caller {
  readonly id: number;
  readonly typeIndex: number;
  readonly handleSeconds: number;
  readonly afterCallWorkSeconds: number;
  readonly patienceSeconds: number;
  readonly ivrSeconds: number;
  readonly selfServiceSeconds: number;
  readonly wantsAgent: boolean;
  /** The caller as first drawn: whose case this is. */
  private readonly first: Caller;

  constructor(previous: Caller, needs: RedrawnNeeds) {
    this.first = previous instanceof RedialledCaller ? previous.first : previous;
    this.id = previous.id;
    this.typeIndex = previous.typeIndex;
    this.ivrSeconds = previous.ivrSeconds;
    this.selfServiceSeconds = previous.selfServiceSeconds;
    this.wantsAgent = previous.wantsAgent;
    this.handleSeconds = needs.handleSeconds;
    this.afterCallWorkSeconds = needs.afterCallWorkSeconds;
    this.patienceSeconds = needs.patienceSeconds;
  }

  get route(): CaseRoute {
    return this.first.route;
  }
}

export interface Attempt {
  readonly id: number;
  readonly caller: Caller;
  readonly arrivedAt: number;
  /** 1 for a first attempt. */
  readonly attempt: number;
  /** Arrived inside the measured window (after warm-up, before the end). */
  readonly counted: boolean;
}

export class Call implements PoolJob, LineHolder, Attempt {
  readonly id: number;
  readonly caller: Caller;
  readonly arrivedAt: number;
  readonly attempt: number;
  readonly counted: boolean;
  waitTicket = 0;
  waitLine = 0;
  holdsLine = false;
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

  constructor(attempt: Attempt) {
    this.id = attempt.id;
    this.caller = attempt.caller;
    this.arrivedAt = attempt.arrivedAt;
    this.attempt = attempt.attempt;
    this.counted = attempt.counted;
  }
}
