import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { durationMinutes, durationSeconds, fromDuration, patienceSeconds, type DurationJson } from '../../../models/scenario/durations.ts';

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('fromDuration', () => {
  it('converts minutes to seconds in every time field, and leaves cv and shape alone', () => {
    const m = (d: Record<string, unknown>) => fromDuration(d as DurationJson, 'Minutes');
    expect(m({ kind: 'fixed', minutes: 2.5 })).toEqual({ kind: 'fixed', value: 150 });
    expect(m({ kind: 'exponential', meanMinutes: 4 })).toEqual({ kind: 'exponential', mean: 240 });
    expect(m({ kind: 'lognormal', meanMinutes: 10, cv: 0.8 })).toEqual({ kind: 'lognormal', mean: 600, cv: 0.8 });
    expect(m({ kind: 'gamma', meanMinutes: 1, cv: 2 })).toEqual({ kind: 'gamma', mean: 60, cv: 2 });
    expect(m({ kind: 'weibull', meanMinutes: 3, shape: 1.5 })).toEqual({ kind: 'weibull', mean: 180, shape: 1.5 });
    expect(m({ kind: 'uniform', minMinutes: 1, maxMinutes: 2 })).toEqual({ kind: 'uniform', min: 60, max: 120 });
    expect(m({ kind: 'triangular', minMinutes: 1, modeMinutes: 2, maxMinutes: 5 })).toEqual({ kind: 'triangular', min: 60, mode: 120, max: 300 });
  });

  it('keeps seconds as they are', () => {
    expect(fromDuration({ kind: 'fixed', seconds: 45 }, 'Seconds')).toEqual({ kind: 'fixed', value: 45 });
    expect(fromDuration({ kind: 'uniform', minSeconds: 10, maxSeconds: 20 }, 'Seconds')).toEqual({ kind: 'uniform', min: 10, max: 20 });
  });
});

describe('duration schemas', () => {
  it('take the unit in the field names', () => {
    expect(messages(durationSeconds(), { kind: 'lognormal', meanSeconds: 300, cv: 0.8 })).toEqual([]);
    expect(messages(durationMinutes(), { kind: 'triangular', minMinutes: 1, modeMinutes: 2, maxMinutes: 3 })).toEqual([]);
    expect(messages(durationMinutes(), { kind: 'exponential', meanSeconds: 300 })).toHaveLength(2); // meanMinutes missing, meanSeconds unknown
  });

  it('need a positive mean but allow a fixed 0 and a zero cv', () => {
    expect(messages(durationSeconds(), { kind: 'fixed', seconds: 0 })).toEqual([]);
    expect(messages(durationSeconds(), { kind: 'gamma', meanSeconds: 5, cv: 0 })).toEqual([]);
    expect(messages(durationSeconds(), { kind: 'exponential', meanSeconds: 0 })).toEqual(['meanSeconds: expected a number > 0 and ≤ 31622400']);
  });

  it('cap every duration at 366 days, in its own unit', () => {
    // 366 × 86 400 s = 31 622 400 s = 527 040 min.
    expect(messages(durationSeconds(), { kind: 'fixed', seconds: 31_622_400 })).toEqual([]);
    expect(messages(durationSeconds(), { kind: 'fixed', seconds: 31_622_401 })).toEqual(['seconds: expected a number from 0 to 31622400']);
    expect(messages(durationMinutes(), { kind: 'exponential', meanMinutes: 527_041 })).toEqual(['meanMinutes: expected a number > 0 and ≤ 527040']);
  });

  it('check the order of uniform and triangular bounds, at the field that breaks it', () => {
    expect(messages(durationSeconds(), { kind: 'uniform', minSeconds: 5, maxSeconds: 4 })).toEqual(['maxSeconds: expected minSeconds ≤ maxSeconds']);
    expect(messages(durationMinutes(), { kind: 'triangular', minMinutes: 1, modeMinutes: 6, maxMinutes: 5 })).toEqual([
      'modeMinutes: expected minMinutes ≤ modeMinutes ≤ maxMinutes',
    ]);
  });

  it('accept bounds in order, equal ones included, and refuse a mode below the minimum', () => {
    expect(messages(durationSeconds(), { kind: 'uniform', minSeconds: 0, maxSeconds: 4 })).toEqual([]);
    expect(messages(durationSeconds(), { kind: 'uniform', minSeconds: 4, maxSeconds: 4 })).toEqual([]);
    expect(messages(durationMinutes(), { kind: 'triangular', minMinutes: 0, modeMinutes: 5, maxMinutes: 5 })).toEqual([]);
    expect(messages(durationMinutes(), { kind: 'triangular', minMinutes: 2, modeMinutes: 2, maxMinutes: 2 })).toEqual([]);
    expect(messages(durationMinutes(), { kind: 'triangular', minMinutes: 3, modeMinutes: 2, maxMinutes: 5 })).toEqual([
      'modeMinutes: expected minMinutes ≤ modeMinutes ≤ maxMinutes',
    ]);
  });

  it('hold cv and shape to the ranges the samplers draw from, whatever the unit allows', () => {
    const cvRange = 'expected 0 (no variation) or a number from 0.001 to 10';
    expect(messages(durationSeconds(), { kind: 'lognormal', meanSeconds: 60, cv: 10 })).toEqual([]);
    expect(messages(durationSeconds(), { kind: 'lognormal', meanSeconds: 60, cv: 20 })).toEqual([`cv: ${cvRange}`]);
    expect(messages(durationSeconds(), { kind: 'gamma', meanSeconds: 60, cv: 0.0005 })).toEqual([`cv: ${cvRange}`]);
    expect(messages(durationSeconds(), { kind: 'gamma', meanSeconds: 60, cv: 'high' })).toEqual([`cv: ${cvRange}`]);
    expect(messages(durationMinutes(), { kind: 'weibull', meanMinutes: 3, shape: 20 })).toEqual([]);
    expect(messages(durationMinutes(), { kind: 'weibull', meanMinutes: 3, shape: 21 })).toEqual(['shape: expected a number from 0.1 to 20']);
    expect(messages(durationMinutes(), { kind: 'weibull', meanMinutes: 3, shape: 0.05 })).toEqual(['shape: expected a number from 0.1 to 20']);
  });

  it('name the kinds when the kind is unknown', () => {
    expect(messages(durationSeconds(), { kind: 'normal', meanSeconds: 1 })[0]).toContain('"lognormal"');
    expect(messages(durationMinutes(), { kind: 'normal' })).toEqual([
      'kind: expected a duration {"kind": "fixed" | "exponential" | "lognormal" | "gamma" | "weibull" | "uniform" | "triangular", …} in minutes',
    ]);
  });

  it('let patience be infinite, and nothing else without fields', () => {
    expect(messages(patienceSeconds(), { kind: 'infinite' })).toEqual([]);
    expect(messages(patienceSeconds(), { kind: 'exponential', meanSeconds: 120 })).toEqual([]);
    expect(messages(patienceSeconds(), { kind: 'infinite', seconds: 5 })).toHaveLength(1);
    expect(messages(patienceSeconds(), 'patient')).toEqual([': expected a duration in seconds or {"kind": "infinite"}']);
  });
});
