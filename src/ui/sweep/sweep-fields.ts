/**
 * The fields a sweep can vary: every numeric field of the editor's descriptors
 * (editor/fields.ts, with their labels, units and ranges) that holds a single number in the
 * working scenario, as a dotted JSON path (`standby.seats`, `surges.0.peakMultiplier`, the
 * paths of planning/sweep.ts). List items are expanded ("Surges 1 · Peak multiplier"),
 * variant fields are offered for the variant the scenario uses. DOM-free.
 */
import type { Bilingual } from '../../i18n/i18n.ts';
import type { FieldDescriptor, NumberRule } from '../editor/descriptor.ts';
import { GROUPS } from '../editor/fields.ts';

export interface SweepField {
  readonly path: string;
  readonly label: Bilingual;
  readonly unit?: Bilingual;
  readonly rule: NumberRule;
  /** The value in the working scenario. */
  readonly current: number;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);

function at(json: unknown, path: string): unknown {
  if (path === '') return json;
  return path.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined), json);
}

const join = (...parts: string[]) => parts.filter((p) => p !== '').join('.');
const joinLabel = (a: Bilingual | undefined, b: Bilingual): Bilingual => (a ? { zh: `${a.zh} · ${b.zh}`, en: `${a.en} · ${b.en}` } : b);

function fieldsOf(json: unknown, base: string, fields: readonly FieldDescriptor[], prefix: Bilingual | undefined, out: SweepField[]): void {
  for (const f of fields) {
    const path = join(base, f.path);
    const value = at(json, path);
    const label = joinLabel(prefix, f.label);
    if (f.kind.type === 'variant') {
      const kind = isObject(value) ? value.kind : undefined;
      const variant = f.kind.variants.find((v) => v.kind === kind);
      if (variant) fieldsOf(json, path, variant.fields, label, out);
      continue;
    }
    if (typeof value !== 'number') continue;
    const rule: NumberRule | undefined =
      f.kind.type === 'number' ? f.kind : f.kind.type === 'share' ? { min: 0, max: 1 } : f.kind.type === 'seats' ? { min: 0, max: f.kind.max, integer: true } : undefined;
    if (!rule) continue;
    const { min, above, max, integer } = rule;
    out.push({ path, label, ...(f.unit ? { unit: f.unit } : {}), rule: { min, above, max, integer }, current: value });
  }
}

/** The numeric fields of `json` a sweep can vary, in the editor's order. */
export function sweepableFields(json: unknown): SweepField[] {
  const out: SweepField[] = [];
  for (const group of GROUPS) {
    for (const block of group.blocks) {
      if (block.block === 'fields') fieldsOf(json, block.base, block.fields, block.title, out);
      else if (block.block === 'list') {
        const items = at(json, block.path);
        if (!Array.isArray(items)) continue;
        items.forEach((_, i) => fieldsOf(json, join(block.path, String(i), block.itemBase ?? ''), block.fields, { zh: `${block.title.zh} ${i + 1}`, en: `${block.title.en} ${i + 1}` }, out));
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path));
}
