/**
 * The scenario's second and third tiers: what happens to a call after the front desk
 * (live transfer, electronic work order, forwarding to a mission, escalation), the back
 * office that does it (20 secretaries, 10 consular officers, and the secretaries' move to
 * the phones in a major incident), where cases go abroad, and how emergencies are notified.
 */
import { z } from 'zod';
import { durationMinutes, durationSeconds, patienceSeconds } from './durations.ts';
import { byCountry, byIdentifier, identifier, label, localDate, num, share, timeOfDay } from './schema-fields.ts';
import {
  MAX_CHANNELS, MAX_CHECK_EVERY_MINUTES, MAX_FORWARDED_CALLS_PER_HOUR, MAX_FORWARDING_MISSIONS, MAX_HOLIDAYS_LISTED, MAX_LANES, MAX_TIMES_LISTED, MAX_NOTIFICATION_TARGET_MINUTES, MAX_QUEUE_LENGTH, MAX_RETRIES,
  MAX_RUN_HOURS, MAX_SEATS, MAX_SPELL_MINUTES, MAX_WEIGHT, MAX_WINDOW_MINUTES, MIN_CHECK_EVERY_MINUTES,
} from '../limits.ts';

const seatCount = () => num({ min: 0, max: MAX_SEATS, integer: true });

/** Seats as one number, 48 half hours of a day, or 336 half hours of the week (Monday 00:00 Beijing first). */
export const seatSchedule = () =>
  z.union([seatCount(), z.array(seatCount()).length(48), z.array(seatCount()).length(336)], {
    error: 'expected seats as one whole number, or a list of 48 (each half hour of a day) or 336 (each half hour of the week, Monday 00:00 first)',
  });

/** Hours after the start at which a rule acts: at least one, at most MAX_TIMES_LISTED. */
const hoursList = () =>
  z
    .array(num({ min: 0, max: MAX_RUN_HOURS }))
    .min(1, { error: 'expected at least one hour' })
    .max(MAX_TIMES_LISTED, { error: `expected at most ${MAX_TIMES_LISTED} hours` });

export const activation = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('never') }),
    z.strictObject({ kind: z.literal('at-times'), hours: hoursList() }),
    z.strictObject({ kind: z.literal('queue-length'), lanes: z.array(identifier()).max(MAX_LANES, { error: `expected at most ${MAX_LANES} lanes` }).optional(), atLeast: num({ min: 1, max: MAX_QUEUE_LENGTH, integer: true }) }),
    z.strictObject({ kind: z.literal('service-level'), lane: identifier(), below: share(), windowMinutes: num({ min: 1, max: MAX_WINDOW_MINUTES }) }),
  ],
  { error: 'expected {"kind": "never" | "at-times" | "queue-length" | "service-level", …}' },
);

/**
 * The standby seats' rules: those of any on-call group, plus `at-incident` — called in by hand
 * at each surge's start, `afterMinutes` later (the COVID-2020 practice: "all standby staff on
 * the phones").
 */
export const standbyActivation = z.discriminatedUnion(
  'kind',
  [...activation.options, z.strictObject({ kind: z.literal('at-incident'), afterMinutes: num({ min: 0, max: MAX_SPELL_MINUTES }).default(0) })],
  { error: 'expected {"kind": "never" | "at-times" | "at-incident" | "queue-length" | "service-level", …}' },
);

/**
 * Call-in delays that depend on the time of day: seats called between `from` and `to`
 * (Beijing time; the span may cross midnight) take `callInDelayMinutes` instead of the usual.
 */
export const nightCallIn = z
  .strictObject({ from: timeOfDay(), to: timeOfDay(), callInDelayMinutes: durationMinutes() })
  .refine((n) => n.from !== n.to, { error: 'expected a span of the day: "from" and "to" must differ', path: ['to'] });

export const standDown = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('never') }),
    z.strictObject({ kind: z.literal('at-times'), hours: hoursList() }),
    z.strictObject({
      kind: z.literal('when-quiet'),
      queueAtMost: num({ min: 0, max: MAX_QUEUE_LENGTH, integer: true }),
      forMinutes: num({ min: 0, max: MAX_SPELL_MINUTES }),
      minOnDutyMinutes: num({ min: 0, max: MAX_SPELL_MINUTES }).default(0),
    }),
  ],
  { error: 'expected {"kind": "never" | "at-times" | "when-quiet", …}' },
);

