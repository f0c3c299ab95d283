/** From a summary to the inputs of the wait ladder, the tier funnel and the service-level heatmap. */
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { beijingClock, formatBeijing } from '../../charts/axis.ts';
import { formatAuto, formatPercent, isValue } from '../../charts/format.ts';
import type { FunnelChartInput, FunnelRowInput } from '../../charts/funnel-chart.ts';
import { hourDayGrid, type HeatmapInput } from '../../charts/heatmap-chart.ts';
import { categorical } from '../../charts/palette.ts';
import type { WaitChartInput } from '../../charts/wait-time-chart.ts';
import { funnelRowText, m, waitMarkerText } from './messages.ts';
import { bucketSecondsOf, callTypeLabel, FUNNEL_FIELDS, laneGoals, laneLabel, lanesByPriority, type DashboardSummary, type FunnelField } from './results.ts';
import { formatSeconds } from './units.ts';

export function waitChart(summary: DashboardSummary | undefined, scenario: Scenario, lang: Lang): WaitChartInput {
  const lanes = lanesByPriority(scenario).flatMap((lane, i) => {
    const f = summary?.byLane[lane.id];
    if (!f) return [];
    return [
      {
        id: lane.id,
        label: laneLabel(scenario, lane.id, lang),
        color: categorical(i),
        targetSeconds: lane.serviceLevelTargetSeconds,
        waits: { p50: f.waitP50Seconds, p90: f.waitP90Seconds, p99: f.waitP99Seconds, max: f.maxWaitSeconds, mean: f.meanWaitSeconds },
        probWait: f.probWait,
      },
    ];
  });
  return {
    title: text(m.waitTitle, lang),
    lanes,
    markerLabels: {
      p50: text(waitMarkerText.p50, lang),
      p90: text(waitMarkerText.p90, lang),
      p99: text(waitMarkerText.p99, lang),
      max: text(waitMarkerText.max, lang),
      mean: text(waitMarkerText.mean, lang),
    },
    xLabel: text(m.waitAxis, lang),
    formatSeconds: (s) => formatSeconds(s, lang),
    targetLabel: (s) => text(m.waitTarget(s), lang),
    waitedLabel: (share) => text(m.waited(formatPercent(share, 0)), lang),
    emptyMessage: text(m.noData, lang),
  };
}

const KIND: Readonly<Record<FunnelField, FunnelRowInput['kind']>> = {
  offered: 'offered',
  selfService: 'resolved',
  frontDesk: 'resolved',
  backOffice: 'resolved',
  mission: 'resolved',
  consularProtectionCenter: 'resolved',
  blocked: 'lost',
  abandonedFront: 'lost',
  abandonedTransfer: 'lost',
  inProgress: 'open',
};

/**
 * The funnel summed over call types. The totals' half-widths add the call types'
 * half-widths: an upper bound, since the summary keeps no covariances.
 */
export function funnelChart(summary: DashboardSummary | undefined, scenario: Scenario, lang: Lang): FunnelChartInput | undefined {
  const funnel = summary?.funnel;
  if (!funnel) return undefined;
  const types = scenario.callTypes.filter((t) => funnel[t.id]).map((t, i) => ({ id: t.id, label: callTypeLabel(scenario, t.id, lang), color: categorical(i) }));
  const rows = FUNNEL_FIELDS.map((field): FunnelRowInput => {
    const estimates = types.map((t) => funnel[t.id]?.[field]);
    const halfWidth = estimates.reduce((acc, e) => acc + (e && isValue(e.halfWidth95) ? e.halfWidth95 : NaN), 0);
    return {
      id: field,
      label: text(funnelRowText[field], lang),
      kind: KIND[field],
      counts: estimates.map((e) => e?.mean ?? NaN),
      halfWidth95: isValue(halfWidth) ? halfWidth : undefined,
    };
  });
  return {
    title: text(m.funnelTitle, lang),
    types,
    rows,
    formatCount: formatAuto,
    formatTotal: (total, hw, share) => `${formatAuto(total)}${hw !== undefined ? ` ± ${formatAuto(hw)}` : ''} (${formatPercent(share, 1)})`,
    emptyMessage: text(m.noData, lang),
  };
}

/**
 * Service level of one lane by Beijing hour × day. Each bucket is weighted by the calls
 * of the lane's call types that arrived in it: the closest the series come to the number
 * of calls the bucket's service level was measured on.
 */
export function heatmapChart(summary: DashboardSummary | undefined, scenario: Scenario, laneId: string, lang: Lang): HeatmapInput {
  const lane = scenario.lanes.find((l) => l.id === laneId) ?? lanesByPriority(scenario)[0]!;
  const clock = beijingClock(scenario.run.startBeijing);
  const sl = summary?.series.serviceLevel[lane.id]?.mean ?? [];
  const arrivals = summary?.series.arrivals;
  const typeSeries = scenario.callTypes.filter((t) => t.lane === lane.id).map((t) => arrivals?.[t.id]?.mean);
  let weights: number[] | undefined;
  if (typeSeries.every((s) => s)) {
    weights = new Array<number>(sl.length).fill(0);
    for (const s of typeSeries) {
      for (let i = 0; i < sl.length; i++) {
        const v = s![i];
        if (isValue(v)) weights[i]! += v;
      }
    }
  }
  const grid = hourDayGrid(sl, weights, summary ? bucketSecondsOf(summary) : scenario.run.bucketMinutes * 60, clock, scenario.run.warmupHours * 3600);
  const goal = laneGoals(lane).serviceLevelGoal;
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return {
    title: text(m.heatmapTitle(laneLabel(scenario, lane.id, lang)), lang),
    grid,
    rowLabel: (day) => text(m.dayRow(day.index + 1, formatBeijing(clock, Math.max(day.startSeconds, 0), lang, 'day')), lang),
    hourLabel: (h) => String(h).padStart(2, '0'),
    xLabel: text(m.hourAxis, lang),
    goal,
    domain: [Math.min(0.5, goal - 0.1), 1],
    formatValue: (v) => formatPercent(v, 0),
    cellTitle: (row, hour, value, warmup) => text(m.heatCell(row, pad(hour), value, warmup), lang),
    legendLabel: text(m.heatmapLegend, lang),
    goalLegend: text(m.belowGoal(formatPercent(goal, 0)), lang),
    warmupLegend: text(m.warmupShort, lang),
    emptyMessage: text(m.noData, lang),
  };
}
