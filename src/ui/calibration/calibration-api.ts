/**
 * What a calibration worker offers the page, as plain functions over plain data: the fit of
 * an imported call log (the whole of `calibrate()`, plus the plots' data), and one
 * replication of the calibration report (the fitted scenario's own call log, read back by
 * the same code as the observed one: `src/calibration/interval-report.ts`). It also offers
 * `simApi`, so that its workers make a `SimulationPool` (client.ts) with the pool's cancel.
 *
 * The log is read here, not on the page: a 4-week log is megabytes, and parsing, hashing and
 * fitting it takes seconds. The good rows stay here too; only the figures and the plots'
 * points cross back (a few tens of kB).
 */
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { parseScenario } from '../../../models/scenario/scenario.ts';
import type { ScenarioIssue } from '../../../models/scenario/issues.ts';
import { calibrate, type FitReport, type RowsReport } from '../../calibration/calibrate.ts';
import { CallLogWriter } from '../../calibration/call-log-writer.ts';
import type { CensoredFit } from '../../calibration/censored-fit.ts';
import { empiricalQuantile, logSurvival, quantile, type DurationFit, type FittedDistribution } from '../../calibration/duration-fit.ts';
import { hourOfDayFigures, laneTargets, type IntervalFigures } from '../../calibration/interval-report.ts';
import { parseCallLog, type ColumnMap, type LogAttempt } from '../../calibration/parse-log.ts';
import { DAY, HOUR } from '../../engine/time.ts';
import { simApi } from '../../worker/api.ts';
import type { SimApi } from '../../worker/protocol.ts';
import { withUnusedRenamed, type ColumnSelection } from './column-map.ts';

/** A call log larger than this is refused before it is read (a 4-week log of 12308 is about 5 MB). */
export const MAX_LOG_BYTES = 100 * 1024 * 1024;

export interface FitRequest {
  readonly selection: ColumnSelection;
  /** The scenario JSON the fit starts from (seats, targets, back office…). */
  readonly base: Record<string, unknown>;
  /** The file's name, for the scenario's name and description. */
  readonly source: string;
}

export interface QqPoint {
  readonly p: number;
  readonly observedSeconds: number;
  readonly fittedSeconds: number;
}

export interface SurvivalPoint {
  readonly seconds: number;
  readonly survival: number;
}

/** What the fit's plots need for one call type. */
export interface TypePlots {
  readonly id: string;
  readonly handle: readonly QqPoint[] | undefined;
  readonly afterCall: readonly QqPoint[] | undefined;
  readonly patience: { readonly kaplanMeier: readonly SurvivalPoint[]; readonly fitted: readonly SurvivalPoint[]; readonly horizonSeconds: number } | undefined;
}

export interface FitDone {
  readonly ok: true;
  readonly json: Record<string, unknown>;
  /** The library's report; each Kaplan–Meier curve thinned to the points the plot draws. */
  readonly report: FitReport;
  readonly plots: readonly TypePlots[];
  /** The log's figures by hour of the day (index 24: the whole day), for the calibration report. */
  readonly observed: readonly IntervalFigures[];
  /** Days the log covers. */
  readonly days: number;
  readonly fitMs: number;
}

/** 'error': the worker failed (a bug, or the browser ran out of memory); the reason says what it said. */
export type FitFailureKind = 'too-large' | 'empty' | 'not-csv' | 'columns' | 'too-few' | 'no-answered' | 'scenario' | 'error';

export interface FitFailed {
  readonly ok: false;
  readonly kind: FitFailureKind;
  /** The library's sentence (English), shown as the detail. */
  readonly reason: string;
  readonly rows: RowsReport | undefined;
  readonly scenarioIssues?: readonly ScenarioIssue[];
}

export type FitOutcome = FitDone | FitFailed;

export interface CalibrationApi extends SimApi {
  fit(file: Blob, request: FitRequest): Promise<FitOutcome>;
  /** Replication `replication` of the fitted scenario: its figures by hour of the day, as `observed`. */
  reportReplication(scenarioJson: unknown, options: { readonly seed: number; readonly replication: number }): IntervalFigures[];
}

/** Probabilities of the Q-Q plots: 2%, 4%, … 98%. */
const QQ_P = Array.from({ length: 49 }, (_, i) => (i + 1) / 50);
/** Most points of a Kaplan–Meier curve sent to the page (the steps of thousands of distinct waits are thinned). */
const MAX_CURVE_POINTS = 240;

