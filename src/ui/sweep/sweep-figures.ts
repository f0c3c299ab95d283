/**
 * A finished sweep read as planners read it: each headline figure (service level and
 * abandonment per lane, busy signals, standby activations) at every point, and the points
 * grouped into lines by the second parameter's value (one line when there is one
 * parameter). DOM-free.
 */
import type { Estimate } from '../../engine/summary.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { formatNumber, formatPercent, isValue, MISSING } from '../../charts/format.ts';
import type { SweepParameter, SweepPoint } from '../../planning/sweep.ts';
import { pooledBlockRate } from '../dashboard/kpis.ts';
import { m } from '../dashboard/messages.ts';
import { laneLabel, lanesByPriority, type DashboardSummary } from '../dashboard/results.ts';

export type FigureUnit = 'share' | 'count';

export interface SweepFigure {
  readonly id: string;
  readonly title: string;
  readonly unit: FigureUnit;
  /** The figure at each point, in the sweep's order. */
  readonly estimates: readonly Estimate[];
}

export interface SweepLine {
  /** The second parameter's value of this line; undefined with one parameter. */
  readonly value: unknown;
  /** Indices of the line's points, by the first parameter's value. */
  readonly points: readonly number[];
}

const NONE: Estimate = { mean: NaN, halfWidth95: NaN };

/** The headline figures at every point; lanes as the scenario orders them by priority. */
export function sweepFigures(points: readonly SweepPoint[], scenario: Scenario, lang: Lang): SweepFigure[] {
  const summaries = points.map((p) => p.result.summary as DashboardSummary);
  const lanes = lanesByPriority(scenario);
  const figures: SweepFigure[] = [];
  for (const lane of lanes) {
    const name = laneLabel(scenario, lane.id, lang);
    figures.push({ id: `sl-${lane.id}`, title: text(m.serviceLevelOf(name), lang), unit: 'share', estimates: summaries.map((s) => s.byLane[lane.id]?.serviceLevel ?? NONE) });
  }
  for (const lane of lanes) {
    const name = laneLabel(scenario, lane.id, lang);
    figures.push({ id: `abandon-${lane.id}`, title: text(m.abandonmentOf(name), lang), unit: 'share', estimates: summaries.map((s) => s.byLane[lane.id]?.abandonRate ?? NONE) });
  }
  figures.push({ id: 'busy', title: text(m.busySignals, lang), unit: 'share', estimates: summaries.map(pooledBlockRate) });
  figures.push({ id: 'standby', title: text(m.standbyActivations, lang), unit: 'count', estimates: summaries.map((s) => s.standby?.activations ?? NONE) });
  return figures;
}

/** The chart's lines: one per value of the second parameter, each along the first. */
export function sweepLines(points: readonly SweepPoint[], parameters: readonly SweepParameter[]): SweepLine[] {
  const [first, second] = parameters;
  if (!first) return [];
  const byX = (a: number, b: number) => Number(points[a]!.values[first.path]) - Number(points[b]!.values[first.path]);
  if (!second) return [{ value: undefined, points: points.map((_, k) => k).sort(byX) }];
  return second.values.map((value) => ({ value, points: points.flatMap((p, k) => (p.values[second.path] === value ? [k] : [])).sort(byX) }));
}

/** A figure's value as the table and the chart's labels write it. */
export function formatFigure(x: number, unit: FigureUnit): string {
  return unit === 'share' ? formatPercent(x, 1) : formatNumber(x, 1);
}

/** "85.2% ± 1.3" / "7.0 ± 0.4"; "—" without a value. */
export function formatEstimate(e: Estimate, unit: FigureUnit): string {
  if (!isValue(e.mean)) return MISSING;
  const hw = isValue(e.halfWidth95) ? (unit === 'share' ? (100 * e.halfWidth95).toFixed(1) : e.halfWidth95.toFixed(1)) : undefined;
  return hw === undefined ? formatFigure(e.mean, unit) : `${formatFigure(e.mean, unit)} ± ${hw}`;
}

/** Replications of all the points, and an estimate of the seconds left from the pace so far. */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | undefined {
  if (done <= 0 || total <= done) return total <= done ? 0 : undefined;
  return ((elapsedMs / 1000) * (total - done)) / done;
}
