/**
 * The trainer's worker: one traced replication, run in slices as the page's animation clock
 * asks (`stepCallCentre`), so a week plays without being computed or held all at once. The
 * worker keeps its own copy of the floor (the same reducer the page runs), so that a jump
 * sends the floor at the new time rather than every record before it.
 */
import { stepCallCentre, type CallCentreSteps } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { checkReplicationOptions } from '../../models/run-options.ts';
import { parseScenario, type Scenario } from '../../models/scenario/scenario.ts';
import { applyRecord, emptyFloor, floorConfig, type FloorState } from '../trainer/floor-state.ts';
import type { ReplicationOptions, TrainerApi } from './protocol.ts';

/** A batch is cut here, whatever `until` asks: the page asks again. */
const MAX_BATCH = 20_000;

interface Session {
  readonly scenario: Scenario;
  readonly options: ReplicationOptions;
  steps: CallCentreSteps;
  floor: FloorState;
  readonly pending: TraceRecord[];
}

export function createTrainerApi(): TrainerApi {
  let session: Session | undefined;

  function start(scenario: Scenario, options: ReplicationOptions): Session {
    const pending: TraceRecord[] = [];
    const steps = stepCallCentre(scenario, { seed: options.seed, replication: options.replication, days: options.days, trace: (r) => pending.push(r) });
    return { scenario, options, steps, floor: emptyFloor(floorConfig(scenario, steps)), pending };
  }

  /** Runs to `until`, in steps short enough to stop at MAX_BATCH records. */
  function runTo(s: Session, until: number): number {
    let reached = s.steps.now;
    while (reached < until && !s.steps.done && s.pending.length < MAX_BATCH) {
      reached = Math.min(until, reached + 3600);
      s.steps.advance(reached);
    }
    return s.steps.done ? Infinity : reached;
  }

  return {
    open(scenarioJson, options) {
      const issues = checkReplicationOptions(options);
      if (issues.length > 0) return { ok: false, issues };
      const parsed = parseScenario(scenarioJson);
      if (!parsed.ok) return parsed;
      session = start(parsed.scenario, options);
      return { ok: true, config: session.floor.config };
    },

    advance(until) {
      const s = session;
      if (!s) throw new Error('trainer: advance before open');
      const reached = runTo(s, until);
      const records = s.pending.splice(0);
      for (const r of records) applyRecord(s.floor, r);
      return { records, until: reached, done: s.steps.done };
    },

    jump(to) {
      let s = session;
      if (!s) throw new Error('trainer: jump before open');
      if (to < s.floor.t || to < s.steps.now) session = s = start(s.scenario, s.options);
      while (runTo(s, to) < to && !s.steps.done) for (const r of s.pending.splice(0)) applyRecord(s.floor, r);
      for (const r of s.pending.splice(0)) applyRecord(s.floor, r);
      s.floor.t = Math.max(s.floor.t, Math.min(to, s.steps.now));
      return { floor: s.floor, done: s.steps.done };
    },
  };
}
