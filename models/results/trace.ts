/**
 * A trace is the story of one run, event by event: what the trainer mode replays and what
 * the mechanics tests assert on. Nothing is recorded unless a sink is given.
 */
export type TraceEventName =
  | 'arrive'
  | 'blocked'
  | 'self-served'
  | 'queued'
  | 'answered'
  | 'abandoned'
  | 'talk-ended'
  | 'wrap-up-ended'
  | 'redial-scheduled'
  | 'staffing'
  | 'standby-activate'
  | 'standby-on-line'
  | 'standby-stand-down'
  | 'transferred'
  | 'transfer-answered'
  | 'transfer-abandoned'
  | 'transfer-ended'
  | 'work-order-created'
  | 'work-order-stage'
  | 'work-order-received'
  | 'work-order-done'
  | 'notified'
  | 'case-closed'
  | 'secretaries-to-phones'
  | 'secretaries-back';

export interface TraceRecord {
  /** Simulated seconds since the start. */
  readonly t: number;
  readonly event: TraceEventName;
  readonly call?: number;
  readonly caller?: number;
  readonly callType?: string;
  readonly lane?: string;
  readonly agent?: number;
  readonly group?: string;
  /** Event-specific number: wait seconds, seats, attempt… */
  readonly value?: number;
  /** Work-order events: the order's id, the stage it enters, its mission id. */
  readonly order?: number;
  readonly stage?: string;
  readonly mission?: string;
  /** Outcome: the funnel tier that finished a case, or the channel that delivered a notification. */
  readonly outcome?: string;
}

export type TraceSink = (record: TraceRecord) => void;
