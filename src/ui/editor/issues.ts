/**
 * Turns parser issues (English, with a JSON path) into what a planner reads in their
 * language: the field's translated label, what it accepts, and the raw message as a detail.
 * The field is found through the descriptors in fields.ts; list indices become the item's
 * own name ("Call type Emergency › Talk time").
 */
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import type { ScenarioIssue } from '../../../models/scenario/scenario.ts';
import { formatIssue } from '../../../models/scenario/issues.ts';
import { MAX_SEATS, MAX_WEIGHT } from '../../../models/limits.ts';
import { allowedText, durationParamRule, rangeText } from './allowed.ts';
import type { FieldDescriptor, FieldKind, GroupDescriptor } from './descriptor.ts';
import { GROUPS } from './fields.ts';
import { formatPath, getAt, parsePath, pathPattern } from './json-path.ts';

export interface IndexedField {
  readonly pattern: string;
  readonly label: Bilingual;
  readonly kind: FieldKind;
  readonly group: string;
}

const join = (pattern: string, rel: string) => (pattern && rel ? `${pattern}.${rel}` : pattern || rel);

function indexFields(out: Map<string, IndexedField>, base: string, fields: readonly FieldDescriptor[], group: string): void {
  for (const field of fields) {
    const pattern = join(base, field.path);
    if (!out.has(pattern)) out.set(pattern, { pattern, label: field.label, kind: field.kind, group });
    if (field.kind.type === 'variant') {
      for (const variant of field.kind.variants) indexFields(out, pattern, variant.fields, group);
    }
  }
}

/** Every field of the editor by path pattern (`callTypes[].share`). */
export function buildFieldIndex(groups: readonly GroupDescriptor[] = GROUPS): Map<string, IndexedField> {
  const out = new Map<string, IndexedField>();
  for (const group of groups) {
    for (const block of group.blocks) {
      if (block.block === 'fields') indexFields(out, block.base, block.fields, group.id);
      else if (block.block === 'list') indexFields(out, join(`${block.path}[]`, block.itemBase ?? ''), block.fields, group.id);
      else if (block.which === 'arrivals') {
        for (const [path, label] of WEIGHT_LISTS) {
          for (const pattern of [path, `${path}[]`]) out.set(pattern, { pattern, label, kind: { type: 'number', min: 0, max: MAX_WEIGHT }, group: group.id });
        }
      } else {
        const label = { zh: '前台坐席', en: 'Front-desk seats' };
        out.set('frontDesk.seats', { pattern: 'frontDesk.seats', label, kind: { type: 'seats', max: MAX_SEATS }, group: group.id });
        out.set('frontDesk.seats[]', { pattern: 'frontDesk.seats[]', label, kind: { type: 'number', min: 0, max: MAX_SEATS, integer: true }, group: group.id });
      }
    }
  }
  return out;
}

const WEIGHT_LISTS: readonly [string, Bilingual][] = [
  ['arrivals.hourOfDayWeights', { zh: '每小时权重（一天）', en: 'Hour-of-day weights' }],
  ['arrivals.dayOfWeekWeights', { zh: '每日权重（一周）', en: 'Day-of-week weights' }],
  ['arrivals.hourOfWeekWeights', { zh: '一周逐小时权重', en: 'Hour-of-week weights' }],
];

const INDEX = buildFieldIndex();

/** Which editor group a top-level key belongs to, for issues that no field shows. */
const GROUP_OF_KEY: Record<string, string> = {
  version: 'general',
  name: 'general',
  description: 'general',
  nameZh: 'general',
  descriptionZh: 'general',
  run: 'general',
  arrivals: 'arrivals',
  surges: 'arrivals',
  redial: 'arrivals',
  trunk: 'ivr',
  ivr: 'ivr',
  callTypes: 'ivr',
  lanes: 'ivr',
  frontDesk: 'front',
  standby: 'standby',
  backOffice: 'back-office',
  missions: 'missions',
  notifications: 'missions',
};

const PARAM_LABELS: Record<string, Bilingual> = {
  kind: { zh: '分布类型', en: 'kind' },
  mean: { zh: '平均值', en: 'mean' },
  cv: { zh: '变异系数', en: 'CV' },
  shape: { zh: '形状参数', en: 'shape' },
  min: { zh: '最小值', en: 'minimum' },
  mode: { zh: '最可能值', en: 'mode' },
  max: { zh: '最大值', en: 'maximum' },
  '': { zh: '时长', en: 'duration' },
};

