/**
 * Writes the call log of one simulated replication from its trace, row by row, as the run
 * produces it: a row is given out as soon as its attempt is over (busy, self-served,
 * abandoned, or answered with its talk, after-call work and case decided), so memory holds
 * only the attempts in progress, and a year's log streams to disk. The columns are those of
 * `call-log.ts`; CSV quoting is d3-dsv's.
 *
 * The log covers the attempts that arrive in the measured window (after the warm-up, before
 * the horizon), the ones the run's figures count. An attempt the run stopped following
 * before it ended (still waiting, or talking, when the drain limit is reached) has no row:
 * `finish()` says how many. The simulator's caller ids are its own counters, so
 * `caller_hash` is a 64-bit mix of (seed, replication, caller id), shown as 16 hex digits:
 * it looks like an export's hashed number, repeats for a redial, and names nobody.
 */
import { csvFormatBody, csvFormatRows } from 'd3';
import type { TraceRecord, TraceSink } from '../../models/results/trace.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { wallClockMs } from '../engine/time.ts';
import { CALL_LOG_COLUMNS, formatWallClock, type CallLogColumn, type Outcome } from './call-log.ts';

export interface CallLogWriterOptions {
  readonly seed: number;
  readonly replication: number;
  /** The log keeps attempts arriving at or after this simulated second (the warm-up's end)… */
  readonly fromSeconds: number;
  /** …and before this one (the horizon). */
  readonly toSeconds: number;
  /** Receives the log's text in pieces: the header first, then rows in batches. */
  readonly write: (text: string) => void;
  /** Rows per batch handed to `write`. */
  readonly batchRows?: number;
}

export interface CallLogSummary {
  readonly rows: number;
  /** Attempts in the window the run stopped following before they ended: not in the log. */
  readonly unfinished: number;
}

/** An attempt in progress. Times in simulated seconds. */
interface Attempt {
  readonly id: number;
  readonly caller: number;
  readonly arrival: number;
  readonly callType: string;
  readonly lane: string;
  readonly redialOf: number | undefined;
  ivrPath: string;
  queueEntry?: number;
  answer?: number;
  talkEnd?: number;
  wrapEnd?: number;
  transferred: boolean;
  workOrder: boolean;
  /** The case after the front desk is decided (closed, or a work order written). */
  decided: boolean;
}

type Row = Record<CallLogColumn, string>;

export class CallLogWriter {
  private readonly open = new Map<number, Attempt>();
  /** The attempt whose redial is scheduled, by caller. */
  private readonly redialOf = new Map<number, number>();
  private readonly hasAfterCallWork: ReadonlySet<string>;
  private readonly startMs: number;
  private batch: Row[] = [];
  private rows = 0;

  /** Hand this to `simulateCallCentre` as `trace`. */
  readonly sink: TraceSink = (record) => this.take(record);

  constructor(
    scenario: Scenario,
    private readonly options: CallLogWriterOptions,
  ) {
    this.startMs = wallClockMs(scenario.run.startBeijing)!;
    this.hasAfterCallWork = new Set(scenario.callTypes.filter((t) => t.afterCallWorkSeconds && durationCanBePositive(t.afterCallWorkSeconds)).map((t) => t.id));
    options.write(`${csvFormatRows([[...CALL_LOG_COLUMNS]])}\n`);
  }

  /** Gives out the last rows; call once the run is over. */
  finish(): CallLogSummary {
    this.flush();
    const unfinished = this.open.size;
    this.open.clear();
    return { rows: this.rows, unfinished };
  }

