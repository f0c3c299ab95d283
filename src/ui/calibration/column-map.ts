/**
 * The column map of an imported call log, DOM-free: which of the file's headers holds each
 * of the call log's columns (`src/calibration/call-log.ts`). Guessed from the headers
 * (exact names first, then common ACD/IVR export names), changed with a select per column,
 * saved and loaded as the JSON `npm run calibrate -- --columns map.json` reads
 * (`{"arrival_time": "StartTime", …}`: our column → the file's header).
 */
import { csvFormatRows, csvParseRows } from 'd3';
import { CALL_LOG_COLUMNS, type CallLogColumn } from '../../calibration/call-log.ts';
import { checkColumnMap, REQUIRED_COLUMNS, type ColumnMap } from '../../calibration/parse-log.ts';

/** Our column → the file's header ('' for "not in the file"). */
export type ColumnSelection = Readonly<Record<CallLogColumn, string>>;

/** Other names exports use for our columns, compared after `normalise` (lower case, letters and digits only). */
const SYNONYMS: Readonly<Record<CallLogColumn, readonly string[]>> = {
  call_id: ['callid', 'id', 'contactid', 'sessionid', 'attemptid', '呼叫编号', '话单编号', '通话编号'],
  caller_hash: ['caller', 'callerid', 'ani', 'callingnumber', 'phone', 'phonenumber', 'msisdn', 'customer', '主叫号码', '来电号码', '主叫'],
  arrival_time: ['arrival', 'arrivaltime', 'starttime', 'start', 'calltime', 'callstart', 'timestamp', 'datetime', 'time', 'received', '来电时间', '呼入时间', '开始时间'],
  call_type: ['type', 'calltype', 'category', 'ivrbranch', 'menu', 'skill', 'service', 'disposition', 'reason', '来电类型', '业务类型', '类型'],
  ivr_path: ['ivr', 'ivrpath', 'ivrresult', 'route', 'path', '语音导航'],
  lane: ['lane', 'queue', 'queuename', 'skillgroup', 'split', 'vdn', '队列', '通道'],
  queue_entry_time: ['queueentry', 'queuetime', 'queued', 'queuestart', 'enqueue', 'enqueuetime', '排队时间', '进入队列时间'],
  answer_time: ['answer', 'answered', 'answertime', 'connecttime', 'connected', 'pickup', '应答时间', '接听时间'],
  hangup_time: ['hangup', 'hanguptime', 'abandontime', 'abandonedtime', 'disconnect', 'endtime', 'end', '挂断时间', '放弃时间'],
  talk_seconds: ['talk', 'talktime', 'talkseconds', 'talksec', 'handletime', 'duration', 'talkduration', '通话时长', '通话秒数'],
  after_call_seconds: ['acw', 'aftercall', 'aftercallwork', 'wrapup', 'wrap', 'wrapuptime', 'acwseconds', '话后处理', '话后时长'],
  outcome: ['outcome', 'result', 'status', 'callresult', 'finalstatus', '结果', '状态'],
  transferred: ['transfer', 'transferred', 'xfer', 'transferflag', '转接'],
  work_order: ['workorder', 'ticket', 'ticketcreated', 'case', 'caseopened', '工单'],
  redial_of: ['redialof', 'redial', 'repeatof', 'previouscall', 'parentcall', '重拨'],
};

/** Lower case, letters, digits and CJK only: `Start Time` and `start_time` meet as `starttime`. */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '');
}

/** A select per column, pre-filled: the header of our exact name, else the first synonym found; each header used once. */
export function guessColumns(header: readonly string[]): ColumnSelection {
  const taken = new Set<string>();
  const selection = Object.fromEntries(CALL_LOG_COLUMNS.map((c) => [c, ''])) as Record<CallLogColumn, string>;
  const claim = (c: CallLogColumn, h: string | undefined) => {
    if (h === undefined || taken.has(h) || selection[c] !== '') return;
    selection[c] = h;
    taken.add(h);
  };
  for (const c of CALL_LOG_COLUMNS) claim(c, header.find((h) => h === c));
  for (const c of CALL_LOG_COLUMNS) claim(c, header.find((h) => !taken.has(h) && normalise(h) === normalise(c)));
  for (const c of CALL_LOG_COLUMNS) {
    for (const synonym of SYNONYMS[c]) claim(c, header.find((h) => !taken.has(h) && normalise(h) === synonym));
  }
  return selection;
}

