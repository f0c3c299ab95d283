/**
 * The command line read into a run: the scenario file and the run options, checked by the
 * same rule as the page's and the worker's (models/run-options.ts). Each problem names the
 * flag, the allowed range and the text given, e.g.
 * `--replications: expected a whole number from 1 to 100000, got "0"`.
 */
import { parseArgs } from 'node:util';
import { checkRunOptions, DEFAULT_REPLICATIONS, DEFAULT_SEED } from '../../models/run-options.ts';

/** One line on how to call the command, printed with every error and for `--help`. */
export const USAGE = 'usage: npm run sim -- <scenario.json> [--replications N] [--seed S] [--days D] [--threads T] [--json] [--series] [--yes] [--shard K/M --out part.json] [--call-log log.csv]';

/** A run as the command line asks for it, every option checked. */
export interface CommandLine {
  readonly file: string;
  readonly seed: number;
  readonly replications: number;
  /** Undefined: the scenario's own `run.days`. */
  readonly days: number | undefined;
  /** Undefined: chosen from the size of the run (`threadsFor`). */
  readonly threads: number | undefined;
  /** Print a JSON document rather than the report. */
  readonly json: boolean;
  /** Include the time series in the JSON document. */
  readonly series: boolean;
  /** Run even when the cost estimate says the run is long. */
  readonly yes: boolean;
  /** Every scenario file, when the command takes more than one (compare). */
  readonly files?: readonly string[];
  /** `--shard K/M`: only shard K (0 … M−1) of M of the replications. */
  readonly shard?: Shard;
  /** `--out FILE`: where the command writes its file. */
  readonly out?: string;
  /** `--set PATH=V1,V2,…`, as given (sweep). */
  readonly sets?: readonly string[];
  /** `--call-log FILE`: where sim writes the call log of replication 0 (CSV). */
  readonly callLog?: string;
}

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export type CommandLineResult =
  | { readonly ok: true; readonly help: true }
  | { readonly ok: true; readonly help: false; readonly commandLine: CommandLine }
  | { readonly ok: false; readonly errors: readonly string[] };

const NUMBER_FLAGS = ['seed', 'days', 'replications', 'threads'] as const;
type NumberFlag = (typeof NUMBER_FLAGS)[number];

/** Reads the arguments after the script name (`files` scenario files); never throws for bad input. */
export function readCommandLine(args: readonly string[], files = 1): CommandLineResult {
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
        shard: { type: 'string' },
        out: { type: 'string' },
        set: { type: 'string', multiple: true },
        'call-log': { type: 'string' },
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
    threads: given.threads,
  };
  const errors: string[] = [];
  if (positionals.length !== files) errors.push(files === 1 ? 'expected exactly one scenario file' : `expected exactly ${files} scenario files`);
  for (const issue of checkRunOptions(options)) errors.push(`--${issue.option}: ${issue.message}, got ${JSON.stringify(text[issue.option as NumberFlag])}`);
  const shard = values.shard === undefined ? undefined : readShard(values.shard, options.replications);
  if (typeof shard === 'string') errors.push(shard);
  if (errors.length > 0) return { ok: false, errors };
  const more = { files: files === 1 ? undefined : positionals, shard: shard as Shard | undefined, out: values.out, sets: values.set, callLog: values['call-log'] };
  return { ok: true, help: false, commandLine: { file: positionals[0]!, ...options, json: values.json ?? false, series: values.series ?? false, yes: values.yes ?? false, ...more } };
}

/** `K/M` with 0 ≤ K < M ≤ replications, or the error naming the flag. */
function readShard(text: string, replications: number): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (Number.isSafeInteger(index) && Number.isSafeInteger(count) && index < count && count <= replications) return { index, count };
  return `--shard: expected K/M, whole numbers with 0 ≤ K < M ≤ replications (${replications}); K counts from 0, like a Kubernetes completion index, got ${JSON.stringify(text)}`;
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
