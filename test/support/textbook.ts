/** Builds scenarios that express textbook queues exactly: constant rates, exponential service, fixed staff, no IVR. */
import type { Scenario } from '../../models/scenario/scenario.ts';
import { accepted } from './scenarios.ts';

export interface TextbookQueue {
  /** Arrivals per second, one entry per class (class 0 = highest priority lane). */
  arrivalRates: number[];
  meanServiceSeconds: number;
  servers: number;
  meanPatienceSeconds?: number;
  lines?: number;
  days: number;
  warmupHours: number;
  targetSeconds?: number;
}

export function textbookScenario(q: TextbookQueue, extra: Record<string, unknown> = {}): Scenario {
  return accepted({ ...textbookJson(q), ...extra });
}

/** The scenario as JSON, to extend before parsing. */
export function textbookJson(q: TextbookQueue) {
  const total = q.arrivalRates.reduce((a, b) => a + b, 0);
  return {
    version: 1,
    name: 'textbook',
    description: 'a textbook queue',
    run: { days: q.days, warmupHours: q.warmupHours },
    arrivals: { callsPerHour: total * 3600 },
    callTypes: q.arrivalRates.map((rate, i) => ({
      id: `c${i}`,
      lane: `l${i}`,
      share: rate / total,
      handleSeconds: { kind: 'exponential', meanSeconds: q.meanServiceSeconds },
      patienceSeconds: q.meanPatienceSeconds ? { kind: 'exponential', meanSeconds: q.meanPatienceSeconds } : { kind: 'infinite' },
    })),
    lanes: q.arrivalRates.map((_, i) => ({ id: `l${i}`, priority: i, serviceLevelTargetSeconds: q.targetSeconds ?? 20 })),
    ...(q.lines ? { trunk: { lines: q.lines } } : {}),
    frontDesk: { seats: q.servers },
  };
}
