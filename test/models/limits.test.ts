/**
 * Every place that enforces a limit agrees with models/limits.ts: the scenario parser
 * accepts the limit and refuses just past it, the editor offers the same range, and the
 * run options (page, worker pool, command line) stop at the same values. A copied number
 * that drifts from the limit fails here.
 */
import { describe, expect, it } from 'vitest';
import * as L from '../../models/limits.ts';
import { MISSION_IDS } from '../../models/missions/catalogue.ts';
import { RUN_OPTION_RULES } from '../../models/run-options.ts';
import { readCommandLine } from '../../src/cli/options.ts';
import { allowedText, durationParamRule } from '../../src/ui/editor/allowed.ts';
import type { FieldKind, ListBlock } from '../../src/ui/editor/descriptor.ts';
import { GROUPS } from '../../src/ui/editor/fields.ts';
import { buildFieldIndex } from '../../src/ui/editor/issues.ts';
import { getAt, pathPattern, setAt } from '../../src/ui/editor/json-path.ts';
import { readRunSettings } from '../../src/ui/run-settings.ts';
import { SimulationPool } from '../../src/worker/client.ts';
import { accepted, bundledJson, rejected } from '../support/scenarios.ts';

/** The incident scenario (every section present), made as long as a run may be so that no cross-field check interferes. */
// The bundled incident calls its standby seats in at set times; the queue-length rule gives the limits test its field.
const longest = setAt(setAt(bundledJson('major-incident'), 'run.days', L.MAX_DAYS), 'standby.activation', { kind: 'queue-length', atLeast: 8 });
const index = buildFieldIndex();

/** The largest value the editor offers at a path of a scenario (a value by id is edited with its record). */
function editorMax(path: string): number | undefined {
  const field = index.get(pathPattern(path)) ?? index.get(pathPattern(path.replace(/\.[^.]+$/, '')));
  const kind: FieldKind | undefined = field?.kind;
  return kind && 'max' in kind ? kind.max : undefined;
}

/** Whether the parser reports a problem at `path` for this JSON. */
function refusedAt(json: unknown, path: string): boolean {
  return rejected(json).some((issue) => issue.path === path);
}

/** Numeric fields of a scenario: the path, its limit, and how far past it is "just past". */
const NUMBER_LIMITS: readonly [path: string, limit: number, step: number][] = [
  ['run.days', L.MAX_DAYS, 0.5],
  ['run.warmupHours', L.MAX_WARMUP_HOURS, 0.5],
  ['run.drainLimitHours', L.MAX_DRAIN_HOURS, 0.5],
  ['run.bucketMinutes', L.MAX_BUCKET_MINUTES, 1],
  ['arrivals.callsPerHour', L.MAX_CALLS_PER_HOUR, 0.5],
  ['surges[0].startHour', L.MAX_RUN_HOURS, 0.5],
  ['surges[0].rampMinutes', L.MAX_SPELL_MINUTES, 0.5],
  ['surges[0].peakMultiplier', L.MAX_PEAK_MULTIPLIER, 0.5],
  ['surges[0].halfLifeHours', L.MAX_HALF_LIFE_HOURS, 0.5],
  ['lanes[0].priority', L.MAX_PRIORITY, 1],
  ['lanes[0].serviceLevelTargetSeconds', L.MAX_SERVICE_LEVEL_TARGET_SECONDS, 0.5],
  ['lanes[0].reservedSeats', L.MAX_RESERVED_SEATS, 1],
  ['trunk.lines', L.MAX_TRUNK_LINES, 1],
  ['frontDesk.seats', L.MAX_SEATS, 1],
  ['standby.seats', L.MAX_SEATS, 1],
  ['standby.checkEveryMinutes', L.MAX_CHECK_EVERY_MINUTES, 0.5],
  ['standby.activation.atLeast', L.MAX_QUEUE_LENGTH, 1],
  ['backOffice.secretaries.seats', L.MAX_SEATS, 1],
  ['redial.maxAttempts', L.MAX_ATTEMPTS, 1],
  ['missions.weights.other', L.MAX_WEIGHT, 0.5],
  ['notifications.targetMinutes', L.MAX_NOTIFICATION_TARGET_MINUTES, 0.5],
  ['notifications.channels[0].retries', L.MAX_RETRIES, 1],
];

