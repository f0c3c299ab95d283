import { describe, expect, it } from 'vitest';
import { CALL_LOG_COLUMNS } from '../../src/calibration/call-log.ts';
import { checkColumnMap, formatRowIssue, parseCallLog } from '../../src/calibration/parse-log.ts';

const HEADER = CALL_LOG_COLUMNS.join(',');
const answered = (id: number, arrival = '2025-03-03 08:15:02') =>
  `${id},c${id},${arrival},document,agent,general,2025-03-03 08:15:20,2025-03-03 08:16:00,,300,60,answered,0,1,`;

describe('parseCallLog', () => {
  it('reads a good row: waits from queue entry, flags, times in Beijing wall clock', () => {
    const { attempts, issues, rows } = parseCallLog(`${HEADER}\n${answered(1)}\n`);
    expect(rows).toBe(1);
    expect(issues).toEqual([]);
    expect(attempts[0]).toMatchObject({ row: 2, callId: '1', caller: 'c1', callType: 'document', outcome: 'answered', waitSeconds: 40, talkSeconds: 300, afterCallSeconds: 60, transferred: false, workOrder: true });
    expect(new Date(attempts[0]!.arrivalMs).toISOString()).toBe('2025-03-03T08:15:02.000Z');
  });

  it('reports broken dates, unknown outcomes, negative durations, missing fields and repeated call ids with row, column and value', () => {
    const text = [
      HEADER,
      answered(1),
      answered(2, '2025-02-30 08:00:00'),
      '3,c3,2025-03-03 09:00:00,document,agent,general,,,,,,hung-up,,,',
      '4,c4,2025-03-03 09:00:00,document,agent,general,2025-03-03 09:00:10,2025-03-03 09:01:00,,-5,0,answered,0,0,',
      '5,c5,2025-03-03 09:00:00,document',
      '6,c6,2025-03-03 09:00:00,document,agent,general,2025-03-03 09:00:10,,2025-03-03 09:00:05,,,abandoned,,,',
      answered(7),
      answered(7),
    ].join('\n');
    const { attempts, issues, badRows } = parseCallLog(text);
    expect(attempts.map((a) => a.callId)).toEqual(['1', '7']);
    expect(badRows).toBe(6);
    expect(issues.map(formatRowIssue)).toEqual([
      'row 3, arrival_time = "2025-02-30 08:00:00": expected a time YYYY-MM-DD HH:MM:SS (Beijing)',
      'row 4, outcome = "hung-up": expected one of busy, self-served, answered, abandoned',
      'row 5, talk_seconds = "-5": expected seconds ≥ 0',
      'row 6, ivr_path = "": missing: the row has 4 field(s), the header 15',
      'row 7, hangup_time = "2025-03-03 09:00:05": expected a time at or after the queue entry (a negative wait)',
      'row 9, call_id = "7": seen before, in row 8',
    ]);
  });

  it('maps the file\'s own headers to ours', () => {
    const theirs = 'CallID,ANI,StartTime,Skill,Disposition,QueueStart,AnswerTime,HangUp,TalkSec';
    const row = '9,138,2025-03-03 10:00:00,general,answered,2025-03-03 10:00:05,2025-03-03 10:00:35,,200';
    const map = { call_id: 'CallID', caller_hash: 'ANI', arrival_time: 'StartTime', call_type: 'Skill', outcome: 'Disposition', queue_entry_time: 'QueueStart', answer_time: 'AnswerTime', hangup_time: 'HangUp', talk_seconds: 'TalkSec' };
    expect(checkColumnMap(map)).toEqual({ ok: true, map });
    const { attempts, issues } = parseCallLog(`${theirs}\n${row}\n`, map);
    expect(issues).toEqual([]);
    expect(attempts[0]).toMatchObject({ callId: '9', caller: '138', waitSeconds: 30, talkSeconds: 200, lane: undefined });
  });

  it('refuses a file without a required column, naming it', () => {
    const { fatal, attempts } = parseCallLog('call_id,arrival_time\n1,2025-03-03 10:00:00\n');
    expect(attempts).toEqual([]);
    expect(fatal).toHaveLength(2);
    expect(fatal[0]).toMatch(/^no column "call_type" for call_type \(required\)/);
  });

  it('checks a column map: our names only, text values', () => {
    expect(checkColumnMap({ start: 'StartTime', outcome: 3 })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^start: not a call log column/), 'outcome: expected the file\'s header as text, got 3'],
    });
    expect(checkColumnMap([]).ok).toBe(false);
  });
});
