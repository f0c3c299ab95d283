/**
 * Reads a call log (CSV) into attempts, with an optional column map for an export whose
 * headers differ (`{"arrival_time": "StartTime", …}`: our column → theirs). Every row that
 * cannot be used is reported with its row number (the header is row 1), the column and the
 * value, and why: a broken date, an unknown outcome, a negative duration, a missing value,
 * too few fields or a call id seen before. Nothing is dropped silently; the fit uses the good rows.
 */
import { csvParseRows } from 'd3';
import { CALL_LOG_COLUMNS, OUTCOMES, parseWallClock, secondsBetween, type CallLogColumn, type Outcome } from './call-log.ts';

/** One usable attempt. Times are Beijing wall-clock ms since the epoch, read as UTC. */
export interface LogAttempt {
  /** The row in the file (header = 1). */
  readonly row: number;
  readonly callId: string;
  /** The caller (hashed); undefined when the log has no caller column or the cell is empty. */
  readonly caller: string | undefined;
  readonly arrivalMs: number;
  readonly callType: string;
  readonly ivrPath: string | undefined;
  readonly lane: string | undefined;
  readonly outcome: Outcome;
  /** Answered and abandoned: when the attempt joined the queue. */
  readonly queueEntryMs: number | undefined;
  /** Answered and abandoned: seconds from queue entry to the answer or the hang-up. */
  readonly waitSeconds: number | undefined;
  /** When the attempt left: the hang-up for an abandon, the answer for an answered call, else the arrival. */
  readonly endMs: number;
  readonly talkSeconds: number | undefined;
  readonly afterCallSeconds: number | undefined;
  readonly transferred: boolean;
  readonly workOrder: boolean;
  readonly redialOf: string | undefined;
}

