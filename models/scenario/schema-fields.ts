/**
 * Building blocks of the scenario schema: numbers whose error message states the allowed
 * range, identifiers, bilingual labels. Every message reads "expected …", and the parser
 * adds the JSON path and the value found.
 */
import { z } from 'zod';
import { wallClockMs } from '../../src/engine/time.ts';
import { MAX_IDENTIFIER_LENGTH, MAX_LABEL_LENGTH, MAX_WEIGHT, MIN_CV, RESERVED_IDENTIFIERS } from '../limits.ts';

export interface NumberRange {
  /** Inclusive lower bound. */
  readonly min?: number;
  /** Exclusive lower bound (for "> 0"). */
  readonly above?: number;
  /** Inclusive upper bound. */
  readonly max?: number;
  readonly integer?: boolean;
}

/** "expected a whole number from 1 to 100": the message for every value outside the range. */
export function describeRange({ min, above, max, integer }: NumberRange): string {
  const what = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `expected ${what} from ${min} to ${max}`;
  if (above !== undefined && max !== undefined) return `expected ${what} > ${above} and ≤ ${max}`;
  if (min !== undefined) return `expected ${what} ≥ ${min}`;
  if (above !== undefined) return `expected ${what} > ${above}`;
  if (max !== undefined) return `expected ${what} ≤ ${max}`;
  return `expected ${what}`;
}

/** A finite number in a range; one message states the whole range for every failure. */
export function num(range: NumberRange): z.ZodNumber {
  const error = describeRange(range);
  let schema = z.number({ error });
  if (range.integer) schema = schema.int({ error });
  if (range.min !== undefined) schema = schema.min(range.min, { error });
  if (range.above !== undefined) schema = schema.gt(range.above, { error });
  if (range.max !== undefined) schema = schema.max(range.max, { error });
  return schema;
}

/**
 * 0 (no variation) or a coefficient of variation from MIN_CV to `max`: below MIN_CV a gamma's
 * shape 1/cv² loses its precision (models/limits.ts).
 */
export function variation(max: number) {
  const error = `expected 0 (no variation) or a number from ${MIN_CV} to ${max}`;
  return z.number({ error }).refine((cv) => cv === 0 || (cv >= MIN_CV && cv <= max), { error });
}

/** A share of calls: 0 to 1. */
export const share = () => num({ min: 0, max: 1 });

const IDENTIFIER = new RegExp(`^[a-z][a-z0-9-]{0,${MAX_IDENTIFIER_LENGTH - 1}}$`);

const RESERVED = new Set(RESERVED_IDENTIFIERS);
const RESERVED_MESSAGE = `expected an identifier other than the names every object has (${RESERVED_IDENTIFIERS.filter((n) => /^[a-z]/.test(n)).join(', ')}, …)`;

/**
 * Identifiers referenced elsewhere in a scenario: lower-case words joined by hyphens, none
 * of the names every object already has (models/limits.ts), so a lookup by id finds only
 * what the scenario defines.
 */
export const identifier = () =>
  z
    .string({ error: 'expected an identifier such as "protection-case"' })
    .regex(IDENTIFIER, {
      error: `expected an identifier: a lower-case letter, then letters, digits or hyphens (at most ${MAX_IDENTIFIER_LENGTH})`,
    })
    .refine((id) => !RESERVED.has(id), { error: RESERVED_MESSAGE });

/**
 * Values by identifier (a surge's mix by call type, missions' weights). The keys are checked
 * as identifiers; zod skips a `__proto__` key without a word (it would set the prototype),
 * so that one is refused here first, with its path.
 */
export function byIdentifier<V extends z.ZodType>(value: V, error: string) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({ code: 'custom', path: ['__proto__'], message: RESERVED_MESSAGE, input });
    }
    return input;
  }, z.record(identifier(), value, { error }));
}

/**
 * Values by ISO 3166 country code (`"JP"`), refused like `byIdentifier` for a `__proto__` key.
 */
export function byCountry<V extends z.ZodType>(value: V, error: string) {
  const key = z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 two-letter country code such as "JP"' });
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({ code: 'custom', path: ['__proto__'], message: 'expected an ISO 3166 two-letter country code such as "JP"', input });
    }
    return input;
  }, z.record(key, value, { error }));
}

/** A local wall-clock time of day `HH:MM`, 24-hour. */
export const timeOfDay = () =>
  z.string({ error: 'expected a time of day "HH:MM" (24-hour, e.g. "12:00")' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time of day "HH:MM" (24-hour, e.g. "12:00")' });

/** A local calendar date `YYYY-MM-DD` that exists. */
export const localDate = () =>
  z
    .string({ error: 'expected a local date "YYYY-MM-DD"' })
    .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && wallClockMs(`${d}T00:00`) !== undefined, { error: 'expected a local date "YYYY-MM-DD"' });

/** A display name in both languages of the users. */
export const label = () =>
  z.strictObject(
    {
      zh: z.string({ error: 'expected Chinese text' }).max(MAX_LABEL_LENGTH, { error: `expected at most ${MAX_LABEL_LENGTH} characters` }),
      en: z.string({ error: 'expected English text' }).max(MAX_LABEL_LENGTH, { error: `expected at most ${MAX_LABEL_LENGTH} characters` }),
    },
    { error: 'expected a label {"zh": "…", "en": "…"}' },
  );

/** A list of exactly `length` non-negative weights, not all zero. */
export function weights(length: number, what: string) {
  return z
    .array(num({ min: 0, max: MAX_WEIGHT }), { error: `expected a list of ${length} weights (${what})` })
    .length(length, { error: `expected exactly ${length} weights (${what})` })
    .refine((list) => list.some((w) => w > 0), { error: 'expected at least one weight above 0' });
}