describe('the limits of a scenario', () => {
  it('include a scenario of the longest run', () => {
    expect(accepted(longest).run.days).toBe(L.MAX_DAYS);
  });

  it.each(NUMBER_LIMITS)('%s: the parser accepts %d and refuses just past it; the editor offers the same range', (path, limit, step) => {
    expect(getAt(longest, path), 'the field exists in the scenario').toBeDefined();
    expect(() => accepted(setAt(longest, path, limit))).not.toThrow();
    expect(refusedAt(setAt(longest, path, limit + step), path)).toBe(true);
    expect(editorMax(path)).toBe(limit);
  });

  it('the editor offers the days the run options allow', () => {
    const runBlock = GROUPS.flatMap((g) => g.blocks).find((b) => b.block === 'fields' && b.base === 'run');
    const days = runBlock?.block === 'fields' ? runBlock.fields.find((f) => f.path === 'days')?.kind : undefined;
    expect(days).toEqual({ type: 'number', above: 0, max: L.MAX_DAYS });
    expect(RUN_OPTION_RULES.days).toMatchObject({ above: 0, max: L.MAX_DAYS });
  });

  it('durations: the parser and the editor stop at a year, the same cv and shape', () => {
    const mean = 'callTypes[0].handleSeconds.meanSeconds';
    expect(() => accepted(setAt(longest, mean, L.MAX_DURATION_SECONDS))).not.toThrow();
    expect(refusedAt(setAt(longest, mean, L.MAX_DURATION_SECONDS + 1), 'callTypes[0].handleSeconds.meanSeconds')).toBe(true);
    expect(durationParamRule('meanSeconds', 'lognormal', 'Seconds').max).toBe(L.MAX_DURATION_SECONDS);
    expect(durationParamRule('meanMinutes', 'lognormal', 'Minutes').max).toBe(L.MAX_DURATION_SECONDS / 60);
    const cv = 'callTypes[0].handleSeconds.cv';
    expect(() => accepted(setAt(longest, cv, L.MAX_CV))).not.toThrow();
    expect(refusedAt(setAt(longest, cv, L.MAX_CV + 0.5), cv)).toBe(true);
    expect(durationParamRule('cv', 'lognormal', 'Seconds').max).toBe(L.MAX_CV);
    expect(durationParamRule('shape', 'weibull', 'Seconds')).toEqual({ min: L.MIN_SHAPE, max: L.MAX_SHAPE });
  });

  it('lists: the parser takes as many surges and channels as the editor lets the planner add, and no more', () => {
    const lists = new Map(GROUPS.flatMap((g) => g.blocks).flatMap((b): [string, number][] => (b.block === 'list' && b.editable ? [[b.path, (b as ListBlock).editable!.max]] : [])));
    expect(Object.fromEntries(lists)).toEqual({
      surges: L.MAX_SURGES,
      callTypes: L.MAX_CALL_TYPES,
      lanes: L.MAX_LANES,
      'notifications.channels': L.MAX_CHANNELS,
      'missions.afterHoursForwarding': L.MAX_FORWARDING_MISSIONS,
    });
    const surge = getAt(longest, 'surges[0]');
    expect(() => accepted(setAt(longest, 'surges', Array(L.MAX_SURGES).fill(surge)))).not.toThrow();
    expect(refusedAt(setAt(longest, 'surges', Array(L.MAX_SURGES + 1).fill(surge)), 'surges')).toBe(true);
    const channel = getAt(longest, 'notifications.channels[0]') as object;
    const channels = (n: number) => Array.from({ length: n }, (_, i) => ({ ...channel, id: `channel-${i}` }));
    expect(() => accepted(setAt(longest, 'notifications.channels', channels(L.MAX_CHANNELS)))).not.toThrow();
    expect(refusedAt(setAt(longest, 'notifications.channels', channels(L.MAX_CHANNELS + 1)), 'notifications.channels')).toBe(true);
    // Each mission forwards once: every mission of the catalogue may (fewer than the limit), one more item is refused.
    const forwarding = (ids: readonly string[]) => ids.map((mission) => ({ mission, callsPerHour: 1, callType: 'general' }));
    expect(MISSION_IDS.length).toBeLessThanOrEqual(L.MAX_FORWARDING_MISSIONS);
    expect(() => accepted(setAt(longest, 'missions.afterHoursForwarding', forwarding(MISSION_IDS)))).not.toThrow();
    const tooMany = Array.from({ length: L.MAX_FORWARDING_MISSIONS + 1 }, (_, i) => MISSION_IDS[i % MISSION_IDS.length]!);
    expect(refusedAt(setAt(longest, 'missions.afterHoursForwarding', forwarding(tooMany)), 'missions.afterHoursForwarding')).toBe(true);
  });

  it('text: names, labels and identifiers stop at the same length in the parser and the editor', () => {
    expect(() => accepted(setAt(longest, 'name', 'n'.repeat(L.MAX_NAME_LENGTH)))).not.toThrow();
    expect(refusedAt(setAt(longest, 'name', 'n'.repeat(L.MAX_NAME_LENGTH + 1)), 'name')).toBe(true);
    expect(index.get('name')?.kind).toMatchObject({ maxLength: L.MAX_NAME_LENGTH });
    expect(refusedAt(setAt(longest, 'description', 'd'.repeat(L.MAX_DESCRIPTION_LENGTH + 1)), 'description')).toBe(true);
    expect(index.get('description')?.kind).toMatchObject({ maxLength: L.MAX_DESCRIPTION_LENGTH });
    expect(() => accepted(setAt(longest, 'lanes[0].label.en', 'l'.repeat(L.MAX_LABEL_LENGTH)))).not.toThrow();
    expect(refusedAt(setAt(longest, 'lanes[0].label.en', 'l'.repeat(L.MAX_LABEL_LENGTH + 1)), 'lanes[0].label.en')).toBe(true);
    expect(allowedText({ type: 'label' }, 'en')).toContain(`at most ${L.MAX_LABEL_LENGTH} characters`);
    const id = 'notifications.channels[0].id';
    expect(() => accepted(setAt(longest, id, 'c'.repeat(L.MAX_IDENTIFIER_LENGTH)))).not.toThrow();
    expect(refusedAt(setAt(longest, id, 'c'.repeat(L.MAX_IDENTIFIER_LENGTH + 1)), id)).toBe(true);
    expect(allowedText({ type: 'text', pattern: 'identifier' }, 'en')).toContain(`at most ${L.MAX_IDENTIFIER_LENGTH}`);
  });
});

