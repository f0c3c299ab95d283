import { describe, expect, it } from 'vitest';
import { CALL_LOG_COLUMNS } from '../../../src/calibration/call-log.ts';
import { columnMapText, guessColumns, loadColumnMap, previewOf, selectionProblems, startProblem, toColumnMap, withUnusedRenamed } from '../../../src/ui/calibration/column-map.ts';

const OURS = CALL_LOG_COLUMNS.join(',');

describe('guessColumns', () => {
  it('maps every column of the simulator\'s own log to itself', () => {
    const guess = guessColumns(CALL_LOG_COLUMNS);
    for (const c of CALL_LOG_COLUMNS) expect(guess[c]).toBe(c);
  });

  it('matches names across case and separators, and common export names', () => {
    const guess = guessColumns(['Call ID', 'ANI', 'Start Time', 'Skill', 'Queue', 'Answer Time', 'Talk Time', 'ACW', 'Result', 'Wrap']);
    expect(guess).toMatchObject({ call_id: 'Call ID', caller_hash: 'ANI', arrival_time: 'Start Time', call_type: 'Skill', lane: 'Queue', answer_time: 'Answer Time', talk_seconds: 'Talk Time', after_call_seconds: 'ACW', outcome: 'Result' });
    expect(guess.hangup_time).toBe('');
  });

  it('uses each header for one column only, exact names first', () => {
    const guess = guessColumns(['outcome', 'Result', 'type']);
    expect(guess.outcome).toBe('outcome');
    expect(guess.call_type).toBe('type');
    expect(Object.values(guess).filter((h) => h === 'Result')).toHaveLength(0);
  });

  it('knows Chinese headers', () => {
    expect(guessColumns(['来电时间', '来电类型', '结果'])).toMatchObject({ arrival_time: '来电时间', call_type: '来电类型', outcome: '结果' });
  });
});

describe('selectionProblems', () => {
  it('names each required column left unmapped and each header chosen twice', () => {
    const selection = { ...guessColumns(CALL_LOG_COLUMNS), outcome: '', lane: 'call_type' };
    expect(selectionProblems(selection)).toEqual([
      { column: 'lane', kind: 'duplicate', other: 'call_type' },
      { column: 'outcome', kind: 'required' },
    ]);
  });
});

describe('column map files', () => {
  it('saves what --columns reads, and loads it back onto a header', () => {
    const selection = guessColumns(['Start Time', 'Skill', 'Result']);
    expect(JSON.parse(columnMapText(selection))).toEqual({ arrival_time: 'Start Time', call_type: 'Skill', outcome: 'Result' });
    expect(toColumnMap(selection)).toEqual({ arrival_time: 'Start Time', call_type: 'Skill', outcome: 'Result' });
    const blank = guessColumns(['a', 'b', 'c']);
    const loaded = loadColumnMap('{"arrival_time": "a", "outcome": "c", "call_type": "zzz"}', ['a', 'b', 'c'], blank);
    expect(loaded).toEqual({ ok: true, selection: { ...blank, arrival_time: 'a', outcome: 'c' }, unknownHeaders: ['zzz'] });
  });

  it('refuses what is not a column map, saying why', () => {
    const blank = guessColumns(['a']);
    expect(loadColumnMap('not json', ['a'], blank)).toMatchObject({ ok: false });
    const wrong = loadColumnMap('{"start": "a"}', ['a'], blank);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems[0]).toMatch(/^start: not a call log column/);
  });
});

describe('withUnusedRenamed', () => {
  it('renames a header of our name that the map leaves out, so it is not read by default', () => {
    const selection = { ...guessColumns(CALL_LOG_COLUMNS), lane: '' };
    const text = `${OURS}\n1,a,2025-01-01 00:00:00\n`;
    const out = withUnusedRenamed(text, selection);
    expect(out.split('\n')[0]).toBe(OURS.replace(',lane,', ',lane (not used),'));
    expect(out.split('\n').slice(1)).toEqual(text.split('\n').slice(1));
    expect(withUnusedRenamed(text, guessColumns(CALL_LOG_COLUMNS))).toBe(text);
  });
});

describe('previewOf and startProblem', () => {
  it('shows the header and the first rows, dropping a line cut by the byte limit', () => {
    const p = previewOf('a,b\n1,2\n3,4\n5,', false, 5);
    expect(p).toEqual({ header: ['a', 'b'], rows: [['1', '2'], ['3', '4']] });
    expect(previewOf('\uFEFFa,b\r\n1,2', true).rows).toEqual([['1', '2']]);
  });

  it('tells an empty file and one that is not CSV', () => {
    expect(startProblem('  \n', previewOf('  \n', true))).toBe('empty');
    expect(startProblem('just a line of text', previewOf('just a line of text', true))).toBe('not-csv');
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000';
    expect(startProblem(png, previewOf(png, true))).toBe('not-csv');
    expect(startProblem('a,b\n1,2', previewOf('a,b\n1,2', true))).toBeUndefined();
  });
});