/** The label of a duration parameter such as `meanSeconds`, `cv` or `seconds`. */
export function durationParamLabel(field: string): Bilingual {
  const stem = field.replace(/(Seconds|Minutes)$/, '').replace(/^(seconds|minutes)$/, '');
  return PARAM_LABELS[stem] ?? { zh: field, en: field };
}

interface Found {
  readonly field: IndexedField;
  /** Extra label parts below the field (a duration parameter, a per-id entry). */
  readonly suffix: string[];
  readonly kind: FieldKind;
}

function find(path: string, json: unknown, lang: Lang): Found | undefined {
  const pattern = pathPattern(path);
  const exact = INDEX.get(pattern);
  if (exact) return { field: exact, suffix: [], kind: exact.kind };
  const segments = parsePath(path);
  for (let cut = segments.length - 1; cut > 0; cut--) {
    const parentPath = segments.slice(0, cut);
    const parent = INDEX.get(pathPattern(formatPath(parentPath)));
    if (!parent) continue;
    const rest = segments.slice(cut).map(String);
    const last = rest[rest.length - 1] ?? '';
    if (parent.kind.type === 'duration' && rest.length === 1) {
      const value = getAt(json, parentPath);
      const kind = value && typeof value === 'object' ? String((value as Record<string, unknown>).kind) : '';
      if (last === 'kind') return { field: parent, suffix: [text(PARAM_LABELS.kind, lang)], kind: parent.kind };
      return { field: parent, suffix: [text(durationParamLabel(last), lang)], kind: { type: 'number', ...durationParamRule(last, kind, parent.kind.unit) } };
    }
    if (parent.kind.type === 'dates-by-key' && rest.length === 2 && /^\d+$/.test(last)) {
      const n = Number(last) + 1;
      return { field: parent, suffix: [rest[0]!, lang === 'zh' ? `第 ${n} 个日期` : `date ${n}`], kind: parent.kind };
    }
    if (parent.kind.type === 'by-id' && rest.length === 1) return { field: parent, suffix: [last], kind: { type: 'number', min: parent.kind.min, max: parent.kind.max } };
    if (parent.kind.type === 'seats' && /^\d+$/.test(last)) return { field: parent, suffix: [], kind: { type: 'number', min: 0, max: parent.kind.max, integer: true } };
    if ((parent.kind.type === 'numbers' || parent.kind.type === 'ids') && /^\d+$/.test(last)) return { field: parent, suffix: [], kind: parent.kind };
    return { field: parent, suffix: rest, kind: parent.kind };
  }
  return undefined;
}

/** "Call type Emergency" for `callTypes[0]…`, from the item's label or id. */
function itemNames(path: string, json: unknown, lang: Lang): string[] {
  const segments = parsePath(path);
  const names: string[] = [];
  segments.forEach((segment, i) => {
    if (typeof segment !== 'number') return;
    // A date in a list of holidays is named by `find`, not as a list item.
    if (/^holidaysBy/.test(String(segments[i - 2] ?? ''))) return;
    const item = getAt(json, segments.slice(0, i + 1)) as { id?: unknown; label?: Bilingual; mission?: unknown } | undefined;
    const list = String(segments[i - 1] ?? '');
    const what = LIST_NAMES[list] ?? { zh: '项', en: 'item' };
    const name = item?.label && typeof item.label === 'object' ? text(item.label, lang) : typeof item?.id === 'string' ? item.id : typeof item?.mission === 'string' ? item.mission : undefined;
    if (lang === 'zh') names.push(name !== undefined ? `${what.zh}「${name}」` : `第 ${segment + 1} 个${what.zh}`);
    else names.push(`${what.en} ${name ?? segment + 1}`);
  });
  return names;
}

const LIST_NAMES: Record<string, Bilingual> = {
  callTypes: { zh: '来电类型', en: 'Call type' },
  lanes: { zh: '队列', en: 'Lane' },
  surges: { zh: '突发事件', en: 'Surge' },
  channels: { zh: '通知渠道', en: 'Channel' },
  afterHoursForwarding: { zh: '转接来电的使领馆', en: 'Forwarding mission' },
};

