/**
 * Fewer points, same picture. A 28-day run has 2,688 quarter-hour buckets per series, about
 * five per pixel of a chart, and building paths through every point made each update of
 * the dashboard slow. Within one pixel column, only four points can be told apart: the
 * first, the lowest, the highest and the last (the M4 reduction of Jugel et al., VLDB
 * 2014), so a line through just those is drawn as the full line is. Bands keep their
 * envelope per column. Gaps (undefined values) are kept, one marker per gap.
 *
 * The reducers read values from typed arrays (NaN where undefined) and place point i at
 * x0 + i × dx pixels: the points of a time series are evenly spaced, and working without
 * per-point callbacks or objects keeps them fast on the main thread.
 */

/** Where the evenly spaced points of a series lie: point i at x0 + i × dx (viewBox units). */
export interface Spacing {
  readonly x0: number;
  readonly dx: number;
}

/**
 * Indices of the points to draw, ascending: per pixel column, the first, the lowest, the
 * highest and the last defined value (fewer when they coincide); for each run of
 * undefined values, its first index, so that the line still breaks there. `out` (at least
 * `count` long) may be a buffer to reuse; the result is a view of it.
 */
export function m4Indices(values: Float64Array, count: number, { x0, dx }: Spacing, out = new Int32Array(count)): Int32Array {
  let k = 0;
  let col = NaN;
  let first = -1;
  let lo = -1;
  let hi = -1;
  let last = -1;
  let inGap = false;
  const flush = () => {
    // The four in index order, each once: first ≤ lo, hi ≤ last.
    out[k++] = first;
    const a = lo < hi ? lo : hi;
    const b = lo < hi ? hi : lo;
    if (a !== first) out[k++] = a;
    if (b !== a && b !== first) out[k++] = b;
    if (last !== b && last !== first) out[k++] = last;
    first = -1;
    inGap = false;
  };
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    const c = Number.isFinite(v) ? Math.floor(x0 + i * dx) : NaN;
    if (c !== col || first < 0) {
      // A new column or a gap: write the column before it.
      if (first >= 0) flush();
      col = c;
      if (Number.isNaN(c)) {
        if (!inGap) out[k++] = i;
        inGap = true;
        continue;
      }
      first = lo = hi = last = i;
      continue;
    }
    last = i;
    if (v < values[lo]!) lo = i;
    if (v > values[hi]!) hi = i;
  }
  if (first >= 0) flush();
  return out.subarray(0, k);
}

/** A band as points: x, and the lower and upper edge (NaN for a gap); the first `length` entries are used. */
export interface BandPoints {
  readonly x: Float64Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly length: number;
}

/**
 * The band per pixel column: from the lowest lower edge to the highest upper edge of the
 * points in the column, at the column's mean x; a point without an interval (either edge
 * undefined) starts a gap, with one point of NaN edges per gap. `out` (arrays at least
 * `count` long) may be buffers to reuse.
 */
export function bandEnvelope(
  lower: Float64Array,
  upper: Float64Array,
  count: number,
  { x0, dx }: Spacing,
  out: Omit<BandPoints, 'length'> = { x: new Float64Array(count), lo: new Float64Array(count), hi: new Float64Array(count) },
): BandPoints {
  const { x, lo, hi } = out;
  let k = 0;
  let col = NaN;
  let xs = 0;
  let n = 0;
  let l0 = Infinity;
  let u0 = -Infinity;
  let inGap = false;
  for (let i = 0; i < count; i++) {
    const l = lower[i]!;
    const u = upper[i]!;
    const xi = x0 + i * dx;
    const c = Number.isFinite(l) && Number.isFinite(u) ? Math.floor(xi) : NaN;
    if (c !== col || n === 0) {
      if (n > 0) {
        x[k] = xs / n;
        lo[k] = l0;
        hi[k++] = u0;
        inGap = false;
      }
      xs = n = 0;
      l0 = Infinity;
      u0 = -Infinity;
      col = c;
      if (Number.isNaN(c)) {
        if (!inGap) {
          x[k] = xi;
          lo[k] = hi[k++] = NaN;
        }
        inGap = true;
        continue;
      }
    }
    xs += xi;
    n++;
    if (l < l0) l0 = l;
    if (u > u0) u0 = u;
  }
  if (n > 0) {
    x[k] = xs / n;
    lo[k] = l0;
    hi[k++] = u0;
  }
  return { x, lo, hi, length: k };
}
