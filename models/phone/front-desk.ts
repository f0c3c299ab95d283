/**
 * The front desk: the seats that answer calls (the 20 front seats, standby seats once on
 * line, secretaries sent to the phones), taken from the lanes in strict priority with the
 * emergency lane's reserve. A caller who finds no free seat waits in their lane and hangs
 * up when their patience runs out; an answered call is talked through, then the seat does
 * its after-call work. Whatever else happens to a call is the hooks' business, as in the
 * back office.
 */
import type { Kernel } from '../../src/engine/kernel.ts';
import { Pool, type Agent, type PoolLine } from '../../src/engine/pool.ts';
import { Level } from '../../src/engine/stats.ts';
import type { Tracer } from '../results/trace.ts';
import type { Call } from './call.ts';

/** The agent groups of the front desk, in the order free seats are taken. */
export const DESK_GROUPS = ['front', 'standby', 'secretaryPhones'] as const;
export type DeskGroup = (typeof DESK_GROUPS)[number];
export const FRONT = 0;
export const STANDBY = 1;
export const SECRETARY_PHONES = 2;

export interface FrontDeskHooks {
  /** The call joined its lane (whether or not a seat was free). */
  readonly queued: (call: Call) => void;
  /** The call found no free seat and waits. */
  readonly waits: (call: Call) => void;
  readonly answered: (call: Call, waitSeconds: number) => void;
  /** The caller hung up while waiting. */
  readonly abandoned: (call: Call) => void;
  /** The conversation is over; the seat starts its after-call work, if any. */
  readonly talkEnded: (call: Call) => void;
  /** The seat is free again: the call's front-desk work is done. */
  readonly seatFree: (call: Call) => void;
  /** A seat went off duty (may be a secretary going back to the office). */
  readonly seatOffDuty: (agent: Agent) => void;
}

export interface FrontDeskOptions {
  readonly kernel: Kernel;
  /** Lanes as pool lines, highest priority first. */
  readonly lines: readonly PoolLine[];
  /** Call type ids, by call type index (names of the waiting levels). */
  readonly callTypeIds: readonly string[];
  /** The lane of each call type, by call type index. */
  readonly laneIndexOfType: readonly number[];
  readonly tracer: Tracer;
  readonly hooks: FrontDeskHooks;
}

export class FrontDesk {
  readonly seats: Pool<Call>;
  /** Callers waiting, by call type index. */
  readonly waitingByType: readonly Level[];
  private readonly kernel: Kernel;
  private readonly laneIndexOfType: readonly number[];
  private readonly tracer: Tracer;
  private readonly hooks: FrontDeskHooks;

  constructor(options: FrontDeskOptions) {
    this.kernel = options.kernel;
    this.laneIndexOfType = options.laneIndexOfType;
    this.tracer = options.tracer;
    this.hooks = options.hooks;
    this.waitingByType = options.callTypeIds.map((id) => new Level(`${id}.waiting`));
    this.seats = new Pool<Call>(options.kernel, {
      name: 'front-desk',
      lines: options.lines,
      groups: DESK_GROUPS,
      onStart: this.answer,
      onOffDuty: options.hooks.seatOffDuty,
    });
  }

  /** Callers waiting in lane `laneIndex`. */
  waiting(laneIndex: number): number {
    return this.seats.waiting(laneIndex);
  }

  /** The caller chose a person in the IVR: they join their lane. */
  readonly join = (call: Call): void => {
    const { caller } = call;
    call.queuedAt = this.kernel.now();
    this.hooks.queued(call);
    this.seats.request(call, this.laneIndexOfType[caller.typeIndex]!);
    if (call.waitTicket === 0) return;
    call.waited = true;
    this.hooks.waits(call);
    this.waitingByType[caller.typeIndex]!.add(call.queuedAt, 1);
    if (caller.patienceSeconds !== Infinity) call.abandonTimer = this.kernel.after(caller.patienceSeconds, this.abandon, call);
    this.tracer.call('queued', call);
  };

  /** The pool gave the call a seat. */
  private readonly answer = (call: Call, agent: Agent): void => {
    const now = this.kernel.now();
    const wait = now - call.queuedAt;
    call.agent = agent;
    if (call.waited) {
      call.abandonTimer?.cancel();
      this.waitingByType[call.caller.typeIndex]!.add(now, -1);
    }
    this.hooks.answered(call, wait);
    this.tracer.call('answered', call, wait, agent);
    this.kernel.after(call.caller.handleSeconds, this.endTalk, call);
  };

  private readonly endTalk = (call: Call): void => {
    this.tracer.call('talk-ended', call, undefined, call.agent);
    this.hooks.talkEnded(call);
    if (call.caller.afterCallWorkSeconds > 0) {
      this.kernel.after(call.caller.afterCallWorkSeconds, this.endWrapUp, call);
      return;
    }
    this.freeSeat(call);
  };

  private readonly endWrapUp = (call: Call): void => {
    this.tracer.call('wrap-up-ended', call, undefined, call.agent);
    this.freeSeat(call);
  };

  private freeSeat(call: Call): void {
    this.seats.release(call.agent!);
    this.hooks.seatFree(call);
  }

  private readonly abandon = (call: Call): void => {
    const now = this.kernel.now();
    this.seats.withdraw(call);
    this.waitingByType[call.caller.typeIndex]!.add(now, -1);
    this.tracer.call('abandoned', call, now - call.queuedAt);
    this.hooks.abandoned(call);
  };
}
