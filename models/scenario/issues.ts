/** Turns schema failures into messages a planner can act on: where, what is allowed, what was found. */
import type { z } from 'zod';

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

export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ScenarioIssue[] {
  return issues.flatMap((issue) => {
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
    }
    return [{ path: formatPath(path), message, found: issue.code === 'custom' && !isLeaf(valueAt(input, path)) ? '' : describe(valueAt(input, path)) }];
  });
}

function formatPath(path: readonly PropertyKey[]): string {
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
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isLeaf(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
