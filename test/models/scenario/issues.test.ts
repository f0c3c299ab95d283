import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, formatIssues, type ScenarioIssue } from '../../../models/scenario/issues.ts';

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
});
