/**
 * Dotted JSON paths into a scenario, as planners name fields: `standby.seats`,
 * `surges.0.peakMultiplier` (a number is a list index). Setting returns a copy; a path
 * that leads nowhere is an error naming the part of it that does not exist.
 */

export type PathResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** The path's segments; a segment of digits is a list index. */
export function pathSegments(path: string): string[] {
  return path.split('.');
}

/** A copy of `json` with `path` set to `value`; the path's parents must exist (the last key may be new). */
export function setPath(json: unknown, path: string, value: unknown): PathResult<unknown> {
  const segments = pathSegments(path);
  if (path.trim() === '' || segments.some((s) => s === '')) return { ok: false, error: `${JSON.stringify(path)} is not a dotted path such as standby.seats or surges.0.peakMultiplier` };
  const copy: unknown = structuredClone(json);
  let node: unknown = copy;
  for (let k = 0; k < segments.length; k++) {
    const key = segments[k]!;
    const last = k === segments.length - 1;
    const where = segments.slice(0, k).join('.') || '(the scenario)';
    if (Array.isArray(node)) {
      const index = /^\d+$/.test(key) ? Number(key) : NaN;
      if (!(index < node.length)) return { ok: false, error: `${path}: ${where} is a list of ${node.length}, with no element ${JSON.stringify(key)} (indices 0 to ${node.length - 1})` };
      if (last) node[index] = value;
      else node = node[index];
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (last) record[key] = value;
      else if (!(key in record)) return { ok: false, error: `${path}: ${where} has no field ${JSON.stringify(key)} (it has ${Object.keys(record).join(', ') || 'none'})` };
      else node = record[key];
    } else {
      return { ok: false, error: `${path}: ${where} is ${JSON.stringify(node)}, not an object or a list` };
    }
  }
  return { ok: true, value: copy };
}

/** `PATH=V1,V2,…`: the path and its values (each JSON, e.g. 20 or 1.5 or true, or else a plain string). */
export function readSetting(text: string): PathResult<{ path: string; values: unknown[] }> {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) return { ok: false, error: `--set: expected PATH=V1,V2,… such as standby.seats=20,40,60, got ${JSON.stringify(text)}` };
  const path = text.slice(0, eq).trim();
  const values = text
    .slice(eq + 1)
    .split(',')
    .map((v) => v.trim());
  if (values.some((v) => v === '')) return { ok: false, error: `--set ${path}: an empty value in ${JSON.stringify(text.slice(eq + 1))}` };
  return {
    ok: true,
    value: {
      path,
      values: values.map((v) => {
        try {
          return JSON.parse(v) as unknown;
        } catch {
          return v;
        }
      }),
    },
  };
}
