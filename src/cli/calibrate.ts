/**
 * `npm run calibrate -- log.csv [--columns map.json] [--base scenario.json] --out scenario.json [--json] [--report [--replications N] [--seed S]]`:
 * fits a scenario to a call log (README: "Calibration"). Prints the fit report (or, with
 * `--json`, `{rows, fit, notes, report?}`), writes the scenario to `--out`, and with
 * `--report` runs the fitted scenario and sets it against the log hour by hour. Bad rows
 * are listed and the fit made from the good ones; a usage error, an unreadable file, a
 * column map that does not fit the file or too few good rows: every problem on stderr,
 * exit status 2.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { calibrate } from '../calibration/calibrate.ts';
import { compareWithLog } from '../calibration/interval-report.ts';
import { checkColumnMap, formatRowIssue, type ColumnMap } from '../calibration/parse-log.ts';
import { formatIssue } from '../../models/scenario/issues.ts';
import { checkRunOptions, DEFAULT_SEED } from '../../models/run-options.ts';
import { formatFitReport, formatIntervalReport } from './calibration-text.ts';
import { fail, readScenarioFile } from './command.ts';
import { jsonText } from './document.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { writeAllOrNothing } from './files.ts';

const USAGE = 'usage: npm run calibrate -- <log.csv> [--columns map.json] [--base scenario.json] --out <scenario.json> [--json] [--report [--replications N] [--seed S]]';

/** A call log larger than this is refused before it is read (a year of 12308 is about 80 MB). */
const MAX_LOG_BYTES = 512 * 1024 * 1024;
const DEFAULT_BASE = join(PROJECT_ROOT, 'scenarios', 'baseline.json');
/** Replications of the report unless `--replications` says otherwise (1 to MAX_REPORT_REPLICATIONS). */
const DEFAULT_REPORT_REPLICATIONS = 5;
const MAX_REPORT_REPLICATIONS = 100;

function readArguments() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        columns: { type: 'string' },
        base: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        report: { type: 'boolean' },
        replications: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail([(error as Error).message], USAGE);
  }
}

function wholeNumber(flag: string, text: string | undefined, fallback: number, min: number, max: number, errors: string[]): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) errors.push(`--${flag}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

function readColumnMap(file: string): ColumnMap {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail([`--columns ${file}: ${code ? `cannot read it (${code})` : `not JSON (${(error as Error).message})`}`], USAGE);
  }
  const checked = checkColumnMap(json);
  if (!checked.ok) fail([`--columns ${file}: the column map has ${checked.problems.length} problem(s):`, ...checked.problems.map((p) => `  ${p}`)], USAGE);
  return checked.map;
}

function readLog(file: string): string {
  try {
    const size = statSync(file).size;
    if (size > MAX_LOG_BYTES) fail([`${file}: the call log is ${size} bytes, more than the ${MAX_LOG_BYTES} read`], USAGE);
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail([`${file}: cannot read the call log (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`], USAGE);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = readArguments();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const errors: string[] = [];
  if (positionals.length !== 1) errors.push('expected exactly one call log (CSV)');
  if (values.out === undefined) errors.push('--out: expected the file to write the fitted scenario to');
  if (!values.report && (values.replications !== undefined || values.seed !== undefined)) errors.push('--replications and --seed go with --report');
  const replications = wholeNumber('replications', values.replications, DEFAULT_REPORT_REPLICATIONS, 1, MAX_REPORT_REPLICATIONS, errors);
  const seedText = values.seed;
  const seed = seedText === undefined ? DEFAULT_SEED : /^\d+$/.test(seedText) ? Number(seedText) : NaN;
  for (const issue of checkRunOptions({ seed, replications: 1, days: undefined, threads: 1 })) errors.push(`--${issue.option}: ${issue.message}, got ${JSON.stringify(seedText)}`);
  if (errors.length > 0) fail(errors, USAGE);

  const file = positionals[0]!;
  const columns = values.columns === undefined ? undefined : readColumnMap(values.columns);
  const base = values.base === undefined ? readScenarioFile(DEFAULT_BASE, USAGE) : readScenarioFile(values.base, USAGE);
  const text = readLog(file);
  const started = Date.now();
  const result = await calibrate(text, { base: base.json as Record<string, unknown>, columns, source: basename(file) });
  if (!result.ok) {
    fail(
      [
        `${file}: no scenario fitted: ${result.reason}`,
        `rows: ${result.rows.total} in the file, ${result.rows.good} good, ${result.rows.bad} with problems`,
        ...result.rows.issues.slice(0, 20).map((i) => `  ${formatRowIssue(i)}`),
        ...(result.scenarioIssues ?? []).map((i) => `  ${formatIssue(i)}`),
      ],
      USAGE,
    );
  }
  if (result.report.rows.bad > 0) process.stderr.write(`${file}: ${result.report.rows.bad} row(s) with problems left out (listed in the report)\n`);

  const out = values.out!;
  try {
    const temporary = `${out}.tmp-${process.pid}`;
    writeFileSync(temporary, jsonText(result.json));
    renameSync(temporary, out);
  } catch (error) {
    process.stderr.write(`${out}: cannot write the scenario (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was written\n`);
    process.exit(1);
  }

  let comparison;
  if (values.report) {
    process.stderr.write(`report: ${replications} replication(s) of the fitted scenario\n`);
    comparison = compareWithLog(result.scenario, result.attempts, { seed, replications, onReplication: (done) => process.stderr.write(`  ${done} of ${replications}\n`) });
  }
  const output = values.json
    ? jsonText({ ...result.report, ...(comparison ? { report: comparison } : {}) })
    : formatFitReport(result.report) + (comparison ? `\n${formatIntervalReport(comparison)}` : '');
  const written = writeAllOrNothing(process.stdout.fd, output);
  if (!written.ok) {
    process.stderr.write(`cannot write the report to the standard output (${written.code}); the scenario was written to ${out}\n`);
    process.exit(1);
  }
  process.stderr.write(`done: scenario written to ${out} in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
}

await main();