/** Names of the top-level sections, for issues about a whole section. */
const SECTION_LABELS: Record<string, Bilingual> = {
  version: { zh: '格式版本', en: 'Format version' },
  run: { zh: '运行设置', en: 'Run settings' },
  arrivals: { zh: '来电', en: 'Arrivals' },
  surges: { zh: '突发事件', en: 'Surges' },
  callTypes: { zh: '来电类型', en: 'Call types' },
  lanes: { zh: '队列', en: 'Lanes' },
  trunk: { zh: '中继线路', en: 'Trunk lines' },
  ivr: { zh: '语音导航', en: 'IVR menu' },
  frontDesk: { zh: '前台', en: 'Front desk' },
  standby: { zh: '备用坐席', en: 'Standby seats' },
  redial: { zh: '重拨', en: 'Redials' },
  backOffice: { zh: '后台', en: 'Back office' },
  missions: { zh: '使领馆', en: 'Missions' },
  notifications: { zh: '紧急通知', en: 'Emergency notifications' },
};

/** "minSeconds ≤ modeSeconds" in Chinese words: 最小值 ≤ 最可能值. */
function durationOrderZh(order: string): string {
  const words: Record<string, string> = { min: '最小值', mode: '最可能值', max: '最大值' };
  return order.replace(/([a-z]+)(?:Seconds|Minutes)/g, (_, name: string) => words[name] ?? name);
}

const ITEM_UNITS_ZH: Record<string, string> = { surges: '个突发事件', 'call types': '种来电类型', lanes: '个队列', channels: '个通知渠道', hours: '个时间点', items: '项', dates: '个日期' };