export async function fitFile(file: Blob, request: FitRequest): Promise<FitOutcome> {
  const started = performance.now();
  if (file.size > MAX_LOG_BYTES) return { ok: false, kind: 'too-large', reason: `the file is ${file.size} bytes, more than ${MAX_LOG_BYTES}`, rows: undefined };
  const raw = await file.text();
  if (raw.replace(/^\uFEFF/, '').trim() === '') return { ok: false, kind: 'empty', reason: 'the file is empty', rows: undefined };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(raw.slice(0, 4096))) return { ok: false, kind: 'not-csv', reason: 'the file has binary content: not a CSV text file', rows: undefined };
  const text = withUnusedRenamed(raw, request.selection);
  const columns: ColumnMap = Object.fromEntries(Object.entries(request.selection).filter(([, h]) => h !== ''));
  const result = await calibrate(text, { base: request.base, columns, source: request.source });
  if (!result.ok) {
    const kind: FitFailureKind = result.scenarioIssues ? 'scenario' : /^no column/.test(result.reason) ? 'columns' : /^no answered/.test(result.reason) ? 'no-answered' : 'too-few';
    return { ok: false, kind, reason: result.reason, rows: result.rows, ...(result.scenarioIssues ? { scenarioIssues: result.scenarioIssues } : {}) };
  }
  const { scenario } = result;
  const days = scenario.run.days - scenario.run.warmupHours / 24;
  const plots = result.report.fit.callTypes.map((t) => typePlots(t.id, result.attempts, t.handle, t.afterCall, t.patience));
  const report: FitReport = {
    ...result.report,
    fit: {
      ...result.report.fit,
      callTypes: result.report.fit.callTypes.map((t) => (t.patience ? { ...t, patience: { ...t.patience, kaplanMeier: { ...t.patience.kaplanMeier, curve: [] } } } : t)),
    },
  };
  return { ok: true, json: result.json, report, plots, observed: hourOfDayFigures(result.attempts, days, laneTargets(scenario)), days, fitMs: performance.now() - started };
}

function typePlots(id: string, attempts: readonly LogAttempt[], handle: DurationFit | undefined, afterCall: DurationFit | undefined, patience: CensoredFit | undefined): TypePlots {
  const answered = attempts.filter((a) => a.callType === id && a.outcome === 'answered');
  const talk = handle && answered.map((a) => a.talkSeconds).filter((t): t is number => t !== undefined);
  const acw = afterCall && answered.map((a) => a.afterCallSeconds ?? 0).filter((t) => t > 0);
  return {
    id,
    handle: handle && talk ? qq(talk, handle.best) : undefined,
    afterCall: afterCall && acw ? qq(acw, afterCall.best) : undefined,
    patience: patience && {
      kaplanMeier: thin(patience.kaplanMeier.curve.map((p) => ({ seconds: p.seconds, survival: p.survival }))),
      fitted: Array.from({ length: 61 }, (_, i) => {
        const seconds = (patience.kaplanMeier.horizonSeconds * i) / 60;
        return { seconds, survival: Math.exp(logSurvival(patience.best, seconds)) };
      }),
      horizonSeconds: patience.kaplanMeier.horizonSeconds,
    },
  };
}

function qq(values: readonly number[], best: FittedDistribution): QqPoint[] {
  const sorted = [...values].sort((a, b) => a - b);
  return QQ_P.map((p) => ({ p, observedSeconds: empiricalQuantile(sorted, p), fittedSeconds: quantile(best, p) }));
}

/** At most MAX_CURVE_POINTS of a step curve, evenly by index, the last kept. */
function thin(curve: readonly SurvivalPoint[]): SurvivalPoint[] {
  if (curve.length <= MAX_CURVE_POINTS) return [...curve];
  const step = curve.length / MAX_CURVE_POINTS;
  const out: SurvivalPoint[] = [];
  for (let i = 0; i < MAX_CURVE_POINTS; i++) out.push(curve[Math.floor(i * step)]!);
  out.push(curve.at(-1)!);
  return out;
}

export function reportReplication(scenarioJson: unknown, options: { readonly seed: number; readonly replication: number }): IntervalFigures[] {
  const parsed = parseScenario(scenarioJson);
  if (!parsed.ok) throw new Error(`reportReplication: the fitted scenario does not parse (${parsed.issues.length} issue(s))`);
  const scenario = parsed.scenario;
  const days = scenario.run.days - scenario.run.warmupHours / 24;
  const chunks: string[] = [];
  const writer = new CallLogWriter(scenario, { seed: options.seed, replication: options.replication, fromSeconds: scenario.run.warmupHours * HOUR, toSeconds: scenario.run.days * DAY, write: (t) => chunks.push(t) });
  simulateCallCentre(scenario, { seed: options.seed, replication: options.replication, trace: writer.sink });
  writer.finish();
  return hourOfDayFigures(parseCallLog(chunks.join('')).attempts, days, laneTargets(scenario));
}

export const calibrationApi: CalibrationApi = { ...simApi, fit: fitFile, reportReplication };
