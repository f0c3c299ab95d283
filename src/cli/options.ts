/**
 * The command line read into a run: the scenario file and the run options, checked by the
 * same rule as the page's and the worker's (models/run-options.ts). Each problem names the
 * flag, the allowed range and the text given, e.g.
 * `--replications: expected a whole number from 1 to 100000, got "0"`.
 */
import { parseArgs } from 'node:util';
import { checkRunOptions, DEFAULT_REPLICATIONS, DEFAULT_SEED } from '../../models/run-options.ts';

/** One line on how to call the command, printed with every error and for `--help`. */
export const USAGE = 'usage: npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series] [--yes]';

/** A run as the command line asks for it, every option checked. */
export interface CommandLine {
  readonly file: string;
  readonly seed: number;
  readonly replications: number;
  /** Undefined: the scenario's own `run.days`. */
  readonly days: number | undefined;
  readonly threads: number;
  /** Print a JSON document rather than the report. */
  readonly json: boolean;
  /** Include the time series in the JSON document. */
  readonly series: boolean;
  /** Run even when the cost estimate says the run is long. */
  readonly yes: boolean;
}

export type CommandLineResult =
  | { readonly ok: true; readonly help: true }
  | { readonly ok: true; readonly help: false; readonly commandLine: CommandLine }
  | { readonly ok: false; readonly errors: readonly string[] };

const NUMBER_FLAGS = ['seed', 'days', 'replications', 'threads'] as const;
type NumberFlag = (typeof NUMBER_FLAGS)[number];

/** Reads the arguments after the script name; never throws for bad input. */
export function readCommandLine(args: readonly string[]): CommandLineResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        replications: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        threads: { type: 'string' },
        json: { type: 'boolean' },
        series: { type: 'boolean' },
        yes: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };

  const text: Record<NumberFlag, string | undefined> = { seed: values.seed, days: values.days, replications: values.replications, threads: values.threads };
  const given = Object.fromEntries(NUMBER_FLAGS.map((flag) => [flag, numberOrAbsent(text[flag])])) as Record<NumberFlag, number | undefined>;
  const options = {
    seed: given.seed ?? DEFAULT_SEED,
    replications: given.replications ?? DEFAULT_REPLICATIONS,
    days: given.days,
    threads: given.threads ?? 1,
  };
  const errors: string[] = [];
  if (positionals.length !== 1) errors.push('expected exactly one scenario file');
  for (const issue of checkRunOptions(options)) errors.push(`--${issue.option}: ${issue.message}, got ${JSON.stringify(text[issue.option as NumberFlag])}`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, help: false, commandLine: { file: positionals[0]!, ...options, json: values.json ?? false, series: values.series ?? false, yes: values.yes ?? false } };
}

/**
 * Plain decimal notation only: `Number()` would also read "" as 0, "0x10" as 16, " 2 " as 2
 * and "1e-300" as a number, none of which a planner means as a count of days or a seed.
 */
const DECIMAL = /^\d+(\.\d+)?$/;

/** The number a flag's text says (NaN if it says none in plain decimals); undefined when the flag was not given. */
function numberOrAbsent(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}
