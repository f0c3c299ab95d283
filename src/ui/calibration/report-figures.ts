/**
 * The calibration report's figures, DOM-free: each replication's figures by hour of the day
 * (from the worker) combined into a mean and a Student-t 95% half-width per hour and figure,
 * set beside the log's; and whether the observed value lies within the 95% prediction
 * interval of one simulated period. The confidence interval says where the model's mean
 * is; the log is one period, with its own noise, so it is judged against where one
 * replication would fall: mean ± t·s·√(1 + 1/n), which is the half-width × √(n + 1).
 */
import { FIGURE_NAMES, type FigureName, type IntervalFigures } from '../../calibration/interval-report.ts';
import { halfWidthFactor, type Estimate } from '../../engine/summary.ts';

export interface ReportRow {
  /** 0–23, or undefined for the whole day. */
  readonly hour: number | undefined;
  readonly observed: IntervalFigures;
  readonly simulated: Readonly<Record<FigureName, Estimate>>;
}

export interface ReportData {
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  /** 24 rows, 00:00 first. */
  readonly hours: readonly ReportRow[];
  readonly overall: ReportRow;
}

/** Mean and 95% half-width of the finite values (NaN half-width with fewer than 2). */
export function estimateOf(values: readonly number[]): Estimate {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  if (n === 0) return { mean: NaN, halfWidth95: NaN };
  const mean = finite.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? finite.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : NaN;
  return { mean, halfWidth95: Math.sqrt(variance) * halfWidthFactor(n) };
}

/** `replications[i][h]`: replication i's figures for hour h (index 24: the whole day), in replication order. */
export function reportData(observed: readonly IntervalFigures[], replications: readonly (readonly IntervalFigures[])[], options: { seed: number; days: number }): ReportData {
  const rows = observed.map((figures, index) => ({
    hour: index === 24 ? undefined : index,
    observed: figures,
    simulated: Object.fromEntries(FIGURE_NAMES.map((name) => [name, estimateOf(replications.map((r) => r[index]![name]))])) as Record<FigureName, Estimate>,
  }));
  return { seed: options.seed, replications: replications.length, days: options.days, hours: rows.slice(0, 24), overall: rows[24]! };
}

/** The 95% prediction half-width for one more replication, from the mean's half-width over n replications. */
export function predictionHalfWidth(simulated: Estimate, replications: number): number {
  return simulated.halfWidth95 * Math.sqrt(replications + 1);
}

/** Whether the observed value is inside the 95% prediction interval (undefined when either is missing). */
export function withinInterval(observed: number, simulated: Estimate, replications: number): boolean | undefined {
  const half = predictionHalfWidth(simulated, replications);
  if (!Number.isFinite(observed) || !Number.isFinite(simulated.mean) || !Number.isFinite(half)) return undefined;
  return Math.abs(observed - simulated.mean) <= half;
}

/** How many hours' observed values lie inside their prediction intervals, of the hours where both are known. */
export function hoursWithin(data: ReportData, figure: FigureName): { within: number; of: number } {
  let within = 0;
  let of = 0;
  for (const row of data.hours) {
    const inside = withinInterval(row.observed[figure], row.simulated[figure], data.replications);
    if (inside === undefined) continue;
    of++;
    if (inside) within++;
  }
  return { within, of };
}
