/**
 * The options of a run (seed, replications, days, threads) and of one replication, checked
 * by one rule wherever they come from: the page's run settings, the worker pool, each worker
 * and the command line. A problem comes back shaped like a scenario issue
 * (`options.days: expected …, got …`) and carries the rule it broke, so that the page can
 * word it in Chinese and English and the command line can name its own flag.
 */
import { MAX_DAYS, MAX_REPLICATIONS, MAX_SEED, MAX_THREADS } from './limits.ts';
import type { ScenarioIssue } from './scenario/issues.ts';
import { describeRange, type NumberRange } from './scenario/schema-fields.ts';

/** Replications in a run when the planner asks for no particular number. */
export const DEFAULT_REPLICATIONS = 10;

/** Seed of a run when the planner gives none: the hotline's number. */
export const DEFAULT_SEED = 12308;

export type RunOption = 'seed' | 'replications' | 'replication' | 'days' | 'threads';

export interface RunOptionRule extends NumberRange {
  /** What leaving the option out means; an option without it must be given. */
  readonly absent?: string;
}

/** The values each option allows. */
export const RUN_OPTION_RULES: Readonly<Record<RunOption, RunOptionRule>> = {
  seed: { min: 0, max: MAX_SEED, integer: true },
  replications: { min: 1, max: MAX_REPLICATIONS, integer: true },
  /** A replication's index: replication i draws from streams (seed, i). */
  replication: { min: 0, integer: true },
  days: { above: 0, max: MAX_DAYS, absent: "the scenario's run.days" },
  threads: { min: 1, max: MAX_THREADS, integer: true, absent: 'one thread' },
};

/** A problem with one option: where (`options.days`), what is allowed, what was found, and the rule. */
export interface RunOptionIssue extends ScenarioIssue {
  readonly option: RunOption;
  readonly rule: RunOptionRule;
}

/** Options as received (from a message, a command line or a form): any value may be anything. */
export type RunOptionValues = { readonly [K in RunOption]?: unknown };

/** Whether `value` is a finite number within `range` (a safe integer if the range wants whole numbers). */
function withinRange(value: unknown, range: NumberRange): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (range.integer && !Number.isSafeInteger(value)) return false;
  if (range.min !== undefined && value < range.min) return false;
  if (range.above !== undefined && !(value > range.above)) return false;
  return range.max === undefined || value <= range.max;
}

/** Problems with the options of a whole run: seed, days (optional), replications and threads (optional). */
export function checkRunOptions(options: RunOptionValues): RunOptionIssue[] {
  return check(options, ['seed', 'days', 'replications', 'threads']);
}

/** Problems with the options of one replication: seed, days (optional) and its index. */
export function checkReplicationOptions(options: RunOptionValues): RunOptionIssue[] {
  return check(options, ['seed', 'days', 'replication']);
}

/** The message of a problem with `option`, in English: the allowed range, and what leaving it out means. */
export function describeRunOption(option: RunOption): string {
  const rule = RUN_OPTION_RULES[option];
  return rule.absent ? `${describeRange(rule)} (or none, for ${rule.absent})` : describeRange(rule);
}

function check(options: RunOptionValues, fields: readonly RunOption[]): RunOptionIssue[] {
  return fields.flatMap((option) => {
    const rule = RUN_OPTION_RULES[option];
    const value = options[option];
    if ((value === undefined && rule.absent !== undefined) || withinRange(value, rule)) return [];
    return [{ path: `options.${option}`, message: describeRunOption(option), found: describeFound(value), option, rule }];
  });
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}
