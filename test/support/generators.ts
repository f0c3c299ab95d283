/**
 * Scenarios for property tests. `loadedScenarioJson` reaches the interesting region of the
 * phone side: the load (ρ, offered work ÷ seats) is drawn from 0.3 to 1.3 and the arrival
 * rate derived from it, durations are of realistic size, and one scenario may have up to
 * three lanes with reserves, an IVR, a trunk limit, patience, after-call work and redials at
 * once. `wholeScenarioJson` has every tier at once (standby seats, the back office with
 * secretaries on the phones, missions and notifications with failing channels) and a
 * warm-up, for properties over traced runs.
 */
import fc from 'fast-check';
import { MIN_CV } from '../../models/limits.ts';
import { MISSION_IDS } from '../../models/missions/catalogue.ts';

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

const duration = fc.oneof(
  fc.record({ kind: fc.constant('exponential'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }) }),
  fc.record({ kind: fc.constant('lognormal'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }), cv: fc.oneof(fc.constant(0), fc.double({ min: MIN_CV, max: 3, noNaN: true })) }),
  fc.record({ kind: fc.constant('fixed'), seconds: fc.double({ min: 0, max: 900, noNaN: true }) }),
);
/** Shares in steps of 0.1 (fc.double favours values next to 0 and 1, which would leave parts idle). */
const shareTenths = fc.integer({ min: 0, max: 10 }).map((k) => k / 10);
const minutes = (d: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k.replace('Seconds', 'Minutes').replace(/^seconds$/, 'minutes'), typeof v === 'number' && k !== 'cv' ? v / 60 : v]));

/** Scenario JSON with every tier, half a day long. */
export const wholeScenarioJson = fc
  .record({
    servers: fc.integer({ min: 0, max: 8 }),
    callsPerHour: fc.integer({ min: 10, max: 200 }),
    warmupHours: fc.integer({ min: 0, max: 3 }),
    handle: duration,
    patience: fc.oneof(fc.constant({ kind: 'infinite' }), duration),
    lines: fc.option(fc.integer({ min: 1, max: 20 })),
    reserved: fc.integer({ min: 0, max: 3 }),
    redial: fc.boolean(),
    ivr: fc.boolean(),
    standby: fc.option(fc.record({ seats: fc.integer({ min: 1, max: 6 }), atLeast: fc.integer({ min: 1, max: 6 }) })),
    afterCall: fc.record({ liveTransferShare: shareTenths, transferToOfficerShare: shareTenths, workOrderShare: shareTenths, forwardShare: shareTenths, escalationShare: shareTenths }),
    secretaries: fc.integer({ min: 0, max: 4 }),
    officers: fc.integer({ min: 0, max: 3 }),
    work: duration,
    transferPatience: fc.oneof(fc.constant({ kind: 'infinite' }), duration),
    phones: fc.option(fc.record({ seats: fc.integer({ min: 0, max: 4 }), atLeast: fc.integer({ min: 1, max: 5 }) })),
    missions: fc.subarray(MISSION_IDS as string[], { minLength: 1, maxLength: 6 }),
    failureProbability: shareTenths,
  })
  .map((p) => ({
    version: 1,
    name: 'generated',
    description: '',
    run: { days: 0.5, warmupHours: p.warmupHours, drainLimitHours: 2 },
    arrivals: { callsPerHour: p.callsPerHour },
    callTypes: [
      { id: 'emergency', lane: 'emergency', share: 0.3, handleSeconds: p.handle, patienceSeconds: p.patience, selfServiceShare: 0, afterCall: { ...p.afterCall, urgent: true } },
      { id: 'general', lane: 'general', share: 0.7, handleSeconds: p.handle, patienceSeconds: p.patience, selfServiceShare: p.ivr ? 0.5 : 0, afterCall: { ...p.afterCall, urgent: false } },
    ],
    lanes: [
      { id: 'emergency', priority: 0, serviceLevelTargetSeconds: 10, reservedSeats: p.reserved },
      { id: 'general', priority: 1, serviceLevelTargetSeconds: 20 },
    ],
    ...(p.lines ? { trunk: { lines: p.lines } } : {}),
    ...(p.ivr ? { ivr: { menuSeconds: { kind: 'fixed', seconds: 10 }, selfServiceSeconds: { kind: 'exponential', meanSeconds: 60 } } } : {}),
    frontDesk: { seats: p.servers },
    ...(p.redial ? { redial: { afterBusyProbability: 0.5, afterAbandonProbability: 0.5, delaySeconds: { kind: 'exponential', meanSeconds: 120 }, maxAttempts: 3 } } : {}),
    ...(p.standby
      ? {
          standby: {
            seats: p.standby.seats,
            callInDelayMinutes: { kind: 'exponential', meanMinutes: 10 },
            checkEveryMinutes: 5,
            activation: { kind: 'queue-length', atLeast: p.standby.atLeast },
            standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 15 },
          },
        }
      : {}),
    backOffice: {
      secretaries: { seats: p.secretaries },
      officers: { seats: p.officers },
      transferTalkSeconds: p.work,
      transferPatienceSeconds: p.transferPatience,
      secretaryWorkMinutes: minutes(p.work),
      officerReviewMinutes: minutes(p.work),
      ...(p.phones
        ? { phones: { seats: p.phones.seats, activation: { kind: 'queue-length', atLeast: p.phones.atLeast }, standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 10 } } }
        : {}),
    },
    missions: { weights: Object.fromEntries(p.missions.map((id, i) => [id, i + 1])) },
    notifications: {
      targetMinutes: 15,
      channels: [
        { id: 'wechat', delaySeconds: { kind: 'exponential', meanSeconds: 30 }, failureProbability: p.failureProbability, retries: 1 },
        { id: 'sms', delaySeconds: { kind: 'fixed', seconds: 20 }, failureProbability: p.failureProbability, retries: 0 },
      ],
    },
  }));
