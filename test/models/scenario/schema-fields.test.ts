import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { byCountry, byIdentifier, identifier, label, localDate, num, share, weights } from '../../../models/scenario/schema-fields.ts';
import { formatIssues } from '../../../models/scenario/issues.ts';

/** The messages of a failed parse, or [] when it passes. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.message))];
}

describe('num', () => {
  it('states the whole allowed range in one message, whatever the failure', () => {
    const seats = num({ min: 0, max: 2000, integer: true });
    for (const bad of [-1, 2001, 1.5, 'ten', Infinity, NaN]) expect(messages(seats, bad), String(bad)).toEqual(['expected a whole number from 0 to 2000']);
    expect(messages(seats, 0)).toEqual([]);
    expect(messages(seats, 2000)).toEqual([]);
  });

  it('writes each kind of range', () => {
    expect(messages(num({ above: 0, max: 60 }), 0)).toEqual(['expected a number > 0 and ≤ 60']);
    expect(messages(num({ min: 1 }), 0)).toEqual(['expected a number ≥ 1']);
    expect(messages(num({ above: 0 }), -1)).toEqual(['expected a number > 0']);
    expect(messages(num({ max: 5 }), 6)).toEqual(['expected a number ≤ 5']);
    expect(messages(num({}), 'x')).toEqual(['expected a number']);
  });

  it('has no upper bound unless given one', () => {
    expect(messages(num({ min: 1 }), 1e12)).toEqual([]);
    expect(messages(num({ above: 0 }), 1e300)).toEqual([]);
  });

  it('keeps bounds inclusive, except "above"', () => {
    expect(messages(num({ above: 0, max: 60 }), 60)).toEqual([]);
    expect(messages(num({ above: 0, max: 60 }), 1e-9)).toEqual([]);
    expect(messages(share(), 1)).toEqual([]);
    expect(messages(share(), 1.0001)).toEqual(['expected a number from 0 to 1']);
  });
});

describe('identifier', () => {
  it('takes a lower-case letter, then letters, digits or hyphens, 40 at most', () => {
    for (const ok of ['emergency', 'protection-case', 'l0', 'a'.repeat(40)]) expect(messages(identifier(), ok), ok).toEqual([]);
    for (const bad of ['Emergency', '0l', '-a', 'a_b', 'a b', '', 'a'.repeat(41)]) expect(messages(identifier(), bad), bad).toHaveLength(1);
    expect(messages(identifier(), 3)).toEqual(['expected an identifier such as "protection-case"']);
    expect(messages(identifier(), 'Emergency')).toEqual(['expected an identifier: a lower-case letter, then letters, digits or hyphens (at most 40)']);
  });

  it('refuses the names every object has, saying so', () => {
    expect(messages(identifier(), 'constructor')).toEqual([expect.stringMatching(/^expected an identifier other than the names every object has \(constructor, .*, …\)$/)]);
    expect(messages(identifier(), 'tostring')).toEqual([]);
  });
});

describe('values by identifier or by country', () => {
  const byId = byIdentifier(num({ min: 0 }), 'expected weights by identifier');
  const byCode = byCountry(num({ min: 0 }), 'expected days by country');

  it('refuse a __proto__ key at its path, though zod would skip it, and show no value for it', () => {
    const input = JSON.parse('{"a": 1, "__proto__": {"x": 1}}') as unknown;
    for (const [schema, message] of [
      [byId, expect.stringMatching(/^expected an identifier other than/)],
      [byCode, 'expected an ISO 3166 two-letter country code such as "JP"'],
    ] as const) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(formatIssues(result.error.issues, input)).toContainEqual({ path: '__proto__', message, found: '' });
    }
    expect(byCode.safeParse({ JP: 2 }).success).toBe(true);
  });

  it('answer anything that is not an object with their own message', () => {
    for (const bad of [null, 5, 'JP', undefined]) {
      expect(messages(byId, bad), String(bad)).toEqual(['expected weights by identifier']);
      expect(messages(byCode, bad), String(bad)).toEqual(['expected days by country']);
    }
  });
});

describe('label', () => {
  it('needs both languages, each up to 80 characters, and nothing else', () => {
    expect(messages(label(), { zh: '紧急求助', en: 'Emergency' })).toEqual([]);
    expect(messages(label(), { zh: '紧急求助' })).toEqual(['expected English text']);
    expect(messages(label(), { zh: 'x'.repeat(81), en: '' })).toEqual(['expected at most 80 characters']);
    expect(messages(label(), { zh: '', en: 'x'.repeat(81) })).toEqual(['expected at most 80 characters']);
    expect(messages(label(), { zh: 5, en: 'Emergency' })).toEqual(['expected Chinese text']);
    expect(messages(label(), { zh: '', en: '', fr: '' })).toHaveLength(1);
    expect(messages(label(), 'Emergency')).toEqual(['expected a label {"zh": "…", "en": "…"}']);
  });
});

describe('weights', () => {
  const days = weights(7, 'one per day');

  it('takes exactly the given number of non-negative weights, not all zero', () => {
    expect(messages(days, [1, 1, 1, 1, 1, 0, 0])).toEqual([]);
    expect(messages(days, [1, 1, 1])).toEqual(['expected exactly 7 weights (one per day)']);
    expect(messages(days, [0, 0, 0, 0, 0, 0, 0])).toEqual(['expected at least one weight above 0']);
    expect(messages(days, [1, 1, 1, 1, 1, 1, -1])).toEqual(['expected a number from 0 to 1000000']);
    expect(messages(days, 'weekdays')).toContain('expected a list of 7 weights (one per day)');
  });
});

describe('localDate', () => {
  it('takes a date that exists, written YYYY-MM-DD and nothing around it', () => {
    expect(messages(localDate(), '2024-02-29')).toEqual([]);
    for (const bad of ['2025-02-29', '12025-01-01', '2025-01-011', '2025-1-01', 20250101]) expect(messages(localDate(), bad), String(bad)).toEqual(['expected a local date "YYYY-MM-DD"']);
  });
});