/** Translations of the messages of the parser's cross-field checks (models/scenario/scenario.ts). */
const KNOWN: readonly [RegExp, (m: RegExpExecArray) => Bilingual][] = [
  [/^expected call type shares adding up to 1 \(they add up to (.+)\)$/, (m) => ({ zh: `各来电类型份额之和应为 1（现为 ${m[1]}）`, en: `call type shares must add up to 1 (they add up to ${m[1]})` })],
  [/^expected shares adding up to 1 \(they add up to (.+)\)$/, (m) => ({ zh: `份额之和应为 1（现为 ${m[1]}）`, en: `shares must add up to 1 (they add up to ${m[1]})` })],
  [/^expected one of the lane ids: (.*)$/, (m) => ({ zh: `应为已有的队列编号之一：${m[1]}`, en: `must be one of the lane ids: ${m[1]}` })],
  [/^expected one of the call type ids: (.*)$/, (m) => ({ zh: `应为已有的来电类型编号之一：${m[1]}`, en: `must be one of the call type ids: ${m[1]}` })],
  [/^expected a mission id of the catalogue/, () => ({ zh: '应为使领馆目录中的编号，或 other', en: 'must be a mission id of the catalogue, or "other"' })],
  [/^expected at least one weight above 0$/, () => ({ zh: '至少一个权重应大于 0', en: 'at least one weight must be above 0' })],
  [/^expected a channel id not used before$/, () => ({ zh: '通知渠道编号不能重复', en: 'channel ids must differ' })],
  [/^expected at least one channel$/, () => ({ zh: '至少需要一个通知渠道', en: 'at least one channel is needed' })],
  [/^expected a backOffice section when/, () => ({ zh: '有转接或工单时需要设置“后台”部分', en: 'calls transferred or leaving work orders need a back office section' })],
  [/^expected a lane id not used before$/, () => ({ zh: '队列编号不能重复', en: 'lane ids must differ' })],
  [/^expected a priority no other lane has$/, () => ({ zh: '各队列的优先级不能相同', en: 'no two lanes may have the same priority' })],
  [/^expected a call type id not used before$/, () => ({ zh: '来电类型编号不能重复', en: 'call type ids must differ' })],
  [/^expected less than the run length \((.+) hours\)$/, (m) => ({ zh: `应少于运行时长（${m[1]} 小时）`, en: `must be less than the run length (${m[1]} hours)` })],
  [/^expected 0 when the scenario has no ivr$/, () => ({ zh: '没有语音导航时应为 0', en: 'must be 0 when there is no IVR' })],
  [/^unknown field/, () => ({ zh: '未知字段（请检查拼写和单位）', en: 'unknown field (check its spelling and unit)' })],
  [/^expected either hourOfWeekWeights or/, () => ({ zh: '逐小时（一周）权重不能与每日/每小时权重同时使用', en: 'use either the hour-of-week weights or the hour-of-day/day-of-week weights, not both' })],
  [/^expected (object|array), received undefined$/, () => ({ zh: '缺少这一部分', en: 'this part is missing' })],
  [/^expected (object|array), received /, (m) => ({ zh: m[1] === 'array' ? '应为一个列表' : '应为一个对象 {…}', en: m[1] === 'array' ? 'expected a list' : 'expected an object {…}' })],
  [/^expected JSON text/, () => ({ zh: '不是有效的 JSON 文本', en: 'not valid JSON text' })],
  [/^expected at least one call type$/, () => ({ zh: '至少需要一种来电类型', en: 'at least one call type is needed' })],
  [/^expected at least one lane$/, () => ({ zh: '至少需要一个队列', en: 'at least one lane is needed' })],
  [/^expected at most (\d+) levels of nesting/, (m) => ({ zh: `嵌套层数过多（最多 ${m[1]} 层）`, en: `nested too deep (at most ${m[1]} levels)` })],
  [/^expected at most (\d+) values in all/, (m) => ({ zh: `内容过多（最多 ${m[1]} 个值）`, en: `too much content (at most ${m[1]} values)` })],
  [/^expected at most (\d+) characters \(a scenario/, (m) => ({ zh: `文件过大（最多 ${m[1]} 个字符）`, en: `file too large (at most ${m[1]} characters)` })],
  [/^and (\d+) more problems? not listed/, (m) => ({ zh: `另有 ${m[1]} 个问题未列出，请先修正以上问题`, en: `and ${m[1]} more problems not listed: fix the ones above first` })],
  [/^expected an identifier other than the names every object has/, () => ({ zh: '此编号为保留名称，请另取一个', en: 'this id is a reserved name: choose another' })],
  [/^expected a key that is an identifier/, () => ({ zh: '编号应以小写字母开头，由小写字母、数字或连字符组成', en: 'an id must start with a lower-case letter, then letters, digits or hyphens' })],
  [/^expected 0 \(no variation\) or a number from (\S+) to (\S+)$/, (m) => ({ zh: `应为 0（无波动），或 ${m[1]} 到 ${m[2]} 之间的数`, en: `0 (no variation), or a number from ${m[1]} to ${m[2]}` })],
  [/^expected an? (Chinese )?(name|description) of at most (\d+) characters$/, (m) => ({ zh: `最多 ${m[3]} 个字符`, en: `at most ${m[3]} characters` })],
  [/^expected an? (Chinese )?(name|description) \(text, may be empty\)$/, () => ({ zh: '应为文字（可以为空）', en: 'expected text (may be empty)' })],
  [/^expected at most (\d+) (surges|call types|lanes|channels|hours|items)$/, (m) => ({ zh: `最多 ${m[1]} ${ITEM_UNITS_ZH[m[2]!]}`, en: `at most ${m[1]} ${m[2]}` })],
  [/^expected at least one (hour|item)$/, () => ({ zh: '至少需要一项', en: 'at least one is needed' })],
  [/^expected "keep" \(a redial keeps/, () => ({ zh: '应为 "keep"（沿用首次来电的通话时长与可容忍等待时长）或 "redraw"（重新抽取）', en: '"keep" (the first attempt’s talk time and patience) or "redraw" (draw afresh)' })],
  [/^expected an ISO 3166 two-letter country code/, () => ({ zh: '应为两个大写字母的国家代码（ISO 3166），例如 JP', en: 'a two-letter ISO 3166 country code in capitals, e.g. JP' })],
  [/^expected the country whose missions go on 24-hour duty/, () => ({ zh: '已设使领馆 24 小时值班，须填写事发国家代码', en: 'missions on 24-hour duty need the surge’s country' })],
  [/^expected the country code of a mission in the catalogue/, () => ({ zh: '应为使领馆目录中某一使领馆所在国家的代码', en: 'the country code of a mission in the catalogue' })],
  [/^expected a time of day "HH:MM"/, () => ({ zh: '应为时刻 "HH:MM"（24 小时制，例如 "12:00"）', en: 'a time of day "HH:MM" (24-hour, e.g. "12:00")' })],
  [/^expected a lunch break that ends after it starts/, () => ({ zh: '午休结束时间应晚于开始时间（同一天内）', en: 'the lunch break must end after it starts, on the same day' })],
  [/^expected a lunch break that leaves part of every mission's office hours open \((.+)\)$/, (m) => ({ zh: `午休不能覆盖任何使领馆的全部办公时间（${m[1]}）`, en: `the lunch break must leave part of every mission's office hours open (${m[1]})` })],
  [/^expected a local date "YYYY-MM-DD"/, () => ({ zh: '应为当地日期 "YYYY-MM-DD"（须为实际存在的日期）', en: 'a local date "YYYY-MM-DD" that exists' })],
  [/^expected a list of local dates/, () => ({ zh: '应为当地日期列表，例如 ["2025-01-01"]', en: 'a list of local dates, e.g. ["2025-01-01"]' })],
  [/^expected at most (\d+) dates$/, (m) => ({ zh: `最多 ${m[1]} 个日期`, en: `at most ${m[1]} dates` })],
  [/^expected a mission not listed before$/, () => ({ zh: '同一使领馆不能重复列出', en: 'each mission may be listed once' })],
  [/^expected "arrival" \(the target counts from/, () => ({ zh: '应为 "arrival"（自来电时刻起算）或 "decision"（自决定通知时刻起算）', en: '"arrival" (from the call’s arrival) or "decision" (from the decision to notify)' })],
  [/^expected at least one surge: "at-incident"/, () => ({ zh: '"重大事件发生时启用"需要至少一个突发事件', en: '"at each incident" needs at least one surge' })],
  [/^expected a span of the day: "from" and "to" must differ$/, () => ({ zh: '开始与结束时间不能相同', en: 'the start and end times must differ' })],
  [/^expected version/, () => ({ zh: '不支持的情景格式版本', en: 'unsupported scenario format version' })],
  [/^expected ([a-z]+(?:Seconds|Minutes)(?: ≤ [a-z]+(?:Seconds|Minutes))+)$/, (m) => ({ zh: `应满足 ${durationOrderZh(m[1]!)}`, en: `must satisfy ${m[1]}` })],
];

export interface DescribedIssue {
  readonly path: string;
  /** The editor group that shows the field. */
  readonly group: string;
  /** Translated field name with its list items, e.g. "来电类型「紧急求助」 › 通话时长 › 平均值". */
  readonly field: string;
  /** What is allowed, translated ("0 到 1 之间的数"), or the translated cross-field rule. */
  readonly allowed: string;
  /** The parser's message as written, with the value found. */
  readonly detail: string;
}

/** The issue in the planner's language; `json` is the scenario the issue was found in. */
export function describeIssue(issue: ScenarioIssue, json: unknown, lang: Lang): DescribedIssue {
  const found = find(issue.path, json, lang);
  const first = parsePath(issue.path)[0];
  const group = found?.field.group ?? GROUP_OF_KEY[String(first ?? '')] ?? 'general';
  const section = parsePath(issue.path).length === 1 ? SECTION_LABELS[String(first)] : undefined;
  const names = [...itemNames(issue.path, json, lang), ...(found ? [text(found.field.label, lang), ...found.suffix] : section ? [text(section, lang)] : [])];
  const known = KNOWN.find(([re]) => re.test(issue.message));
  const allowed = known
    ? text(known[1](known[0].exec(issue.message)!), lang)
    : found
      ? (lang === 'zh' ? '应为 ' : 'expected ') + allowedText(found.kind, lang)
      : lang === 'zh'
        ? '值不符合要求'
        : 'value not accepted';
  return {
    path: issue.path,
    group,
    field: names.length ? names.join(' › ') : issue.path,
    allowed,
    // In Chinese, the value found; the parser's English message (field names, range) only in English.
    detail: lang === 'zh' ? (issue.found ? `当前值：${issue.found}` : '') : formatIssue(issue),
  };
}

export { rangeText };
