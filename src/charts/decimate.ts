/**
 * Fewer points, same picture. A 28-day run has 2,688 quarter-hour buckets per series, about
 * five per pixel of a chart, and building paths of every point made each update of the
 * dashboard slow. Within one pixel column, only four points can be told apart: the first,
 * the lowest, the highest and the last (the M4 reduction of Jugel et al., VLDB 2014), so a
 * line through just those is drawn exactly as the full line. Bands keep their envelope per
 * column. Gaps (undefined values) are kept, one marker per gap.
 */

/**
 * Indices of the points to draw: per pixel column, first, min, max and last of the defined
 * values, in order; one undefined index for each run of undefined values.
 */
export function m4Indices(count: number, column: (i: number) => number, value: (i: number) => number): number[] {
  const out: number[] = [];
  let col = NaN;
  let first = -1;
  let last = -1;
  let lo = -1;
  let hi = -1;
  const flush = () => {
    if (first < 0) return;
    for (const i of [...new Set([first, lo, hi, last])].sort((a, b) => a - b)) out.push(i);
    first = last = lo = hi = -1;
  };
  for (let i = 0; i < count; i++) {
    const v = value(i);
    if (!Number.isFinite(v)) {
      flush();
      col = NaN;
      if (out.length === 0 || Number.isFinite(value(out[out.length - 1]!))) out.push(i);
      continue;
    }
    const c = Math.floor(column(i));
    if (c !== col) {
      flush();
      col = c;
      first = lo = hi = i;
    }
    last = i;
    if (v < value(lo)) lo = i;
    if (v > value(hi)) hi = i;
  }
  flush();
  return out;
}

export interface BandPoint {
  readonly x: number;
  /** Lower and upper edge in data units; NaN for a gap. */
  readonly lo: number;
  readonly hi: number;
}

/**
 * The band per pixel column: from the lowest lower edge to the highest upper edge of the
 * buckets in the column, at the column's mean x; a column without an interval is a gap.
 */
export function bandEnvelope(count: number, x: (i: number) => number, lower: (i: number) => number, upper: (i: number) => number): BandPoint[] {
  const out: BandPoint[] = [];
  let col = NaN;
  let xs = 0;
  let k = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const flush = () => {
    if (k > 0) out.push({ x: xs / k, lo, hi });
    xs = 0;
    k = 0;
    lo = Infinity;
    hi = -Infinity;
  };
  for (let i = 0; i < count; i++) {
    const l = lower(i);
    const u = upper(i);
    if (!Number.isFinite(l) || !Number.isFinite(u)) {
      flush();
      col = NaN;
      const previous = out[out.length - 1];
      if (!previous || Number.isFinite(previous.lo)) out.push({ x: x(i), lo: NaN, hi: NaN });
      continue;
    }
    const c = Math.floor(x(i));
    if (c !== col) {
      flush();
      col = c;
    }
    xs += x(i);
    k++;
    if (l < lo) lo = l;
    if (u > hi) hi = u;
  }
  flush();
  return out;
}