describe('the limits of a run', () => {
  const page = (replications: number, days: number) => readRunSettings({ replications: String(replications), seed: '1', days: String(days) });
  const cli = (replications: number, days: number) => readCommandLine(['s.json', '--replications', String(replications), '--days', String(days)]);

  it('the page and the command line accept the most replications and days, and refuse just past them', () => {
    expect(page(L.MAX_REPLICATIONS, L.MAX_DAYS).errors).toEqual({});
    expect(Object.keys(page(L.MAX_REPLICATIONS + 1, L.MAX_DAYS + 0.5).errors).sort()).toEqual(['days', 'replications']);
    expect(cli(L.MAX_REPLICATIONS, L.MAX_DAYS).ok).toBe(true);
    const refused = cli(L.MAX_REPLICATIONS + 1, L.MAX_DAYS + 0.5);
    expect(refused.ok ? [] : refused.errors).toEqual([expect.stringMatching(/^--days: /), expect.stringMatching(/^--replications: /)]);
  });

  it('the page and the command line state the same ranges for replications and days', () => {
    const refused = cli(0, 0);
    const cliText = refused.ok ? '' : refused.errors.join('\n');
    expect(cliText).toContain(`from 1 to ${L.MAX_REPLICATIONS}`);
    expect(cliText).toContain(`≤ ${L.MAX_DAYS}`);
    const { errors } = page(0, 0);
    const grouped = (x: number) => x.toLocaleString('en-GB');
    expect(errors.replications?.en).toContain(`from 1 to ${grouped(L.MAX_REPLICATIONS)}`);
    expect(errors.days?.en).toContain(`≤ ${grouped(L.MAX_DAYS)}`);
  });

  it('the worker pool refuses more replications before it starts a worker', async () => {
    const pool = new SimulationPool({
      maxWorkers: 1,
      createWorker: () => {
        throw new Error('no worker should start');
      },
    });
    const outcome = await pool.run({}, { seed: 1, replications: L.MAX_REPLICATIONS + 1 });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, issues: [{ path: 'options.replications', message: `expected a whole number from 1 to ${L.MAX_REPLICATIONS}` }] });
    expect(pool.size).toBe(0);
  });

  it('seeds run from 0 to the largest whole number a double holds exactly', () => {
    expect(RUN_OPTION_RULES.seed).toEqual({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true });
    expect(readCommandLine(['s.json', '--seed', String(L.MAX_SEED)]).ok).toBe(true);
    expect(readRunSettings({ replications: '1', seed: String(L.MAX_SEED), days: '' }).errors).toEqual({});
  });
});
