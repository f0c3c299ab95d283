/**
 * A sweep: the scenario run at every combination of values of one or more fields, each
 * point with the same seed and replications, so points differ only by the fields changed
 * (common random numbers across points). Each point's scenario goes through the parser; a
 * bad value is refused before anything runs, with the point and the field named.
 */
import type { ExperimentResult } from '../../models/replications.ts';
import type { RunCancelled, RunInvalid } from '../worker/protocol.ts';
import type { SimWorker } from '../worker/run-plan.ts';
import { runExperiments, type ExperimentsListener, type ExperimentsOptions } from './experiments.ts';
import { setPath } from './json-path.ts';

export interface SweepParameter {
  readonly path: string;
  readonly values: readonly unknown[];
}

export interface SweepPoint {
  readonly values: Record<string, unknown>;
  readonly result: ExperimentResult;
}

export type SweepOutcome = { readonly ok: true; readonly parameters: readonly SweepParameter[]; readonly points: SweepPoint[] } | RunInvalid | RunCancelled;

/** Every combination of the parameters' values, the first parameter varying slowest. */
export function sweepPoints(parameters: readonly SweepParameter[]): Record<string, unknown>[] {
  return parameters.reduce<Record<string, unknown>[]>((points, p) => points.flatMap((point) => p.values.map((v) => ({ ...point, [p.path]: v }))), [{}]);
}

/** Each point's scenario JSON, or the first path that leads nowhere. */
export function pointScenarios(base: unknown, points: readonly Record<string, unknown>[]): { ok: true; scenarios: unknown[] } | { ok: false; error: string } {
  const scenarios: unknown[] = [];
  for (const point of points) {
    let json = base;
    for (const [path, value] of Object.entries(point)) {
      const set = setPath(json, path, value);
      if (!set.ok) return { ok: false, error: set.error };
      json = set.value;
    }
    scenarios.push(json);
  }
  return { ok: true, scenarios };
}

export const pointLabel = (values: Record<string, unknown>): string =>
  Object.entries(values)
    .map(([path, v]) => `${path}=${JSON.stringify(v)}`)
    .join(', ');

export async function runSweep(
  workers: readonly SimWorker[],
  base: unknown,
  parameters: readonly SweepParameter[],
  options: Omit<ExperimentsOptions, 'firstReplication'>,
  listener: Pick<ExperimentsListener, 'onProgress'> = {},
  signal?: AbortSignal,
): Promise<SweepOutcome> {
  const points = sweepPoints(parameters);
  const built = pointScenarios(base, points);
  if (!built.ok) return { ok: false, cancelled: false, issues: [{ path: 'sweep', message: built.error, found: '' }] };
  const outcome = await runExperiments(workers, built.scenarios, options, listener, signal, (k) => `point ${pointLabel(points[k]!)}`);
  if (!outcome.ok) return outcome;
  return { ok: true, parameters, points: points.map((values, k) => ({ values, result: outcome.results[k]! })) };
}
