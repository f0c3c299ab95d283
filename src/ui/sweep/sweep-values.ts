/**
 * A sweep parameter's values as the planner types them: a list ("10, 20, 40") or a range
 * (from, to, step), checked against the field's range with messages that name the field.
 * DOM-free.
 */
import type { Bilingual } from '../../i18n/i18n.ts';
import type { NumberRule } from '../editor/descriptor.ts';
import type { SweepField } from './sweep-fields.ts';

/** More points than this would take too long on a page. */
export const MAX_VALUES = 25;

export type ValuesMode = 'list' | 'range';

export interface ValuesText {
  readonly mode: ValuesMode;
  readonly list: string;
  readonly from: string;
  readonly to: string;
  readonly step: string;
}

export type ValuesResult = { readonly ok: true; readonly values: number[] } | { readonly ok: false; readonly message: Bilingual };

const fail = (zh: string, en: string): ValuesResult => ({ ok: false, message: { zh, en } });

/** "a whole number ≥ 0 and ≤ 2000" in both languages. */
export function ruleText(rule: NumberRule): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  if (rule.min !== undefined) (zh.push(`≥ ${rule.min}`), en.push(`≥ ${rule.min}`));
  if (rule.above !== undefined) (zh.push(`> ${rule.above}`), en.push(`> ${rule.above}`));
  if (rule.max !== undefined) (zh.push(`≤ ${rule.max}`), en.push(`≤ ${rule.max}`));
  return { zh: `${rule.integer ? '整数' : '数值'}，${zh.join(' 且 ')}`, en: `${rule.integer ? 'a whole number' : 'a number'} ${en.join(' and ')}` };
}

const allowed = (x: number, rule: NumberRule) =>
  Number.isFinite(x) && (!rule.integer || Number.isInteger(x)) && (rule.min === undefined || x >= rule.min) && (rule.above === undefined || x > rule.above) && (rule.max === undefined || x <= rule.max);

const number = (s: string): number => (s.trim() === '' ? NaN : Number(s.trim()));

/** The values of `text` for `field`, or why not, naming the field. */
export function parseValues(field: SweepField, text: ValuesText): ValuesResult {
  const name = field.label;
  let values: number[];
  if (text.mode === 'list') {
    const parts = text.list.split(/[,，\s]+/).filter((s) => s !== '');
    if (parts.length === 0) return fail(`${name.zh}：请填写至少一个值`, `${name.en}: type at least one value`);
    values = parts.map(number);
    const bad = parts.find((_, i) => !Number.isFinite(values[i]!));
    if (bad !== undefined) return fail(`${name.zh}：“${bad}”不是数字`, `${name.en}: “${bad}” is not a number`);
  } else {
    const [from, to, step] = [number(text.from), number(text.to), number(text.step)];
    if (!Number.isFinite(from) || !Number.isFinite(to)) return fail(`${name.zh}：请填写起点和终点`, `${name.en}: type where the range starts and ends`);
    if (!Number.isFinite(step) || step <= 0) return fail(`${name.zh}：步长必须是大于 0 的数`, `${name.en}: the step must be a number > 0`);
    if (to < from) return fail(`${name.zh}：终点不能小于起点`, `${name.en}: the range must not end before it starts`);
    if ((to - from) / step + 1 > MAX_VALUES) return fail(`${name.zh}：最多 ${MAX_VALUES} 个值`, `${name.en}: at most ${MAX_VALUES} values`);
    values = [];
    // Steps are counted, not added up, so 0.1 steps do not drift; the end is kept when the step lands on it.
    for (let k = 0; from + k * step <= to + 1e-9 * Math.max(1, Math.abs(to)); k++) values.push(Number((from + k * step).toPrecision(12)));
  }
  const outside = values.find((v) => !allowed(v, field.rule));
  if (outside !== undefined) {
    const r = ruleText(field.rule);
    return fail(`${name.zh}：${outside} 超出允许范围（${r.zh}）`, `${name.en}: ${outside} is not allowed (${r.en})`);
  }
  const unique = [...new Set(values)];
  if (unique.length !== values.length) return fail(`${name.zh}：有重复的值`, `${name.en}: a value appears twice`);
  if (unique.length > MAX_VALUES) return fail(`${name.zh}：最多 ${MAX_VALUES} 个值`, `${name.en}: at most ${MAX_VALUES} values`);
  return { ok: true, values: unique };
}
