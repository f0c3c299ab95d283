/**
 * JSON paths as `parseScenario` writes them (`callTypes[2].handleSeconds.meanSeconds`,
 * `surges[0].extraMix.protection-case`, `missions.weights["x y"]`), so that an issue can be
 * matched to the field that shows it by plain string equality. The editor reads and writes
 * its unknown-typed draft through these paths, copying only the objects on the way.
 */
export type Segment = string | number;

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

/** The path text of `segments`, exactly as models/scenario/issues.ts formats it. */
export function formatPath(segments: readonly Segment[]): string {
  if (segments.length === 0) return '(root)';
  return segments
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!SIMPLE_KEY.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

/** The segments of a path text; the inverse of `formatPath`. */
export function parsePath(path: string): Segment[] {
  // `(root)`, `(file)`, `(more)`: about the whole document, not a field in it.
  if (path === '' || /^\([a-z]+\)$/.test(path)) return [];
  const segments: Segment[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$-]*)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) segments.push(match[3]);
    if (pattern.lastIndex === path.length) return segments;
  }
  throw new Error(`parsePath: cannot read "${path}"`);
}

/** Joins a base path and more segments into path text. */
export function joinPath(base: string, ...more: readonly Segment[]): string {
  return formatPath([...parsePath(base), ...more]);
}

/** The path of `relative` (itself a path such as `secretaries.seats`) below `base`. */
export function childPath(base: string, relative: string): string {
  return formatPath([...parsePath(base), ...parsePath(relative)]);
}

/** Replaces list indices by `[]`, so `callTypes[3].share` matches the descriptor `callTypes[].share`. */
export function pathPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The value at `path` in `root`, or undefined when any step is missing. */
export function getAt(root: unknown, path: string | readonly Segment[]): unknown {
  let value = root;
  for (const key of typeof path === 'string' ? parsePath(path) : path) {
    // Own keys only: `constructor` must not find Object.prototype's.
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of `root` with `value` at `path` (objects and lists on the way are copied, the
 * rest shared). `undefined` removes the key; missing objects on the way are created.
 */
export function setAt(root: unknown, path: string | readonly Segment[], value: unknown): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  if (segments.length === 0) return value;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  const child = rest.length === 0 ? undefined : getAt(root, [head]);
  const next = rest.length === 0 ? value : setAt(child, rest, value);
  if (typeof head === 'number' && (Array.isArray(root) || root === undefined || root === null)) {
    const copy = Array.isArray(root) ? [...root] : [];
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  const copy: Record<string, unknown> = root !== null && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  if (next === undefined) delete copy[String(head)];
  // Defined, not assigned: a key named `__proto__` must stay a key, not replace the prototype.
  else Object.defineProperty(copy, String(head), { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A copy of `root` with the list at `listPath` changed by `change` (a missing list is empty). */
export function updateList(root: unknown, listPath: string, change: (list: unknown[]) => unknown[]): unknown {
  const list = getAt(root, listPath);
  return setAt(root, listPath, change(Array.isArray(list) ? [...list] : []));
}
