import { describe, expect, it } from 'vitest';
import { CALL_LOG_COLUMNS } from '../../../src/calibration/call-log.ts';
import { failureMessage, importLog, MAX_MB, reportInputs } from '../../../src/ui/calibration/view-state.ts';

const HEADER = CALL_LOG_COLUMNS.join(',');
const start = `${HEADER}\n1,a,2025-03-03 00:00:36,enquiry\n`;

describe('importLog', () => {
  it('opens a call log with its map guessed', () => {
    const opened = importLog('log.csv', start.length, start, undefined);
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.log.preview.rows).toHaveLength(1);
      expect(opened.log.selection.outcome).toBe('outcome');
      expect(opened.keptMap).toBe(false);
    }
  });

  it('keeps the map as chosen when the same export comes again, and guesses afresh for another', () => {
    const first = importLog('a.csv', start.length, start, undefined);
    if (!first.ok) throw new Error('refused');
    const chosen = { ...first.log, selection: { ...first.log.selection, lane: '' } };
    const again = importLog('b.csv', start.length, start, chosen);
    expect(again.ok && again.keptMap && again.log.selection.lane).toBe('');
    const other = importLog('c.csv', 20, 'x,lane,outcome\n1,2,3\n', chosen);
    expect(other.ok && !other.keptMap && other.log.selection.lane).toBe('lane');
  });

  it('refuses, naming the file and the problem: too large, empty, not CSV', () => {
    const refused = (name: string, size: number, text: string) => {
      const d = importLog(name, size, text, undefined);
      return d.ok ? 'opened' : d.message.en;
    };
    expect(refused('big.csv', (MAX_MB + 1) * 1024 * 1024, start)).toBe(`“big.csv” was not read: it is larger than the ${MAX_MB} MB limit.`);
    expect(refused('empty.csv', 0, '')).toBe('“empty.csv” is empty: no header and no rows.');
    expect(refused('letter.txt', 30, 'Dear colleagues\nhere it is\n')).toMatch(/^“letter.txt” does not look like CSV text/);
  });
});

describe('failureMessage', () => {
  it('says how many good rows there were of how many, and how many are needed', () => {
    const message = failureMessage({ ok: false, kind: 'too-few', reason: '', rows: { total: 60, good: 50, bad: 10, issues: [], issueCount: 10 } }, 'few.csv');
    expect(message.en).toBe('only 50 good rows of 60; a fit needs at least 100. See the rows with problems below, and the column map.');
    expect(message.zh).toBe('60 行中只有 50 行可用，至少需要 100 行。请检查下列问题行和列对应。');
    expect(failureMessage({ ok: false, kind: 'columns', reason: '', rows: undefined }, 'x.csv').en).toMatch(/required column/);
  });
});

describe('reportInputs', () => {
  it('reads whole numbers in range and names each bad input', () => {
    expect(reportInputs('5', '12308')).toEqual({ replications: 5, seed: 12308, problems: {} });
    const bad = reportInputs('1', '-3');
    expect(bad.replications).toBeUndefined();
    expect(bad.problems.replications?.en).toBe('Replications must be a whole number from 2 to 20.');
    expect(bad.problems.seed?.en).toMatch(/^The seed must be/);
    expect(reportInputs(' 20 ', '0').problems).toEqual({});
    expect(reportInputs('2.5', '1e3').problems).toHaveProperty('replications');
  });
});

describe('failureMessage for a worker that failed', () => {
  it('says the fit stopped and that nothing was lost', () => {
    expect(failureMessage({ ok: false, kind: 'error', reason: 'simulation worker failed: error', rows: undefined }, 'x.csv').en).toMatch(/^the fit stopped with an error .*the file and the column map are kept/);
  });
});
