/**
 * The run settings a planner types (replications, seed, days) read and checked the same
 * way as scenario fields: the text stays as typed, and each problem says what is allowed.
 */
import type { Bilingual } from '../i18n/i18n.ts';
import { readNumber } from './editor/draft.ts';
import type { RunSettings } from './events.ts';

export const DEFAULT_REPLICATIONS = 10;
export const DEFAULT_SEED = 12308;
export const MAX_REPLICATIONS = 1000;
export const MAX_DAYS = 3660;

export interface RunSettingsText {
  readonly replications: string;
  readonly seed: string;
  /** Empty: the scenario's own `run.days`. */
  readonly days: string;
}

export type RunSettingsErrors = Partial<Record<keyof RunSettingsText, Bilingual>>;

export const DEFAULT_SETTINGS_TEXT: RunSettingsText = { replications: String(DEFAULT_REPLICATIONS), seed: String(DEFAULT_SEED), days: '' };

export function readRunSettings(input: RunSettingsText): { settings: RunSettings | undefined; errors: RunSettingsErrors } {
  const errors: RunSettingsErrors = {};
  const replications = readNumber(input.replications);
  if (replications === undefined || !Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS) {
    errors.replications = { zh: `应为 1 到 ${MAX_REPLICATIONS} 之间的整数`, en: `expected a whole number from 1 to ${MAX_REPLICATIONS}` };
  }
  const seed = readNumber(input.seed);
  if (seed === undefined || !Number.isSafeInteger(seed) || seed < 0) {
    errors.seed = { zh: `应为 0 到 ${Number.MAX_SAFE_INTEGER} 之间的整数`, en: `expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}` };
  }
  let days: number | undefined;
  if (input.days.trim() !== '') {
    days = readNumber(input.days);
    if (days === undefined || !(days > 0) || days > MAX_DAYS) {
      errors.days = { zh: `应为大于 0 且不超过 ${MAX_DAYS} 的数，或留空（使用情景的天数）`, en: `expected a number > 0 and ≤ ${MAX_DAYS}, or empty for the scenario's days` };
    }
  }
  if (Object.keys(errors).length > 0) return { settings: undefined, errors };
  return { settings: { replications: replications!, seed: seed!, days }, errors };
}
