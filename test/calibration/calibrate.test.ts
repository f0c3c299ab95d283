import { describe, expect, it } from 'vitest';
import { calibrate, MIN_GOOD_ROWS } from '../../src/calibration/calibrate.ts';
import { knownScenarioJson, simulatedLog } from './known-scenario.ts';

/** A week of the known scenario's log (short, so fast), as lines: the header first. */
function weekLog(): string[] {
  const json = knownScenarioJson();
  json.run = { days: 8, warmupHours: 24, startBeijing: '2025-03-02T00:00' };
  return simulatedLog(json).text.trimEnd().split('\n');
}

describe('calibrate', () => {
  it('fits from the good rows and lists each bad one', async () => {
    const lines = weekLog();
    const broken = lines.map((line, i) => {
      if (i === 5) return line.replace(/2025-03-(\d\d) /, '2025-13-$1 ');
      if (i === 6) return line.replace(/,(busy|self-served|answered|abandoned),/, ',lost,');
      if (i === 7) return line.split(',').slice(0, 3).join(',');
      return line;
    });
    const result = await calibrate(broken.join('\n'), { base: knownScenarioJson(), salt: new Uint8Array(16) });
    if (!result.ok) throw new Error(result.reason);
    const { rows } = result.report;
    expect(rows.total).toBe(lines.length - 1);
    expect(rows.bad).toBe(3);
    expect(rows.good).toBe(lines.length - 4);
    expect(rows.issues.map((i) => [i.row, i.column])).toEqual([
      [6, 'arrival_time'],
      [7, 'outcome'],
      [8, 'call_type'],
    ]);
  });

  it(`refuses, saying how many are needed, when fewer than ${MIN_GOOD_ROWS} good rows remain`, async () => {
    const lines = weekLog();
    const bad = lines.map((line, i) => (i > 50 ? line.replace(/,(busy|self-served|answered|abandoned),/, ',?,') : line));
    const result = await calibrate(bad.join('\n'), { base: knownScenarioJson() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(`only 50 good row(s) of ${lines.length - 1}: at least ${MIN_GOOD_ROWS} are needed for a fit`);
    expect(result.rows.issueCount).toBe(lines.length - 51);
  });

  it('hashes callers with the salt of the import: the same caller, the same hash; another salt, another hash', async () => {
    const text = weekLog().join('\n');
    const base = knownScenarioJson();
    const a = await calibrate(text, { base, salt: new Uint8Array(16) });
    const b = await calibrate(text, { base, salt: new Uint8Array(16).fill(7) });
    if (!a.ok || !b.ok) throw new Error('refused');
    const original = text.split('\n')[1]!.split(',')[1]!;
    expect(a.attempts.every((x) => /^[0-9a-f]{16}$/.test(x.caller!))).toBe(true);
    expect(a.attempts.some((x) => x.caller === original)).toBe(false);
    expect(a.attempts[0]!.caller).not.toBe(b.attempts[0]!.caller);
    expect(a.report.fit.redial!.redials).toBe(b.report.fit.redial!.redials);
  });
});
