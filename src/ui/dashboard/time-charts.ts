/**
 * From a summary to the inputs of the time charts: which series each chart shows, their
 * labels in the page's language, colours and units. Series cover the whole run, warm-up
 * included; bucket i starts i × bucketSeconds after the run start (`run.startBeijing`).
 */
import type { SeriesEstimate } from '../../engine/summary.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { beijingClock } from '../../charts/axis.ts';
import { formatAuto, formatPercent } from '../../charts/format.ts';
import { categorical, INK, OKABE_ITO, poolColour } from '../../charts/palette.ts';
import type { EventTicksInput } from '../../charts/event-ticks.ts';
import type { TimeChartInput, TimeSeriesInput, TimeTarget } from '../../charts/time-series-chart.ts';
import { known, m, poolText, stageText } from './messages.ts';
import { bucketSecondsOf, callTypeLabel, laneGoals, laneLabel, lanesByPriority, WORK_ORDER_STAGES, type DashboardSummary } from './results.ts';
import { perBucket } from './units.ts';

export const PHONE_POOLS = ['front', 'standby', 'secretaryPhones'] as const;
export const STAFF_POOLS = ['secretaries', 'officers'] as const;

export type TimeChartId = 'arrivals' | 'queue' | 'phoneSeats' | 'trunk' | 'staff' | 'serviceLevel' | 'abandoned' | 'backlog';

/** Pools whose stand-downs the summary counts per bucket. */
const STAND_DOWN_POOLS = ['standby', 'secretaryPhones'] as const;

interface Context {
  readonly summary: DashboardSummary | undefined;
  readonly scenario: Scenario;
  readonly lang: Lang;
}

function base(ctx: Context, title: string, yLabel: string, series: TimeSeriesInput[], format: (v: number) => string): TimeChartInput {
  const { scenario, lang } = ctx;
  return {
    title,
    series,
    bucketSeconds: ctx.summary ? bucketSecondsOf(ctx.summary) : scenario.run.bucketMinutes * 60,
    warmupSeconds: scenario.run.warmupHours * 3600,
    warmupLabel: text(m.warmup, lang),
    clock: beijingClock(scenario.run.startBeijing),
    lang,
    xLabel: text(m.beijingTime, lang),
    yLabel,
    format,
    emptyMessage: text(m.noData, lang),
    durationSeconds: scenario.run.days * 86_400,
  };
}

const fromEstimate = (e: SeriesEstimate | undefined) => ({ mean: e?.mean ?? [], halfWidth95: e?.halfWidth95 ?? [] });

function laneSeries(ctx: Context, source: Readonly<Partial<Record<string, SeriesEstimate>>> | undefined): TimeSeriesInput[] {
  return lanesByPriority(ctx.scenario).flatMap((lane, i) => {
    const e = source?.[lane.id];
    return e ? [{ id: lane.id, label: laneLabel(ctx.scenario, lane.id, ctx.lang), color: categorical(i), dashed: i % 2 === 1, ...fromEstimate(e) }] : [];
  });
}

const bucketWidth = (ctx: Context) => (ctx.summary ? bucketSecondsOf(ctx.summary) : ctx.scenario.run.bucketMinutes * 60);

export function arrivalsChart(ctx: Context): TimeChartInput {
  const arrivals = ctx.summary?.series.arrivals;
  const series = ctx.scenario.callTypes.flatMap((t, i) =>
    arrivals?.[t.id] ? [{ id: t.id, label: callTypeLabel(ctx.scenario, t.id, ctx.lang), color: categorical(i), ...fromEstimate(arrivals[t.id]) }] : [],
  );
  return base(ctx, text(m.arrivalsTitle, ctx.lang), text(m.arrivalsAxis(perBucket(bucketWidth(ctx), ctx.lang)), ctx.lang), series, formatAuto);
}

export function queueChart(ctx: Context): TimeChartInput {
  return base(ctx, text(m.queueTitle, ctx.lang), text(m.queueAxis, ctx.lang), laneSeries(ctx, ctx.summary?.series.queueLength), formatAuto);
}

export function abandonedChart(ctx: Context): TimeChartInput {
  return base(ctx, text(m.abandonedTitle, ctx.lang), text(m.abandonedAxis(perBucket(bucketWidth(ctx), ctx.lang)), ctx.lang), laneSeries(ctx, ctx.summary?.series.abandoned), formatAuto);
}

/**
 * Service level per bucket against each lane's goal. Lanes sharing a goal share one
 * target line; a bucket where no call was answered or abandoned is a gap.
 */
export function serviceLevelChart(ctx: Context): TimeChartInput {
  const lanes = lanesByPriority(ctx.scenario);
  const goals = new Map<number, string[]>();
  for (const lane of lanes) {
    const goal = laneGoals(lane).serviceLevelGoal;
    goals.set(goal, [...(goals.get(goal) ?? []), lane.id]);
  }
  const targets: TimeTarget[] = [...goals].map(([goal, ids]) => {
    const value = formatPercent(goal, 0);
    const only = ids.length === 1 && goals.size > 1 ? ids[0] : undefined;
    return {
      value: goal,
      color: only ? categorical(lanes.findIndex((l) => l.id === only)) : INK.text,
      label: only ? text(m.laneGoal(laneLabel(ctx.scenario, only, ctx.lang), value), ctx.lang) : text(m.goal(value), ctx.lang),
    };
  });
  return {
    ...base(ctx, text(m.serviceLevelTitle, ctx.lang), text(m.serviceLevelAxis, ctx.lang), laneSeries(ctx, ctx.summary?.series.serviceLevel), (v) => formatPercent(v, 1)),
    tickFormat: (v) => formatPercent(v, 0),
    yDomain: [0, 1],
    targets,
  };
}

