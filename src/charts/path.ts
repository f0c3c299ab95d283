/**
 * SVG path strings for lines and bands from typed arrays of pixel coordinates: the same
 * strings as d3-shape's `line()` and `area()` with `.digits(1)` and `curveLinear` or
 * `curveStepAfter`. The time charts build a dozen long paths for every partial result of a
 * run, on the main thread while the page must stay responsive. Built the usual way (a
 * string per number, joined piece by piece) that came to about 16 MB of short-lived
 * strings per refresh, and garbage collection pauses of 20–50 ms; here the characters go
 * into one reused byte buffer and become a single string per path.
 */

/** The characters of the path being written (ASCII), grown as needed and reused. */
let bytes = new Uint8Array(1 << 16);
let length = 0;
const decoder = new TextDecoder();

const M = 77;
const L = 76;
const Z = 90;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;

function reserve(n: number): void {
  if (length + n <= bytes.length) return;
  const grown = new Uint8Array(Math.max(bytes.length * 2, length + n));
  grown.set(bytes.subarray(0, length));
  bytes = grown;
}

function take(): string {
  const text = decoder.decode(bytes.subarray(0, length));
  length = 0;
  return text;
}

/**
 * A coordinate to tenths of a pixel, as d3-path's `digits(1)` writes it
 * (`Math.round(v × 10) / 10`, so -0 prints as "0"): plenty, and short.
 */
function number(v: number): void {
  const tenths = Math.round(v * 10);
  const a = tenths < 0 ? -tenths : tenths;
  if (!(a < 1e15)) {
    // Not a coordinate of a chart; written as JavaScript prints it.
    const text = String(tenths / 10);
    reserve(text.length);
    for (let i = 0; i < text.length; i++) bytes[length++] = text.charCodeAt(i);
    return;
  }
  reserve(20);
  if (tenths < 0) bytes[length++] = MINUS;
  let whole = Math.floor(a / 10);
  const digit = a - whole * 10;
  // Digits of the whole part, most significant first.
  const start = length;
  do {
    const q = Math.floor(whole / 10);
    bytes[length++] = ZERO + (whole - q * 10);
    whole = q;
  } while (whole > 0);
  for (let i = start, j = length - 1; i < j; i++, j--) {
    const t = bytes[i]!;
    bytes[i] = bytes[j]!;
    bytes[j] = t;
  }
  if (digit !== 0) {
    bytes[length++] = DOT;
    bytes[length++] = ZERO + digit;
  }
}

function command(c: number, x: number, y: number): void {
  reserve(1);
  bytes[length++] = c;
  number(x);
  reserve(1);
  bytes[length++] = COMMA;
  number(y);
}

/**
 * A line through (xs[i], ys[i]) for i < count; `step` holds each y until the next x, as
 * curveStepAfter does. A NaN y ends a piece (a gap); a piece of one point is drawn as d3
 * draws it ("M x,yZ").
 */
export function linePath(xs: Float64Array, ys: Float64Array, count: number, step = false): string {
  length = 0;
  let run = 0;
  let yPrev = 0;
  for (let i = 0; i <= count; i++) {
    const y = i < count ? ys[i]! : NaN;
    if (!Number.isFinite(y)) {
      if (run === 1) {
        reserve(1);
        bytes[length++] = Z;
      }
      run = 0;
      continue;
    }
    const x = xs[i]!;
    if (run === 0) command(M, x, y);
    else {
      if (step) command(L, x, yPrev);
      command(L, x, y);
    }
    yPrev = y;
    run++;
  }
  return take();
}

/**
 * A band between `lo` and `hi` (pixel y of each edge; NaN in either for a gap) over xs:
 * each piece goes along `hi` forwards and back along `lo`, then closes, as d3.area does.
 */
export function areaPath(xs: Float64Array, lo: Float64Array, hi: Float64Array, count: number, step = false): string {
  length = 0;
  let start = -1;
  for (let i = 0; i <= count; i++) {
    const defined = i < count && Number.isFinite(lo[i]!) && Number.isFinite(hi[i]!);
    if (defined) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const end = i - 1;
    for (let j = start; j <= end; j++) {
      if (j === start) command(M, xs[j]!, hi[j]!);
      else {
        if (step) command(L, xs[j]!, hi[j - 1]!);
        command(L, xs[j]!, hi[j]!);
      }
    }
    // Back along the lower edge; a step band holds each lower value from its x to the next x.
    for (let j = end; j >= start; j--) {
      if (step && j !== end) command(L, xs[j + 1]!, lo[j]!);
      command(L, xs[j]!, lo[j]!);
    }
    reserve(1);
    bytes[length++] = Z;
    start = -1;
  }
  return take();
}
