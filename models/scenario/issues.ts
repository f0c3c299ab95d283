/** Turns schema failures into messages a planner can act on: where, what is allowed, what was found. */
import type { z } from 'zod';
import { MAX_ISSUES_LISTED } from '../limits.ts';
import { describeValue } from './describe-value.ts';

export interface ScenarioIssue {
  /** JSON path such as `callTypes[2].handleSeconds.meanSeconds` (`(root)` for the whole document). */
  readonly path: string;
  /** What is allowed, e.g. `expected a number from 0 to 1`. */
  readonly message: string;
  /** The value found there, as short JSON text (`nothing` when the field is missing). */
  readonly found: string;
}

export function formatIssue(issue: ScenarioIssue): string {
  return issue.found ? `${issue.path}: ${issue.message}, got ${issue.found}` : `${issue.path}: ${issue.message}`;
}

/**
 * The first MAX_ISSUES_LISTED issues, then one that counts the rest: a flood of problems
 * (a broken file repeating one mistake) stays readable and cheap to show.
 */
export function capIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  if (issues.length <= MAX_ISSUES_LISTED) return [...issues];
  const more = issues.length - MAX_ISSUES_LISTED;
  return [...issues.slice(0, MAX_ISSUES_LISTED), { path: '(more)', message: `and ${more} more problem${more === 1 ? '' : 's'} not listed: fix the ones above first`, found: '' }];
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ScenarioIssue[] {
  return issues.slice(0, MAX_ISSUES_LISTED + 1).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'unknown field (check its spelling and unit)',
        found: describe(valueAt(input, [...issue.path, key])),
      }));
    }
    const path = issue.path;
    let message = issue.message;
    if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) && message.startsWith('Invalid')) {
      message = `expected one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
    } else if (message.startsWith('Invalid input: expected ')) {
      message = message.replace('Invalid input: ', '');
    } else if ((issue.code === 'too_big' || issue.code === 'too_small') && /^Too (big|small)/.test(message)) {
      message = sizeMessage(issue) ?? message;
    } else if (issue.code === 'invalid_key') {
      // Records keyed by country code (holidays) say so; every other record is keyed by identifier.
      const inner = issue.issues[0]?.message;
      message = inner?.includes('country code') ? inner : 'expected a key that is an identifier (a lower-case letter, then letters, digits or hyphens)';
    }
    return [{ path: formatPath(path), message, found: issue.code === 'custom' && !isLeaf(valueAt(input, path)) ? '' : describe(valueAt(input, path)) }];
  });
}

/** zod's "Too big: expected array to have <=20 items" in the parser's words. */
function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string | undefined {
  const units: Record<string, string> = { array: 'items', string: 'characters', set: 'items' };
  const unit = units[issue.origin];
  if (!unit) return undefined;
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.code === 'too_small' && limit === 1) return unit === 'items' ? 'expected at least one item' : 'expected some text';
  return issue.code === 'too_big' ? `expected at most ${limit} ${unit}` : `expected at least ${limit} ${unit}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$-]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isLeaf(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function describe(value: unknown): string {
  return describeValue(value);
}