export interface RowIssue {
  /** The row in the file (header = 1). */
  readonly row: number;
  /** The column as the file names it. */
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** Our column name → the file's header for it. Columns not named keep our names. */
export type ColumnMap = Partial<Record<CallLogColumn, string>>;

export interface ParsedLog {
  readonly attempts: readonly LogAttempt[];
  /** The first MAX_ISSUES_LISTED problems, in row order. */
  readonly issues: readonly RowIssue[];
  /** How many problems there were in all (rows can have several). */
  readonly issueCount: number;
  /** Data rows in the file (the header not counted). */
  readonly rows: number;
  /** Rows with at least one problem: not used. */
  readonly badRows: number;
  /** Problems that make the whole file unusable: a required column missing, a column map naming no column. */
  readonly fatal: readonly string[];
}

/** Columns without which no row can be read. */
export const REQUIRED_COLUMNS: readonly CallLogColumn[] = ['arrival_time', 'call_type', 'outcome'];
export const MAX_ISSUES_LISTED = 1000;

/** The problems of a column map itself (not an object of strings, or an unknown column of ours). */
export function checkColumnMap(input: unknown): { ok: true; map: ColumnMap } | { ok: false; problems: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problems: ['expected an object: our column name → the file\'s header'] };
  const known = new Set<string>(CALL_LOG_COLUMNS);
  const problems: string[] = [];
  for (const [ours, theirs] of Object.entries(input)) {
    if (!known.has(ours)) problems.push(`${ours}: not a call log column (expected one of ${CALL_LOG_COLUMNS.join(', ')})`);
    else if (typeof theirs !== 'string' || theirs === '') problems.push(`${ours}: expected the file's header as text, got ${JSON.stringify(theirs)}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, map: input as ColumnMap };
}

const FLAGS: Record<string, boolean> = { '': false, '0': false, '1': true, false: false, true: true, no: false, yes: true, n: false, y: true };

export function parseCallLog(text: string, columns: ColumnMap = {}): ParsedLog {
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (records[0] ?? []).map((h) => h.trim());
  const nameOf = (c: CallLogColumn) => columns[c] ?? c;
  const index = new Map<CallLogColumn, number>();
  const fatal: string[] = [];
  for (const c of CALL_LOG_COLUMNS) {
    const at = header.indexOf(nameOf(c));
    if (at >= 0) index.set(c, at);
    else if (REQUIRED_COLUMNS.includes(c)) fatal.push(`no column "${nameOf(c)}" for ${c} (required${columns[c] ? ', named in the column map' : ''}); the header has: ${header.join(', ')}`);
    else if (columns[c]) fatal.push(`no column "${nameOf(c)}" for ${c}, named in the column map; the header has: ${header.join(', ')}`);
  }
  const issues: RowIssue[] = [];
  let issueCount = 0;
  let badRows = 0;
  const attempts: LogAttempt[] = [];
  const dataRows = records.length - 1 - (records.length > 1 && records.at(-1)!.length === 1 && records.at(-1)![0] === '' ? 1 : 0);
  if (fatal.length > 0) return { attempts, issues, issueCount, rows: Math.max(0, dataRows), badRows: Math.max(0, dataRows), fatal };

  const rowOfCallId = new Map<string, number>();
  for (let r = 1; r <= dataRows; r++) {
    const fields = records[r]!;
    const row = r + 1;
    const before = issueCount;
    const issue = (column: CallLogColumn, value: string, message: string) => {
      issueCount++;
      if (issues.length < MAX_ISSUES_LISTED) issues.push({ row, column: nameOf(column), value, message });
    };
    const cell = (c: CallLogColumn): string | undefined => {
      const at = index.get(c);
      return at === undefined ? undefined : fields[at]?.trim();
    };
    if (fields.length < header.length) {
      const first = CALL_LOG_COLUMNS.find((c) => (index.get(c) ?? -1) >= fields.length);
      if (first) issue(first, '', `missing: the row has ${fields.length} field(s), the header ${header.length}`);
    }
    const time = (c: CallLogColumn, needed: boolean): number | undefined => {
      const text = cell(c);
      if (text === undefined || text === '') {
        if (needed && fields.length >= header.length) issue(c, '', 'missing: expected a time YYYY-MM-DD HH:MM:SS (Beijing)');
        return undefined;
      }
      const ms = parseWallClock(text);
      if (ms === undefined) issue(c, text, 'expected a time YYYY-MM-DD HH:MM:SS (Beijing)');
      return ms;
    };
    const seconds = (c: CallLogColumn, needed: boolean): number | undefined => {
      const text = cell(c);
      if (text === undefined || text === '') {
        if (needed && fields.length >= header.length) issue(c, '', 'missing: expected seconds ≥ 0');
        return undefined;
      }
      const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
      if (!(value >= 0)) issue(c, text, 'expected seconds ≥ 0');
      return value >= 0 ? value : undefined;
    };
    const flag = (c: CallLogColumn): boolean => {
      const text = cell(c) ?? '';
      const value = FLAGS[text.toLowerCase()];
      if (value === undefined) issue(c, text, 'expected 1 or 0 (or true/false, yes/no, empty for 0)');
      return value ?? false;
    };

    const outcomeText = cell('outcome') ?? '';
    const outcome = (OUTCOMES as readonly string[]).includes(outcomeText) ? (outcomeText as Outcome) : undefined;
    if (!outcome && fields.length >= header.length) issue('outcome', outcomeText, `expected one of ${OUTCOMES.join(', ')}`);
    const callType = cell('call_type') ?? '';
    if (callType === '' && fields.length >= header.length) issue('call_type', '', 'missing: expected the call type');
    const arrival = time('arrival_time', true);
    const queued = outcome === 'answered' || outcome === 'abandoned';
    const queueEntry = time('queue_entry_time', queued);
    const answer = time('answer_time', outcome === 'answered');
    const hangup = time('hangup_time', outcome === 'abandoned');
    const talk = seconds('talk_seconds', outcome === 'answered');
    const afterCall = seconds('after_call_seconds', false);
    const transferred = flag('transferred');
    const workOrder = flag('work_order');
    const end = outcome === 'answered' ? answer : outcome === 'abandoned' ? hangup : arrival;
    if (arrival !== undefined && queueEntry !== undefined && queueEntry < arrival) issue('queue_entry_time', cell('queue_entry_time')!, 'expected a time at or after the arrival');
    if (queued && queueEntry !== undefined && end !== undefined && end < queueEntry) {
      const c = outcome === 'answered' ? 'answer_time' : 'hangup_time';
      issue(c, cell(c)!, 'expected a time at or after the queue entry (a negative wait)');
    }
    const callId = cell('call_id') ?? '';
    if (callId !== '') {
      const seen = rowOfCallId.get(callId);
      if (seen !== undefined) issue('call_id', callId, `seen before, in row ${seen}`);
      else rowOfCallId.set(callId, row);
    }
    if (issueCount > before || !outcome || arrival === undefined || end === undefined) {
      badRows++;
      continue;
    }
    attempts.push({
      row,
      callId: callId || `row ${row}`,
      caller: cell('caller_hash') || undefined,
      arrivalMs: arrival,
      callType,
      ivrPath: cell('ivr_path') || undefined,
      lane: cell('lane') || undefined,
      outcome,
      queueEntryMs: queued ? queueEntry : undefined,
      waitSeconds: queued ? secondsBetween(queueEntry!, end) : undefined,
      endMs: end,
      talkSeconds: outcome === 'answered' ? talk : undefined,
      afterCallSeconds: outcome === 'answered' ? afterCall : undefined,
      transferred,
      workOrder,
      redialOf: cell('redial_of') || undefined,
    });
  }
  return { attempts, issues, issueCount, rows: Math.max(0, dataRows), badRows, fatal };
}

/** An issue as one line: `row 12, arrival_time = "2025-02-30 08:00:00": expected a time …`. */
export function formatRowIssue(i: RowIssue): string {
  return `row ${i.row}, ${i.column} = ${JSON.stringify(i.value)}: ${i.message}`;
}
