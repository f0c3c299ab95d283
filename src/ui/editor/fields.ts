/**
 * Every scenario parameter the planner can edit, grouped the way a planner thinks about
 * the hotline: arrivals and surges, IVR and lanes, front desk, standby, back office and
 * work orders, missions, targets. Each field states its JSON path, label, unit, allowed
 * range (from models/limits.ts, which the parser uses too) and help, in Chinese and English.
 */
import type { Bilingual } from '../../i18n/i18n.ts';
import type { ChoiceOption, FieldDescriptor, GroupDescriptor } from './descriptor.ts';
import { onCallFields } from './on-call-fields.ts';
import { u, UNITS } from './units.ts';
import {
  MAX_ATTEMPTS, MAX_BUCKET_MINUTES, MAX_CALLS_PER_HOUR, MAX_CALL_TYPES, MAX_CHANNELS, MAX_DAILY_VOLUME_CV,
  MAX_DAYS, MAX_DESCRIPTION_LENGTH, MAX_FORWARDED_CALLS_PER_HOUR, MAX_FORWARDING_MISSIONS, MAX_DRAIN_HOURS, MAX_HALF_LIFE_HOURS, MAX_LANES,
  MAX_NAME_LENGTH, MAX_NOTIFICATION_TARGET_MINUTES, MAX_PEAK_MULTIPLIER, MAX_PRIORITY,
  MAX_RESERVED_SEATS, MAX_RETRIES, MAX_RUN_HOURS, MAX_SEATS, MAX_SERVICE_LEVEL_TARGET_SECONDS,
  MAX_SPELL_MINUTES, MAX_SURGES, MAX_TRUNK_LINES, MAX_WARMUP_HOURS, MAX_WEIGHT,
} from '../../../models/limits.ts';

export { UNITS } from './units.ts';

const share = (path: string, label: Bilingual, help?: Bilingual, defaultValue?: number): FieldDescriptor => ({
  path,
  label,
  unit: UNITS.share,
  kind: { type: 'share' },
  ...(help ? { help } : {}),
  ...(defaultValue !== undefined ? { optional: true, defaultValue } : {}),
});

const labelField = (what: Bilingual): FieldDescriptor => ({
  path: 'label',
  label: u(`${what.zh}名称`, `${what.en} name`),
  kind: { type: 'label' },
  optional: true,
  template: { zh: '', en: '' },
});

const idField = (help: Bilingual): FieldDescriptor => ({
  path: 'id',
  label: u('编号', 'Id'),
  kind: { type: 'text', pattern: 'identifier' },
  help,
});

const LANE_CHOICES = 'lanes' as const;

export const DURATION_KINDS: readonly ChoiceOption[] = [
  { value: 'fixed', label: u('固定', 'fixed') },
  { value: 'exponential', label: u('指数分布', 'exponential') },
  { value: 'lognormal', label: u('对数正态分布', 'lognormal') },
  { value: 'gamma', label: u('伽马分布', 'gamma') },
  { value: 'weibull', label: u('韦布尔分布', 'Weibull') },
  { value: 'uniform', label: u('均匀分布', 'uniform') },
  { value: 'triangular', label: u('三角分布', 'triangular') },
];

/** `redial.needs`: what a redial keeps of the caller. */
const REDIAL_NEEDS: readonly ChoiceOption[] = [
  { value: 'keep', label: u('沿用首次来电', 'keep the first attempt’s') },
  { value: 'redraw', label: u('重新抽取', 'draw afresh') },
];

/** `notifications.targetFrom`: what the notification target counts from. */
const TARGET_FROM: readonly ChoiceOption[] = [
  { value: 'arrival', label: u('来电时刻', 'the call’s arrival') },
  { value: 'decision', label: u('决定通知时刻', 'the decision to notify') },
];

export const INFINITE_PATIENCE: ChoiceOption = { value: 'infinite', label: u('无限（从不挂断）', 'unlimited (never hangs up)') };

