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
  | 'standby-stand-down';

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
}

export type TraceSink = (record: TraceRecord) => void;
