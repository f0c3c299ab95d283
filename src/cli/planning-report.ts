/** Readable tables for the planning commands (without `--json`): headline figures per lane. */
import type { Figures } from '../../models/replications.ts';
import type { Estimate, Summary } from '../engine/summary.ts';
import type { Comparison } from '../planning/compare.ts';
import { cell, table } from './report.ts';

/** Headline figures of a lane: name, how to read it from a summary, digits and scale. */
const HEADLINES: readonly [string, (s: Summary<Figures>, lane: string) => Estimate | undefined, number, number][] = [
  ['service level %', (s, l) => s.byLane[l]?.serviceLevel, 1, 100],
  ['SL over answered %', (s, l) => s.byLane[l]?.serviceLevelAnswered, 1, 100],
  ['abandon %', (s, l) => s.byLane[l]?.abandonRate, 1, 100],
  ['busy signal %', (s, l) => s.byLane[l]?.blockRate, 1, 100],
  ['mean wait s', (s, l) => s.byLane[l]?.meanWaitSeconds, 1, 1],
  ['hours below goal', (s, l) => s.hours[l]?.hoursBelowGoal, 1, 1],
  ['worst hour SL %', (s, l) => s.hours[l]?.worstHourServiceLevel, 1, 100],
  ['incident SL %', (s, l) => s.incident.byLane[l]?.serviceLevel, 1, 100],
  ['incident hours below goal', (s, l) => s.incident.byLane[l]?.hoursBelowGoal, 1, 1],
];

const NONE: Estimate = { mean: NaN, halfWidth95: NaN };

/** One row per headline figure and lane, one column per summary. */
export function headlineTable(columns: readonly string[], summaries: readonly Summary<Figures>[]): string {
  const lanes = Object.keys(summaries[0]!.byLane);
  const rows = lanes.flatMap((lane) => HEADLINES.map(([name, read, digits, scale]) => [`${lane}: ${name}`, ...summaries.map((s) => cell(read(s, lane) ?? NONE, digits, scale))]));
  const standby = (s: Summary<Figures>) => [cell(s.standby.activations, 1), cell(s.standby.standDowns, 1), cell(s.standby.peakSeatsOnDuty, 1)];
  const perColumn = summaries.map(standby);
  rows.push(...['standby activations', 'standby stand-downs', 'peak standby seats'].map((name, i) => [name, ...perColumn.map((c) => c[i]!)]));
  return table(['', ...columns], rows);
}

export function formatComparison(c: Comparison): string {
  return [
    `A: ${c.a.scenario}; B: ${c.b.scenario}; ${c.a.replications} paired replication(s), seed ${c.a.seed} (common random numbers); mean ± 95% half-width`,
    '',
    headlineTable(['A', 'B', 'B − A (paired)'], [c.a.summary, c.b.summary, c.difference]),
    '',
  ].join('\n');
}
