/**
 * The calculator's simulation: the textbook scenarios of Erlang B, C and A (in that order,
 * C left out when its queue has no steady state) run one after the other on the page's
 * worker pool, 8 replications each with seed 12308. Progress is reported per scenario;
 * cancelling stops the pool at once.
 */
import type { SimulationPool } from '../../worker/client.ts';
import {
  SIMULATION_KINDS,
  simulatedFigures,
  simulationScenario,
  type CalculatorInputs,
  type SimulatedAnswer,
  type SimulationKind,
} from '../../planning/erlang-calculator.ts';

export const CALCULATOR_REPLICATIONS = 8;
export const CALCULATOR_SEED = 12308;

export interface CalculatorProgress {
  readonly kind: SimulationKind;
  /** Replications done over all the scenarios, and their total. */
  readonly done: number;
  readonly total: number;
}

export type CalculatorOutcome =
  | { readonly ok: true; readonly answer: SimulatedAnswer; readonly wallMs: number }
  | { readonly ok: false; readonly cancelled: true }
  | { readonly ok: false; readonly cancelled: false; readonly reason: string };

/** Runs the scenarios for `inputs`; `onProgress` hears replications done, and the answer grows scenario by scenario through `onAnswer`. */
export async function simulateCalculator(
  pool: SimulationPool,
  inputs: CalculatorInputs,
  listener: { onProgress(p: CalculatorProgress): void; onAnswer(a: SimulatedAnswer): void },
  signal: AbortSignal,
): Promise<CalculatorOutcome> {
  const started = performance.now();
  const runs = SIMULATION_KINDS.map((kind) => ({ kind, json: simulationScenario(inputs, kind) })).filter((r) => r.json !== undefined);
  const total = runs.length * CALCULATOR_REPLICATIONS;
  let answer: SimulatedAnswer = {};
  for (const [index, { kind, json }] of runs.entries()) {
    if (signal.aborted) return { ok: false, cancelled: true };
    const before = index * CALCULATOR_REPLICATIONS;
    listener.onProgress({ kind, done: before, total });
    const outcome = await pool.run(
      json,
      { seed: CALCULATOR_SEED, replications: CALCULATOR_REPLICATIONS },
      { onProgress: (p) => listener.onProgress({ kind, done: before + p.replicationsDone, total }) },
      signal,
    );
    if (!outcome.ok) {
      return outcome.cancelled ? { ok: false, cancelled: true } : { ok: false, cancelled: false, reason: outcome.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
    }
    answer = { ...answer, [kind]: kind === 'B' ? simulatedFigures('B', outcome.summary) : kind === 'C' ? simulatedFigures('C', outcome.summary) : simulatedFigures('A', outcome.summary) };
    listener.onAnswer(answer);
  }
  return { ok: true, answer, wallMs: performance.now() - started };
}