/** Per call type: the path of an answered call beyond the front desk. Shares are independent draws. */
export const afterCall = z.strictObject({
  /** Transferred live to the back office at the end of the front-desk talk. */
  liveTransferShare: share().default(0),
  /** Of live transfers, the share that needs a consular officer rather than a secretary. */
  transferToOfficerShare: share().default(0),
  /** Leaves an electronic work order (secretary processing, then officer review). */
  workOrderShare: share().default(0),
  /** Of work orders, the share an embassy or consulate must continue. */
  forwardShare: share().default(0),
  /** Of work orders, the share also notified to the ministry's Consular Protection Center. */
  escalationShare: share().default(0),
  /** An emergency: its work orders go first, missions' duty officers take it out of hours, and the mission is notified at once. */
  urgent: z.boolean({ error: 'expected true or false' }).default(false),
});

/** Secretaries who join the phones in a major incident, under the same kinds of rule as the standby seats. */
const phones = z.strictObject({
  seats: seatCount(),
  checkEveryMinutes: num({ min: MIN_CHECK_EVERY_MINUTES, max: MAX_CHECK_EVERY_MINUTES }).default(5),
  activation,
  standDown,
});

export const backOffice = z.strictObject({
  secretaries: z.strictObject({ seats: seatSchedule() }),
  officers: z.strictObject({ seats: seatSchedule() }),
  transferTalkSeconds: durationSeconds(),
  transferPatienceSeconds: patienceSeconds(),
  secretaryWorkMinutes: durationMinutes(),
  officerReviewMinutes: durationMinutes(),
  phones: phones.optional(),
});

/** Where cases go abroad: weights per mission id of the catalogue (`models/missions/catalogue.ts`). */
export const missions = z.strictObject({
  weights: byIdentifier(num({ min: 0, max: MAX_WEIGHT }), 'expected weights by mission id, e.g. {"jp-tokyo": 8, "other": 40}'),
  /** Of the cases a surge adds, the share that concerns the incident's country. */
  surgeCountryShare: share().default(1),
  /** A lunch break, local time, at every mission (models/missions/office-rules.ts). */
  lunch: z
    .strictObject({ start: timeOfDay(), end: timeOfDay() })
    .refine((l) => l.start < l.end, { error: 'expected a lunch break that ends after it starts, on the same day', path: ['end'] })
    .optional(),
  /** Public holidays, local dates, of every mission in a country, by ISO country code. */
  holidaysByCountry: byCountry(holidayList(), 'expected lists of local dates by country code, e.g. {"JP": ["2025-01-01"]}').optional(),
  /** Public holidays, local dates, of one mission, by mission id. */
  holidaysByMission: byIdentifier(holidayList(), 'expected lists of local dates by mission id, e.g. {"us-new-york": ["2025-07-04"]}').optional(),
  /**
   * Missions that forward the calls they get while closed to 12308: an extra arrival source at
   * `callsPerHour` during the mission's closed hours, as calls of `callType` (models/phone/forwarded-calls.ts).
   */
  afterHoursForwarding: z
    .array(
      z.strictObject({
        mission: identifier(),
        callsPerHour: num({ min: 0, max: MAX_FORWARDED_CALLS_PER_HOUR }),
        callType: identifier(),
      }),
    )
    .max(MAX_FORWARDING_MISSIONS, { error: `expected at most ${MAX_FORWARDING_MISSIONS} items` })
    .optional(),
});

function holidayList() {
  return z.array(localDate(), { error: 'expected a list of local dates "YYYY-MM-DD"' }).max(MAX_HOLIDAYS_LISTED, { error: `expected at most ${MAX_HOLIDAYS_LISTED} dates` });
}

const channel = z.strictObject({
  id: identifier(),
  label: label().optional(),
  delaySeconds: durationSeconds(),
  failureProbability: share(),
  /** Tries after the first on the same channel before falling back to the next. */
  retries: num({ min: 0, max: MAX_RETRIES, integer: true }).default(0),
});

export const notifications = z.strictObject({
  /** An emergency notification delivered within this time of the call's arrival counts as on target. */
  targetMinutes: num({ above: 0, max: MAX_NOTIFICATION_TARGET_MINUTES }),
  /** What the target counts from: the call's arrival (absent), or the decision to notify. */
  targetFrom: z.enum(['arrival', 'decision'], { error: 'expected "arrival" (the target counts from the call\'s arrival) or "decision" (from the decision to notify)' }).optional(),
  /** A failed attempt is known when no acknowledgement comes within this time (absent: after the channel's delivery delay). */
  ackTimeoutMinutes: num({ above: 0, max: MAX_NOTIFICATION_TARGET_MINUTES }).optional(),
  /** Tried in order: a channel that fails (after its retries) falls back to the next. */
  channels: z.array(channel).min(1, { error: 'expected at least one channel' }).max(MAX_CHANNELS, { error: `expected at most ${MAX_CHANNELS} channels` }),
});
