/**
 * The options of a run (seed, replications, days, threads) and of one replication, checked
 * by one rule wherever they come from: the page's run settings, the worker pool, each worker
 * and the command line. A problem comes back shaped like a scenario issue
 * (`options.days: expected …, got …`) and carries the rule it broke, so that the page can
 * word it in Chinese and English and the command line can name its own flag.
 */
import { MAX_DAYS, MAX_REPLICATIONS, MAX_SEED, MAX_THREADS } from './limits.ts';
import { describeValue } from './scenario/describe-value.ts';
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
  threads: { min: 1, max: MAX_THREADS, integer: true, absent: 'every core for a long run' },
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

/**
 * What of the scenario the options depend on, once it is known: a run must last longer
 * than its warm-up, or nothing would be measured.
 */
export interface RunContext {
  readonly run: { readonly days: number; readonly warmupHours: number };
}

/** Problems with the options of a whole run: seed, days (optional), replications and threads (optional). */
export function checkRunOptions(options: RunOptionValues, context?: RunContext): RunOptionIssue[] {
  return check(options, ['seed', 'days', 'replications', 'threads'], context);
}

/** Problems with the options of one replication: seed, days (optional) and its index. */
export function checkReplicationOptions(options: RunOptionValues, context?: RunContext): RunOptionIssue[] {
  return check(options, ['seed', 'days', 'replication'], context);
}

/** The rule of `option` for a run of this scenario: days must outlast the warm-up. */
export function runOptionRule(option: RunOption, context?: RunContext): RunOptionRule {
  const rule = RUN_OPTION_RULES[option];
  const warmupDays = (context?.run.warmupHours ?? 0) / 24;
  return option === 'days' && warmupDays > 0 ? { ...rule, above: warmupDays } : rule;
}

/** The message of a problem with `option`, in English: the allowed range, and what leaving it out means. */
export function describeRunOption(option: RunOption, context?: RunContext): string {
  const rule = runOptionRule(option, context);
  const warmup = option === 'days' && context && context.run.warmupHours > 0 ? `, longer than the scenario's warm-up of ${context.run.warmupHours} hours` : '';
  return `${describeRange(rule)}${warmup}${rule.absent ? ` (or none, for ${rule.absent})` : ''}`;
}

function check(options: RunOptionValues, fields: readonly RunOption[], context: RunContext | undefined): RunOptionIssue[] {
  return fields.flatMap((option) => {
    const rule = runOptionRule(option, context);
    const value = options[option];
    if ((value === undefined && rule.absent !== undefined) || withinRange(value, rule)) return [];
    return [{ path: `options.${option}`, message: describeRunOption(option, context), found: describeFound(value), option, rule }];
  });
}

function describeFound(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeValue(value);
}

/** A scenario's surge, as far as the run's length is concerned. */
interface TimedSurge {
  readonly startHour: number;
}

/**
 * What a run of `days` days will not show, though the scenario asks for it: surges that
 * start after the end. Not errors (the planner may shorten a run on purpose), but said.
 */
export function runNotes(scenario: { readonly surges: readonly TimedSurge[] }, days: number): ScenarioIssue[] {
  const endHour = days * 24;
  return scenario.surges.flatMap((surge, i) =>
    surge.startHour >= endHour
      ? [{ path: `surges[${i}].startHour`, message: `the run ends at hour ${endHour}, before this surge starts: it changes nothing`, found: String(surge.startHour) }]
      : [],
  );
}
