/**
 * The calibration report's data: the fitted scenario simulated against the log, hour of
 * the day by hour of the day (Beijing time, by arrival): attempts a day, service level,
 * abandonment and mean wait. Both sides go through the same code: each replication writes
 * its own call log (`call-log-writer.ts`), read back by `parse-log.ts` and summed by
 * `hourOfDayFigures` exactly as the observed log is, so a difference is the model's, not
 * the definitions'. Replication i uses the streams (seed, i), as `runReplications` does;
 * each simulated figure has the mean over replications and a Student-t 95% half-width.
 * Plain data, for the command line's table and the page's chart.
 */
import { simulateCallCentre } from '../../models/call-centre.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { halfWidthFactor, type Estimate } from '../engine/summary.ts';
import { DAY, HOUR } from '../engine/time.ts';
import { CallLogWriter } from './call-log-writer.ts';
import { parseCallLog, type LogAttempt } from './parse-log.ts';
import { identifierOf } from './to-scenario.ts';

export interface IntervalFigures {
  /** Attempts (first calls and redials) arriving in this hour, per day of the log. */
  readonly attemptsPerDay: number;
  /** Answered within the lane's target ÷ (answered + abandoned); NaN with neither. */
  readonly serviceLevel: number;
  /** Abandoned ÷ (answered + abandoned). */
  readonly abandonRate: number;
  /** Mean wait of answered attempts, from queue entry; NaN with none. */
  readonly meanWaitSeconds: number;
}

export type FigureName = keyof IntervalFigures;
export const FIGURE_NAMES: readonly FigureName[] = ['attemptsPerDay', 'serviceLevel', 'abandonRate', 'meanWaitSeconds'];

export interface ComparedInterval {
  /** Hour of the day, Beijing time, 0–23; `undefined` for the whole day. */
  readonly hour: number | undefined;
  readonly observed: IntervalFigures;
  /** Mean over replications and the 95% half-width (NaN with one replication). */
  readonly simulated: { readonly [K in FigureName]: Estimate };
}

export interface CalibrationReportData {
  readonly seed: number;
  readonly replications: number;
  /** Days the log covers (and each replication's measured window). */
  readonly days: number;
  /** 24 rows, 00:00 first. */
  readonly hours: readonly ComparedInterval[];
  readonly overall: ComparedInterval;
}

/** Per hour of the day, then the whole day (index 24). `days` is the log's length in days. */
export function hourOfDayFigures(attempts: readonly LogAttempt[], days: number, targetSeconds: (a: LogAttempt) => number): IntervalFigures[] {
  const tallies = Array.from({ length: 25 }, () => ({ attempts: 0, answered: 0, within: 0, abandoned: 0, wait: 0 }));
  for (const a of attempts) {
    const hour = new Date(a.arrivalMs).getUTCHours();
    for (const t of [tallies[hour]!, tallies[24]!]) {
      t.attempts++;
      if (a.outcome === 'answered') {
        t.answered++;
        t.wait += a.waitSeconds!;
        if (a.waitSeconds! <= targetSeconds(a)) t.within++;
      } else if (a.outcome === 'abandoned') t.abandoned++;
    }
  }
  return tallies.map((t) => ({
    attemptsPerDay: t.attempts / days,
    serviceLevel: t.within / (t.answered + t.abandoned),
    abandonRate: t.abandoned / (t.answered + t.abandoned),
    meanWaitSeconds: t.wait / t.answered,
  }));
}

/** The service-level target of an attempt's lane in a scenario (by the log's lane, else its call type's lane). */
export function laneTargets(scenario: Scenario): (a: LogAttempt) => number {
  const target = new Map(scenario.lanes.map((l) => [l.id, l.serviceLevelTargetSeconds]));
  const laneOfType = new Map(scenario.callTypes.map((t) => [t.id, t.lane]));
  const fallback = scenario.lanes[0]!.serviceLevelTargetSeconds;
  return (a) => target.get(a.lane === undefined ? (laneOfType.get(identifierOf(a.callType)) ?? '') : identifierOf(a.lane)) ?? fallback;
}

export interface CompareOptions {
  readonly seed: number;
  readonly replications: number;
  /** Told after each replication. */
  readonly onReplication?: (done: number) => void;
}

/** Simulates `scenario` (its run is the log's period after a warm-up) and sets it against the observed attempts. */
export function compareWithLog(scenario: Scenario, observed: readonly LogAttempt[], options: CompareOptions): CalibrationReportData {
  const days = scenario.run.days - scenario.run.warmupHours / 24;
  const target = laneTargets(scenario);
  const simulated: IntervalFigures[][] = [];
  for (let i = 0; i < options.replications; i++) {
    const chunks: string[] = [];
    const writer = new CallLogWriter(scenario, { seed: options.seed, replication: i, fromSeconds: scenario.run.warmupHours * HOUR, toSeconds: scenario.run.days * DAY, write: (t) => chunks.push(t) });
    simulateCallCentre(scenario, { seed: options.seed, replication: i, trace: writer.sink });
    writer.finish();
    simulated.push(hourOfDayFigures(parseCallLog(chunks.join('')).attempts, days, target));
    options.onReplication?.(i + 1);
  }
  const seen = hourOfDayFigures(observed, days, target);
  const compared = seen.map((figures, index) => ({
    hour: index === 24 ? undefined : index,
    observed: figures,
    simulated: Object.fromEntries(FIGURE_NAMES.map((name) => [name, estimate(simulated.map((r) => r[index]![name]))])) as ComparedInterval['simulated'],
  }));
  return { seed: options.seed, replications: options.replications, days, hours: compared.slice(0, 24), overall: compared[24]! };
}

/** Mean and 95% half-width of the finite values (a rate is NaN in a replication without calls in that hour). */
function estimate(values: readonly number[]): Estimate {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  if (n === 0) return { mean: NaN, halfWidth95: NaN };
  const mean = finite.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? finite.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : NaN;
  return { mean, halfWidth95: Math.sqrt(variance) * halfWidthFactor(n) };
}
