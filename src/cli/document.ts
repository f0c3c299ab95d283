/** The JSON document of a run, as `sim --json` prints it (README: "The JSON document"), shared by every command. */
import type { ExperimentResult, Figures } from '../../models/replications.ts';
import type { Summary } from '../engine/summary.ts';

/** `{scenario, seed, replications, days, warmupHours, totals, byCallType, …}`, with `series` only if asked. */
export function resultDocument(result: ExperimentResult, series: boolean): Record<string, unknown> {
  const { summary, ...about } = result;
  return { ...about, ...figureSections(summary, series) };
}

/** A summary's sections (`byCallType`, `byLane`, `pools`, …), the time series last and only if asked. */
export function figureSections(summary: Summary<Figures>, series: boolean): Record<string, unknown> {
  const { series: timeSeries, ...figures } = summary;
  return { ...figures, ...(series ? { series: timeSeries } : {}) };
}

/** Pretty JSON with a final newline. NaN prints as null, as JSON has no NaN. */
export function jsonText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
