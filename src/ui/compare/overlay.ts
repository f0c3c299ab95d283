/**
 * A on B's time charts: for the charts with one line per lane (queue, service level,
 * hang-ups), A's means are added as dashed lines in a lighter tint of the lane's colour,
 * without a band, labelled "A · <lane>". The other charts (several pools or call types
 * each) would be too crowded with a second set of lines.
 */
import { interpolateRgb } from 'd3';
import { text, type Lang } from '../../i18n/i18n.ts';
import type { TimeChartInput } from '../../charts/time-series-chart.ts';
import type { TimeChartId } from '../dashboard/time-charts.ts';
import { C } from './messages.ts';

export const OVERLAID: ReadonlySet<TimeChartId> = new Set<TimeChartId>(['queue', 'serviceLevel', 'abandoned']);

/** B's chart input (its lines solid) with A's series appended (A's chart input built from A's summary). */
export function overlayA(b: TimeChartInput, a: TimeChartInput, lang: Lang): TimeChartInput {
  const extra = a.series.map((s) => ({
    id: `A-${s.id}`,
    label: text(C.aSeries(s.label), lang),
    color: interpolateRgb(s.color, '#ffffff')(0.35),
    mean: s.mean,
    ...(s.style ? { style: s.style } : {}),
    dashed: true,
  }));
  // B's lines solid, so that "dashed" means A alone (lanes keep their colours).
  return { ...b, series: [...b.series.map((s) => ({ ...s, dashed: false })), ...extra] };
}
