/**
 * A scenario: the numbers a planner feeds the model of the 12308 hotline, as JSON with
 * the unit in every field name. `parseScenario` checks everything at once and returns
 * each problem with its JSON path, the allowed range and the value found; a parsed
 * scenario is frozen and never changed by a run.
 */
import { z } from 'zod';
import { secondsIntoWeek } from '../../src/engine/time.ts';
import { durationMinutes, durationSeconds, patienceSeconds } from './durations.ts';
import { byIdentifier, identifier, label, num, share, variation, weights } from './schema-fields.ts';
import {
  MAX_ATTEMPTS, MAX_BUCKET_MINUTES, MAX_CALLS_PER_HOUR, MAX_CALL_TYPES, MAX_CHECK_EVERY_MINUTES, MAX_DAILY_VOLUME_CV, MAX_DAYS,
  MAX_DESCRIPTION_LENGTH, MAX_DRAIN_HOURS, MAX_HALF_LIFE_HOURS, MAX_LANES, MAX_NAME_LENGTH,
  MAX_PEAK_MULTIPLIER, MAX_PRIORITY, MAX_RESERVED_SEATS, MAX_RUN_HOURS, MAX_SEATS,
  MAX_SERVICE_LEVEL_TARGET_SECONDS, MAX_SPELL_MINUTES, MAX_SURGES, MAX_TRUNK_LINES, MAX_WARMUP_HOURS,
  MIN_CHECK_EVERY_MINUTES, MAX_SCENARIO_BYTES,
} from '../limits.ts';
import { MISSION_IDS, MISSIONS } from '../missions/catalogue.ts';
import { afterCall, backOffice, missions, nightCallIn, notifications, seatSchedule, standbyActivation, standDown } from './back-office-schema.ts';
import { capIssues, formatIssues, type ScenarioIssue } from './issues.ts';
import { checkInputShape } from './input-shape.ts';

export const SCENARIO_VERSION = 1;

const runSettings = z.strictObject({
  days: num({ above: 0, max: MAX_DAYS }),
  warmupHours: num({ min: 0, max: MAX_WARMUP_HOURS }).default(0),
  startBeijing: z
    .string({ error: 'expected a Beijing date-time "YYYY-MM-DDTHH:MM"' })
    .refine((s) => secondsIntoWeek(s) !== undefined, { error: 'expected a Beijing date-time "YYYY-MM-DDTHH:MM"' })
    .default('2025-01-06T00:00'),
  bucketMinutes: num({ min: 1, max: MAX_BUCKET_MINUTES, integer: true }).default(15),
  drainLimitHours: num({ min: 0, max: MAX_DRAIN_HOURS }).default(24),
});

const arrivals = z.strictObject({
  callsPerHour: num({ min: 0, max: MAX_CALLS_PER_HOUR }),
  hourOfDayWeights: weights(24, 'one per hour of the day, 00:00 first, Beijing time').optional(),
  dayOfWeekWeights: weights(7, 'one per day, Monday first').optional(),
  hourOfWeekWeights: weights(168, 'one per hour of the week, Monday 00:00 first, Beijing time').optional(),
  /**
   * Day-to-day spread of the normal volume: each Beijing day's rate is multiplied by a gamma
   * draw with mean 1 and this coefficient of variation (models/phone/daily-volume.ts). 0 or absent: none.
   */
  dailyVolumeCv: variation(MAX_DAILY_VOLUME_CV).optional(),
});

const surge = z.strictObject({
  label: label().optional(),
  startHour: num({ min: 0, max: MAX_RUN_HOURS }),
  rampMinutes: num({ min: 0, max: MAX_SPELL_MINUTES }).default(0),
  peakMultiplier: num({ min: 1, max: MAX_PEAK_MULTIPLIER }),
  halfLifeHours: num({ above: 0, max: MAX_HALF_LIFE_HOURS }),
  extraMix: byIdentifier(share(), 'expected shares by call type id, e.g. {"family": 0.6, "emergency": 0.4}'),
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 two-letter country code such as "SD"' }).optional(),
  /**
   * The missions of `country` on 24-hour duty for this many hours from `startHour`: open around
   * the clock, so routine work orders are received at once (models/missions/office-rules.ts).
   */
  missionsOnDutyHours: num({ above: 0, max: MAX_RUN_HOURS }).optional(),
});