  private take(r: TraceRecord): void {
    if (r.call === undefined) return;
    if (r.event === 'redial-scheduled') {
      this.redialOf.set(r.caller!, r.call);
      return;
    }
    if (r.event === 'arrive') {
      const redialOf = (r.value ?? 1) > 1 ? this.redialOf.get(r.caller!) : undefined;
      this.redialOf.delete(r.caller!);
      if (r.t < this.options.fromSeconds || r.t >= this.options.toSeconds) return;
      this.open.set(r.call, { id: r.call, caller: r.caller!, arrival: r.t, callType: r.callType!, lane: r.lane!, redialOf, ivrPath: '', transferred: false, workOrder: false, decided: false });
      return;
    }
    const a = this.open.get(r.call);
    if (!a) return;
    switch (r.event) {
      case 'blocked':
        return this.emit(a, 'busy');
      case 'ivr':
        a.ivrPath = r.outcome ?? '';
        return;
      case 'self-served':
        return this.emit(a, 'self-served');
      case 'answered':
        a.answer = r.t;
        a.queueEntry = r.t - (r.value ?? 0);
        return;
      case 'abandoned':
        a.queueEntry = r.t - (r.value ?? 0);
        return this.emit(a, 'abandoned', r.t);
      case 'talk-ended':
        a.talkEnd = r.t;
        return this.answeredIfOver(a);
      case 'wrap-up-ended':
        a.wrapEnd = r.t;
        return this.answeredIfOver(a);
      case 'transferred':
        a.transferred = true;
        return;
      case 'work-order-created':
        a.workOrder = true;
        a.decided = true;
        return this.answeredIfOver(a);
      case 'case-closed':
        a.decided = true;
        return this.answeredIfOver(a);
      default:
        return;
    }
  }

  /** An answered attempt's row is complete once its talk, its after-call work and its case are. */
  private answeredIfOver(a: Attempt): void {
    if (a.talkEnd === undefined || !a.decided) return;
    if (a.wrapEnd === undefined && this.hasAfterCallWork.has(a.callType)) return;
    this.emit(a, 'answered');
  }

  private emit(a: Attempt, outcome: Outcome, hangup?: number): void {
    this.open.delete(a.id);
    const time = (t: number | undefined) => (t === undefined ? '' : formatWallClock(this.startMs + Math.round(t) * 1000));
    const seconds = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? '' : String(Math.round(to - from)));
    const answered = outcome === 'answered';
    this.batch.push({
      call_id: String(a.id),
      caller_hash: this.hashCaller(a.caller),
      arrival_time: time(a.arrival),
      call_type: a.callType,
      ivr_path: a.ivrPath,
      lane: a.lane,
      queue_entry_time: time(a.queueEntry),
      answer_time: time(a.answer),
      hangup_time: time(hangup),
      talk_seconds: seconds(a.answer, a.talkEnd),
      after_call_seconds: answered ? (a.wrapEnd === undefined ? '0' : seconds(a.talkEnd, a.wrapEnd)) : '',
      outcome,
      transferred: answered ? (a.transferred ? '1' : '0') : '',
      work_order: answered ? (a.workOrder ? '1' : '0') : '',
      redial_of: a.redialOf === undefined ? '' : String(a.redialOf),
    });
    this.rows++;
    if (this.batch.length >= (this.options.batchRows ?? 2000)) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.options.write(`${csvFormatBody(this.batch, [...CALL_LOG_COLUMNS])}\n`);
    this.batch = [];
  }

  /** 16 hex digits from (seed, replication, caller): two rounds of a 32-bit integer mix. */
  private hashCaller(caller: number): string {
    const { seed, replication } = this.options;
    const a = mix32(caller ^ mix32(seed >>> 0) ^ mix32(replication + 0x9e3779b9));
    const b = mix32(a ^ Math.floor(seed / 2 ** 32) ^ 0x85ebca6b);
    return hex8(a) + hex8(b);
  }
}

/** Whether a duration (as parsed) can be above 0; a fixed 0 means no after-call work, so no `wrap-up-ended`. */
function durationCanBePositive(d: { readonly kind: string; readonly [field: string]: number | string }): boolean {
  if (d.kind === 'fixed') return (d.seconds as number) > 0;
  if (d.kind === 'uniform' || d.kind === 'triangular') return (d.maxSeconds as number) > 0;
  return true;
}

/** murmur3's 32-bit finaliser. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');
