import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DAYS, MAX_REPLICATIONS, MAX_SEED, MAX_THREADS } from '../../models/limits.ts';
import { checkReplicationOptions, checkRunOptions, RUN_OPTION_RULES, runNotes, type RunOption } from '../../models/run-options.ts';

const RUN = { seed: 1, replications: 1 };
const REPLICATION = { seed: 1, replication: 0 };

/** The issues for a run (or a replication) with one option changed. */
function issuesWith(option: RunOption, value: unknown) {
  return option === 'replication' ? checkReplicationOptions({ ...REPLICATION, [option]: value }) : checkRunOptions({ ...RUN, [option]: value });
}

/** Each option with the lowest and highest values it allows, a value just below and one just above. */
const BOUNDS: readonly { option: RunOption; lowest: number; below: number; highest?: number; above?: number }[] = [
  { option: 'seed', lowest: 0, below: -1, highest: MAX_SEED, above: MAX_SEED + 1 },
  { option: 'replications', lowest: 1, below: 0, highest: MAX_REPLICATIONS, above: MAX_REPLICATIONS + 1 },
  { option: 'replication', lowest: 0, below: -1, highest: Number.MAX_SAFE_INTEGER, above: Number.MAX_SAFE_INTEGER + 2 },
  { option: 'days', lowest: Number.MIN_VALUE, below: 0, highest: MAX_DAYS, above: MAX_DAYS + 1e-9 },
  { option: 'threads', lowest: 1, below: 0, highest: MAX_THREADS, above: MAX_THREADS + 1 },
];

