/**
 * Scenarios for property tests that reach the interesting region: the load (ρ, offered work
 * ÷ seats) is drawn from 0.3 to 1.3 and the arrival rate derived from it, durations are of
 * realistic size, and one scenario may have up to three lanes with reserves, an IVR, a trunk
 * limit, patience, after-call work and redials at once.
 */
import fc from 'fast-check';

export interface LoadedParameters {
  readonly load: number;
  readonly servers: number;
  readonly meanHandleSeconds: number;
  readonly handleKind: 'exponential' | 'lognormal' | 'gamma';
  readonly cv: number;
  readonly lanes: number;
  /** Seats the top lane keeps from the others. */
  readonly reserved: number;
  readonly meanPatienceSeconds: number | null;
  /** Trunk lines beyond the seats (null: no trunk limit). */
  readonly extraLines: number | null;
  readonly selfServiceShare: number | null;
  readonly afterCallWorkSeconds: number | null;
  readonly redial: boolean;
}

const tenths = (min: number, max: number) => fc.integer({ min, max }).map((k) => k / 10);

export const loadedParameters: fc.Arbitrary<LoadedParameters> = fc.record({
  load: tenths(3, 13),
  servers: fc.integer({ min: 1, max: 8 }),
  meanHandleSeconds: fc.integer({ min: 60, max: 600 }),
  handleKind: fc.constantFrom('exponential' as const, 'lognormal' as const, 'gamma' as const),
  cv: tenths(3, 15),
  lanes: fc.integer({ min: 1, max: 3 }),
  reserved: fc.integer({ min: 0, max: 2 }),
  meanPatienceSeconds: fc.option(fc.integer({ min: 30, max: 600 })),
  extraLines: fc.option(fc.integer({ min: 0, max: 10 })),
  selfServiceShare: fc.option(tenths(1, 6)),
  afterCallWorkSeconds: fc.option(fc.integer({ min: 5, max: 120 })),
  redial: fc.boolean(),
});

export const RUN = { days: 0.25, warmupHours: 1, drainLimitHours: 2 } as const;

/** Lane ids, highest priority first: `l0`, `l1`, `l2`; call type `t<i>` goes to lane `l<i>`. */
export function loadedJson(p: LoadedParameters) {
  const handleSeconds = p.handleKind === 'exponential' ? { kind: 'exponential', meanSeconds: p.meanHandleSeconds } : { kind: p.handleKind, meanSeconds: p.meanHandleSeconds, cv: p.cv };
  // Offered work per hour = calls/h × mean handle; ρ = that ÷ (seats × 3600).
  const callsPerHour = (p.load * p.servers * 3600) / p.meanHandleSeconds;
  const lanes = Array.from({ length: p.lanes }, (_, i) => i);
  return {
    version: 1,
    name: 'loaded',
    description: `ρ ${p.load}`,
    run: RUN,
    arrivals: { callsPerHour },
    callTypes: lanes.map((i) => ({
      id: `t${i}`,
      lane: `l${i}`,
      share: 1 / p.lanes,
      selfServiceShare: p.selfServiceShare ?? 0,
      handleSeconds,
      ...(p.afterCallWorkSeconds ? { afterCallWorkSeconds: { kind: 'exponential', meanSeconds: p.afterCallWorkSeconds } } : {}),
      patienceSeconds: p.meanPatienceSeconds ? { kind: 'exponential', meanSeconds: p.meanPatienceSeconds } : { kind: 'infinite' },
    })),
    lanes: lanes.map((i) => ({ id: `l${i}`, priority: i, serviceLevelTargetSeconds: 20, ...(i === 0 && p.lanes > 1 ? { reservedSeats: p.reserved } : {}) })),
    ...(p.extraLines === null ? {} : { trunk: { lines: p.servers + p.extraLines } }),
    ...(p.selfServiceShare === null ? {} : { ivr: { menuSeconds: { kind: 'fixed', seconds: 15 }, selfServiceSeconds: { kind: 'exponential', meanSeconds: 60 } } }),
    frontDesk: { seats: p.servers },
    ...(p.redial ? { redial: { afterBusyProbability: 0.5, afterAbandonProbability: 0.4, delaySeconds: { kind: 'exponential', meanSeconds: 120 }, maxAttempts: 3 } } : {}),
  };
}

export const loadedScenarioJson = loadedParameters.map(loadedJson);
