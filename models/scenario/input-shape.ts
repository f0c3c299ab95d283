/**
 * The outline of untrusted input, checked before the schema sees it: how deep it nests and
 * how many values it holds. A scenario nests six levels at most and holds a few thousand
 * values; input far beyond that (a file of 4,000 nested brackets, a link inflating to a
 * million keys, a circular object from a worker message) gets one issue at once instead of
 * a recursion that overflows the stack or a million issues. The walk is iterative.
 */
import { MAX_SCENARIO_DEPTH, MAX_SCENARIO_VALUES } from '../limits.ts';
import { formatPath, type ScenarioIssue } from './issues.ts';

export function checkInputShape(input: unknown): ScenarioIssue | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  let values = 1;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_SCENARIO_DEPTH) {
      return {
        path: formatPath(path),
        message: `expected at most ${MAX_SCENARIO_DEPTH} levels of nesting (a scenario needs six)`,
        found: Array.isArray(value) ? '[…]' : '{…}',
      };
    }
    const keys: readonly PropertyKey[] = Array.isArray(value) ? [] : Object.keys(value);
    values += Array.isArray(value) ? value.length : keys.length;
    if (values > MAX_SCENARIO_VALUES) {
      return {
        path: '(root)',
        message: `expected at most ${MAX_SCENARIO_VALUES} values in all (a scenario holds a few thousand)`,
        found: `more than ${MAX_SCENARIO_VALUES}`,
      };
    }
    if (Array.isArray(value)) value.forEach((child, i) => stack.push({ value: child, path: [...path, i] }));
    else for (const key of keys) stack.push({ value: (value as Record<PropertyKey, unknown>)[key], path: [...path, key] });
  }
  return undefined;
}
