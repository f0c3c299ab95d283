/**
 * What the printed report says about a run, without a page: the scenario's key parameters
 * and assumptions, and the seed and settings, as rows of a label and a value in either
 * language. The dashboard below it carries the figures with their intervals and the charts.
 */
import { messages, text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import { meanOf } from '../../engine/distributions.ts';
import { fromDuration } from '../../../models/scenario/durations.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import type { RunSettings } from '../events.ts';

export const R = messages({
  print: { zh: '打印报告', en: 'Print report' },
  printHelp: { zh: '浏览器“打印”可另存为 PDF。', en: 'The browser’s Print dialog can save it as a PDF.' },
  reportTitle: { zh: '12308 领事保护热线容量模拟 · 报告', en: '12308 consular hotline capacity simulator · report' },
  parameters: { zh: '主要参数与假设', en: 'Key parameters and assumptions' },
  runSettings: { zh: '种子与运行设置', en: 'Seed and run settings' },
  figuresNote: {
    zh: '以下指标为各次重复的均值，括号内为 95% 置信区间；图表中的阴影带为 95% 区间。',
    en: 'Figures below are means over the replications with their 95% confidence intervals; the bands on the charts are 95% intervals.',
  },
  printed: (when: string) => ({ zh: `打印时间：${when}`, en: `Printed ${when}` }),
  callsPerHour: { zh: '平均每小时来电', en: 'Mean calls per hour' },
  callType: (label: string) => ({ zh: `来电类型「${label}」`, en: `Call type “${label}”` }),
  callTypeValue: (share: string, lane: string, handle: string, patience: string) => ({
    zh: `占 ${share}，${lane}，平均处理 ${handle} 秒，耐心 ${patience}`,
    en: `${share} of calls, ${lane}, mean handle ${handle} s, patience ${patience}`,
  }),
  patienceInfinite: { zh: '不放弃', en: 'never hangs up' },
  patienceMean: (s: string) => ({ zh: `平均 ${s} 秒`, en: `mean ${s} s` }),
  lane: (label: string) => ({ zh: `通道「${label}」`, en: `Lane “${label}”` }),
  laneValue: (priority: number, target: string, goal: string, abandon: string) => ({
    zh: `优先级 ${priority}；${goal} 在 ${target} 秒内接通；放弃率 ≤ ${abandon}`,
    en: `priority ${priority}; goal ${goal} answered within ${target} s; abandonment ≤ ${abandon}`,
  }),
  frontSeats: { zh: '坐席（前台）', en: 'Front-desk seats (坐席)' },
  seatsSchedule: (min: number, max: number, n: number) => ({ zh: `按半小时排班（${n} 段），${min}–${max} 个`, en: `schedule per half hour (${n} slots), ${min}–${max}` }),
  standbySeats: { zh: '备用坐席', en: 'Standby seats (备用坐席)' },
  standbyValue: (seats: number, delay: string) => ({ zh: `${seats} 个，召回平均 ${delay} 分钟`, en: `${seats}, called in after ${delay} minutes on average` }),
  none: { zh: '无', en: 'none' },
  trunk: { zh: '中继线路', en: 'Trunk lines' },
  unlimited: { zh: '不限', en: 'unlimited' },
  surges: { zh: '突发事件', en: 'Surges' },
  surgeValue: (label: string, start: number, peak: number, halfLife: number) => ({
    zh: `${label}：第 ${start} 小时起，峰值 ×${peak}，半衰期 ${halfLife} 小时`,
    en: `${label}: from hour ${start}, peak ×${peak}, half-life ${halfLife} h`,
  }),
  backOffice: { zh: '后台（文秘、领事干部）', en: 'Back office (secretaries 文秘, consular officers 领事干部)' },
  modelled: { zh: '已建模', en: 'modelled' },
  seed: { zh: '随机种子', en: 'Seed' },
  replications: { zh: '重复次数', en: 'Replications' },
  replicationsValue: (done: number, asked: number) => ({ zh: done === asked ? `${done}` : `${done}（共请求 ${asked}）`, en: done === asked ? `${done}` : `${done} (of ${asked} asked)` }),
  days: { zh: '模拟天数', en: 'Simulated days' },
  warmup: { zh: '预热', en: 'Warm-up' },
  warmupValue: (h: number) => ({ zh: `${h} 小时（不计入指标）`, en: `${h} hours (not counted in the figures)` }),
  start: { zh: '开始时间（北京时间）', en: 'Start (Beijing time)' },
});

export interface ReportRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

const pct = (x: number) => `${+(100 * x).toFixed(2)}%`;
const num = (x: number) => String(+x.toFixed(1));

function seats(s: number | readonly number[], lang: Lang): string {
  if (typeof s === 'number') return String(s);
  return text(R.seatsSchedule(Math.min(...s), Math.max(...s), s.length), lang);
}

/** The scenario's key parameters and assumptions, one row each. */
export function parameterRows(scenario: Scenario, lang: Lang): ReportRow[] {
  const t = (b: Bilingual) => text(b, lang);
  const name = (label: string | Bilingual | undefined, id: string) => (label === undefined ? id : typeof label === 'string' ? label : text(label, lang));
  const laneLabel = (id: string) => name(scenario.lanes.find((l) => l.id === id)?.label, id);
  const rows: ReportRow[] = [{ id: 'callsPerHour', label: t(R.callsPerHour), value: num(scenario.arrivals.callsPerHour) }];
  for (const c of scenario.callTypes) {
    const handle = num(meanOf(fromDuration(c.handleSeconds, 'Seconds')));
    const patience = c.patienceSeconds.kind === 'infinite' ? t(R.patienceInfinite) : t(R.patienceMean(num(meanOf(fromDuration(c.patienceSeconds, 'Seconds')))));
    rows.push({ id: `callType:${c.id}`, label: t(R.callType(name(c.label, c.id))), value: t(R.callTypeValue(pct(c.share), laneLabel(c.lane), handle, patience)) });
  }
  for (const l of scenario.lanes) {
    rows.push({ id: `lane:${l.id}`, label: t(R.lane(name(l.label, l.id))), value: t(R.laneValue(l.priority, num(l.serviceLevelTargetSeconds), pct(l.serviceLevelGoal), pct(l.maxAbandonRate))) });
  }
  rows.push({ id: 'frontSeats', label: t(R.frontSeats), value: seats(scenario.frontDesk.seats, lang) });
  const sb = scenario.standby;
  rows.push({ id: 'standby', label: t(R.standbySeats), value: sb && sb.seats > 0 ? t(R.standbyValue(sb.seats, num(meanOf(fromDuration(sb.callInDelayMinutes, 'Minutes')) / 60))) : t(R.none) });
  rows.push({ id: 'trunk', label: t(R.trunk), value: scenario.trunk ? String(scenario.trunk.lines) : t(R.unlimited) });
  rows.push({
    id: 'surges',
    label: t(R.surges),
    value: scenario.surges.length === 0 ? t(R.none) : scenario.surges.map((s, i) => t(R.surgeValue(name(s.label, `#${i + 1}`), s.startHour, s.peakMultiplier, s.halfLifeHours))).join('; '),
  });
  rows.push({ id: 'backOffice', label: t(R.backOffice), value: scenario.backOffice ? t(R.modelled) : t(R.none) });
  return rows;
}

/** The seed and the run's settings. */
export function settingsRows(scenario: Scenario, settings: RunSettings, replicationsDone: number, lang: Lang): ReportRow[] {
  const t = (b: Bilingual) => text(b, lang);
  return [
    { id: 'seed', label: t(R.seed), value: String(settings.seed) },
    { id: 'replications', label: t(R.replications), value: t(R.replicationsValue(replicationsDone, settings.replications)) },
    { id: 'days', label: t(R.days), value: num(settings.days ?? scenario.run.days) },
    { id: 'warmup', label: t(R.warmup), value: t(R.warmupValue(scenario.run.warmupHours)) },
    { id: 'start', label: t(R.start), value: scenario.run.startBeijing.replace('T', ' ') },
  ];
}
