/**
 * The calibration view's decisions, DOM-free (the element holds the state and draws it):
 * whether an imported file opens and with which column map, what a refused fit says, and
 * whether the report's inputs can run. Each keeps what was typed: a refused file leaves the
 * previous one, the same export again keeps the map as chosen.
 */
import type { Bilingual } from '../../i18n/i18n.ts';
import { MIN_GOOD_ROWS } from '../../calibration/calibrate.ts';
import { MAX_LOG_BYTES, type FitFailed } from './calibration-api.ts';
import { guessColumns, previewOf, startProblem, type ColumnSelection, type Preview } from './column-map.ts';
import { C } from './messages.ts';

/** Bytes read on the page for the preview; the whole file is read in the worker. */
export const PREVIEW_BYTES = 64 * 1024;
export const MAX_MB = MAX_LOG_BYTES / 1024 / 1024;

/** The file as the view knows it before the fit. */
export interface ImportedLog {
  readonly preview: Preview;
  readonly selection: ColumnSelection;
}

export type ImportDecision = { readonly ok: true; readonly log: ImportedLog; readonly keptMap: boolean } | { readonly ok: false; readonly message: Bilingual };

/** A file too large to read at all (checked before its start is read). */
export function sizeProblem(name: string, size: number): Bilingual | undefined {
  return size > MAX_LOG_BYTES ? C.tooLarge(name, MAX_MB) : undefined;
}

/** Opens a file from its start (`PREVIEW_BYTES` at most), or says why not; the same header as before keeps the map chosen. */
export function importLog(name: string, size: number, start: string, previous: ImportedLog | undefined): ImportDecision {
  const tooLarge = sizeProblem(name, size);
  if (tooLarge) return { ok: false, message: tooLarge };
  const preview = previewOf(start, size <= PREVIEW_BYTES);
  const problem = startProblem(start, preview);
  if (problem) return { ok: false, message: problem === 'empty' ? C.empty(name) : C.notCsv(name) };
  const same = previous !== undefined && previous.preview.header.join('\u0000') === preview.header.join('\u0000');
  return { ok: true, log: { preview, selection: same ? previous.selection : guessColumns(preview.header) }, keptMap: same };
}

/** Why a fit was refused, in a sentence naming the problem. */
export function failureMessage(failure: FitFailed, fileName: string): Bilingual {
  switch (failure.kind) {
    case 'too-large':
      return C.tooLarge(fileName, MAX_MB);
    case 'empty':
      return C.empty(fileName);
    case 'not-csv':
      return C.notCsv(fileName);
    case 'columns':
      return C.refusedColumns;
    case 'no-answered':
      return C.refusedNoAnswered;
    case 'too-few':
      return C.refusedTooFew(failure.rows?.good ?? 0, failure.rows?.total ?? 0, MIN_GOOD_ROWS);
    case 'scenario':
      return C.refusedScenario;
    case 'error':
      return C.fitError;
  }
}

export const MIN_REPORT_REPLICATIONS = 2;
export const MAX_REPORT_REPLICATIONS = 20;

/** The report's inputs as typed: the numbers, or the problem of each. */
export function reportInputs(replicationsText: string, seedText: string): { replications?: number; seed?: number; problems: { replications?: Bilingual; seed?: Bilingual } } {
  const whole = (t: string) => (/^\d+$/.test(t.trim()) ? Number(t.trim()) : NaN);
  const n = whole(replicationsText);
  const seed = whole(seedText);
  const okN = n >= MIN_REPORT_REPLICATIONS && n <= MAX_REPORT_REPLICATIONS;
  const okSeed = seed >= 0 && seed <= 4294967295;
  return {
    ...(okN ? { replications: n } : {}),
    ...(okSeed ? { seed } : {}),
    problems: { ...(okN ? {} : { replications: C.replicationsInvalid }), ...(okSeed ? {} : { seed: C.seedInvalid }) },
  };
}
