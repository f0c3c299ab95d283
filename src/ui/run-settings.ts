/**
 * The run settings a planner types (replications, seed, days) read and checked the same
 * way as scenario fields: the text stays as typed, and each problem says what is allowed.
 * The rule is the worker's and the command line's (models/run-options.ts); only the words,
 * in Chinese and English, are the page's.
 */
import type { Bilingual } from '../i18n/i18n.ts';
import { checkRunOptions, DEFAULT_REPLICATIONS, DEFAULT_SEED, type RunContext, type RunOptionIssue } from '../../models/run-options.ts';
import { rangeText } from './editor/allowed.ts';
import { readNumber } from './editor/draft.ts';
import type { RunSettings } from './events.ts';

export interface RunSettingsText {
  readonly replications: string;
  readonly seed: string;
  /** Empty: the scenario's own `run.days`. */
  readonly days: string;
}

export type RunSettingsErrors = Partial<Record<keyof RunSettingsText, Bilingual>>;

/** What the run settings show before the planner types anything. */
export const DEFAULT_SETTINGS_TEXT: RunSettingsText = { replications: String(DEFAULT_REPLICATIONS), seed: String(DEFAULT_SEED), days: '' };

/** Reads the settings; with the scenario (`context`), days must also outlast its warm-up. */
export function readRunSettings(input: RunSettingsText, context?: RunContext): { settings: RunSettings | undefined; errors: RunSettingsErrors } {
  // Text that reads as no number is NaN, so that the check refuses it; empty days means none.
  const replications = readNumber(input.replications) ?? Number.NaN;
  const seed = readNumber(input.seed) ?? Number.NaN;
  const days = input.days.trim() === '' ? undefined : (readNumber(input.days) ?? Number.NaN);
  const errors: RunSettingsErrors = {};
  for (const issue of checkRunOptions({ replications, seed, days }, context)) {
    if (issue.option === 'replications' || issue.option === 'seed' || issue.option === 'days') errors[issue.option] = explain(issue, context);
  }
  if (Object.keys(errors).length > 0) return { settings: undefined, errors };
  return { settings: { replications, seed, days }, errors };
}

/** The allowed values in the planner's words, as the editor says them; for days, also what leaving the field empty does. */
function explain({ option, rule }: RunOptionIssue, context: RunContext | undefined): Bilingual {
  const empty = option === 'days';
  const warmup = empty && context && context.run.warmupHours > 0 ? context.run.warmupHours : undefined;
  return {
    zh: `应为 ${rangeText(rule, 'zh')}${warmup !== undefined ? `（须长于 ${warmup} 小时的预热期）` : ''}${empty ? '，或留空（使用情景的天数）' : ''}`,
    en: `expected ${rangeText(rule, 'en')}${warmup !== undefined ? ` (longer than the ${warmup}-hour warm-up)` : ''}${empty ? ", or empty for the scenario's days" : ''}`,
  };
}
