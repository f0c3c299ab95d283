/**
 * The incident window: from the first surge's start until the arrival rate is back within
 * 10% of normal (every surge's extra calls together at most 0.1 × the normal rate) for the
 * rest of the run. Figures of the hours that matter are taken over it.
 */
import { MINUTE } from '../../src/engine/time.ts';
import type { SurgeSpec } from '../scenario/scenario.ts';
import { Surge } from './surge.ts';

/** The arrival rate counts as back to normal within this share above it. */
export const BACK_TO_NORMAL = 0.1;

export interface IncidentWindow {
  /** Seconds from the run's start. */
  readonly start: number;
  readonly end: number;
}

/**
 * The window, to the minute, looked for up to `untilSeconds`; undefined without a surge.
 * A surge that never lifts the rate by more than 10% gives an empty window at its start.
 */
export function incidentWindow(surges: readonly SurgeSpec[], untilSeconds: number): IncidentWindow | undefined {
  if (surges.length === 0) return undefined;
  const shapes = surges.map((s) => new Surge(s));
  const start = Math.min(...surges.map((s) => s.startHour)) * 3600;
  let end = start;
  for (let t = start; t < untilSeconds; t += MINUTE) {
    let extra = 0;
    for (const shape of shapes) extra += shape.extraAt(t);
    if (extra > BACK_TO_NORMAL) end = t + MINUTE;
  }
  return { start, end: Math.min(end, untilSeconds) };
}