/** The library's column map for a selection: every mapped column (identity entries too, so the file says it all). */
export function toColumnMap(selection: ColumnSelection): ColumnMap {
  const map: Record<string, string> = {};
  for (const c of CALL_LOG_COLUMNS) if (selection[c] !== '') map[c] = selection[c];
  return map as ColumnMap;
}

/** The columns that are not usable as selected: a required one not chosen, or a header chosen twice. */
export interface SelectionProblem {
  readonly column: CallLogColumn;
  readonly kind: 'required' | 'duplicate';
  /** For a duplicate: the other column using the same header. */
  readonly other?: CallLogColumn;
}

export function selectionProblems(selection: ColumnSelection): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  const firstUse = new Map<string, CallLogColumn>();
  for (const c of CALL_LOG_COLUMNS) {
    const h = selection[c];
    if (h === '') {
      if (REQUIRED_COLUMNS.includes(c)) problems.push({ column: c, kind: 'required' });
      continue;
    }
    const other = firstUse.get(h);
    if (other) problems.push({ column: c, kind: 'duplicate', other });
    else firstUse.set(h, c);
  }
  return problems;
}

/** A saved column map applied to this file's header: what fits is taken, the rest listed (the current choice stays). */
export type LoadedMap =
  | { readonly ok: true; readonly selection: ColumnSelection; readonly unknownHeaders: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export function loadColumnMap(text: string, header: readonly string[], current: ColumnSelection): LoadedMap {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const checked = checkColumnMap(json);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const selection: Record<string, string> = { ...current };
  const unknownHeaders: string[] = [];
  for (const [ours, theirs] of Object.entries(checked.map)) {
    if (header.includes(theirs!)) selection[ours] = theirs!;
    else unknownHeaders.push(theirs!);
  }
  return { ok: true, selection: selection as ColumnSelection, unknownHeaders };
}

/** The map as the file `--columns map.json` reads. */
export function columnMapText(selection: ColumnSelection): string {
  return `${JSON.stringify(toColumnMap(selection), null, 2)}\n`;
}

/**
 * The log's text with the header cells named as one of our columns but not selected for it
 * renamed (`lane` → `lane (not used)`), so that "not in the file" holds even where the
 * file's name is ours (the library otherwise reads a column of our name by default).
 */
export function withUnusedRenamed(text: string, selection: ColumnSelection): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const header = csvParseRows(first.replace(/^\uFEFF/, '').replace(/\r$/, ''))[0] ?? [];
  const used = new Set(Object.values(selection).filter((h) => h !== ''));
  const ours = new Set<string>(CALL_LOG_COLUMNS);
  if (!header.some((h) => ours.has(h.trim()) && !used.has(h.trim()))) return text;
  const renamed = header.map((h) => (ours.has(h.trim()) && !used.has(h.trim()) ? `${h.trim()} (not used)` : h));
  return csvFormatRows([renamed]) + (end < 0 ? '' : text.slice(end));
}

/** The first rows of a file for the preview: its header and up to `count` rows (from the start of the file only). */
export interface Preview {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function previewOf(start: string, whole: boolean, count = 5): Preview {
  // A start cut at a byte count may end in a partial line: drop it unless the file ended there.
  const lines = start.replace(/^\uFEFF/, '').split(/\r?\n/);
  const complete = whole || lines.length === 1 ? lines : lines.slice(0, -1);
  const records = csvParseRows(complete.slice(0, count + 1).join('\n'));
  return { header: (records[0] ?? []).map((h) => h.trim()), rows: records.slice(1).filter((r) => !(r.length === 1 && r[0] === '')) };
}

/** Why a file cannot be a call log, from its start: empty, or not comma-separated text. */
export type StartProblem = 'empty' | 'not-csv' | undefined;

export function startProblem(start: string, preview: Preview): StartProblem {
  if (start.replace(/^\uFEFF/, '').trim() === '') return 'empty';
  // Binary files (a spreadsheet, an archive) have NULs or control bytes; a CSV log has more than one column.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(start.slice(0, 4096)) || preview.header.length < 2) return 'not-csv';
  return undefined;
}
