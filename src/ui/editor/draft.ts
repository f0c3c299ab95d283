/**
 * The working scenario is unknown-typed JSON edited field by field. Text the user types
 * becomes a JSON value when it reads as one (a number for a number field) and otherwise
 * stays in the JSON as the typed string, so the parser reports it ("got \"abc\"") and the
 * field shows it unchanged; the exact text ("0.50", "1e3") is kept beside, by path.
 */
import type { FieldKind } from './descriptor.ts';

/** Full-width digits and punctuation from a Chinese input method, read as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3002/g, '.');
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Thousands grouped by commas, as the page itself writes ranges ("0 to 1,000,000"). */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** The number a single-number field's text says, thousands separators allowed ("1,000"); or undefined. */
export function readGroupedNumber(text: string): number | undefined {
  const t = asciiDigits(text.trim()).replace(/\uFF0C/g, ',');
  return GROUPED.test(t) ? readNumber(t.replace(/,/g, '')) : readNumber(text);
}

/** The number the text says, or undefined. */
export function readNumber(text: string): number | undefined {
  const t = asciiDigits(text.trim());
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export interface TextValue {
  /** The JSON value to store; undefined removes the field. */
  readonly value: unknown;
  /** Whether the typed text must be kept beside the JSON to show it as typed. */
  readonly keepRaw: boolean;
}

/** Reads what was typed into a field of `kind`. */
export function valueFromText(kind: FieldKind, text: string): TextValue {
  switch (kind.type) {
    case 'number':
    case 'share':
    case 'seats': {
      if (text.trim() === '') return { value: undefined, keepRaw: text !== '' };
      const n = readGroupedNumber(text);
      if (n === undefined) return { value: text, keepRaw: false };
      return { value: n, keepRaw: String(n) !== text };
    }
    case 'numbers': {
      if (text.trim() === '') return { value: undefined, keepRaw: text !== '' };
      const parts = text.split(/[,，;；\s]+/).filter((p) => p !== '');
      const numbers = parts.map(readNumber);
      if (numbers.some((n) => n === undefined)) return { value: text, keepRaw: false };
      const value = numbers as number[];
      return { value, keepRaw: value.join(', ') !== text };
    }
    case 'ids': {
      const ids = text.split(/[,，;；\s]+/).filter((p) => p !== '');
      if (ids.length === 0) return { value: undefined, keepRaw: text !== '' };
      return { value: ids, keepRaw: ids.join(', ') !== text };
    }
    case 'text':
      return { value: text, keepRaw: false };
    case 'dates-by-key': {
      if (text.trim() === '') return { value: undefined, keepRaw: text !== '' };
      const value = readDatesByKey(text);
      // A line without "key:" stays as typed: the parser reports it, and the text is kept.
      if (value === undefined) return { value: text, keepRaw: false };
      return { value, keepRaw: datesByKeyText(value) !== text };
    }
    default:
      return { value: text, keepRaw: false };
  }
}

/** "JP: 2025-01-01, 2025-01-13" one key a line, read as {JP: [...]}; undefined when a line has no "key:". */
export function readDatesByKey(text: string): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const match = /^\s*([^:：\s]+)\s*[:：]\s*(.*)$/.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    if (key === '__proto__') return undefined;
    out[key] = [...(Object.hasOwn(out, key) ? out[key]! : []), ...match[2]!.split(/[,，;；\s]+/).filter((p) => p !== '')];
  }
  return out;
}

/** The text of lists of dates by key, one key a line. */
export function datesByKeyText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object' || Array.isArray(value)) return textFromValue(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, dates]) => `${key}: ${Array.isArray(dates) ? dates.join(', ') : JSON.stringify(dates)}`)
    .join('\n');
}

/** The text a field shows for a JSON value (when nothing typed is kept). */
export function textFromValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'number' || typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/** Drops kept texts at or below `prefix` (after a list item moved or a section was replaced). */
export function dropRawUnder(raw: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) {
    const under = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
    if (!under) out[path] = text;
  }
  return out;
}
