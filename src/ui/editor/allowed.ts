/**
 * The allowed values of a field, said in the planner's language: the editor shows this
 * beside a field in error, in place of the parser's English message (which stays as a detail).
 */
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import type { FieldKind, NumberRule, TimeUnit } from './descriptor.ts';
import { MAX_CV, MAX_DURATION_SECONDS, MAX_IDENTIFIER_LENGTH, MAX_LABEL_LENGTH, MAX_SHAPE, MIN_SHAPE } from '../../../models/limits.ts';

/** One formatter per language: making an Intl.NumberFormat costs far more than using one. */
const FORMATS: Partial<Record<Lang, Intl.NumberFormat>> = {};

export function formatNumber(x: number, lang: Lang): string {
  FORMATS[lang] ??= new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 6 });
  return FORMATS[lang].format(x);
}

/** "a whole number from 0 to 2000" / "0 到 2000 之间的整数". */
export function rangeText(rule: NumberRule, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const { min, above, max, integer } = rule;
  if (lang === 'zh') {
    const what = integer ? '整数' : '数';
    if (min !== undefined && max !== undefined) return `${n(min)} 到 ${n(max)} 之间的${what}`;
    if (above !== undefined && max !== undefined) return `大于 ${n(above)} 且不超过 ${n(max)} 的${what}`;
    if (min !== undefined) return `不小于 ${n(min)} 的${what}`;
    if (above !== undefined) return `大于 ${n(above)} 的${what}`;
    if (max !== undefined) return `不超过 ${n(max)} 的${what}`;
    return what;
  }
  const what = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `${what} from ${n(min)} to ${n(max)}`;
  if (above !== undefined && max !== undefined) return `${what} > ${n(above)} and ≤ ${n(max)}`;
  if (min !== undefined) return `${what} ≥ ${n(min)}`;
  if (above !== undefined) return `${what} > ${n(above)}`;
  if (max !== undefined) return `${what} ≤ ${n(max)}`;
  return what;
}

/** The rule of one parameter of a duration (models/scenario/durations.ts), by its JSON field name. */
export function durationParamRule(field: string, kind: string, unit: TimeUnit): NumberRule {
  const max = unit === 'Seconds' ? MAX_DURATION_SECONDS : MAX_DURATION_SECONDS / 60;
  if (field === 'cv') return { min: 0, max: MAX_CV };
  if (field === 'shape') return { min: MIN_SHAPE, max: MAX_SHAPE };
  if (field.startsWith('mean') || (kind !== 'fixed' && (field === 'seconds' || field === 'minutes'))) return { above: 0, max };
  return { min: 0, max };
}

const ALLOWED: Record<string, Bilingual> = {
  duration: { zh: '一个时长分布（类型及其参数）', en: 'a duration distribution (a kind and its parameters)' },
  patience: { zh: '一个时长分布，或“无限”', en: 'a duration distribution, or unlimited' },
  identifier: { zh: `以小写字母开头，由小写字母、数字或连字符组成，最多 ${MAX_IDENTIFIER_LENGTH} 个字符`, en: `a lower-case letter, then letters, digits or hyphens (at most ${MAX_IDENTIFIER_LENGTH})` },
  country: { zh: '两个大写字母的 ISO 国家代码，例如 SD', en: 'an ISO two-letter country code such as SD' },
  'date-time': { zh: '北京时间，格式 YYYY-MM-DDTHH:MM', en: 'a Beijing date-time YYYY-MM-DDTHH:MM' },
  time: { zh: '时刻，格式 HH:MM（24 小时制）', en: 'a time of day HH:MM (24-hour)' },
  text: { zh: '一段文字', en: 'some text' },
  boolean: { zh: '是或否', en: 'yes or no' },
  label: { zh: `中文和英文名称，各不超过 ${MAX_LABEL_LENGTH} 个字符`, en: `a Chinese and an English name, at most ${MAX_LABEL_LENGTH} characters each` },
  variant: { zh: '选择一种方式并填写其参数', en: 'one of the listed kinds, with its parameters' },
  choice: { zh: '列表中的一项', en: 'one of the listed values' },
};

/** What a field of this kind accepts, in `lang`. */
export function allowedText(kind: FieldKind, lang: Lang): string {
  switch (kind.type) {
    case 'number':
      return rangeText(kind, lang);
    case 'share':
      return rangeText({ min: 0, max: 1 }, lang);
    case 'duration':
      return text(kind.patience ? ALLOWED.patience : ALLOWED.duration, lang) + (lang === 'zh' ? `（单位：${kind.unit === 'Seconds' ? '秒' : '分钟'}）` : ` in ${kind.unit.toLowerCase()}`);
    case 'text':
      return text(ALLOWED[kind.pattern ?? 'text'], lang) + (kind.maxLength ? (lang === 'zh' ? `，最多 ${kind.maxLength} 个字符` : `, at most ${kind.maxLength} characters`) : '');
    case 'numbers':
      return lang === 'zh' ? `以逗号分隔的一个或多个数，每个为${rangeText(kind, lang)}` : `one or more numbers separated by commas, each ${rangeText(kind, lang)}`;
    case 'ids':
      return lang === 'zh' ? '以逗号分隔的已有编号' : 'existing ids separated by commas';
    case 'by-id':
      return lang === 'zh' ? `每个编号一个${rangeText(kind, lang)}` : `for each id, ${rangeText(kind, lang)}`;
    case 'seats':
      return lang === 'zh'
        ? `${rangeText({ min: 0, max: kind.max, integer: true }, lang)}，或每半小时一个（一天 48 个或一周 336 个）`
        : `${rangeText({ min: 0, max: kind.max, integer: true }, lang)}, or one per half hour (48 for a day or 336 for the week)`;
    case 'dates-by-key':
      return kind.keys === 'country'
        ? lang === 'zh'
          ? '每行一个国家代码及其当地日期，例如 JP: 2025-01-01, 2025-01-13'
          : 'one country code a line with its local dates, e.g. JP: 2025-01-01, 2025-01-13'
        : lang === 'zh'
          ? '每行一个使领馆编号及其当地日期，例如 us-new-york: 2025-07-04'
          : 'one mission id a line with its local dates, e.g. us-new-york: 2025-07-04';
    case 'boolean':
    case 'label':
    case 'variant':
    case 'choice':
      return text(ALLOWED[kind.type], lang);
  }
}