describe('run options', () => {
  it('accept the defaults of a run and of a replication', () => {
    expect(checkRunOptions(RUN)).toEqual([]);
    expect(checkReplicationOptions(REPLICATION)).toEqual([]);
    expect(checkRunOptions({ ...RUN, days: 0.25, threads: 4 })).toEqual([]);
  });

  it.each(BOUNDS.map((b) => [b.option, b] as const))('%s: accepts its bounds and refuses just past them', (option, { lowest, below, highest, above }) => {
    expect(issuesWith(option, lowest)).toEqual([]);
    expect(issuesWith(option, below).map((i) => i.path)).toEqual([`options.${option}`]);
    if (highest !== undefined) expect(issuesWith(option, highest)).toEqual([]);
    if (above !== undefined) expect(issuesWith(option, above).map((i) => i.path)).toEqual([`options.${option}`]);
  });

  it('name the option, the allowed range and the value found', () => {
    expect(checkRunOptions({ seed: -4, replications: MAX_REPLICATIONS + 1, days: 0, threads: 0.5 })).toEqual([
      { path: 'options.seed', message: `expected a whole number from 0 to ${MAX_SEED}`, found: '-4', option: 'seed', rule: RUN_OPTION_RULES.seed },
      {
        path: 'options.days',
        message: `expected a number > 0 and ≤ ${MAX_DAYS} (or none, for the scenario's run.days)`,
        found: '0',
        option: 'days',
        rule: RUN_OPTION_RULES.days,
      },
      {
        path: 'options.replications',
        message: `expected a whole number from 1 to ${MAX_REPLICATIONS}`,
        found: String(MAX_REPLICATIONS + 1),
        option: 'replications',
        rule: RUN_OPTION_RULES.replications,
      },
      {
        path: 'options.threads',
        message: `expected a whole number from 1 to ${MAX_THREADS} (or none, for every core for a long run)`,
        found: '0.5',
        option: 'threads',
        rule: RUN_OPTION_RULES.threads,
      },
    ]);
    expect(checkReplicationOptions({ seed: 1, replication: -1 })).toEqual([
      { path: 'options.replication', message: 'expected a whole number ≥ 0', found: '-1', option: 'replication', rule: RUN_OPTION_RULES.replication },
    ]);
  });

  it('refuse non-numbers, NaN, infinities, negative and fractional whole numbers', () => {
    for (const option of ['seed', 'replications', 'replication', 'threads'] as const) {
      for (const bad of ['3', null, true, {}, Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5]) {
        expect(issuesWith(option, bad), `${option}: ${String(bad)}`).toHaveLength(1);
      }
    }
    for (const bad of ['3', null, Number.NaN, Number.POSITIVE_INFINITY, -1]) expect(issuesWith('days', bad), `days: ${String(bad)}`).toHaveLength(1);
    expect(issuesWith('days', 1.5)).toEqual([]);
    expect(checkRunOptions({ ...RUN, seed: '7' })[0]?.found).toBe('"7"');
    expect(checkRunOptions({ ...RUN, seed: Number.NaN })[0]?.found).toBe('NaN');
  });

  it('require seed, replications and the replication index, but not days or threads', () => {
    expect(checkRunOptions({}).map((i) => [i.path, i.found])).toEqual([
      ['options.seed', 'nothing'],
      ['options.replications', 'nothing'],
    ]);
    expect(checkReplicationOptions({ seed: 1 }).map((i) => i.path)).toEqual(['options.replication']);
  });

  it('accept every whole number within the bounds, and no fraction of one', () => {
    fc.assert(
      fc.property(fc.constantFrom('seed', 'replications', 'replication', 'threads'), fc.double({ noNaN: true }), (option, x) => {
        const rule = RUN_OPTION_RULES[option];
        const whole = Math.min(Math.max(Math.round(x), rule.min ?? 0), rule.max ?? Number.MAX_SAFE_INTEGER);
        expect(issuesWith(option, whole)).toEqual([]);
        if (Number.isFinite(x) && !Number.isInteger(x)) expect(issuesWith(option, x)).toHaveLength(1);
      }),
    );
  });

  it('wants a run longer than the scenario\'s warm-up, wherever the options come from', () => {
    const context = { run: { days: 28, warmupHours: 24 } };
    expect(checkRunOptions({ ...RUN, days: 1.5 }, context)).toEqual([]);
    expect(checkRunOptions({ ...RUN, days: undefined }, context)).toEqual([]);
    const [issue] = checkRunOptions({ ...RUN, days: 1 }, context);
    expect(issue).toMatchObject({ path: 'options.days', found: '1', rule: { above: 1, max: MAX_DAYS } });
    expect(issue!.message).toBe("expected a number > 1 and ≤ 3660, longer than the scenario's warm-up of 24 hours (or none, for the scenario's run.days)");
    expect(checkReplicationOptions({ seed: 1, replication: 0, days: 0.5 }, context).map((i) => i.option)).toEqual(['days']);
  });

  it('speaks of the warm-up only for days, and only when the scenario has one', () => {
    const withWarmup = { run: { days: 28, warmupHours: 24 } };
    expect(checkRunOptions({ seed: -1, replications: 1 }, withWarmup)[0]!.message).toBe(`expected a whole number from 0 to ${MAX_SEED}`);
    const [issue] = checkRunOptions({ ...RUN, days: 0 }, { run: { days: 28, warmupHours: 0 } });
    expect(issue!.message).toBe("expected a number > 0 and ≤ 3660 (or none, for the scenario's run.days)");
  });

  it('notes surges that start after the run ends', () => {
    expect(runNotes({ surges: [{ startHour: 58 }, { startHour: 10 }] }, 2)).toEqual([
      { path: 'surges[0].startHour', message: 'the run ends at hour 48, before this surge starts: it changes nothing', found: '58' },
    ]);
    expect(runNotes({ surges: [{ startHour: 58 }] }, 3)).toEqual([]);
    // A surge starting at the very hour the run ends changes nothing either.
    expect(runNotes({ surges: [{ startHour: 48 }] }, 2).map((n) => n.found)).toEqual(['48']);
    expect(runNotes({ surges: [{ startHour: 47.5 }] }, 2)).toEqual([]);
  });

  it('describes values of any kind found in options', () => {
    expect(checkRunOptions({ ...RUN, seed: 5n })[0]?.found).toBe('5n');
  });
});