/**
 * Seats on duty (dashed steps: a standby call-in or a shift change shows as a step) and
 * busy seats (solid, with the band), one colour per pool; only pools in the results.
 */
export function seatsChart(ctx: Context, pools: readonly string[], title: string): TimeChartInput {
  const s = ctx.summary?.series;
  const series = pools.flatMap((pool, i): TimeSeriesInput[] => {
    const duty = s?.seatsOnDuty[pool];
    const busy = s?.busySeats[pool];
    if (!duty && !busy) return [];
    const name = text(known(poolText, pool), ctx.lang);
    const color = poolColour(pool, i);
    const out: TimeSeriesInput[] = [];
    if (duty) out.push({ id: `${pool}-duty`, label: text(m.onDuty(name), ctx.lang), color, style: 'step', dashed: true, ...fromEstimate(duty) });
    if (busy) out.push({ id: `${pool}-busy`, label: text(m.busy(name), ctx.lang), color, ...fromEstimate(busy) });
    return out;
  });
  // Stand-downs as ticks from the plot's top edge: when the seats went home (e.g. mid-incident with a saturated trunk).
  const standDowns = s?.standDowns as Readonly<Partial<Record<string, SeriesEstimate>>> | undefined;
  const eventTicks = STAND_DOWN_POOLS.flatMap((pool): EventTicksInput[] => {
    const e = pools.includes(pool) ? standDowns?.[pool] : undefined;
    return e ? [{ id: `${pool}-standDowns`, label: text(m.standDownsOf(text(known(poolText, pool), ctx.lang)), ctx.lang), color: poolColour(pool, 0), counts: e.mean }] : [];
  });
  return { ...base(ctx, title, text(m.seatsAxis, ctx.lang), series, formatAuto), eventTicks };
}

/**
 * Trunk lines in use (a step: the level over each bucket) against the trunk limit, and the
 * attempts that heard a busy signal per bucket: a saturated trunk shows as lines at the
 * limit while busy signals climb and the queues stay short.
 */
export function trunkChart(ctx: Context): TimeChartInput {
  const s = ctx.summary?.series as (DashboardSummary['series'] & Partial<Pick<DashboardSummary['series'], 'linesInUse' | 'busySignals'>>) | undefined;
  const per = perBucket(bucketWidth(ctx), ctx.lang);
  const series: TimeSeriesInput[] = [];
  if (s?.linesInUse) series.push({ id: 'linesInUse', label: text(m.linesInUse, ctx.lang), color: OKABE_ITO.blue, style: 'step', ...fromEstimate(s.linesInUse) });
  if (s?.busySignals) series.push({ id: 'busySignals', label: text(m.busySignalsPer(per), ctx.lang), color: OKABE_ITO.vermillion, ...fromEstimate(s.busySignals) });
  const lines = ctx.scenario.trunk?.lines;
  const targets: TimeTarget[] = lines === undefined ? [] : [{ value: lines, color: INK.text, label: text(m.trunkLimit(String(lines)), ctx.lang) }];
  return { ...base(ctx, text(m.trunkTitle, ctx.lang), text(m.trunkAxis, ctx.lang), series, formatAuto), targets };
}

export function backlogChart(ctx: Context): TimeChartInput {
  const backlog = ctx.summary?.series.backlog;
  const stages = [...WORK_ORDER_STAGES, ...Object.keys(backlog ?? {}).filter((k) => !(WORK_ORDER_STAGES as readonly string[]).includes(k))];
  const series = stages.flatMap((stage, i): TimeSeriesInput[] => {
    const e = backlog?.[stage];
    return e ? [{ id: stage, label: text(known(stageText, stage), ctx.lang), color: categorical(i + 1), style: 'step', ...fromEstimate(e) }] : [];
  });
  return base(ctx, text(m.backlogTitle, ctx.lang), text(m.backlogAxis, ctx.lang), series, formatAuto);
}

/** The time charts to show for a summary, in order: back-office charts only when the results have them. */
export function timeChartIds(summary: DashboardSummary | undefined): TimeChartId[] {
  const s = summary?.series as (DashboardSummary['series'] & { linesInUse?: unknown }) | undefined;
  const ids: TimeChartId[] = ['arrivals', 'queue', 'phoneSeats', ...(s?.linesInUse ? (['trunk'] as const) : []), 'serviceLevel', 'abandoned'];
  if (s && STAFF_POOLS.some((p) => s.seatsOnDuty[p] || s.busySeats[p])) ids.push('staff');
  if (s?.backlog) ids.push('backlog');
  return ids;
}

/** The input of one time chart; the dashboard builds them one at a time, each when its chart is drawn. */
export function timeChartInput(id: TimeChartId, summary: DashboardSummary | undefined, scenario: Scenario, lang: Lang): TimeChartInput {
  const ctx = { summary, scenario, lang };
  switch (id) {
    case 'arrivals':
      return arrivalsChart(ctx);
    case 'queue':
      return queueChart(ctx);
    case 'phoneSeats':
      return seatsChart(ctx, PHONE_POOLS, text(m.phoneSeatsTitle, lang));
    case 'trunk':
      return trunkChart(ctx);
    case 'serviceLevel':
      return serviceLevelChart(ctx);
    case 'abandoned':
      return abandonedChart(ctx);
    case 'staff':
      return seatsChart(ctx, STAFF_POOLS, text(m.staffTitle, lang));
    case 'backlog':
      return backlogChart(ctx);
  }
}

/** The time charts to show for a summary, with their inputs. */
export function timeCharts(summary: DashboardSummary | undefined, scenario: Scenario, lang: Lang): { id: TimeChartId; input: TimeChartInput }[] {
  return timeChartIds(summary).map((id) => ({ id, input: timeChartInput(id, summary, scenario, lang) }));
}