export const GROUPS: readonly GroupDescriptor[] = [
  {
    id: 'general',
    label: u('概况与运行', 'Scenario & run'),
    blocks: [
      {
        block: 'fields',
        base: '',
        fields: [
          { path: 'nameZh', label: u('情景名称（中文）', 'Scenario name (Chinese)'), kind: { type: 'text', maxLength: MAX_NAME_LENGTH }, help: u('留空时中文页面显示英文名称', 'if empty, the Chinese page shows the English name') },
          { path: 'name', label: u('情景名称（英文）', 'Scenario name (English)'), kind: { type: 'text', maxLength: MAX_NAME_LENGTH }, help: u('命令行报告与导出文件名使用英文名称', 'the command-line report and export file names use the English name') },
          { path: 'descriptionZh', label: u('说明（中文：所用数据与假设）', 'Description (Chinese: figures and assumptions used)'), kind: { type: 'text', multiline: true, maxLength: MAX_DESCRIPTION_LENGTH } },
          { path: 'description', label: u('说明（英文：所用数据与假设）', 'Description (English: figures and assumptions used)'), kind: { type: 'text', multiline: true, maxLength: MAX_DESCRIPTION_LENGTH } },
        ],
      },
      {
        block: 'fields',
        title: u('运行设置', 'Run settings'),
        base: 'run',
        fields: [
          { path: 'days', label: u('每次重复的模拟天数', 'Simulated days per replication'), unit: UNITS.days, kind: { type: 'number', above: 0, max: MAX_DAYS } },
          { path: 'warmupHours', label: u('预热期（不计入统计）', 'Warm-up (not counted)'), unit: UNITS.hours, kind: { type: 'number', min: 0, max: MAX_WARMUP_HOURS }, optional: true, defaultValue: 0 },
          { path: 'startBeijing', label: u('开始时间（北京时间）', 'Start (Beijing time)'), kind: { type: 'text', pattern: 'date-time' }, optional: true, defaultValue: '2025-01-06T00:00', help: u('格式 YYYY-MM-DDTHH:MM', 'format YYYY-MM-DDTHH:MM') },
          { path: 'bucketMinutes', label: u('时间序列间隔', 'Time-series bucket'), unit: UNITS.minutes, kind: { type: 'number', min: 1, max: MAX_BUCKET_MINUTES, integer: true }, optional: true, defaultValue: 15 },
          { path: 'drainLimitHours', label: u('结束后跟踪来电', 'Follow calls after the end for'), unit: UNITS.hours, kind: { type: 'number', min: 0, max: MAX_DRAIN_HOURS }, optional: true, defaultValue: 24 },
        ],
      },
    ],
  },
  {
    id: 'arrivals',
    label: u('来电与突发', 'Arrivals & surges'),
    blocks: [
      {
        block: 'fields',
        base: 'arrivals',
        fields: [
          { path: 'callsPerHour', label: u('平均每小时来电', 'Mean calls per hour'), unit: UNITS.callsPerHour, kind: { type: 'number', min: 0, max: MAX_CALLS_PER_HOUR }, help: u('一周平均的首次来电（不含重拨）；2025 年 >60 万次/年 ≈ 68.5 次/小时', 'first attempts averaged over the week (redials excluded); >600,000 a year in 2025 ≈ 68.5 an hour') },
          {
            path: 'dailyVolumeCv',
            label: u('日来电量波动（变异系数）', 'Day-to-day volume spread (CV)'),
            unit: UNITS.cv,
            kind: { type: 'number', min: 0, max: MAX_DAILY_VOLUME_CV },
            optional: true,
            defaultValue: 0,
            help: u(
              '每个北京日的平常来电量乘以一个均值为 1 的随机系数（伽马分布）；0 表示各日相同。突发事件的新增来电不受影响',
              'each Beijing day’s normal volume is multiplied by a random factor with mean 1 (gamma); 0: every day alike. A surge’s extra calls are not scaled',
            ),
          },
        ],
      },
      { block: 'profile', which: 'arrivals' },
      {
        block: 'list',
        title: u('突发事件', 'Surges (major incidents)'),
        help: u('来电量在爬升后跃升至平时的若干倍，再按半衰期衰减', 'calls jump to a multiple of the normal rate after a ramp, then decay with a half-life'),
        path: 'surges',
        editable: {
          min: 0,
          max: MAX_SURGES,
          template: () => ({ label: { zh: '海外重大突发事件', en: 'Major overseas incident' }, startHour: 58, rampMinutes: 30, peakMultiplier: 10, halfLifeHours: 18, extraMix: { emergency: 0.4, family: 0.6 } }),
        },
        fields: [
          labelField(u('事件', 'Surge')),
          { path: 'startHour', label: u('开始（开始后的小时数）', 'Starts (hours after the start)'), unit: UNITS.hours, kind: { type: 'number', min: 0, max: MAX_RUN_HOURS } },
          { path: 'rampMinutes', label: u('爬升时间', 'Ramp'), unit: UNITS.minutes, kind: { type: 'number', min: 0, max: MAX_SPELL_MINUTES }, optional: true, defaultValue: 0 },
          { path: 'peakMultiplier', label: u('峰值倍数', 'Peak multiplier'), unit: UNITS.times, kind: { type: 'number', min: 1, max: MAX_PEAK_MULTIPLIER } },
          { path: 'halfLifeHours', label: u('半衰期', 'Half-life'), unit: UNITS.hours, kind: { type: 'number', above: 0, max: MAX_HALF_LIFE_HOURS } },
          { path: 'extraMix', label: u('新增来电的类型构成', 'Mix of the extra calls'), unit: UNITS.share, kind: { type: 'by-id', source: 'callTypes', min: 0, max: 1 }, help: u('各类型份额之和为 1', 'shares by call type, adding up to 1') },
          { path: 'country', label: u('事发国家（ISO 代码）', 'Country (ISO code)'), kind: { type: 'text', pattern: 'country' }, optional: true, help: u('两个大写字母，例如 SD', 'two capital letters, e.g. SD') },
          { path: 'missionsOnDutyHours', label: u('事发国使领馆 24 小时值班', 'Incident country’s missions on 24-hour duty'), unit: UNITS.hours, kind: { type: 'number', above: 0, max: MAX_RUN_HOURS }, optional: true, help: u('自事件开始起的小时数；期间事发国使领馆全天接收工单（不计办公时间、午休和节假日）', 'hours from the surge’s start in which the country’s missions receive work orders around the clock, whatever their office hours, lunch and holidays') },
        ],
      },
      {
        block: 'fields',
        title: u('重拨', 'Redials'),
        base: 'redial',
        optional: { template: { afterBusyProbability: 0.7, afterAbandonProbability: 0.5, delaySeconds: { kind: 'exponential', meanSeconds: 300 }, maxAttempts: 5 } },
        fields: [
          share('afterBusyProbability', u('忙音后重拨概率', 'Redial after a busy signal')),
          share('afterAbandonProbability', u('挂断后重拨概率', 'Redial after hanging up')),
          { path: 'delaySeconds', label: u('重拨间隔', 'Delay before redialling'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' } },
          { path: 'maxAttempts', label: u('最多拨打次数', 'Most attempts per caller'), unit: UNITS.attempts, kind: { type: 'number', min: 1, max: MAX_ATTEMPTS, integer: true } },
          {
            path: 'needs',
            label: u('重拨时的通话时长与可容忍等待时长', 'Talk time and patience on a redial'),
            kind: { type: 'choice', options: REDIAL_NEEDS },
            optional: true,
            defaultValue: 'keep',
            help: u('沿用：与首次来电相同；重新抽取：每次重拨重新随机抽取（多数重拨模型的假设）', 'keep: as on the first attempt; redraw: drawn afresh for each redial (as most retrial models assume)'),
          },
        ],
      },
    ],
  },
  {
    id: 'ivr',
    label: u('语音导航与队列', 'IVR & lanes'),
    blocks: [
      {
        block: 'fields',
        title: u('中继线路', 'Trunk lines'),
        base: 'trunk',
        optional: { template: { lines: 90 } },
        help: u('所有线路占用时来电听到忙音；不设则线路不限', 'a caller who finds every line in use hears a busy signal; leave out for unlimited lines'),
        fields: [{ path: 'lines', label: u('线路数', 'Lines'), unit: UNITS.lines, kind: { type: 'number', min: 1, max: MAX_TRUNK_LINES, integer: true } }],
      },
      {
        block: 'fields',
        title: u('语音导航（IVR）', 'IVR menu'),
        base: 'ivr',
        optional: { template: { menuSeconds: { kind: 'triangular', minSeconds: 8, modeSeconds: 15, maxSeconds: 40 }, selfServiceSeconds: { kind: 'lognormal', meanSeconds: 90, cv: 0.6 } } },
        fields: [
          { path: 'menuSeconds', label: u('菜单时长（每位来电者）', 'Menu time (every caller)'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' } },
          { path: 'selfServiceSeconds', label: u('自助服务额外时长', 'Extra time of self-service'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' } },
        ],
      },
      {
        block: 'list',
        title: u('来电类型', 'Call types'),
        help: u('各类型份额之和为 1', 'shares add up to 1'),
        path: 'callTypes',
        editable: {
          min: 1,
          max: MAX_CALL_TYPES,
          template: (i) => ({
            id: `type-${i + 1}`,
            label: { zh: `类型 ${i + 1}`, en: `Type ${i + 1}` },
            lane: 'general',
            share: 0,
            selfServiceShare: 0,
            handleSeconds: { kind: 'lognormal', meanSeconds: 300, cv: 0.8 },
            patienceSeconds: { kind: 'exponential', meanSeconds: 150 },
          }),
        },
        fields: [
          idField(u('小写字母、数字或连字符，例如 protection-case', 'lower-case letters, digits or hyphens, e.g. protection-case')),
          labelField(u('类型', 'Type')),
          { path: 'lane', label: u('进入队列', 'Lane'), kind: { type: 'choice', options: LANE_CHOICES } },
          share('share', u('占来电比例', 'Share of calls')),
          share('selfServiceShare', u('IVR 自助解决比例', 'Resolved by IVR self-service'), undefined, 0),
          { path: 'handleSeconds', label: u('通话时长', 'Talk time'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' } },
          { path: 'afterCallWorkSeconds', label: u('话后处理', 'After-call work'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' }, optional: true, template: { kind: 'lognormal', meanSeconds: 60, cv: 0.5 } },
          { path: 'patienceSeconds', label: u('放弃前可容忍等待时长', 'Patience'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds', patience: true }, help: u('来电者在排队中挂断之前愿意等待的时间', 'how long a caller waits in the queue before hanging up') },
        ],
      },
      {
        block: 'list',
        title: u('队列', 'Lanes'),
        help: u('优先级 0 最先接听；紧急求助通道可保留坐席', 'priority 0 is answered first; the emergency lane may keep seats in reserve'),
        path: 'lanes',
        editable: { min: 1, max: MAX_LANES, template: (i) => ({ id: `lane-${i + 1}`, label: { zh: `队列 ${i + 1}`, en: `Lane ${i + 1}` }, priority: i, serviceLevelTargetSeconds: 20 }) },
        fields: [
          idField(u('小写字母、数字或连字符', 'lower-case letters, digits or hyphens')),
          labelField(u('队列', 'Lane')),
          { path: 'priority', label: u('优先级', 'Priority'), kind: { type: 'number', min: 0, max: MAX_PRIORITY, integer: true }, help: u('0 最高；各队列不能相同', '0 is highest; no two lanes alike') },
          { path: 'reservedSeats', label: u('保留坐席', 'Reserved seats'), unit: UNITS.seats, kind: { type: 'number', min: 0, max: MAX_RESERVED_SEATS, integer: true }, optional: true, defaultValue: 0, help: u('低优先级队列只能在空闲坐席多于此数时占用坐席', 'lower lanes take a seat only while more than this many are free') },
        ],
      },
    ],
  },
  {
    id: 'front',
    label: u('前台', 'Front desk'),
    help: u('前台 20 个坐席 7×24 小时值守', 'the 20 front seats staffed 24 hours a day'),
    blocks: [{ block: 'profile', which: 'staffing' }],
  },
  {
    id: 'standby',
    label: u('备用坐席', 'Standby'),
    blocks: [
      {
        block: 'fields',
        title: u('备用坐席（双技能话务员）', 'Standby seats (dual-skill call-takers)'),
        base: 'standby',
        optional: {
          template: {
            seats: 20,
            callInDelayMinutes: { kind: 'uniform', minMinutes: 20, maxMinutes: 60 },
            checkEveryMinutes: 5,
            activation: { kind: 'queue-length', atLeast: 8 },
            standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 60, minOnDutyMinutes: 120 },
          },
        },
        fields: onCallFields([
          { path: 'seats', label: u('备用坐席数', 'Standby seats'), unit: UNITS.seats, kind: { type: 'number', min: 0, max: MAX_SEATS, integer: true } },
          { path: 'seatsPerActivation', label: u('每次启用坐席数', 'Seats per call-in'), unit: UNITS.seats, kind: { type: 'number', min: 1, max: MAX_SEATS, integer: true }, optional: true, help: u('留空表示一次全部启用', 'empty: all at once') },
          { path: 'callInDelayMinutes', label: u('到岗时间', 'Call-in delay'), unit: UNITS.minutes, kind: { type: 'duration', unit: 'Minutes' } },
        ], { atIncident: true }),
      },
      {
        block: 'fields',
        title: u('夜间到岗时间', 'Call-in delay at night'),
        base: 'standby.nightCallIn',
        help: u('在此时段（北京时间，可跨午夜）启用的备用坐席按夜间到岗时间上线', 'standby seats called in during this span (Beijing time; it may cross midnight) come on line after the night’s delay'),
        optional: { template: { from: '22:00', to: '07:00', callInDelayMinutes: { kind: 'uniform', minMinutes: 45, maxMinutes: 90 } } },
        fields: [
          { path: 'from', label: u('夜间开始（北京时间）', 'Night from (Beijing time)'), kind: { type: 'text', pattern: 'time' }, help: u('格式 HH:MM', 'format HH:MM') },
          { path: 'to', label: u('夜间结束（北京时间）', 'Night until (Beijing time)'), kind: { type: 'text', pattern: 'time' }, help: u('格式 HH:MM', 'format HH:MM') },
          { path: 'callInDelayMinutes', label: u('夜间到岗时间', 'Call-in delay at night'), unit: UNITS.minutes, kind: { type: 'duration', unit: 'Minutes' } },
        ],
      },
    ],
  },
  {
    id: 'back-office',
    label: u('后台与工单', 'Back office & work orders'),
    blocks: [
      {
        block: 'fields',
        title: u('后台', 'Back office'),
        base: 'backOffice',
        help: u('20 名文秘处理工单并在重大事件时接听电话；10 名领事干部审核工单并联络使领馆', '20 secretaries process work orders and take calls in a major incident; 10 consular officers review work orders and contact missions'),
        optional: {
          template: {
            secretaries: { seats: 20 },
            officers: { seats: 10 },
            transferTalkSeconds: { kind: 'lognormal', meanSeconds: 420, cv: 0.8 },
            transferPatienceSeconds: { kind: 'exponential', meanSeconds: 180 },
            secretaryWorkMinutes: { kind: 'lognormal', meanMinutes: 20, cv: 0.8 },
            officerReviewMinutes: { kind: 'lognormal', meanMinutes: 15, cv: 0.8 },
          },
        },
        fields: [
          { path: 'secretaries.seats', label: u('文秘人数', 'Secretaries'), unit: UNITS.seats, kind: { type: 'seats', max: MAX_SEATS } },
          { path: 'officers.seats', label: u('领事干部人数', 'Consular officers'), unit: UNITS.seats, kind: { type: 'seats', max: MAX_SEATS } },
          { path: 'transferTalkSeconds', label: u('转接通话时长', 'Talk time of a live transfer'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' } },
          { path: 'transferPatienceSeconds', label: u('转接时放弃前可容忍等待时长', 'Patience waiting for a transfer'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds', patience: true } },
          { path: 'secretaryWorkMinutes', label: u('文秘处理工单时长', 'Secretary time per work order'), unit: UNITS.minutes, kind: { type: 'duration', unit: 'Minutes' } },
          { path: 'officerReviewMinutes', label: u('官员审核工单时长', 'Officer review per work order'), unit: UNITS.minutes, kind: { type: 'duration', unit: 'Minutes' } },
        ],
      },
      {
        block: 'fields',
        title: u('后台人员接听电话', 'Back office on the phones'),
        base: 'backOffice.phones',
        help: u('重大事件时文秘直接接听来电，其工单积压随之增加', 'in a major incident secretaries take calls directly; their work-order backlog grows meanwhile'),
        optional: {
          template: { seats: 10, checkEveryMinutes: 5, activation: { kind: 'queue-length', atLeast: 20 }, standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 60, minOnDutyMinutes: 120 } },
        },
        fields: onCallFields([{ path: 'seats', label: u('接听电话的文秘', 'Secretaries on the phones'), unit: UNITS.seats, kind: { type: 'number', min: 0, max: MAX_SEATS, integer: true } }]),
      },
      {
        block: 'list',
        title: u('前台处理后的去向（按来电类型）', 'After the front desk (by call type)'),
        help: u('转接后台、生成工单、转交使领馆、上报领事保护中心', 'live transfer, work order, forwarding to a mission, escalation to the Consular Protection Center'),
        path: 'callTypes',
        itemBase: 'afterCall',
        itemOptional: { template: { liveTransferShare: 0, transferToOfficerShare: 0, workOrderShare: 0, forwardShare: 0, escalationShare: 0, urgent: false } },
        fields: [
          share('liveTransferShare', u('在线转接后台比例', 'Transferred live to the back office'), u('前台通话结束时在线转接', 'at the end of the front-desk talk'), 0),
          share('transferToOfficerShare', u('转接中需领事干部的比例', 'Of transfers, needing a consular officer'), u('其余由文秘接听', 'the rest go to a secretary'), 0),
          share('workOrderShare', u('生成电子工单比例', 'Leave an electronic work order'), u('文秘处理后由官员审核', 'processed by a secretary, then reviewed by an officer'), 0),
          share('forwardShare', u('工单中转交使领馆的比例', 'Of work orders, forwarded to a mission'), undefined, 0),
          share('escalationShare', u('工单中上报领事保护中心的比例', 'Of work orders, escalated to the Consular Protection Center'), undefined, 0),
          { path: 'urgent', label: u('紧急（工单优先，立即通知使领馆）', 'Urgent (work orders first, mission notified at once)'), kind: { type: 'boolean' }, optional: true, defaultValue: false },
        ],
      },
    ],
  },
  {
    id: 'missions',
    label: u('使领馆与通知', 'Missions & notifications'),
    blocks: [
      {
        block: 'fields',
        title: u('使领馆', 'Embassies and consulates'),
        base: 'missions',
        optional: { template: { weights: { other: 1 }, surgeCountryShare: 1 } },
        fields: [
          { path: 'weights', label: u('各使领馆的工单权重', 'Work orders by mission (weights)'), unit: UNITS.weight, kind: { type: 'by-id', source: 'missions', min: 0, max: MAX_WEIGHT }, help: u('相对权重；空白的使领馆不接收工单', 'relative weights; a blank mission receives none') },
          share('surgeCountryShare', u('突发事件新增案件中涉及事发国的比例', 'Of the cases a surge adds, share concerning the incident country'), undefined, 1),
          { path: 'holidaysByCountry', label: u('驻在国节假日（当地日期）', 'Public holidays by country (local dates)'), kind: { type: 'dates-by-key', keys: 'country' }, optional: true, help: u('当天该国所有使领馆不接收工单；每行：国家代码: 日期, 日期', 'every mission in the country receives no work orders that day; one line each: country code: date, date') },
          { path: 'holidaysByMission', label: u('使领馆自身节假日（当地日期）', 'Public holidays by mission (local dates)'), kind: { type: 'dates-by-key', keys: 'missions' }, optional: true, help: u('每行：使领馆编号: 日期, 日期', 'one line each: mission id: date, date') },
        ],
      },
      {
        block: 'fields',
        title: u('使领馆午休', 'Missions’ lunch break'),
        base: 'missions.lunch',
        help: u('当地时间；午休期间转交使领馆的工单待下午上班后接收，紧急情况仍由值班人员立即处理', 'local time; a work order forwarded during lunch is received when the office reopens; the duty officer still takes emergencies at once'),
        optional: { template: { start: '12:00', end: '14:00' } },
        fields: [
          { path: 'start', label: u('午休开始（当地时间）', 'Lunch starts (local time)'), kind: { type: 'text', pattern: 'time' }, help: u('格式 HH:MM', 'format HH:MM') },
          { path: 'end', label: u('午休结束（当地时间）', 'Lunch ends (local time)'), kind: { type: 'text', pattern: 'time' }, help: u('格式 HH:MM', 'format HH:MM') },
        ],
      },
      {
        block: 'list',
        title: u('使领馆非办公时间转接 12308 的来电', 'Missions forwarding after-hours calls to 12308'),
        help: u(
          '部分驻外使领馆在非办公时间（夜间、周末、午休、节假日）将来电转接 12308（已公布的例子：驻日本、驻马来西亚使馆，驻纽约总领馆）；这些来电按所选类型进入热线，其案件转交回该使领馆',
          'some missions send the calls they get while closed (nights, weekends, lunch, holidays) to 12308 (published examples: Japan, Malaysia, New York); they reach the hotline as the chosen call type, and their cases go back to that mission',
        ),
        path: 'missions.afterHoursForwarding',
        editable: { min: 0, max: MAX_FORWARDING_MISSIONS, template: () => ({ mission: 'jp-tokyo', callsPerHour: 1, callType: 'general' }) },
        fields: [
          { path: 'mission', label: u('转接的使领馆', 'Forwarding mission'), kind: { type: 'choice', options: 'missions' } },
          { path: 'callsPerHour', label: u('非办公时间每小时转接来电', 'Calls forwarded per closed hour'), unit: UNITS.callsPerHour, kind: { type: 'number', min: 0, max: MAX_FORWARDED_CALLS_PER_HOUR } },
          { path: 'callType', label: u('作为哪类来电', 'Arrive as call type'), kind: { type: 'choice', options: 'callTypes' } },
        ],
      },
      {
        block: 'fields',
        title: u('紧急通知', 'Emergency notifications'),
        base: 'notifications',
        help: u('紧急情况下立即通过微信、短信或电话通知使领馆值班人员', 'in an emergency the mission duty staff are notified at once by WeChat, SMS or phone'),
        optional: {
          template: {
            targetMinutes: 30,
            channels: [
              { id: 'wechat', label: { zh: '微信', en: 'WeChat' }, delaySeconds: { kind: 'lognormal', meanSeconds: 120, cv: 1 }, failureProbability: 0.1, retries: 2 },
              { id: 'sms', label: { zh: '短信', en: 'SMS' }, delaySeconds: { kind: 'lognormal', meanSeconds: 180, cv: 1 }, failureProbability: 0.05, retries: 2 },
              { id: 'phone', label: { zh: '电话', en: 'Phone' }, delaySeconds: { kind: 'lognormal', meanSeconds: 300, cv: 0.8 }, failureProbability: 0.2, retries: 3 },
            ],
          },
        },
        fields: [
          { path: 'targetMinutes', label: u('通知目标时间', 'Notification target'), unit: UNITS.minutes, kind: { type: 'number', above: 0, max: MAX_NOTIFICATION_TARGET_MINUTES } },
          {
            path: 'targetFrom',
            label: u('目标时间起算点', 'Target counted from'),
            kind: { type: 'choice', options: TARGET_FROM },
            optional: true,
            defaultValue: 'arrival',
          },
          {
            path: 'ackTimeoutMinutes',
            label: u('未获确认即视为失败的时间', 'Failure known when unacknowledged after'),
            unit: UNITS.minutes,
            kind: { type: 'number', above: 0, max: MAX_NOTIFICATION_TARGET_MINUTES },
            optional: true,
            help: u('使领馆值班人员在此时间内未确认即重试或改用下一渠道；留空表示在送达时间结束时即知失败', 'no acknowledgement from the duty staff within this time: retry or use the next channel; empty: a failure is known at the end of the delivery time'),
          },
        ],
      },
      {
        block: 'list',
        title: u('通知渠道', 'Notification channels'),
        path: 'notifications.channels',
        editable: { min: 1, max: MAX_CHANNELS, template: (i) => ({ id: `channel-${i + 1}`, label: { zh: `渠道 ${i + 1}`, en: `Channel ${i + 1}` }, delaySeconds: { kind: 'exponential', meanSeconds: 120 }, failureProbability: 0.1, retries: 1 }) },
        fields: [
          idField(u('例如 wechat', 'e.g. wechat')),
          labelField(u('渠道', 'Channel')),
          { path: 'delaySeconds', label: u('送达时间', 'Delivery time'), unit: UNITS.seconds, kind: { type: 'duration', unit: 'Seconds' } },
          share('failureProbability', u('失败概率', 'Failure probability')),
          { path: 'retries', label: u('失败后重试次数', 'Retries before the next channel'), unit: UNITS.attempts, kind: { type: 'number', min: 0, max: MAX_RETRIES, integer: true }, optional: true, defaultValue: 0 },
        ],
      },
    ],
  },
  {
    id: 'targets',
    label: u('服务目标', 'Targets'),
    help: u('普通队列 80% 在 20 秒内接听；紧急求助通道 90% 在 10 秒内；放弃率不超过 5%（紧急 2%）', 'ordinary lanes 80% within 20 s; emergency lane 90% within 10 s; abandonment ≤ 5% (≤ 2% for emergencies)'),
    blocks: [
      {
        block: 'list',
        title: u('各队列目标', 'Targets per lane'),
        path: 'lanes',
        fields: [
          { path: 'serviceLevelTargetSeconds', label: u('目标接听时间', 'Answer within'), unit: UNITS.seconds, kind: { type: 'number', min: 0, max: MAX_SERVICE_LEVEL_TARGET_SECONDS } },
          share('serviceLevelGoal', u('服务水平目标', 'Service-level goal'), u('在目标时间内接听的比例', 'share answered within the target time'), 0.8),
          share('maxAbandonRate', u('放弃率上限', 'Highest abandonment rate'), undefined, 0.05),
        ],
      },
    ],
  },
];
