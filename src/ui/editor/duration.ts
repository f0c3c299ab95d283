/**
 * Duration distributions as the scenario writes them (models/scenario/durations.ts): which
 * parameters each kind takes, and how to switch kinds without losing the planner's mean.
 */
import type { TimeUnit } from './descriptor.ts';
import { fromDuration, type DurationJson } from '../../../models/scenario/durations.ts';
import { meanOf } from '../../engine/distributions.ts';

export const DURATION_KIND_IDS = ['fixed', 'exponential', 'lognormal', 'gamma', 'weibull', 'uniform', 'triangular'] as const;
export type DurationKind = (typeof DURATION_KIND_IDS)[number];

/** The JSON field names of a kind's parameters, e.g. `['meanSeconds', 'cv']`. */
export function durationParams(kind: string, unit: TimeUnit): string[] {
  switch (kind) {
    case 'fixed':
      return [unit.toLowerCase()];
    case 'exponential':
      return [`mean${unit}`];
    case 'lognormal':
    case 'gamma':
      return [`mean${unit}`, 'cv'];
    case 'weibull':
      return [`mean${unit}`, 'shape'];
    case 'uniform':
      return [`min${unit}`, `max${unit}`];
    case 'triangular':
      return [`min${unit}`, `mode${unit}`, `max${unit}`];
    default:
      return [];
  }
}

function isDuration(value: unknown, unit: TimeUnit): value is DurationJson {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(DURATION_KIND_IDS as readonly string[]).includes(kind)) return false;
  return durationParams(kind, unit).every((f) => typeof (value as Record<string, unknown>)[f] === 'number' && Number.isFinite((value as Record<string, number>)[f]));
}

/** The mean in the field's unit, or undefined when the duration is incomplete or unlimited. */
export function durationMean(value: unknown, unit: TimeUnit): number | undefined {
  if (!isDuration(value, unit)) return undefined;
  const mean = meanOf(fromDuration(value, unit)) / (unit === 'Minutes' ? 60 : 1);
  return Number.isFinite(mean) ? mean : undefined;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The duration of `kind` that keeps the mean of `old` (and its CV or shape where it has one). */
export function convertDuration(old: unknown, kind: DurationKind | 'infinite', unit: TimeUnit): Record<string, unknown> {
  if (kind === 'infinite') return { kind };
  const m = durationMean(old, unit) ?? (unit === 'Seconds' ? 60 : 10);
  const previous = (old && typeof old === 'object' ? old : {}) as Record<string, unknown>;
  const cv = typeof previous.cv === 'number' ? previous.cv : 0.8;
  const shape = typeof previous.shape === 'number' ? previous.shape : 1.5;
  const [p0, p1, p2] = durationParams(kind, unit) as [string, string?, string?];
  switch (kind) {
    case 'fixed':
    case 'exponential':
      return { kind, [p0]: round(m) };
    case 'lognormal':
    case 'gamma':
      return { kind, [p0]: round(m), cv };
    case 'weibull':
      return { kind, [p0]: round(m), shape };
    case 'uniform':
      return { kind, [p0]: round(m * 0.5), [p1!]: round(m * 1.5) };
    case 'triangular':
      return { kind, [p0]: round(m * 0.5), [p1!]: round(m), [p2!]: round(m * 1.5) };
  }
}
