/**
 * fast-check generators of whole scenarios for properties over traced runs: the phone side
 * (IVR, trunk, lanes with a reserve, redials, standby seats), the back office with
 * secretaries on the phones, missions and notifications with failing channels, and a
 * warm-up so that some calls are not counted. (The same shapes as the generators of
 * test/suites/properties.test.ts, with the parts the trainer shows all reachable at once.)
 */
import fc from 'fast-check';
import { MISSION_IDS } from '../../models/missions/catalogue.ts';

const duration = fc.oneof(
  fc.record({ kind: fc.constant('exponential'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }) }),
  fc.record({ kind: fc.constant('lognormal'), meanSeconds: fc.double({ min: 1, max: 900, noNaN: true }), cv: fc.double({ min: 0, max: 3, noNaN: true }) }),
  fc.record({ kind: fc.constant('fixed'), seconds: fc.double({ min: 0, max: 900, noNaN: true }) }),
);
const tenths = fc.integer({ min: 0, max: 10 }).map((k) => k / 10);
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
    afterCall: fc.record({ liveTransferShare: tenths, transferToOfficerShare: tenths, workOrderShare: tenths, forwardShare: tenths, escalationShare: tenths }),
    secretaries: fc.integer({ min: 0, max: 4 }),
    officers: fc.integer({ min: 0, max: 3 }),
    work: duration,
    transferPatience: fc.oneof(fc.constant({ kind: 'infinite' }), duration),
    phones: fc.option(fc.record({ seats: fc.integer({ min: 0, max: 4 }), atLeast: fc.integer({ min: 1, max: 5 }) })),
    missions: fc.subarray(MISSION_IDS as string[], { minLength: 1, maxLength: 6 }),
    failureProbability: tenths,
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
