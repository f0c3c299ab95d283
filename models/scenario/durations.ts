/**
 * How a scenario writes a random duration: the unit is part of every field name
 * (`meanSeconds`, `minMinutes`), and `fromDuration` converts to the engine's seconds once.
 */
import { z } from 'zod';
import type { Distribution } from '../../src/engine/distributions.ts';
import { num } from './schema-fields.ts';
import { MAX_CV, MAX_DURATION_SECONDS, MAX_SHAPE, MIN_CV, MIN_SHAPE } from '../limits.ts';

export type TimeUnit = 'Seconds' | 'Minutes';
const SECONDS_PER: Record<TimeUnit, number> = { Seconds: 1, Minutes: 60 };

/** A duration as written in JSON, e.g. `{"kind": "lognormal", "meanSeconds": 300, "cv": 0.8}`. */
export interface DurationJson {
  readonly kind: Distribution['kind'];
  readonly [field: string]: number | string;
}

const KINDS = ['fixed', 'exponential', 'lognormal', 'gamma', 'weibull', 'uniform', 'triangular'] as const;

/** The fields each kind takes, besides `kind`; `@` stands for the unit. */
const FIELDS: Record<(typeof KINDS)[number], readonly string[]> = {
  fixed: ['@'],
  exponential: ['mean@'],
  lognormal: ['mean@', 'cv'],
  gamma: ['mean@', 'cv'],
  weibull: ['mean@', 'shape'],
  uniform: ['min@', 'max@'],
  triangular: ['min@', 'mode@', 'max@'],
};

function fieldName(field: string, unit: TimeUnit): string {
  return field === '@' ? unit.toLowerCase() : field.replace('@', unit);
}

/** 0 (no variation) or a coefficient of variation the samplers can draw from. */
function coefficientOfVariation() {
  const error = `expected 0 (no variation) or a number from ${MIN_CV} to ${MAX_CV}`;
  return z.number({ error }).refine((cv) => cv === 0 || (cv >= MIN_CV && cv <= MAX_CV), { error });
}

function durationSchema(unit: TimeUnit): z.ZodType<DurationJson> {
  const max = MAX_DURATION_SECONDS / SECONDS_PER[unit];
  const fieldSchema = (field: string, kind: string) => {
    if (field === 'cv') return coefficientOfVariation();
    if (field === 'shape') return num({ min: MIN_SHAPE, max: MAX_SHAPE });
    return field.startsWith('mean') || (field === '@' && kind !== 'fixed') ? num({ above: 0, max }) : num({ min: 0, max });
  };
  const options = KINDS.map((kind) => {
    const shape: Record<string, z.ZodType> = { kind: z.literal(kind) };
    for (const field of FIELDS[kind]) shape[fieldName(field, unit)] = fieldSchema(field, kind);
    const [lo, mid, hi] = ['min@', 'mode@', 'max@'].map((f) => fieldName(f, unit)) as [string, string, string];
    const object = z.strictObject(shape);
    if (kind === 'uniform') {
      return object.refine((d) => (d[lo] as number) <= (d[hi] as number), { error: `expected ${lo} ≤ ${hi}`, path: [hi] });
    }
    if (kind === 'triangular') {
      return object.refine((d) => (d[lo] as number) <= (d[mid] as number) && (d[mid] as number) <= (d[hi] as number), {
        error: `expected ${lo} ≤ ${mid} ≤ ${hi}`,
        path: [mid],
      });
    }
    return object;
  });
  const union = z.discriminatedUnion('kind', options as unknown as [z.ZodObject, ...z.ZodObject[]], {
    error: `expected a duration {"kind": ${KINDS.map((k) => `"${k}"`).join(' | ')}, …} in ${unit.toLowerCase()}`,
  });
  return union as unknown as z.ZodType<DurationJson>;
}

export const durationSeconds = () => durationSchema('Seconds');
export const durationMinutes = () => durationSchema('Minutes');

/** Patience may also be unlimited: such callers never hang up while waiting. */
export const patienceSeconds = () =>
  z.union([z.strictObject({ kind: z.literal('infinite') }), durationSeconds()], {
    error: 'expected a duration in seconds or {"kind": "infinite"}',
  });
export type PatienceJson = z.infer<ReturnType<typeof patienceSeconds>>;

/** Converts a parsed duration to the engine's distribution in seconds. */
export function fromDuration(d: DurationJson, unit: TimeUnit): Distribution {
  const k = SECONDS_PER[unit];
  const get = (field: string) => (d[fieldName(field, unit)] as number) * k;
  switch (d.kind) {
    case 'fixed':
      return { kind: 'fixed', value: get('@') };
    case 'exponential':
      return { kind: 'exponential', mean: get('mean@') };
    case 'lognormal':
      return { kind: 'lognormal', mean: get('mean@'), cv: d.cv as number };
    case 'gamma':
      return { kind: 'gamma', mean: get('mean@'), cv: d.cv as number };
    case 'weibull':
      return { kind: 'weibull', mean: get('mean@'), shape: d.shape as number };
    case 'uniform':
      return { kind: 'uniform', min: get('min@'), max: get('max@') };
    case 'triangular':
      return { kind: 'triangular', min: get('min@'), mode: get('mode@'), max: get('max@') };
  }
}
