import { describe, expect, it } from 'vitest';
import { MAX_DAYS, MAX_REPLICATIONS, MAX_SEED, MAX_THREADS } from '../../models/limits.ts';
import { DEFAULT_REPLICATIONS, DEFAULT_SEED } from '../../models/run-options.ts';
import { readCommandLine } from '../../src/cli/options.ts';

/** The errors for these arguments (none if they are accepted). */
function errors(...args: string[]): readonly string[] {
  const read = readCommandLine(args);
  return read.ok ? [] : read.errors;
}

describe('readCommandLine', () => {
  it('fills in the defaults: 10 replications, seed 12308, the scenario’s days, one thread, the report', () => {
    expect(readCommandLine(['scenarios/baseline.json'])).toEqual({
      ok: true,
      help: false,
      commandLine: { file: 'scenarios/baseline.json', seed: DEFAULT_SEED, replications: DEFAULT_REPLICATIONS, days: undefined, threads: undefined, json: false, series: false, yes: false },
    });
  });

  it('reads every option', () => {
    const read = readCommandLine(['s.json', '--replications', '4', '--seed=7', '--days', '2.5', '--threads', '2', '--json', '--series']);
    expect(read).toEqual({ ok: true, help: false, commandLine: { file: 's.json', seed: 7, replications: 4, days: 2.5, threads: 2, json: true, series: true, yes: false } });
    expect(readCommandLine(['--help'])).toEqual({ ok: true, help: true });
  });

  it('accepts each limit and refuses just past it, naming the flag, the range and the text given', () => {
    expect(errors('s.json', '--replications', String(MAX_REPLICATIONS), '--seed', String(MAX_SEED), '--days', String(MAX_DAYS), '--threads', String(MAX_THREADS))).toEqual([]);
    expect(errors('s.json', '--replications', String(MAX_REPLICATIONS + 1))).toEqual([`--replications: expected a whole number from 1 to ${MAX_REPLICATIONS}, got "${MAX_REPLICATIONS + 1}"`]);
    expect(errors('s.json', '--seed', '9007199254740992')).toEqual([`--seed: expected a whole number from 0 to ${MAX_SEED}, got "9007199254740992"`]);
    expect(errors('s.json', '--days', String(MAX_DAYS + 0.5))).toEqual([`--days: expected a number > 0 and ≤ ${MAX_DAYS} (or none, for the scenario's run.days), got "${MAX_DAYS + 0.5}"`]);
    expect(errors('s.json', '--threads', String(MAX_THREADS + 1))).toEqual([`--threads: expected a whole number from 1 to ${MAX_THREADS} (or none, for every core for a long run), got "${MAX_THREADS + 1}"`]);
  });

  it('refuses text, blanks, fractions and negative numbers', () => {
    expect(errors('s.json', '--replications', 'ten')).toEqual(['--replications: expected a whole number from 1 to 100000, got "ten"']);
    expect(errors('s.json', '--seed', '')).toHaveLength(1);
    expect(errors('s.json', '--seed', '1.5')).toHaveLength(1);
    expect(errors('s.json', '--seed=-4')).toHaveLength(1);
    expect(errors('s.json', '--days', '0')).toHaveLength(1);
    expect(errors('s.json', '--days', 'Infinity')).toHaveLength(1);
  });

  it('reports every problem at once: a missing or extra file, an unknown flag', () => {
    expect(errors('--replications', '0')).toEqual(['expected exactly one scenario file', expect.stringMatching(/^--replications: /)]);
    expect(errors('a.json', 'b.json')).toEqual(['expected exactly one scenario file']);
    expect(errors('a.json', '--replicas', '3')).toEqual([expect.stringContaining("'--replicas'")]);
  });

  it('reads numbers in plain decimals only, naming the flag', () => {
    for (const [flag, text] of [['seed', ''], ['replications', '0x10'], ['replications', ' 2 '], ['days', '1e-300'], ['threads', '+2'], ['seed', '-0']] as const) {
      const read = readCommandLine(['s.json', `--${flag}=${text}`]);
      expect(read.ok ? [] : read.errors, `${flag} ${JSON.stringify(text)}`).toEqual([expect.stringMatching(new RegExp(`^--${flag}: expected .*, got ${JSON.stringify(JSON.stringify(text)).slice(1, -1).replace(/[+]/g, '\\+')}$`))]);
    }
    expect(readCommandLine(['s.json', '--days', '0.5', '--yes'])).toMatchObject({ ok: true, commandLine: { days: 0.5, yes: true } });
  });
});
