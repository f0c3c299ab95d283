/**
 * The call log: one row per attempt, in the shape of a common ACD/IVR export. The
 * simulator writes it (`call-log-writer.ts`) and the calibration reads it
 * (`parse-log.ts`); this file holds what both agree on: the columns, the outcomes and the
 * Beijing wall-clock times.
 *
 * | column | meaning |
 * | --- | --- |
 * | `call_id` | the attempt's id, unique in the log |
 * | `caller_hash` | the caller, hashed (a redial has the same hash as the attempt it repeats) |
 * | `arrival_time` | when the attempt reached the number, Beijing time, `YYYY-MM-DD HH:MM:SS` |
 * | `call_type` | the call type (the IVR menu branch chosen, or the agent's disposition) |
 * | `ivr_path` | `agent` (asked for a person) or `self-service`; empty for a busy signal |
 * | `lane` | the queue the attempt joined (or would have joined) |
 * | `queue_entry_time` | when it joined the queue (answered and abandoned attempts) |
 * | `answer_time` | when a seat answered (answered attempts) |
 * | `hangup_time` | when the caller hung up while waiting (abandoned attempts) |
 * | `talk_seconds` | front-desk talk time (answered attempts) |
 * | `after_call_seconds` | the seat's after-call work (answered attempts; 0 when none) |
 * | `outcome` | `busy`, `self-served`, `answered` or `abandoned` |
 * | `transferred` | 1 if the front desk transferred the caller live to the back office, else 0 |
 * | `work_order` | 1 if the call left an electronic work order, else 0 |
 * | `redial_of` | the `call_id` of the earlier attempt this one repeats; empty for a first call |
 */

/** The columns of the call log, in the order the simulator writes them. */
export const CALL_LOG_COLUMNS = [
  'call_id',
  'caller_hash',
  'arrival_time',
  'call_type',
  'ivr_path',
  'lane',
  'queue_entry_time',
  'answer_time',
  'hangup_time',
  'talk_seconds',
  'after_call_seconds',
  'outcome',
  'transferred',
  'work_order',
  'redial_of',
] as const;

export type CallLogColumn = (typeof CALL_LOG_COLUMNS)[number];

/** How an attempt ended, as the log says it. */
export const OUTCOMES = ['busy', 'self-served', 'answered', 'abandoned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Milliseconds in a second: wall-clock times are kept as milliseconds since the epoch, read as UTC. */
const MS = 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A wall-clock time (ms since the epoch, read as UTC) as `YYYY-MM-DD HH:MM:SS`. */
export function formatWallClock(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads `YYYY-MM-DD HH:MM:SS` (or with a `T`, or without seconds) as ms since the epoch,
 * read as UTC; undefined for anything else, including impossible dates (`2025-02-30`).
 */
export function parseWallClock(text: string): number | undefined {
  const match = WALL_CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((s) => (s === undefined ? 0 : Number(s))) as number[];
  if (hour! > 23 || minute! > 59 || second! > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  date.setUTCHours(hour!, minute!, second!, 0);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime();
}

/** Seconds between two wall-clock times. */
export function secondsBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / MS;
}
