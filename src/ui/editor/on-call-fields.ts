/**
 * The fields of an on-call policy (when standby seats or back-office staff are called to
 * the phones, and when they stand down), shared by the standby and back-office groups of
 * fields.ts. Ranges come from models/limits.ts, as the parser's do.
 */
import type { FieldDescriptor, Variant } from './descriptor.ts';
import { MAX_CHECK_EVERY_MINUTES, MAX_QUEUE_LENGTH, MAX_RUN_HOURS, MAX_SPELL_MINUTES, MAX_WINDOW_MINUTES, MIN_CHECK_EVERY_MINUTES } from '../../../models/limits.ts';
import { u, UNITS } from './units.ts';

const activationVariants: readonly Variant[] = [
  { kind: 'never', label: u('从不（仅手动）', 'never (manual only)'), fields: [], template: { kind: 'never' } },
  {
    kind: 'at-times',
    label: u('在指定时刻', 'at set times'),
    template: { kind: 'at-times', hours: [58] },
    fields: [
      { path: 'hours', label: u('启动时刻（开始后的小时数）', 'Start times (hours after the start)'), unit: UNITS.hours, kind: { type: 'numbers', min: 0, max: MAX_RUN_HOURS }, help: u('用逗号分隔，例如 58, 82', 'separated by commas, e.g. 58, 82') },
    ],
  },
  {
    kind: 'queue-length',
    label: u('排队人数达到', 'when the queue reaches'),
    template: { kind: 'queue-length', atLeast: 8 },
    fields: [
      { path: 'atLeast', label: u('排队人数不少于', 'Callers waiting at least'), unit: UNITS.callers, kind: { type: 'number', min: 1, max: MAX_QUEUE_LENGTH, integer: true } },
      { path: 'lanes', label: u('计入的队列', 'Lanes counted'), kind: { type: 'ids', source: 'lanes' }, optional: true, help: u('留空表示所有队列', 'empty means all lanes') },
    ],
  },
  {
    kind: 'service-level',
    label: u('服务水平低于', 'when the service level falls below'),
    template: { kind: 'service-level', lane: 'general', below: 0.7, windowMinutes: 30 },
    fields: [
      { path: 'lane', label: u('队列', 'Lane'), kind: { type: 'choice', options: 'lanes' } },
      { path: 'below', label: u('服务水平低于', 'Service level below'), unit: UNITS.share, kind: { type: 'share' } },
      { path: 'windowMinutes', label: u('统计窗口', 'Measured over'), unit: UNITS.minutes, kind: { type: 'number', min: 1, max: MAX_WINDOW_MINUTES } },
    ],
  },
];

/** Standby seats only: called in by hand at each surge's start (the COVID-2020 practice). */
const atIncidentVariant: Variant = {
  kind: 'at-incident',
  label: u('重大事件发生时手动全部启用', 'by hand at each incident (all at once)'),
  template: { kind: 'at-incident', afterMinutes: 0 },
  fields: [
    {
      path: 'afterMinutes',
      label: u('事件开始后多久启用', 'Called in after the incident starts'),
      unit: UNITS.minutes,
      kind: { type: 'number', min: 0, max: MAX_SPELL_MINUTES },
      optional: true,
      defaultValue: 0,
      help: u('2020 年疫情期间"所有备用人员全部上线"', 'as in spring 2020: "all standby staff on the phones"'),
    },
  ],
};

const standDownVariants: readonly Variant[] = [
  { kind: 'never', label: u('从不', 'never'), fields: [], template: { kind: 'never' } },
  {
    kind: 'at-times',
    label: u('在指定时刻', 'at set times'),
    template: { kind: 'at-times', hours: [72] },
    fields: [{ path: 'hours', label: u('撤回时刻（开始后的小时数）', 'Stand-down times (hours after the start)'), unit: UNITS.hours, kind: { type: 'numbers', min: 0, max: MAX_RUN_HOURS } }],
  },
  {
    kind: 'when-quiet',
    label: u('排队回落时', 'when quiet'),
    template: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 60, minOnDutyMinutes: 120 },
    fields: [
      { path: 'queueAtMost', label: u('排队人数不超过', 'Callers waiting at most'), unit: UNITS.callers, kind: { type: 'number', min: 0, max: MAX_QUEUE_LENGTH, integer: true } },
      { path: 'forMinutes', label: u('持续', 'For'), unit: UNITS.minutes, kind: { type: 'number', min: 0, max: MAX_SPELL_MINUTES } },
      { path: 'minOnDutyMinutes', label: u('最短在岗', 'Minimum time on duty'), unit: UNITS.minutes, kind: { type: 'number', min: 0, max: MAX_SPELL_MINUTES }, optional: true, defaultValue: 0 },
    ],
  },
];

/**
 * The on-call policy fields shared by standby seats and back-office staff on the phones;
 * `atIncident` adds the standby seats' own rule, called in by hand at each incident.
 */
export function onCallFields(extra: readonly FieldDescriptor[], options: { readonly atIncident?: boolean } = {}): FieldDescriptor[] {
  const variants = options.atIncident ? [activationVariants[0]!, activationVariants[1]!, atIncidentVariant, ...activationVariants.slice(2)] : activationVariants;
  return [
    ...extra,
    { path: 'checkEveryMinutes', label: u('检查间隔', 'Check every'), unit: UNITS.minutes, kind: { type: 'number', min: MIN_CHECK_EVERY_MINUTES, max: MAX_CHECK_EVERY_MINUTES }, optional: true, defaultValue: 5 },
    { path: 'activation', label: u('启用条件', 'Call in'), kind: { type: 'variant', variants } },
    { path: 'standDown', label: u('撤回条件', 'Stand down'), kind: { type: 'variant', variants: standDownVariants } },
  ];
}
