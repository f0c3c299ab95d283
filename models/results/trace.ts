/**
 * A trace is the story of one run, event by event: what the trainer mode replays and what
 * the mechanics tests assert on. The model tells a `Tracer` what happens; the no-op tracer
 * (`NO_TRACE`) makes that free when nobody listens, and no tracer ever schedules an event
 * or draws a number, so a traced run is the same run as an untraced one.
 */
import type { Agent } from '../../src/engine/pool.ts';
import type { WorkOrder } from '../back-office/work-orders.ts';
import type { Call } from '../phone/call.ts';
import type { FunnelOutcome } from './funnel.ts';

export type TraceEventName =
  | CallEventName
  | WorkOrderEventName
  | SeatsEventName
  | 'redial-scheduled'
  | 'ivr'
  | 'duty'
  | 'notify-start'
  | 'notify-attempt'
  | 'notified'
  | 'case-closed';

/** Events of a call that carry no more than the call itself (and, for some, a number or an agent). */
export type CallEventName =
  | 'arrive'
  | 'blocked'
  | 'self-served'
  | 'queued'
  | 'answered'
  | 'abandoned'
  | 'talk-ended'
  | 'wrap-up-ended'
  | 'transferred'
  | 'transfer-answered'
  | 'transfer-abandoned'
  | 'transfer-ended';

/** `work-order-taken`: a secretary or officer starts on the order (`agent`, `group`). */
export type WorkOrderEventName = 'work-order-created' | 'work-order-taken' | 'work-order-stage' | 'work-order-received' | 'work-order-done';

/** Seats called to or sent away from the phones. */
export type SeatsEventName =
  | 'standby-activate'
  /** One standby seat called in: `value` is its call-in delay, seconds. */
  | 'standby-called'
  | 'standby-on-line'
  | 'standby-stand-down'
  | 'secretaries-to-phones'
  | 'secretaries-back';

export interface TraceRecord {
  /** Simulated seconds since the start. */
  readonly t: number;
  readonly event: TraceEventName;
  readonly call?: number;
  readonly caller?: number;
  /** The call type's id. */
  readonly callType?: string;
  /** The lane's id. */
  readonly lane?: string;
  readonly agent?: number;
  /** The agent group or pool: `front`, `standby`, `secretaryPhones`, `secretaries`, `officers`. */
  readonly group?: string;
  /** Event-specific number: wait seconds, seats, attempt… */
  readonly value?: number;
  /** Work-order events: the order's id, the stage it enters, its mission id. */
  readonly order?: number;
  readonly stage?: string;
  readonly mission?: string;
  /**
   * Outcome: the funnel tier that finished a case, the channel that delivered a notification
   * (`notified`) or was tried (`notify-attempt`, `value` 1 if it got through, 0 if not), the
   * IVR choice (`ivr`: `agent` or `self-service`, `value` the seconds in the IVR).
   * `duty`: `group` and its seats on duty in `value`; `notify-start`: `value` the seconds to delivery, `outcome` as `notified` (known when decided;
   * `notified` itself is dropped when it falls after the end of the run).
   */
  readonly outcome?: string;
}

export type TraceSink = (record: TraceRecord) => void;

/** What the model tells whoever follows the run. Every method is called at the simulated time it describes, unless it says otherwise. */
export interface Tracer {
  /** A call's step: `value` is the attempt for `arrive`, the wait for `answered` and `transfer-answered`, the time waited for the abandons. */
  call(event: CallEventName, call: Call, value?: number, agent?: Agent): void;
  redialScheduled(call: Call, delaySeconds: number): void;
  /** The call entered the IVR: it will choose a person (or serve itself) after `seconds`. */
  ivr(call: Call, wantsAgent: boolean, seconds: number): void;
  /** Seats on duty (by the shift schedule and the policies) in a front-desk group, now. */
  duty(group: 'front' | 'standby' | 'secretaryPhones', seats: number): void;
  /** One attempt of a notification decided now: channel `channelIndex`, ending `atSeconds` from now, delivered or failed. */
  notifyAttempt(call: Call, channelIndex: number, atSeconds: number, delivered: boolean): void;
  workOrder(event: WorkOrderEventName, order: WorkOrder): void;
  /** Decided now, delivered `seconds` later by channel `channelIndex` (−1: every channel failed). */
  notified(call: Call, seconds: number, channelIndex: number): void;
  caseClosed(call: Call, outcome: FunnelOutcome): void;
  seats(event: SeatsEventName, group: 'standby' | 'secretaryPhones', seats: number): void;
  /** The run has reached `untilSeconds` and no event is due before then: records held up to then are given out. */
  flush(untilSeconds: number): void;
  /** The run is over at `endSeconds`: records still held for a later time up to then are given out. */
  close(endSeconds: number): void;
}

const nothing = (): void => undefined;

/** The tracer of an untraced run: every method does nothing. */
export const NO_TRACE: Tracer = Object.freeze({
  call: nothing,
  redialScheduled: nothing,
  ivr: nothing,
  duty: nothing,
  notifyAttempt: nothing,
  flush: nothing,
  workOrder: nothing,
  notified: nothing,
  caseClosed: nothing,
  seats: nothing,
  close: nothing,
});
