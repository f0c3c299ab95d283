import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { activation, afterCall, backOffice, missions, notifications, seatSchedule, standDown } from '../../../models/scenario/back-office-schema.ts';

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe('back-office schema', () => {
  it('takes seats as one number, a day of 48 or a week of 336 half hours', () => {
    const schedule = seatSchedule();
    expect(ok(schedule, 20)).toBe(true);
    expect(ok(schedule, new Array(48).fill(2))).toBe(true);
    expect(ok(schedule, new Array(336).fill(2))).toBe(true);
    expect(ok(schedule, new Array(47).fill(2))).toBe(false);
    expect(ok(schedule, new Array(24).fill(2))).toBe(false);
    expect(ok(schedule, 2.5)).toBe(false);
    expect(ok(schedule, 2001)).toBe(false);
    const result = schedule.safeParse([1, 2]);
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'expected seats as one whole number, or a list of 48 (each half hour of a day) or 336 (each half hour of the week, Monday 00:00 first)',
    ]);
  });

  it('knows four activation rules and three stand-down rules', () => {
    expect(ok(activation, { kind: 'never' })).toBe(true);
    expect(ok(activation, { kind: 'at-times', hours: [58] })).toBe(true);
    expect(ok(activation, { kind: 'at-times', hours: [] })).toBe(false);
    expect(ok(activation, { kind: 'queue-length', atLeast: 10, lanes: ['emergency'] })).toBe(true);
    expect(ok(activation, { kind: 'queue-length', atLeast: 0 })).toBe(false);
    expect(ok(activation, { kind: 'service-level', lane: 'emergency', below: 0.8, windowMinutes: 15 })).toBe(true);
    expect(ok(activation, { kind: 'when-quiet', queueAtMost: 0, forMinutes: 5 })).toBe(false);
    expect(ok(standDown, { kind: 'queue-length', atLeast: 10 })).toBe(false);
  });

  it('fills in defaults: no minimum time on duty, no after-call steps, all surge cases to its country, no retries', () => {
    expect(standDown.parse({ kind: 'when-quiet', queueAtMost: 0, forMinutes: 30 })).toEqual({ kind: 'when-quiet', queueAtMost: 0, forMinutes: 30, minOnDutyMinutes: 0 });
    expect(afterCall.parse({})).toEqual({
      liveTransferShare: 0,
      transferToOfficerShare: 0,
      workOrderShare: 0,
      forwardShare: 0,
      escalationShare: 0,
      urgent: false,
    });
    expect(missions.parse({ weights: { other: 1 } })).toEqual({ weights: { other: 1 }, surgeCountryShare: 1 });
    const channel = { id: 'sms', delaySeconds: { kind: 'fixed', seconds: 30 }, failureProbability: 0.1 };
    expect(notifications.parse({ targetMinutes: 30, channels: [channel] }).channels[0]!.retries).toBe(0);
  });

  it('needs one to six notification channels and a positive target', () => {
    const channel = { id: 'sms', delaySeconds: { kind: 'fixed', seconds: 30 }, failureProbability: 0.1 };
    expect(ok(notifications, { targetMinutes: 30, channels: [] })).toBe(false);
    expect(ok(notifications, { targetMinutes: 30, channels: new Array(7).fill(channel) })).toBe(false);
    expect(ok(notifications, { targetMinutes: 0, channels: [channel] })).toBe(false);
  });

  it('gives the back office its durations in their units and the secretaries an optional move to the phones', () => {
    const office = {
      secretaries: { seats: 20 },
      officers: { seats: new Array(48).fill(10) },
      transferTalkSeconds: { kind: 'exponential', meanSeconds: 120 },
      transferPatienceSeconds: { kind: 'infinite' },
      secretaryWorkMinutes: { kind: 'lognormal', meanMinutes: 20, cv: 0.5 },
      officerReviewMinutes: { kind: 'fixed', minutes: 10 },
    };
    expect(ok(backOffice, office)).toBe(true);
    expect(ok(backOffice, { ...office, secretaryWorkMinutes: { kind: 'fixed', seconds: 600 } })).toBe(false);
    const phones = { seats: 5, activation: { kind: 'queue-length', atLeast: 30 }, standDown: { kind: 'never' } };
    expect(backOffice.parse({ ...office, phones }).phones?.checkEveryMinutes).toBe(5);
  });
});
