/**
 * What one fuzz case must show: the parser and the model never throw; rejected input has
 * issues, each with a path and a message, at most the listed cap plus the count; accepted
 * input keeps every field it was given (nothing dropped without a word), and a short run of
 * it conserves calls with no NaN among the counts.
 */
import { simulateCallCentre, type ReplicationResult } from '../../models/call-centre.ts';
import { MAX_ISSUES_LISTED } from '../../models/limits.ts';
import { checkReplicationOptions } from '../../models/run-options.ts';
import { estimateRunCost } from '../../models/scenario/run-cost.ts';
import { parseScenario, type Scenario } from '../../models/scenario/scenario.ts';

export type CaseVerdict =
  | 'rejected'
  | 'ran'
  /** Accepted, but a short run would take too long for a fuzz case. */
  | 'too-costly'
  /** An exception escaped the parser or the model. */
  | 'crash'
  /** Rejected, but without issues, or an issue without a path or a message, or too many. */
  | 'bad-issues'
  /** Accepted, but a field given in the input is missing from the parsed scenario. */
  | 'silent-loss'
  /** Calls not conserved, or a count that is NaN or negative. */
  | 'conservation';

export interface CaseOutcome {
  readonly verdict: CaseVerdict;
  readonly detail?: string;
}

/** Attempts a fuzz case's run may make: its run covers the warm-up and half a day. */
const MAX_CASE_ATTEMPTS = 50_000;

export function checkCase(input: unknown, seed: number): CaseOutcome {
  let parsed;
  try {
    parsed = parseScenario(input);
  } catch (error) {
    return { verdict: 'crash', detail: `parseScenario threw ${describeError(error)}` };
  }
  if (!parsed.ok) {
    const { issues } = parsed;
    if (issues.length === 0) return { verdict: 'bad-issues', detail: 'rejected with no issues' };
    if (issues.length > MAX_ISSUES_LISTED + 1) return { verdict: 'bad-issues', detail: `${issues.length} issues listed` };
    const bad = issues.find((i) => typeof i.path !== 'string' || i.path === '' || typeof i.message !== 'string' || i.message === '');
    return bad ? { verdict: 'bad-issues', detail: JSON.stringify(bad) } : { verdict: 'rejected' };
  }
  const lost = firstDroppedField(input, parsed.scenario);
  if (lost) return { verdict: 'silent-loss', detail: `${lost} was given but is not in the parsed scenario` };

  const scenario = parsed.scenario;
  const days = scenario.run.warmupHours / 24 + 0.5;
  if (checkReplicationOptions({ seed, replication: 0, days }, scenario).length > 0) return { verdict: 'crash', detail: `a run of ${days} days is refused` };
  if (estimateRunCost(scenario, { replications: 1, days }).attempts > MAX_CASE_ATTEMPTS) return { verdict: 'too-costly' };
  let result: ReplicationResult;
  try {
    result = simulateCallCentre(scenario, { seed, days });
  } catch (error) {
    return { verdict: 'crash', detail: `simulateCallCentre threw ${describeError(error)}` };
  }
  const broken = conservationBreak(result);
  return broken ? { verdict: 'conservation', detail: broken } : { verdict: 'ran' };
}

/** The path of the first own field of the input that the parsed scenario does not have. */
function firstDroppedField(input: unknown, output: unknown, path = ''): string | undefined {
  if (input === null || typeof input !== 'object' || output === null || typeof output !== 'object') return undefined;
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) return `${path}/${key}`;
    const inner = firstDroppedField((input as Record<string, unknown>)[key], (output as Record<string, unknown>)[key], `${path}/${key}`);
    if (inner) return inner;
  }
  return undefined;
}

const COUNTS = ['offered', 'uniqueCallers', 'redials', 'blocked', 'selfServed', 'queued', 'answered', 'abandoned', 'stillInSystem'] as const;

function conservationBreak(result: ReplicationResult): string | undefined {
  const rows = [...Object.entries(result.byLane).map(([id, f]) => [`lane ${id}`, f] as const), ...Object.entries(result.byCallType).map(([id, f]) => [`call type ${id}`, f] as const)];
  for (const [what, f] of rows) {
    for (const count of COUNTS) {
      const value = f[count];
      if (!Number.isInteger(value) || value < 0) return `${what}: ${count} = ${value}`;
    }
    if (f.selfServed + f.answered + f.abandoned + f.blocked + f.stillInSystem !== f.offered) {
      return `${what}: self-served ${f.selfServed} + answered ${f.answered} + abandoned ${f.abandoned} + blocked ${f.blocked} + still in system ${f.stillInSystem} ≠ offered ${f.offered}`;
    }
  }
  for (const [id, funnel] of Object.entries(result.funnel)) {
    const values = Object.entries(funnel);
    const bad = values.find(([, v]) => !Number.isInteger(v) || v < 0);
    if (bad) return `funnel ${id}: ${bad[0]} = ${bad[1]}`;
    const rows = values.filter(([k]) => k !== 'offered').reduce((sum, [, v]) => sum + v, 0);
    if (rows !== funnel.offered) return `funnel ${id}: rows add up to ${rows}, offered ${funnel.offered}`;
    if (funnel.offered !== result.byCallType[id]?.offered) return `funnel ${id}: offered ${funnel.offered} ≠ byCallType ${result.byCallType[id]?.offered}`;
  }
  const { created, completed } = result.workOrders;
  if (!Number.isInteger(created) || !Number.isInteger(completed) || completed > created) return `work orders: created ${created}, completed ${completed}`;
  return undefined;
}

function describeError(error: unknown): string {
  const e = error as Error;
  return `${e?.name ?? 'error'}: ${String(e?.message ?? error).slice(0, 200)}`;
}

export type { Scenario };
