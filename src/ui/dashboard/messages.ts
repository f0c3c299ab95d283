/** Every string the results dashboard shows, in Chinese and English. */
import { messages, type Bilingual } from '../../i18n/i18n.ts';

export const m = messages({
  heading: { zh: '模拟结果', en: 'Results' },
  noResults: { zh: '尚无结果：运行模拟后在此显示。', en: 'No results yet: run a simulation to see them here.' },
  progress: (done: number, total: number) => ({
    zh: `已完成 ${done}/${total} 次重复，结果仍在更新；区间会随重复增多而收窄。`,
    en: `${done} of ${total} replications done; results are still coming in and intervals narrow as more finish.`,
  }),
  cancelled: (done: number, total: number) => ({
    zh: `运行已取消：显示已完成的 ${done}/${total} 次重复的平均值；区间为 95% 置信区间。`,
    en: `Run cancelled: means over the ${done} of ${total} replications that finished; intervals are 95% confidence intervals.`,
  }),
  complete: (n: number) => ({
    zh: `${n} 次重复的平均值；区间为 95% 置信区间。`,
    en: `Means over ${n} replications; intervals are 95% confidence intervals.`,
  }),
  waiting: (total: number) => ({
    zh: `正在运行 ${total} 次重复：第一次完成后即在此显示结果。`,
    en: `Running ${total} replications: results appear here as soon as the first one finishes.`,
  }),
  oneReplication: { zh: '目前只有一次重复，尚无置信区间。', en: 'Only one replication so far: no confidence intervals yet.' },
  exportResults: { zh: '导出结果', en: 'Export results' },
  resultsCsv: { zh: '指标 CSV', en: 'Figures CSV' },
  seriesCsv: { zh: '时间序列 CSV', en: 'Series CSV' },
  json: { zh: 'JSON', en: 'JSON' },
  downloadAs: (what: string, format: string) => ({ zh: `下载「${what}」${format}`, en: `Download “${what}” as ${format}` }),
  chartKeys: {
    zh: '图表获得焦点后可用 ← → 逐个时段查看，PageUp/PageDown 跳一天，Esc 关闭提示。',
    en: 'When a chart has focus, ← → step through intervals, PageUp/PageDown jump a day, Esc hides the tooltip.',
  },
  figuresHeading: { zh: '主要指标', en: 'Headline figures' },
  chartsHeading: { zh: '图表', en: 'Charts' },

  // ——— cards ———
  ci: (lo: string, hi: string) => ({ zh: `95% 置信区间 ${lo} – ${hi}`, en: `95% CI ${lo} – ${hi}` }),
  noCi: { zh: '尚无置信区间', en: 'no interval yet' },
  serviceLevelOf: (lane: string) => ({ zh: `服务水平 · ${lane}`, en: `Service level · ${lane}` }),
  slTarget: (goal: string, seconds: string) => ({ zh: `目标：${seconds}内接听率 ≥ ${goal}`, en: `target: ≥ ${goal} answered within ${seconds}` }),
  meanWaitOf: (lane: string) => ({ zh: `平均等待 · ${lane}`, en: `Mean wait · ${lane}` }),
  waitNoTarget: { zh: '已接听来电的等待时间', en: 'wait of answered calls' },
  abandonmentOf: (lane: string) => ({ zh: `放弃率 · ${lane}`, en: `Abandonment · ${lane}` }),
  atMost: (limit: string) => ({ zh: `目标：≤ ${limit}`, en: `target: ≤ ${limit}` }),
  busySignals: { zh: '忙音率（全部来电）', en: 'Busy signals (all calls)' },
  busyTarget: { zh: '目标：≤ 5%（GB/T 33358：接通率 ≥ 95%）', en: 'target: ≤ 5% (GB/T 33358: ≥ 95% connected)' },
  standbyActivations: { zh: '备用坐席启用次数', en: 'Standby activations' },
  standbySeats: { zh: '启用坐席数（各次启用累计）', en: 'seats called in (total over activations)' },
  peakStandbySeats: { zh: '同时在岗备用坐席（最多）', en: 'peak standby seats on duty' },
  callInMinutes: { zh: '平均到岗用时', en: 'mean call-in time' },
  standDowns: { zh: '解除次数', en: 'stand-downs' },
  notificationTime: { zh: '紧急通知用时', en: 'Emergency notification time' },
  notificationTarget: (minutes: string) => ({ zh: `目标：平均 ≤ ${minutes}`, en: `target: mean ≤ ${minutes}` }),
  withinTarget: { zh: '达标比例', en: 'within target' },
  failed: { zh: '未送达', en: 'failed' },
  workOrderBacklog: { zh: '工单积压（结束时未完成）', en: 'Work-order backlog (open at end)' },
  created: { zh: '新建', en: 'created' },
  completed: { zh: '完成', en: 'completed' },
  escalated: { zh: '上报领保中心', en: 'escalated' },
  meanBacklog: (stage: string) => ({ zh: `${stage}平均积压`, en: `${stage} backlog (mean)` }),
  callToMission: { zh: '来电至使领馆平均用时', en: 'call to mission (mean)' },
  noTarget: { zh: '无目标值', en: 'no target set' },
  secretaryPhoneHours: { zh: '文秘接听电话工时', en: 'secretary hours on the phones' },
  transfers: { zh: '转接后台 · 等待中挂断', en: 'Live transfers · hung up waiting' },
  transferred: { zh: '转接次数', en: 'transferred' },
  transferWait: { zh: '平均等待后台', en: 'mean wait for the back office' },
  missions: { zh: '转交使领馆的案件', en: 'Cases forwarded to missions' },
  worstHour: (level: string, below: string, hours: string) => ({
    zh: `最差一小时 ${level} · ${below}/${hours} 小时低于目标`,
    en: `worst hour ${level} · ${below} of ${hours} h below goal`,
  }),
  noHours: { zh: '无完整小时可评估', en: 'no whole hour to judge' },
  slAnswered: { zh: '仅计已接听来电', en: 'over answered calls only' },
  queueWithinTarget: { zh: '排队来电在目标时间内离队', en: 'queued callers within target' },
  timeToAbandon: { zh: '平均放弃前等待', en: 'mean time to abandon' },
  queueTime: { zh: '平均排队时间（全部排队来电）', en: 'mean time in queue (all who queued)' },
  incidentOf: (lane: string) => ({ zh: `事件期间服务水平 · ${lane}`, en: `Incident window · service level · ${lane}` }),
  incidentWindow: (times: string) => ({ zh: `事件期间：${times}`, en: `incident window: ${times}` }),
  incidentAbandonment: { zh: '放弃率', en: 'abandonment' },
  incidentBusy: { zh: '忙音率', en: 'busy signals' },

  // ——— units ———
  seconds: (n: string) => ({ zh: `${n} 秒`, en: `${n} s` }),
  minutes: (n: string) => ({ zh: `${n} 分钟`, en: `${n} min` }),
  hours: (n: string) => ({ zh: `${n} 小时`, en: `${n} h` }),
  perBucket: (minutes: string) => ({ zh: `每 ${minutes} 分钟`, en: `per ${minutes} min` }),

  // ——— time charts ———
  beijingTime: { zh: '北京时间（UTC+8）', en: 'Beijing time (UTC+8)' },
  warmup: { zh: '预热期（不计入指标）', en: 'warm-up (not counted)' },
  noData: { zh: '暂无数据', en: 'No data yet' },
  arrivalsTitle: { zh: '各类来电到达量', en: 'Arrivals by call type' },
  arrivalsAxis: (per: string) => ({ zh: `来电数（${per}）`, en: `calls (${per})` }),
  queueTitle: { zh: '各队列排队人数', en: 'Queue length per lane' },
  queueAxis: { zh: '排队来电（时段平均）', en: 'callers waiting (average)' },
  phoneSeatsTitle: { zh: '话务坐席：在岗与忙碌', en: 'Phone seats: on duty vs busy' },
  staffTitle: { zh: '后台人员：在岗与忙碌', en: 'Back-office staff: on duty vs busy' },
  seatsAxis: { zh: '人数（时段平均）', en: 'seats (average)' },
  onDuty: (pool: string) => ({ zh: `${pool} 在岗`, en: `${pool} on duty` }),
  busy: (pool: string) => ({ zh: `${pool} 忙碌`, en: `${pool} busy` }),
  serviceLevelTitle: { zh: '各时段服务水平', en: 'Service level per interval' },
  serviceLevelAxis: { zh: '目标时间内接听比例', en: 'answered within target' },
  goal: (value: string) => ({ zh: `目标 ${value}`, en: `goal ${value}` }),
  laneGoal: (lane: string, value: string) => ({ zh: `${lane}目标 ${value}`, en: `${lane} goal ${value}` }),
  abandonedTitle: { zh: '放弃来电', en: 'Abandoned calls' },
  abandonedAxis: (per: string) => ({ zh: `放弃数（${per}）`, en: `abandoned (${per})` }),
  trunkTitle: { zh: '中继线与忙音', en: 'Trunk lines and busy signals' },
  trunkAxis: { zh: '线路 · 来电', en: 'lines · calls' },
  linesInUse: { zh: '占用中继线（时段平均）', en: 'lines in use (average)' },
  busySignalsPer: (per: string) => ({ zh: `忙音（${per}）`, en: `busy signals (${per})` }),
  trunkLimit: (n: string) => ({ zh: `中继线上限 ${n}`, en: `trunk limit ${n}` }),
  standDownsOf: (pool: string) => ({ zh: `${pool}解除`, en: `${pool} stand-downs` }),
  backlogTitle: { zh: '各环节工单积压', en: 'Work-order backlog per stage' },
  backlogAxis: { zh: '工单（时段平均）', en: 'work orders (average)' },

  // ——— wait ladder ———
  waitTitle: { zh: '各队列等待时间分布', en: 'Wait-time distribution per lane' },
  waitAxis: { zh: '已接听来电的等待时间（平方根刻度）', en: 'wait of answered calls (square-root scale)' },
  waitTarget: (s: string) => ({ zh: `目标 ${s}`, en: `target ${s}` }),
  waited: (share: string) => ({ zh: `需等待 ${share}`, en: `waited: ${share}` }),

  // ——— funnel ———
  funnelTitle: { zh: '分级过滤漏斗', en: 'Tier funnel' },

  // ——— heatmap ———
  heatmapTitle: (lane: string) => ({ zh: `服务水平：小时 × 日期 · ${lane}`, en: `Service level by hour and day · ${lane}` }),
  heatmapLane: { zh: '队列', en: 'Lane' },
  hourAxis: { zh: '北京时间（时）', en: 'Beijing hour of day' },
  dayRow: (n: number, date: string) => ({ zh: `第${n}天 · ${date}`, en: `Day ${n} · ${date}` }),
  heatmapLegend: { zh: '服务水平', en: 'service level' },
  belowGoal: (goal: string) => ({ zh: `低于目标 ${goal}`, en: `below goal ${goal}` }),
  warmupShort: { zh: '预热期', en: 'warm-up' },
  heatCell: (row: string, hour: string, value: string, warmup: boolean) => ({
    zh: `${row} ${hour}：${value}${warmup ? '（预热期）' : ''}`,
    en: `${row} ${hour}: ${value}${warmup ? ' (warm-up)' : ''}`,
  }),
});

