/**
 * Which fields of two scenarios differ, as dotted JSON paths (`front.seats`,
 * `surges.0.peakMultiplier`, the form `npm run sweep -- --set` takes), with A's and B's
 * values; and whether results on screen are stale (their scenario is not the one being
 * edited). Data only: plain JSON in, no DOM.
 */

export interface FieldDifference {
  readonly path: string;
  /** A's value; undefined when the field is only in B. */
  readonly a: unknown;
  /** B's value; undefined when the field is only in A. */
  readonly b: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The leaves (and whole subtrees present on one side only) that differ, in document order,
 * at most `limit` of them. Numbers compare with `Object.is` but for 0 and −0.
 */
export function scenarioDiff(a: unknown, b: unknown, limit = 200): FieldDifference[] {
  const out: FieldDifference[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      for (let i = 0; i < Math.max(x.length, y.length); i++) walk(x[i], y[i], join(path, String(i)));
      return;
    }
    if (isObject(x) && isObject(y)) {
      const keys = [...Object.keys(x), ...Object.keys(y).filter((k) => !(k in x))];
      for (const key of keys) walk(x[key], y[key], join(path, key));
      return;
    }
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return;
    out.push({ path: path || '(scenario)', a: x, b: y });
  };
  walk(a, b, '');
  return out;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** True when the two scenario documents are the same JSON (key order aside). */
export function sameScenario(a: unknown, b: unknown): boolean {
  return a === b || scenarioDiff(a, b, 1).length === 0;
}

/**
 * Results are stale when they were computed for a scenario other than the one being
 * edited. `resultsJson` undefined: there are no results, so nothing is stale.
 */
export function isStale(resultsJson: unknown, workingJson: unknown): boolean {
  return resultsJson !== undefined && !sameScenario(resultsJson, workingJson);
}

/** A value for the list of differences: JSON, shortened; "—" for a field that is absent. */
export function showValue(value: unknown, max = 60): string {
  if (value === undefined) return '—';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** `fn` remembering its last answer: called again only when an argument is a different object. */
export function lastAnswer<A, B, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; r: R } | undefined;
  return (a, b) => {
    if (!last || last.a !== a || last.b !== b) last = { a, b, r: fn(a, b) };
    return last.r;
  };
}
