/**
 * A short, safe description of any value for an error message: what JSON.stringify would
 * show, but never more than a few levels deep nor more than `maxChars` characters, so a
 * deeply nested, circular, huge or BigInt-holding value is described instead of throwing.
 */

/** Levels of arrays and objects shown before "…": a message needs only the outline. */
const DEPTH_SHOWN = 3;

export function describeValue(value: unknown, maxChars = 60): string {
  if (value === undefined) return 'nothing';
  const text = outline(value, DEPTH_SHOWN, maxChars + 1);
  return text.length > maxChars ? `${text.slice(0, maxChars - 3)}…` : text;
}

/** JSON-like text of `value`, cut once `budget` characters are written. */
function outline(value: unknown, depth: number, budget: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > budget ? value.slice(0, budget) : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
  if (value === null) return 'null';
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  const isArray = Array.isArray(value);
  const keys = isArray ? [] : Object.keys(value as object);
  const count = isArray ? (value as unknown[]).length : keys.length;
  let text = isArray ? '[' : '{';
  for (let i = 0; i < count && text.length < budget; i++) {
    if (i > 0) text += ',';
    const child = isArray ? (value as unknown[])[i] : (value as Record<string, unknown>)[keys[i]!];
    const left = budget - text.length;
    text += isArray ? outline(child, depth - 1, left) : `${JSON.stringify(keys[i])}:${outline(child, depth - 1, left)}`;
  }
  return text + (isArray ? ']' : '}');
}