export const statusText = messages({
  meets: { zh: '✓ 达标', en: '✓ meets target' },
  uncertain: { zh: '≈ 不确定：目标在区间内', en: '≈ uncertain: target inside the interval' },
  misses: { zh: '✗ 未达标', en: '✗ misses target' },
  none: { zh: '', en: '' },
});

/** The status of a figure over the whole run, where the card also judges its hours. */
export const runStatusText = messages({
  meets: { zh: '✓ 全程平均达标', en: '✓ run average meets target' },
  uncertain: { zh: '≈ 全程平均不确定', en: '≈ run average uncertain' },
  misses: { zh: '✗ 全程平均未达标', en: '✗ run average misses target' },
  none: { zh: '', en: '' },
});

/** The same, for a figure over the incident window. */
export const windowStatusText = messages({
  meets: { zh: '✓ 事件期间平均达标', en: '✓ window average meets target' },
  uncertain: { zh: '≈ 事件期间平均不确定', en: '≈ window average uncertain' },
  misses: { zh: '✗ 事件期间平均未达标', en: '✗ window average misses target' },
  none: { zh: '', en: '' },
});

/** The icon of a status, for lines that carry their own figure. */
export const statusIcon: Readonly<Record<'meets' | 'uncertain' | 'misses' | 'none', string>> = { meets: '✓', uncertain: '≈', misses: '✗', none: '' };