const callType = z.strictObject({
  id: identifier(),
  label: label().optional(),
  lane: identifier(),
  share: share(),
  selfServiceShare: share().default(0),
  handleSeconds: durationSeconds(),
  afterCallWorkSeconds: durationSeconds().optional(),
  patienceSeconds: patienceSeconds(),
  afterCall: afterCall.optional(),
});

const lane = z.strictObject({
  id: identifier(),
  label: label().optional(),
  priority: num({ min: 0, max: MAX_PRIORITY, integer: true }),
  serviceLevelTargetSeconds: num({ min: 0, max: MAX_SERVICE_LEVEL_TARGET_SECONDS }),
  reservedSeats: num({ min: 0, max: MAX_RESERVED_SEATS, integer: true }).default(0),
  /** Targets the dashboard colours against: share answered within the target time, and the most abandonment accepted. */
  serviceLevelGoal: share().default(0.8),
  maxAbandonRate: share().default(0.05),
});

const frontDesk = z.strictObject({ seats: seatSchedule() });

const standby = z.strictObject({
  seats: num({ min: 0, max: MAX_SEATS, integer: true }),
  seatsPerActivation: num({ min: 1, max: MAX_SEATS, integer: true }).optional(),
  callInDelayMinutes: durationMinutes(),
  checkEveryMinutes: num({ min: MIN_CHECK_EVERY_MINUTES, max: MAX_CHECK_EVERY_MINUTES }).default(5),
  activation: standbyActivation,
  standDown,
  /** A different call-in delay for seats called at night, Beijing time (absent: `callInDelayMinutes` at every hour). */
  nightCallIn: nightCallIn.optional(),
});

const redial = z.strictObject({
  afterBusyProbability: share(),
  afterAbandonProbability: share(),
  delaySeconds: durationSeconds(),
  maxAttempts: num({ min: 1, max: MAX_ATTEMPTS, integer: true }),
  /**
   * What a redial keeps: "keep" (absent) — the caller's talk time, after-call work and patience
   * of the first attempt; "redraw" — drawn afresh for each redial, as most retrial models do.
   */
  needs: z.enum(['keep', 'redraw'], { error: 'expected "keep" (a redial keeps the talk time and patience of the first attempt) or "redraw" (drawn afresh)' }).optional(),
});

