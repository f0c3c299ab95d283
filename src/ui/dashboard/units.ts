/** Durations and bucket widths in the page's language. */
import { text, type Lang } from '../../i18n/i18n.ts';
import { formatNumber, isValue, MISSING } from '../../charts/format.ts';
import { m } from './messages.ts';

const digits = (x: number) => (Number.isInteger(x) ? 0 : Math.abs(x) < 10 ? 1 : 0);

/** A duration given in seconds: seconds up to two minutes, minutes up to two hours, then hours. */
export function formatSeconds(seconds: number, lang: Lang): string {
  if (!isValue(seconds)) return MISSING;
  const a = Math.abs(seconds);
  if (a < 120) return text(m.seconds(formatNumber(seconds, digits(seconds))), lang);
  if (a < 7200) return text(m.minutes(formatNumber(seconds / 60, digits(seconds / 60))), lang);
  return text(m.hours(formatNumber(seconds / 3600, digits(seconds / 3600))), lang);
}

/** "per 15 min" for a bucket width in seconds. */
export function perBucket(bucketSeconds: number, lang: Lang): string {
  return text(m.perBucket(formatNumber(bucketSeconds / 60, digits(bucketSeconds / 60))), lang);
}
