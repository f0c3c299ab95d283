import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_ISSUES_LISTED } from '../../../models/limits.ts';
import { durationMinutes } from '../../../models/scenario/durations.ts';
import { capIssues, formatIssue, formatIssues, type ScenarioIssue } from '../../../models/scenario/issues.ts';

function issues(schema: z.ZodType, input: unknown): ScenarioIssue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('accepted');
  return formatIssues(result.error.issues, input);
}

describe('formatIssue', () => {
  it('writes path, message and the value found, or no value when there is none to show', () => {
    expect(formatIssue({ path: 'run.days', message: 'expected a number > 0', found: '-1' })).toBe('run.days: expected a number > 0, got -1');
    expect(formatIssue({ path: 'callTypes', message: 'expected shares adding up to 1', found: '' })).toBe('callTypes: expected shares adding up to 1');
  });
});

describe('formatIssues', () => {
  const schema = z.strictObject({ a: z.number(), 'x y': z.strictObject({ b: z.string() }), list: z.array(z.number()) });

  it('writes JSON paths with list indexes and quoted keys that are not identifiers', () => {
    const found = issues(schema, { a: 1, 'x y': { b: 2 }, list: [1, 'two'] });
    expect(found.map((i) => i.path)).toEqual(['["x y"].b', 'list[1]']);
    expect(issues(z.number(), 'x')[0]!.path).toBe('(root)');
  });

  it('drops zod\'s "Invalid input: " and shows the value found as JSON', () => {
    expect(issues(schema, { a: 'ten', 'x y': { b: '' }, list: [] })).toEqual([{ path: 'a', message: 'expected number, received string', found: '"ten"' }]);
  });

  it('reports each unknown field on its own, and a missing one as nothing', () => {
    const found = issues(schema, { 'x y': { b: '', zz: 2 }, list: [], extra: true });
    expect(found).toEqual([
      { path: 'a', message: 'expected number, received undefined', found: 'nothing' },
      { path: '["x y"].zz', message: 'unknown field (check its spelling and unit)', found: '2' },
      { path: 'extra', message: 'unknown field (check its spelling and unit)', found: 'true' },
    ]);
  });

  it('shortens a long value to 57 characters and an ellipsis', () => {
    const [issue] = issues(z.number(), 'x'.repeat(100));
    expect(issue!.found).toBe(`"${'x'.repeat(56)}…`);
    expect(issue!.found).toHaveLength(58);
  });

  it('lists the allowed kinds of a discriminated union', () => {
    const kinds = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    expect(issues(kinds, { kind: 'c' })).toEqual([{ path: 'kind', message: 'expected one of "a", "b"', found: '"c"' }]);
  });

  it('shows no value for a cross-field check on a section, but does for one on a single value', () => {
    const checked = z.object({ list: z.array(z.number()), n: z.number() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['list'], message: 'expected a sum of 1' });
      ctx.addIssue({ code: 'custom', path: ['n'], message: 'expected odd' });
    });
    expect(issues(checked, { list: [1, 2], n: 2 }).map((i) => i.found)).toEqual(['', '2']);
  });

  it('keeps a union’s own message, naming the kinds itself', () => {
    expect(issues(durationMinutes(), { kind: 'normal' })).toEqual([
      { path: 'kind', message: 'expected a duration {"kind": "fixed" | "exponential" | "lognormal" | "gamma" | "weibull" | "uniform" | "triangular", …} in minutes', found: '"normal"' },
    ]);
  });

  it('says how many items or characters a list or a text may have', () => {
    expect(issues(z.array(z.number()).max(2), [1, 2, 3])[0]!.message).toBe('expected at most 2 items');
    expect(issues(z.array(z.number()).min(3), [1])[0]!.message).toBe('expected at least 3 items');
    expect(issues(z.array(z.number()).min(1), [])[0]!.message).toBe('expected at least one item');
    expect(issues(z.string().max(5), 'abcdefg')[0]!.message).toBe('expected at most 5 characters');
    expect(issues(z.string().min(2), 'a')[0]!.message).toBe('expected at least 2 characters');
    expect(issues(z.string().min(1), '')[0]!.message).toBe('expected some text');
    expect(issues(z.array(z.number()).max(1), [1, 2])[0]!.message).toBe('expected at most 1 items');
    // Numbers have their own messages (schema-fields.ts); zod's stays when it is not about a size.
    expect(issues(z.number().max(5), 6)[0]!.message).toBe('Too big: expected number to be <=5');
    expect(issues(z.array(z.number()).max(2, { error: 'the list: Too big' }), [1, 2, 3])[0]!.message).toBe('the list: Too big');
  });

  it('names the key a record wants: an identifier, or the record’s own rule', () => {
    const byId = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.number());
    expect(issues(byId, { Bad: 1 })).toEqual([{ path: 'Bad', message: 'expected a key that is an identifier (a lower-case letter, then letters, digits or hyphens)', found: '1' }]);
    const byCountry = z.record(z.string().regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code' }), z.number());
    expect(issues(byCountry, { FRA: 1 })[0]!.message).toBe('expected a two-letter country code');
  });

  it('finds the value only through the document’s own fields, whatever lies on the path', () => {
    const at = (path: PropertyKey[], input: unknown) =>
      issues(
        z.any().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', path, message: 'checked' })),
        input,
      )[0]!.found;
    expect(at(['a', 'b'], { a: null })).toBe('nothing');
    expect(at(['a', 'length'], { a: 'abc' })).toBe('nothing');
    expect(at(['toString'], {})).toBe('nothing');
    expect(at(['a'], { a: null })).toBe('null');
    expect(at(['a', 'b'], { a: { b: 7 } })).toBe('7');
  });

  it('formats at most one issue past the limit, which capIssues turns into a count', () => {
    const many = z.array(z.number());
    const input = Array.from({ length: 150 }, () => 'x');
    expect(issues(many, input)).toHaveLength(MAX_ISSUES_LISTED + 1);
    const one = { path: 'p', message: 'm', found: '' };
    expect(capIssues(Array.from({ length: MAX_ISSUES_LISTED }, () => one))).toHaveLength(MAX_ISSUES_LISTED);
    const capped = capIssues(Array.from({ length: MAX_ISSUES_LISTED + 1 }, () => one));
    expect(capped).toHaveLength(MAX_ISSUES_LISTED + 1);
    expect(capped.at(-1)).toEqual({ path: '(more)', message: 'and 1 more problem not listed: fix the ones above first', found: '' });
    expect(capIssues(Array.from({ length: MAX_ISSUES_LISTED + 2 }, () => one)).at(-1)!.message).toBe('and 2 more problems not listed: fix the ones above first');
  });
});