export const waitMarkerText = messages({
  p50: { zh: '中位数', en: 'median' },
  p90: { zh: '第 90 百分位', en: 'P90' },
  p99: { zh: '第 99 百分位', en: 'P99' },
  max: { zh: '最长', en: 'longest' },
  mean: { zh: '平均', en: 'mean' },
});

export const funnelRowText = messages({
  offered: { zh: '来电总数', en: 'Calls offered' },
  selfService: { zh: '语音自助解决', en: 'IVR self-service' },
  frontDesk: { zh: '前台解决', en: 'Front desk' },
  backOffice: { zh: '后台解决', en: 'Back office' },
  mission: { zh: '转使领馆', en: 'Embassy / consulate' },
  consularProtectionCenter: { zh: '领事保护中心', en: 'Consular Protection Center' },
  blocked: { zh: '忙音', en: 'Busy signal' },
  abandonedFront: { zh: '排队时放弃', en: 'Abandoned in queue' },
  abandonedTransfer: { zh: '转接时放弃', en: 'Abandoned in transfer' },
  inProgress: { zh: '结束时仍在处理', en: 'Still in progress' },
});

/** Staff pools and work-order stages. */
export const poolText = messages({
  front: { zh: '前台', en: 'Front desk' },
  standby: { zh: '备用坐席', en: 'Standby' },
  secretaryPhones: { zh: '文秘接听', en: 'Secretaries on phones' },
  secretaries: { zh: '后台文秘', en: 'Secretaries' },
  officers: { zh: '领事干部', en: 'Consular officers' },
});

export const stageText = messages({
  secretary: { zh: '文秘处理', en: 'secretary' },
  officer: { zh: '官员审核', en: 'officer review' },
  mission: { zh: '使领馆', en: 'mission' },
});

/** A label from a table of known ids, or the id itself. */
export function known(table: Readonly<Record<string, Bilingual>>, id: string): Bilingual {
  return table[id] ?? { zh: id, en: id };
}
