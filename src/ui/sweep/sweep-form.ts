/**
 * The sweep form as typed, and what it asks for once checked: the parameters (dotted
 * paths with their values) and the run options, or the problems, each naming its field.
 * DOM-free.
 */
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import type { SweepParameter } from '../../planning/sweep.ts';
import type { SweepField } from './sweep-fields.ts';
import { parseValues, type ValuesText } from './sweep-values.ts';
import { S } from './messages.ts';

export interface ParameterText extends ValuesText {
  readonly path: string;
}

export interface SweepForm {
  readonly first: ParameterText;
  /** The second parameter, when asked for. */
  readonly second: ParameterText | undefined;
  readonly replications: string;
  readonly days: string;
  readonly seed: string;
}

export interface SweepPlan {
  readonly parameters: SweepParameter[];
  readonly options: { readonly seed: number; readonly replications: number; readonly days: number };
}

export type FormProblems = Partial<Record<'first' | 'second' | 'replications' | 'days' | 'seed', Bilingual>>;

export const MAX_SWEEP_REPLICATIONS = 200;
export const MAX_SWEEP_DAYS = 28;

/** A form to start from: `standby.seats` (or the first field) as a list around its value. */
export function defaultForm(fields: readonly SweepField[], days: number): SweepForm {
  const f = fields.find((x) => x.path === 'standby.seats') ?? fields[0];
  const v = f?.current ?? 0;
  const list = f?.path === 'standby.seats' ? [v, 2 * v, 4 * v].filter((x, i, a) => a.indexOf(x) === i).join(', ') : String(v);
  return {
    first: { path: f?.path ?? '', mode: 'list', list, from: String(v), to: String(v), step: '1' },
    second: undefined,
    replications: '5',
    days: String(days),
    seed: '12308',
  };
}

function wholeNumber(s: string, min: number, max: number): number | undefined {
  const x = Number(s.trim());
  return s.trim() !== '' && Number.isInteger(x) && x >= min && x <= max ? x : undefined;
}

/** The plan of a valid form, or its problems. */
export function checkForm(form: SweepForm, fields: readonly SweepField[]): { ok: true; plan: SweepPlan } | { ok: false; problems: FormProblems } {
  const problems: FormProblems = {};
  const parameters: SweepParameter[] = [];
  for (const key of ['first', 'second'] as const) {
    const p = form[key];
    if (!p) continue;
    const field = fields.find((f) => f.path === p.path);
    if (!field) {
      problems[key] = { zh: `请选择字段（${p.path || '无'}）`, en: `Pick a field (${p.path || 'none'})` };
      continue;
    }
    if (key === 'second' && p.path === form.first.path) {
      problems.second = S.sameField;
      continue;
    }
    const values = parseValues(field, p);
    if (values.ok) parameters.push({ path: p.path, values: values.values });
    else problems[key] = values.message;
  }
  const number = (key: 'replications' | 'days' | 'seed', label: Bilingual, min: number, max: number) => {
    const x = wholeNumber(form[key], min, max);
    if (x === undefined) problems[key] = { zh: text(S.badNumber(label.zh, `${min} 到 ${max} 之间的整数`), 'zh'), en: text(S.badNumber(label.en, `a whole number from ${min} to ${max}`), 'en') };
    return x ?? 0;
  };
  const replications = number('replications', S.replications, 2, MAX_SWEEP_REPLICATIONS);
  const days = number('days', S.days, 1, MAX_SWEEP_DAYS);
  const seed = number('seed', S.seed, 0, 2 ** 31 - 1);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, plan: { parameters, options: { seed, replications, days } } };
}

/** "备用坐席数 = 20" / "Standby seats = 20" for a point's values. */
export function pointText(values: Record<string, unknown>, fields: readonly SweepField[], lang: Lang): string {
  return Object.entries(values)
    .map(([path, v]) => `${text(fields.find((f) => f.path === path)?.label, lang) || path} = ${String(v)}`)
    .join(lang === 'zh' ? '，' : ', ');
}
