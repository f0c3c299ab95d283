/**
 * Number formats shared by charts, cards and tooltips. Missing values (NaN, undefined,
 * or null from JSON, which cannot hold NaN) print as an em dash rather than "NaN" or 0.
 */

/** True for a finite number; null, undefined and NaN are missing values. */
export function isValue(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export const MISSING = '—';

const formats = new Map<number, Intl.NumberFormat>();

/** A number with `digits` decimals and thousands separators (formatters are cached: creating one is slow). */
export function formatNumber(x: number | null | undefined, digits = 0): string {
  if (!isValue(x)) return MISSING;
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
    formats.set(digits, format);
  }
  // Avoid "-0" for tiny negative values rounded to zero.
  const text = format.format(x);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A share (0–1) as a percentage, e.g. 0.8123 → "81.2%". */
export function formatPercent(x: number | null | undefined, digits = 1): string {
  return isValue(x) ? `${formatNumber(x * 100, digits)}%` : MISSING;
}

/** A count or level with decimals only where they matter (12,345 · 123 · 12.3 · 1.23). */
export function formatAuto(x: number | null | undefined): string {
  if (!isValue(x)) return MISSING;
  const a = Math.abs(x);
  return formatNumber(x, a >= 100 || a === 0 ? 0 : a >= 10 ? 1 : 2);
}

/** An estimate as "mean ± half-width"; the half-width is left off when undefined. */
export function formatEstimate(
  mean: number | null | undefined,
  halfWidth95: number | null | undefined,
  format: (x: number) => string,
): string {
  if (!isValue(mean)) return MISSING;
  return isValue(halfWidth95) ? `${format(mean)} ± ${format(halfWidth95)}` : format(mean);
}

/**
 * A rough width of a label in pixels, for laying out legends in SVG without measuring
 * (Chinese characters are about one em wide, Latin ones about 0.58 em).
 */
export function approxTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\uFFFF]/.test(ch) ? 1 : 0.58;
  return ems * fontSize;
}