const scenarioSchema = z
  .strictObject({
    version: z.literal(SCENARIO_VERSION, { error: `expected version ${SCENARIO_VERSION}` }),
    name: z.string({ error: 'expected a name' }).min(1, { error: 'expected a name' }).max(MAX_NAME_LENGTH, { error: `expected a name of at most ${MAX_NAME_LENGTH} characters` }),
    description: z.string({ error: 'expected a description (text, may be empty)' }).max(MAX_DESCRIPTION_LENGTH, { error: `expected a description of at most ${MAX_DESCRIPTION_LENGTH} characters` }),
    nameZh: z.string({ error: 'expected a Chinese name (text, may be empty)' }).max(MAX_NAME_LENGTH, { error: `expected a Chinese name of at most ${MAX_NAME_LENGTH} characters` }).optional(),
    descriptionZh: z
      .string({ error: 'expected a Chinese description (text, may be empty)' })
      .max(MAX_DESCRIPTION_LENGTH, { error: `expected a Chinese description of at most ${MAX_DESCRIPTION_LENGTH} characters` })
      .optional(),
    run: runSettings,
    arrivals,
    surges: z.array(surge).max(MAX_SURGES, { error: `expected at most ${MAX_SURGES} surges` }).default([]),
    callTypes: z
      .array(callType)
      .min(1, { error: 'expected at least one call type' })
      .max(MAX_CALL_TYPES, { error: `expected at most ${MAX_CALL_TYPES} call types` }),
    lanes: z
      .array(lane)
      .min(1, { error: 'expected at least one lane' })
      .max(MAX_LANES, { error: `expected at most ${MAX_LANES} lanes` }),
    trunk: z.strictObject({ lines: num({ min: 1, max: MAX_TRUNK_LINES, integer: true }) }).optional(),
    ivr: z.strictObject({ menuSeconds: durationSeconds(), selfServiceSeconds: durationSeconds() }).optional(),
    frontDesk,
    standby: standby.optional(),
    redial: redial.optional(),
    backOffice: backOffice.optional(),
    missions: missions.optional(),
    notifications: notifications.optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const laneIds = new Set(s.lanes.map((l) => l.id));
    const typeIds = new Set(s.callTypes.map((t) => t.id));
    duplicates(s.lanes.map((l) => l.id)).forEach((i) => issue(['lanes', i, 'id'], 'expected a lane id not used before'));
    duplicates(s.lanes.map((l) => l.priority)).forEach((i) => issue(['lanes', i, 'priority'], 'expected a priority no other lane has'));
    duplicates(s.callTypes.map((t) => t.id)).forEach((i) => issue(['callTypes', i, 'id'], 'expected a call type id not used before'));
    s.callTypes.forEach((t, i) => {
      if (!laneIds.has(t.lane)) issue(['callTypes', i, 'lane'], `expected one of the lane ids: ${[...laneIds].join(', ')}`);
    });
    const total = s.callTypes.reduce((sum, t) => sum + t.share, 0);
    if (Math.abs(total - 1) > 1e-6) issue(['callTypes'], `expected call type shares adding up to 1 (they add up to ${round(total)})`);
    if (s.arrivals.hourOfWeekWeights && (s.arrivals.hourOfDayWeights || s.arrivals.dayOfWeekWeights)) {
      issue(['arrivals', 'hourOfWeekWeights'], 'expected either hourOfWeekWeights or hourOfDayWeights/dayOfWeekWeights, not both');
    }
    if (s.run.warmupHours >= s.run.days * 24) issue(['run', 'warmupHours'], `expected less than the run length (${s.run.days * 24} hours)`);
    s.surges.forEach((sg, i) => {
      for (const id of Object.keys(sg.extraMix)) {
        if (!typeIds.has(id)) issue(['surges', i, 'extraMix', id], `expected one of the call type ids: ${[...typeIds].join(', ')}`);
      }
      const sum = Object.values(sg.extraMix).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-6) issue(['surges', i, 'extraMix'], `expected shares adding up to 1 (they add up to ${round(sum)})`);
    });
    if (!s.ivr) {
      s.callTypes.forEach((t, i) => {
        if (t.selfServiceShare > 0) issue(['callTypes', i, 'selfServiceShare'], 'expected 0 when the scenario has no ivr');
      });
    }
    if (s.standby?.activation.kind === 'at-incident' && s.surges.length === 0) {
      issue(['standby', 'activation'], 'expected at least one surge: "at-incident" calls the standby seats in at each surge\'s start');
    }
    const checkActivation = (a: z.infer<typeof standbyActivation> | undefined, path: string[]) => {
      if (a?.kind === 'service-level' && !laneIds.has(a.lane)) issue([...path, 'lane'], `expected one of the lane ids: ${[...laneIds].join(', ')}`);
      if (a?.kind === 'queue-length') {
        a.lanes?.forEach((id, i) => {
          if (!laneIds.has(id)) issue([...path, 'lanes', i], `expected one of the lane ids: ${[...laneIds].join(', ')}`);
        });
      }
    };
    checkActivation(s.standby?.activation, ['standby', 'activation']);
    checkActivation(s.backOffice?.phones?.activation, ['backOffice', 'phones', 'activation']);
    if (!s.backOffice) {
      s.callTypes.forEach((t, i) => {
        if (t.afterCall && (t.afterCall.liveTransferShare > 0 || t.afterCall.workOrderShare > 0)) {
          issue(['callTypes', i, 'afterCall'], 'expected a backOffice section when calls are transferred or leave work orders');
        }
      });
    }
    const catalogueCountries = new Set(MISSIONS.map((m) => m.country));
    s.surges.forEach((surge, i) => {
      if (surge.missionsOnDutyHours === undefined) return;
      if (surge.country === undefined) issue(['surges', i, 'country'], 'expected the country whose missions go on 24-hour duty (missionsOnDutyHours is set)');
      else if (!catalogueCountries.has(surge.country)) issue(['surges', i, 'country'], 'expected the country code of a mission in the catalogue (models/missions/catalogue.ts)');
    });
    if (s.missions) {
      const known = new Set<string>(MISSION_IDS);
      for (const id of Object.keys(s.missions.weights)) {
        if (!known.has(id)) issue(['missions', 'weights', id], 'expected a mission id of the catalogue (models/missions/catalogue.ts), or "other"');
      }
      if (!Object.values(s.missions.weights).some((w) => w > 0)) issue(['missions', 'weights'], 'expected at least one weight above 0');
      for (const id of Object.keys(s.missions.holidaysByMission ?? {})) {
        if (!known.has(id)) issue(['missions', 'holidaysByMission', id], 'expected a mission id of the catalogue (models/missions/catalogue.ts), or "other"');
      }
      const countries = new Set(MISSIONS.map((m) => m.country));
      for (const code of Object.keys(s.missions.holidaysByCountry ?? {})) {
        if (!countries.has(code)) issue(['missions', 'holidaysByCountry', code], 'expected the country code of a mission in the catalogue (models/missions/catalogue.ts)');
      }
      const forwarding = s.missions.afterHoursForwarding ?? [];
      forwarding.forEach((f, i) => {
        if (!known.has(f.mission)) issue(['missions', 'afterHoursForwarding', i, 'mission'], 'expected a mission id of the catalogue (models/missions/catalogue.ts), or "other"');
        if (!typeIds.has(f.callType)) issue(['missions', 'afterHoursForwarding', i, 'callType'], `expected one of the call type ids: ${[...typeIds].join(', ')}`);
      });
      duplicates(forwarding.map((f) => f.mission)).forEach((i) => issue(['missions', 'afterHoursForwarding', i, 'mission'], 'expected a mission not listed before'));
      const lunch = s.missions.lunch;
      const shut = lunch && MISSIONS.find((m) => lunch.start <= m.officeHours.open && lunch.end >= m.officeHours.close);
      if (shut) issue(['missions', 'lunch'], `expected a lunch break that leaves part of every mission's office hours open (${shut.id}: ${shut.officeHours.open}–${shut.officeHours.close})`);
    }
    duplicates(s.notifications?.channels.map((c) => c.id) ?? []).forEach((i) => issue(['notifications', 'channels', i, 'id'], 'expected a channel id not used before'));
  });

