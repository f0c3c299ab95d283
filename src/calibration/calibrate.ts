/**
 * From a call log to a scenario: parse the CSV (every bad row reported), hash the callers
 * with a salt of this import, fit what the log determines, build the scenario on a base and
 * check it with the project's parser. Refuses, saying why, when fewer than MIN_GOOD_ROWS
 * good rows remain or no call was answered. Pure: no DOM, no Node; the page and the
 * command line call the same function.
 */
import { parseScenario, type Scenario, type ScenarioIssue } from '../../models/scenario/scenario.ts';
import { fitLog, type LogFit } from './fit-log.ts';
import { hashCallers } from './hash-callers.ts';
import { parseCallLog, type ColumnMap, type LogAttempt, type RowIssue } from './parse-log.ts';
import { buildScenario, withoutNewerFields } from './to-scenario.ts';

/** Fewest good rows a fit is made from. */
export const MIN_GOOD_ROWS = 100;

export interface CalibrationOptions {
  /** The scenario JSON to start from (the bundled baseline in the command line). */
  readonly base: Record<string, unknown>;
  readonly columns?: ColumnMap;
  /** The log's name, for the scenario's name and description. */
  readonly source?: string;
  /** The salt for the callers' hashes (a fresh one when absent). */
  readonly salt?: Uint8Array;
}

export interface RowsReport {
  /** Data rows in the file. */
  readonly total: number;
  readonly good: number;
  readonly bad: number;
  /** The first problems, each with row, column and value. */
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
}

export interface FitReport {
  readonly rows: RowsReport;
  readonly fit: LogFit;
  /** What the scenario took from the base rather than the log, and other caveats. */
  readonly notes: readonly string[];
}

export type Calibration =
  | { readonly ok: true; readonly scenario: Scenario; readonly json: Record<string, unknown>; readonly report: FitReport; readonly attempts: readonly LogAttempt[] }
  | {
      readonly ok: false;
      /** Why no scenario was made, in a sentence. */
      readonly reason: string;
      readonly rows: RowsReport;
      /** The built scenario's problems, when the parser refused it (a bug, or a base that is itself invalid). */
      readonly scenarioIssues?: readonly ScenarioIssue[];
    };

export async function calibrate(text: string, options: CalibrationOptions): Promise<Calibration> {
  const parsed = parseCallLog(text, options.columns);
  const rows: RowsReport = { total: parsed.rows, good: parsed.attempts.length, bad: parsed.badRows, issues: parsed.issues, issueCount: parsed.issueCount };
  if (parsed.fatal.length > 0) return { ok: false, reason: parsed.fatal.join('; '), rows };
  if (parsed.attempts.length < MIN_GOOD_ROWS) {
    return { ok: false, reason: `only ${parsed.attempts.length} good row(s) of ${parsed.rows}: at least ${MIN_GOOD_ROWS} are needed for a fit`, rows };
  }
  if (!parsed.attempts.some((a) => a.outcome === 'answered')) return { ok: false, reason: 'no answered call in the good rows: talk times cannot be fitted', rows };
  const attempts = await hashCallers(parsed.attempts, options.salt);
  const fit = fitLog(attempts);
  let built = buildScenario(options.base, fit, { source: options.source });
  let checked = parseScenario(built.json);
  if (!checked.ok) {
    // A schema without the realism work's fields: what they say stays in the report.
    const plain = withoutNewerFields(built);
    const again = parseScenario(plain.json);
    if (again.ok) [built, checked] = [plain, again];
  }
  if (!checked.ok) return { ok: false, reason: 'the fitted scenario does not pass the scenario parser', rows, scenarioIssues: checked.issues };
  return { ok: true, scenario: checked.scenario, json: built.json, report: { rows, fit, notes: built.notes }, attempts };
}
