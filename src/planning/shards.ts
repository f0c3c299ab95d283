/**
 * Replications spread over machines: shard K of M runs a contiguous block of replication
 * indices and writes each replication's figures to a part file; merging the parts adds
 * them in index order (run-plan.ts's `OrderedSummary`), so the merged figures equal the
 * unsharded run's to the last bit. Part files are JSON; NaN and ±Infinity, which JSON
 * lacks, are written as the strings "NaN", "Infinity", "-Infinity" and read back.
 */
import type { ReplicationResult } from '../../models/call-centre.ts';
import type { ExperimentResult, Figures } from '../../models/replications.ts';
import { parseScenario } from '../../models/scenario/scenario.ts';
import { OrderedSummary } from '../worker/run-plan.ts';

export const PART_FORMAT = 'cc12308-part';

export interface ShardSpec {
  /** 0 … count − 1 (a Kubernetes completion index). */
  readonly index: number;
  readonly count: number;
}

/** Replications [first, first + replications) of shard `index` of `count`, out of `total`. */
export function shardRange(total: number, shard: ShardSpec): { first: number; replications: number } {
  const first = Math.floor((total * shard.index) / shard.count);
  const end = Math.floor((total * (shard.index + 1)) / shard.count);
  return { first, replications: end - first };
}

export interface PartFile {
  readonly format: typeof PART_FORMAT;
  readonly version: 1;
  /** The scenario as given (JSON), so that every part can be checked to be of the same run. */
  readonly scenario: unknown;
  readonly seed: number;
  /** Replications of the whole run, and the days override (null: the scenario's). */
  readonly replications: number;
  readonly days: number | null;
  readonly shard: ShardSpec;
  readonly results: { replication: number; figures: Figures; run: ReplicationResult['run'] }[];
}

/** The part file's text. */
export function partText(part: PartFile): string {
  return `${JSON.stringify(part, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value))}\n`;
}

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** Reads a part file's text; throws an Error saying what is wrong. */
export function readPart(text: string): PartFile {
  const part = JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' && value in NON_FINITE ? NON_FINITE[value] : value)) as PartFile;
  if (part?.format !== PART_FORMAT || part.version !== 1 || !Array.isArray(part.results)) throw new Error(`not a part file of this simulator (format "${PART_FORMAT}", version 1)`);
  return part;
}

/**
 * The experiment the parts make up, or the problems: parts of different runs, missing or
 * repeated replications.
 */
export function mergeParts(parts: readonly { name: string; part: PartFile }[]): { ok: true; result: ExperimentResult } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const [first] = parts;
  if (!first) return { ok: false, errors: ['expected at least one part file'] };
  const key = (p: PartFile) => JSON.stringify([p.scenario, p.seed, p.replications, p.days, p.shard.count]);
  for (const { name, part } of parts.slice(1)) {
    if (key(part) !== key(first.part)) errors.push(`${name}: not of the same run as ${first.name} (scenario, seed, replications, days and shard count must all agree)`);
  }
  const parsed = parseScenario(first.part.scenario);
  if (!parsed.ok) errors.push(`${first.name}: its scenario is invalid`);
  const n = first.part.replications;
  const byIndex = new Map<number, PartFile['results'][number]>();
  for (const { name, part } of parts) {
    for (const r of part.results) {
      if (!Number.isSafeInteger(r.replication) || r.replication < 0 || r.replication >= n) errors.push(`${name}: replication ${r.replication} is outside 0 … ${n - 1}`);
      else if (byIndex.has(r.replication)) errors.push(`${name}: replication ${r.replication} is in more than one part`);
      else byIndex.set(r.replication, r);
    }
  }
  if (errors.length === 0 && byIndex.size < n) {
    const shards = new Set(parts.map((p) => p.part.shard.index));
    const missing = Array.from({ length: first.part.shard.count }, (_, k) => k).filter((k) => !shards.has(k));
    errors.push(`${n - byIndex.size} of ${n} replications are missing (shards ${missing.join(', ') || '?'} of ${first.part.shard.count})`);
  }
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  const summary = new OrderedSummary<Figures>();
  const totals = { events: 0, attempts: 0 };
  for (let i = 0; i < n; i++) {
    const r = byIndex.get(i)!;
    summary.add(i, r.figures);
    totals.events += r.run.events;
    totals.attempts += r.run.attempts;
  }
  const scenario = parsed.scenario;
  return {
    ok: true,
    result: {
      scenario: scenario.name,
      seed: first.part.seed,
      replications: n,
      days: first.part.days ?? scenario.run.days,
      warmupHours: scenario.run.warmupHours,
      summary: summary.build(),
      totals,
    },
  };
}