/** A valid, frozen scenario. Units are those in the field names. */
export type Scenario = DeepReadonly<z.output<typeof scenarioSchema>>;
export type CallTypeSpec = Scenario['callTypes'][number];
export type LaneSpec = Scenario['lanes'][number];
export type SurgeSpec = Scenario['surges'][number];
export type StandbySpec = NonNullable<Scenario['standby']>;
export type AfterCallSpec = NonNullable<CallTypeSpec['afterCall']>;
export type BackOfficeSpec = NonNullable<Scenario['backOffice']>;
export type PhonesSpec = NonNullable<BackOfficeSpec['phones']>;
export type NotificationsSpec = NonNullable<Scenario['notifications']>;
export type ForwardingSpec = NonNullable<NonNullable<Scenario['missions']>['afterHoursForwarding']>[number];

export type { ScenarioIssue } from './issues.ts';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/**
 * Validates untrusted data (parsed JSON, or whatever a worker message holds: cycles, BigInt)
 * as a scenario; never throws for bad input. Input too deep or too large for a scenario is
 * refused before the schema walks it; at most MAX_ISSUES_LISTED problems are listed.
 */
export function parseScenario(input: unknown): ParseResult {
  const shape = checkInputShape(input);
  if (shape) return { ok: false, issues: [shape] };
  const result = scenarioSchema.safeParse(input);
  if (!result.success) return { ok: false, issues: capIssues(formatIssues(result.error.issues, input)) };
  return { ok: true, scenario: deepFreeze(result.data) as Scenario };
}

/** Parses JSON text as a scenario; a syntax error is reported as an issue at the root. */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return { ok: false, issues: [{ path: '(file)', message: `expected at most ${MAX_SCENARIO_BYTES} characters (a scenario takes about 10,000)`, found: `${text.length} characters` }] };
  }
  let json: unknown;
  try {
    // A byte-order mark is not JSON, but editors write one: read past it.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: `expected JSON text: ${(error as Error).message}`, found: '' }] };
  }
  return parseScenario(json);
}

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(i);
    seen.add(v);
  });
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
