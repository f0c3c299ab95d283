/**
 * Arithmetic on one replication's figures, number by number and bucket by bucket: the
 * paired difference B − A of a comparison. Shapes follow A; a figure missing from B (a lane
 * B does not have) is NaN, which summaries skip.
 */

/** B − A for every number of A (recursively through objects and lists). */
export function subtractFigures<T>(b: T, a: T): T {
  return subtract(b, a) as T;
}

function subtract(b: unknown, a: unknown): unknown {
  if (typeof a === 'number') return typeof b === 'number' ? b - a : NaN;
  if (Array.isArray(a)) return a.map((x, i) => (Array.isArray(b) && typeof b[i] === 'number' ? (b[i] as number) - (x as number) : NaN));
  if (a !== null && typeof a === 'object') {
    const other = b !== null && typeof b === 'object' ? (b as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(a).map(([key, value]) => [key, subtract(other[key], value)]));
  }
  return a;
}
