/**
 * The hotline's wiring, read from short traced runs: each figure is rebuilt from the journeys
 * in the trace (or from the scenario's fixed times) and held against what the run counted —
 * which tier closes a case, who keeps a trunk line, which calls notify a mission and how the
 * notification is timed, which events the policies see, and the series the run keeps.
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { Notifier } from '../../models/missions/notification.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { fromDuration } from '../../models/scenario/durations.ts';
import { compileSampler } from '../../src/engine/distributions.ts';
import { RandomStreams } from '../../src/engine/random.ts';
import { HOUR, MINUTE } from '../../src/engine/time.ts';
import { accepted } from '../support/scenarios.ts';

const fixed = (seconds: number) => ({ kind: 'fixed', seconds });
const fixedMinutes = (minutes: number) => ({ kind: 'fixed', minutes });
const INFINITE = { kind: 'infinite' };
/** Two secretaries (50-minute work orders) and an officer; the secretaries take the phones from 5 h to 7 h. */
const SECRETARIES_ON_THE_PHONES_5_TO_7 = {
  secretaries: { seats: 2 },
  officers: { seats: 1 },
  transferTalkSeconds: fixed(60),
  transferPatienceSeconds: INFINITE,
  secretaryWorkMinutes: fixedMinutes(50),
  officerReviewMinutes: fixedMinutes(1),
  phones: { seats: 2, activation: { kind: 'at-times', hours: [5] }, standDown: { kind: 'at-times', hours: [7] } },
};

function callType(id: string, share: number, extra: Record<string, unknown> = {}) {
  return { id, lane: 'general', share, handleSeconds: fixed(300), patienceSeconds: INFINITE, ...extra };
}

function scenarioJson(overrides: Record<string, unknown>) {
  return {
    version: 1,
    name: 'hotline',
    description: '',
    run: { days: 1, warmupHours: 0, startBeijing: '2025-01-06T00:00', bucketMinutes: 60, drainLimitHours: 48 },
    arrivals: { callsPerHour: 10 },
    callTypes: [callType('general', 1)],
    lanes: [{ id: 'general', priority: 0, serviceLevelTargetSeconds: 20 }],
    frontDesk: { seats: 4 },
    ...overrides,
  };
}

function traced(json: Record<string, unknown>, seed = 5) {
  const scenario = accepted(json);
  const log: TraceRecord[] = [];
  const result = simulateCallCentre(scenario, { seed, trace: (r) => log.push(r) });
  return { scenario, result, log };
}

/** Time average over [from, to) of a step function given as (t, change) pairs. */
function timeAverage(changes: [number, number][], from: number, to: number): { mean: number; max: number } {
  changes.sort((a, b) => a[0] - b[0]);
  let level = 0;
  let last = from;
  let area = 0;
  let max = 0;
  let started = false;
  for (const [t, d] of changes) {
    if (t >= to) break;
    if (t >= from && !started) {
      started = true;
      max = level;
    }
    if (t > from) {
      area += level * (t - last);
      last = t;
    }
    level += d;
    if (t >= from) max = Math.max(max, level);
  }
  area += level * (to - last);
  return { mean: area / (to - from), max };
}

const count = (xs: readonly unknown[], p: (x: never) => boolean) => xs.filter(p as (x: unknown) => boolean).length;

describe('the back office behind the front desk (transfers, work orders, notifications)', () => {
  const WARMUP = 2 * HOUR;
  const HORIZON = 24 * HOUR;
  function run() {
    return traced(
      scenarioJson({
        run: { days: 1, warmupHours: 2, startBeijing: '2025-01-06T00:00', bucketMinutes: 60, drainLimitHours: 48 },
        callTypes: [
          callType('plain', 0.2),
          callType('transfer', 0.2, { afterCall: { liveTransferShare: 1 } }),
          callType('urgent', 0.2, { afterCall: { workOrderShare: 1, forwardShare: 1, urgent: true } }),
          callType('urgent-kept', 0.2, { afterCall: { workOrderShare: 1, forwardShare: 0, urgent: true } }),
          callType('routine', 0.2, { afterCall: { workOrderShare: 1, forwardShare: 1 } }),
        ],
        backOffice: {
          secretaries: { seats: 3 },
          officers: { seats: 3 },
          transferTalkSeconds: fixed(120),
          transferPatienceSeconds: INFINITE,
          secretaryWorkMinutes: fixedMinutes(10),
          officerReviewMinutes: fixedMinutes(10),
        },
        missions: { weights: { 'jp-tokyo': 1 }, afterHoursForwarding: [{ mission: 'jp-tokyo', callsPerHour: 6, callType: 'plain' }] },
        notifications: {
          targetMinutes: 1,
          targetFrom: 'decision',
          channels: [
            { id: 'sms', delaySeconds: fixed(30), failureProbability: 0.3, retries: 1 },
            { id: 'phone', delaySeconds: fixed(50), failureProbability: 0 },
          ],
        },
      }),
    );
  }

  it('closes each case at the tier its journey ends in, counting the calls that arrived in the window (forwarded ones too)', () => {
    const { result, log } = run();
    const typeOf = new Map<number, string>();
    const counted = new Map<string, number>();
    for (const r of log.filter((x) => x.event === 'arrive')) {
      typeOf.set(r.call!, r.callType!);
      if (r.t >= WARMUP && r.t < HORIZON) counted.set(r.callType!, (counted.get(r.callType!) ?? 0) + 1);
    }
    // Forwarded after-hours calls arrive as `plain` calls from 00:00 Beijing (01:00 Tokyo): some in the warm-up.
    expect(log.some((r) => r.event === 'arrive' && r.callType === 'plain' && r.t < WARMUP)).toBe(true);
    const expected: Record<string, string> = { plain: 'frontDesk', transfer: 'backOffice', urgent: 'mission', 'urgent-kept': 'backOffice', routine: 'mission' };
    for (const [type, tier] of Object.entries(expected)) {
      const n = counted.get(type)!;
      expect(n, type).toBeGreaterThan(5);
      expect(result.byCallType[type]!.offered, type).toBe(n);
      const funnel = result.funnel[type]!;
      expect(funnel[tier as keyof typeof funnel], `${type} closed at ${tier}`).toBe(n);
      expect(funnel.offered - funnel[tier as keyof typeof funnel], type).toBe(0);
    }
    // Without an IVR or a trunk limit every call joins the queue; those that found no free seat are traced as `queued`.
    const waited = log.filter((r) => r.event === 'queued' && r.callType === 'plain' && r.t >= WARMUP && r.t < HORIZON).length;
    expect(waited).toBeGreaterThan(0);
    expect(result.byCallType.plain!.queued).toBe(counted.get('plain'));
    expect(result.byCallType.plain!.probWait).toBeCloseTo(waited / counted.get('plain')!, 12);
    // Only the live-transfer calls are transferred, each when its front-desk talk ends.
    const transferred = log.filter((r) => r.event === 'transferred');
    expect(new Set(transferred.map((r) => typeOf.get(r.call!)))).toEqual(new Set(['transfer']));
    for (const r of log.filter((x) => x.event === 'talk-ended' && typeOf.get(x.call!) === 'transfer')) {
      expect(transferred.find((x) => x.call === r.call)?.t).toBe(r.t);
    }
    // The calls get ids 1, 2, 3… in the order they reach the number.
    expect(log.filter((r) => r.event === 'arrive').map((r) => r.call)).toEqual(log.filter((r) => r.event === 'arrive').map((_, i) => i + 1));
  });

  it('keeps a transferred caller’s trunk line until the back office is done with them', () => {
    const { result, log } = run();
    const typeOf = new Map<number, string>();
    const changes: [number, number][] = [];
    for (const r of log) {
      if (r.event === 'arrive') {
        typeOf.set(r.call!, r.callType!);
        changes.push([r.t, +1]);
      }
      if (r.event === 'talk-ended' && typeOf.get(r.call!) !== 'transfer') changes.push([r.t, -1]);
      if (r.event === 'transfer-ended') changes.push([r.t, -1]);
    }
    const lines = timeAverage(changes, WARMUP, HORIZON);
    expect(result.trunk.meanLinesInUse).toBeCloseTo(lines.mean, 9);
    expect(result.trunk.maxLinesInUse).toBe(lines.max);
  });

  it('notifies the mission for urgent orders sent abroad only, from the `notifications` stream, timed from the decision', () => {
    const { scenario, result, log } = run();
    const arrivals = new Map(log.filter((r) => r.event === 'arrive').map((r) => [r.call!, r]));
    const starts = log.filter((r) => r.event === 'notify-start');
    // Every urgent call sent abroad, and only those, notifies the mission when its conversation ends.
    expect(starts.map((r) => arrivals.get(r.call!)!.callType)).toEqual(starts.map(() => 'urgent'));
    expect(starts.length).toBe(count(log, (r: TraceRecord) => r.event === 'arrive' && r.callType === 'urgent'));
    for (const s of starts) expect(s.t).toBe(log.find((r) => r.event === 'wrap-up-ended' && r.call === s.call)?.t ?? log.find((r) => r.event === 'talk-ended' && r.call === s.call)!.t);
    // The draws come from the run's own `notifications` stream, one notification after another.
    const rng = new RandomStreams(5, 0).stream('notifications');
    const notifier = new Notifier(scenario.notifications!);
    const outcomes = starts.map(() => notifier.notify(rng));
    expect(starts.map((r) => r.value)).toEqual(outcomes.map((o) => o.seconds));
    expect(starts.map((r) => r.outcome)).toEqual(outcomes.map((o) => ['sms', 'phone'][o.channel]));
    expect(new Set(outcomes.map((o) => o.channel))).toEqual(new Set([0, 1]));
    // Each attempt is in the trace, by channel id.
    const attempts = log.filter((r) => r.event === 'notify-attempt');
    expect(attempts.length).toBe(outcomes.reduce((a, o) => a + o.attempts, 0));
    expect(new Set(attempts.map((r) => r.outcome))).toEqual(new Set(['sms', 'phone']));
    // Counted: the calls that arrived after the warm-up. Target 1 minute from the decision.
    const countedStarts = starts.filter((r) => arrivals.get(r.call!)!.t >= WARMUP);
    const countedOutcomes = outcomes.filter((_, i) => arrivals.get(starts[i]!.call!)!.t >= WARMUP);
    expect(countedStarts.length).toBeLessThan(starts.length);
    const n = result.notifications;
    expect(n.sent).toBe(countedStarts.length);
    expect(n.delivered).toBe(n.sent);
    expect(n.byChannel).toEqual({ sms: count(countedOutcomes, (o: { channel: number }) => o.channel === 0), phone: count(countedOutcomes, (o: { channel: number }) => o.channel === 1) });
    expect(n.withinTargetShare).toBeCloseTo(count(countedOutcomes, (o: { seconds: number }) => o.seconds <= 60) / n.sent, 12);
    const minutes = countedStarts.map((s, i) => (s.t - arrivals.get(s.call!)!.t + countedOutcomes[i]!.seconds) / MINUTE);
    expect(n.meanMinutes).toBeCloseTo(minutes.reduce((a, b) => a + b, 0) / minutes.length, 9);
  });

  it('keeps the seats on duty per hour in the series, front desk and back office', () => {
    const { result } = run();
    expect(result.series.bucketSeconds).toBe(HOUR);
    expect(result.series.seatsOnDuty.front).toEqual(Array(24).fill(4));
    expect(result.series.seatsOnDuty.secretaries).toEqual(Array(24).fill(3));
    expect(result.series.seatsOnDuty.officers).toEqual(Array(24).fill(3));
  });
});

describe('a live transfer whose caller hangs up', () => {
  it('is closed as abandoned in transfer, and the caller’s trunk line is free from then', () => {
    const { result, log } = traced(
      scenarioJson({
        callTypes: [callType('transfer', 1, { afterCall: { liveTransferShare: 1, transferToOfficerShare: 1 } })],
        backOffice: {
          secretaries: { seats: 1 },
          officers: { seats: 0 },
          transferTalkSeconds: fixed(120),
          transferPatienceSeconds: fixed(60),
          secretaryWorkMinutes: fixedMinutes(10),
          officerReviewMinutes: fixedMinutes(10),
        },
      }),
    );
    const arrived = count(log, (r: TraceRecord) => r.event === 'arrive');
    expect(arrived).toBeGreaterThan(100);
    expect(result.funnel.transfer!.abandonedTransfer).toBe(arrived);
    const changes: [number, number][] = [];
    for (const r of log) {
      if (r.event === 'arrive') changes.push([r.t, +1]);
      if (r.event === 'transfer-abandoned') {
        expect(r.t - log.find((x) => x.event === 'transferred' && x.call === r.call)!.t).toBeCloseTo(60, 9);
        changes.push([r.t, -1]);
      }
    }
    expect(result.trunk.meanLinesInUse).toBeCloseTo(timeAverage(changes, 0, 24 * HOUR).mean, 9);
  });
});

describe('shifts, standby seats and secretaries on the phones, from a run starting Tuesday 18:00 Beijing', () => {
  // Simulated 0 is 18:00 Beijing. Three front-desk seats from 08:00 to 20:00 Beijing: on at 0–2 h and from 14 h.
  const daySeats = Array.from({ length: 48 }, (_, i) => (i >= 16 && i < 40 ? 3 : 0));
  function run() {
    return traced(
      scenarioJson({
        run: { days: 1, warmupHours: 3, startBeijing: '2025-01-07T18:00', bucketMinutes: 60, drainLimitHours: 48 },
        arrivals: { callsPerHour: 3 },
        callTypes: [
          callType('general', 0.5, { handleSeconds: fixed(1200) }),
          callType('order', 0.5, { afterCall: { workOrderShare: 1, forwardShare: 1, urgent: true } }),
        ],
        frontDesk: { seats: daySeats },
        // Called in at 19:00 Beijing (by day: 20 minutes) and at 04:00 (at night: 75 minutes).
        standby: {
          seats: 1,
          callInDelayMinutes: fixedMinutes(20),
          nightCallIn: { from: '22:00', to: '07:00', callInDelayMinutes: fixedMinutes(75) },
          checkEveryMinutes: 5,
          activation: { kind: 'at-times', hours: [1, 10] },
          standDown: { kind: 'at-times', hours: [3, 13] },
        },
        backOffice: SECRETARIES_ON_THE_PHONES_5_TO_7,
        missions: { weights: { 'jp-tokyo': 1 } },
        notifications: { targetMinutes: 10, channels: [{ id: 'sms', delaySeconds: fixed(30), failureProbability: 0 }] },
      }),
    );
  }

  it('follows the Beijing day: the front desk’s seats on duty, and the night’s call-in delay for standby', () => {
    const { result, log } = run();
    const duty = (group: string) => log.filter((r) => r.event === 'duty' && r.group === group).map((r) => [r.t / HOUR, r.value]);
    expect(duty('front')).toEqual([[0, 3], [2, 0], [14, 3]]);
    expect(log.filter((r) => r.event === 'standby-called').map((r) => [r.t / HOUR, r.value! / MINUTE])).toEqual([[1, 20], [10, 75]]);
    expect(duty('standby').filter(([, seats]) => seats! > 0)).toEqual([[1 + 20 / 60, 1], [11.25, 1]]);
    // The seat stood down at 3 h was on a call of 20 minutes: off duty at the stand-down all the same.
    const off = duty('standby').find(([t, seats]) => seats === 0 && t! > 0)!;
    expect(off[0]).toBe(3);
    // The window starts at 3 h: the front desk's seats are on duty 10 of its 21 hours.
    expect(result.pools.front!.meanSeatsOnDuty).toBeCloseTo((3 * 10) / 21, 9);
  });

  it('tells the stand-downs of the standby seats and of the secretaries apart, in the trace and in the series', () => {
    const { result, log } = run();
    const seats = log.filter((r) => r.event.startsWith('standby-') || r.event.startsWith('secretaries-')).filter((r) => r.event !== 'standby-called');
    expect(seats.map((r) => [r.event, r.group, r.t / HOUR])).toEqual([
      ['standby-activate', 'standby', 1],
      ['standby-on-line', 'standby', 1 + 20 / 60],
      ['standby-stand-down', 'standby', 3],
      ['secretaries-to-phones', 'secretaryPhones', 5],
      ['secretaries-back', 'secretaryPhones', 7],
      ['standby-activate', 'standby', 10],
      ['standby-on-line', 'standby', 11.25],
      ['standby-stand-down', 'standby', 13],
    ]);
    const ones = (hours: number[]) => Array.from({ length: 24 }, (_, h) => (hours.includes(h) ? 1 : 0));
    expect(result.series.standDowns.standby).toEqual(ones([3, 13]));
    expect(result.series.standDowns.secretaryPhones).toEqual(ones([7]));
  });

  it('times a notification from the call’s arrival when the scenario says nothing else', () => {
    const { result, log } = run();
    const arrivals = new Map(log.filter((r) => r.event === 'arrive').map((r) => [r.call!, r.t]));
    const counted = log.filter((r) => r.event === 'notify-start' && arrivals.get(r.call!)! >= 3 * HOUR);
    const within = counted.filter((r) => r.t - arrivals.get(r.call!)! + 30 <= 10 * MINUTE).length;
    expect(within).toBeGreaterThan(0);
    expect(within).toBeLessThan(counted.length);
    expect(result.notifications.sent).toBe(counted.length);
    expect(result.notifications.withinTargetShare).toBeCloseTo(within / counted.length, 12);
  });
});

describe('secretaries on the phones', () => {
  it('moves each secretary to the phones once the work order in hand is done, and back once the call in hand is done', () => {
    // Two front seats for the first 4 hours only (Monday 00:00 Beijing on): their calls leave work orders of
    // 50 minutes, 6 an hour for 2 secretaries; from 4 h the calls wait for the secretaries on the phones.
    const { result, log } = traced(
      scenarioJson({
        arrivals: { callsPerHour: 6 },
        callTypes: [callType('order', 1, { handleSeconds: fixed(1200), afterCall: { workOrderShare: 1 } })],
        frontDesk: { seats: Array.from({ length: 48 }, (_, i) => (i < 8 ? 2 : 0)) },
        backOffice: SECRETARIES_ON_THE_PHONES_5_TO_7,
      }),
    );
    // Work orders of 50 minutes keep both secretaries busy at 5 h: each joins the phones when hers is done.
    const phones = log.filter((r) => r.event === 'duty' && r.group === 'secretaryPhones');
    const joined = phones.find((r) => r.value === 2)!;
    expect(joined.t).toBeGreaterThan(5 * HOUR);
    expect(joined.t).toBeLessThanOrEqual(5 * HOUR + 50 * MINUTE);
    // At 7 h a secretary is on a call of 20 minutes: she is back at her desk when it ends, within the hour.
    const onCall = log.filter((r) => r.event === 'answered' && r.group === 'secretaryPhones' && r.t < 7 * HOUR && r.t + 1200 > 7 * HOUR);
    expect(onCall.length).toBeGreaterThan(0);
    expect(result.series.seatsOnDuty.secretaries![7]).toBeLessThan(2);
    expect(result.series.seatsOnDuty.secretaries!.slice(8)).toEqual(Array(16).fill(2));
  });

});

describe('what the stand-down rule sees', () => {
  /** One front seat, one standby seat called in at 1 h, stood down after 30 quiet minutes (queue at most `queueAtMost`). */
  function run(overrides: Record<string, unknown>, queueAtMost: number) {
    return traced(
      scenarioJson({
        arrivals: { callsPerHour: 30 },
        callTypes: [callType('general', 1, { handleSeconds: fixed(600) })],
        frontDesk: { seats: 1 },
        standby: {
          seats: 1,
          callInDelayMinutes: { kind: 'uniform', minMinutes: 5, maxMinutes: 15 },
          checkEveryMinutes: 5,
          activation: { kind: 'at-times', hours: [1] },
          standDown: { kind: 'when-quiet', queueAtMost, forMinutes: 30, minOnDutyMinutes: 0 },
        },
        ...overrides,
      }),
    );
  }

  /** Each stand-down comes after 30 minutes without a busy signal or a hang-up. */
  function quietBeforeStandDowns(log: TraceRecord[]) {
    const lost = log.filter((r) => r.event === 'blocked' || r.event === 'abandoned').map((r) => r.t);
    expect(lost.length).toBeGreaterThan(20);
    for (const s of log.filter((r) => r.event === 'standby-stand-down')) expect(lost.filter((t) => t > s.t - 30 * MINUTE && t <= s.t)).toEqual([]);
  }

  it('busy signals keep the standby seats on (a saturated trunk is not quiet)', () => {
    const { log } = run({ trunk: { lines: 1 } }, 50);
    quietBeforeStandDowns(log);
  });

  it('hang-ups keep the standby seats on', () => {
    const { log } = run({ callTypes: [callType('general', 1, { handleSeconds: fixed(600), patienceSeconds: fixed(60) })] }, 50);
    quietBeforeStandDowns(log);
  });

  it('a queue that only grows keeps them on; their call-in delay comes from the `standby.call-in` stream', () => {
    const { scenario, log } = run({}, 0);
    expect(log.some((r) => r.event === 'standby-stand-down')).toBe(false);
    const delay = compileSampler(fromDuration(scenario.standby!.callInDelayMinutes, 'Minutes'));
    expect(log.find((r) => r.event === 'standby-called')!.value).toBe(delay(new RandomStreams(5, 0).stream('standby.call-in')));
  });
});

describe('a front desk with nobody on it', () => {
  function run() {
    return traced(
      scenarioJson({
        arrivals: { callsPerHour: 20 },
        callTypes: [callType('general', 1, { patienceSeconds: fixed(60), selfServiceShare: 0.5 })],
        ivr: { menuSeconds: fixed(15), selfServiceSeconds: fixed(45) },
        frontDesk: { seats: 0 },
        standby: {
          seats: 1,
          callInDelayMinutes: fixedMinutes(3000),
          checkEveryMinutes: 5,
          activation: { kind: 'service-level', lane: 'general', below: 0.5, windowMinutes: 60 },
          standDown: { kind: 'never' },
        },
      }),
    );
  }

  it('counts each hang-up against the recent service level: standby is called in at the first check after the first one', () => {
    const { log } = run();
    const first = log.find((r) => r.event === 'abandoned')!;
    const activate = log.find((r) => r.event === 'standby-activate')!;
    expect(activate.t).toBe(Math.ceil(first.t / (5 * MINUTE)) * 5 * MINUTE);
  });

  it('times each hang-up from joining the queue, closes the cases by how they ended, and counts every hour below the goal', () => {
    const { result, log } = run();
    const r = result.byLane.general!;
    expect(r.abandoned).toBeGreaterThan(50);
    expect(r.meanTimeToAbandonSeconds).toBeCloseTo(60, 9);
    // The IVR takes 15 s for those who want a person, 15 + 45 s for those who serve themselves.
    const ivr = log.filter((x) => x.event === 'ivr');
    expect(new Set(ivr.map((x) => `${x.outcome}:${x.value}`))).toEqual(new Set(['agent:15', 'self-service:60']));
    expect(result.funnel.general).toMatchObject({ selfService: count(log, (x: TraceRecord) => x.event === 'self-served'), abandonedFront: r.abandoned, inProgress: 0 });
    expect(result.hours.general!.hours).toBe(24);
    expect(result.hours.general!.hoursBelowGoal).toBe(24);
    expect(result.notifications.byChannel).toEqual({});
  });
});

describe('a trunk that is always full', () => {
  it('closes the cases that got a busy signal as blocked', () => {
    const { result, log } = traced(scenarioJson({ arrivals: { callsPerHour: 30 }, callTypes: [callType('general', 1, { handleSeconds: fixed(600) })], trunk: { lines: 1 } }));
    const blocked = count(log, (r: TraceRecord) => r.event === 'blocked');
    expect(blocked).toBeGreaterThan(50);
    expect(result.funnel.general!.blocked).toBe(blocked);
  });
});

describe('the day-to-day spread of the volume', () => {
  it('draws a multiplier per Beijing calendar day: from a start at 18:00, the second day begins 6 hours in', () => {
    // Day d's multiplier is the d-th gamma(1/cv², cv²) draw of the `arrivals.daily-volume` stream. A seed whose
    // first day is nearly silent (multiplier below 1e-4) and whose second is not.
    const cv = 2;
    const multipliers = (seed: number) => {
      const rng = new RandomStreams(seed, 0).stream('arrivals.daily-volume');
      return [rng.gamma(1 / cv ** 2, cv ** 2), rng.gamma(1 / cv ** 2, cv ** 2)];
    };
    const seed = Array.from({ length: 500 }, (_, i) => i).find((s) => multipliers(s)[0]! < 1e-4 && multipliers(s)[1]! > 1)!;
    expect(seed).toBeDefined();
    const { log } = traced(scenarioJson({ run: { days: 1, warmupHours: 0, startBeijing: '2025-01-07T18:00', bucketMinutes: 60 }, arrivals: { callsPerHour: 60, dailyVolumeCv: cv } }), seed);
    const arrivals = log.filter((r) => r.event === 'arrive').map((r) => r.t);
    // 60 an hour × 6 hours × a multiplier below 1e-4: no call before 00:00 Beijing; more than 18 × 60 after it.
    expect(arrivals.filter((t) => t < 6 * HOUR)).toEqual([]);
    expect(arrivals.length).toBeGreaterThan(18 * 60 * 0.5);
  });
});

describe('the series of a long run', () => {
  it('widens its buckets to a multiple of the asked width beyond 3000 of them', () => {
    // 3 days in 1-minute buckets would be 4320: two minutes each, 2160 buckets.
    const { result } = traced(scenarioJson({ run: { days: 3, warmupHours: 0, bucketMinutes: 1 }, arrivals: { callsPerHour: 1 } }));
    expect(result.series.bucketSeconds).toBe(120);
    expect(result.series.linesInUse.length).toBe(2160);
    expect(result.series.seatsOnDuty.front).toEqual(Array(2160).fill(4));
  });
});

describe('standby seats stood down', () => {
  function run(frontSeats: number, callsPerHour: number) {
    return traced(
      scenarioJson({
        arrivals: { callsPerHour },
        callTypes: [callType('general', 1, { handleSeconds: fixed(900) })],
        frontDesk: { seats: frontSeats },
        standby: { seats: 1, callInDelayMinutes: fixedMinutes(20), checkEveryMinutes: 5, activation: { kind: 'at-times', hours: [1] }, standDown: { kind: 'at-times', hours: [3] } },
      }),
    );
  }
  const standbyDuty = (log: TraceRecord[]) => log.filter((r) => r.event === 'duty' && r.group === 'standby').map((r) => [r.t / HOUR, r.value]);

  it('while idle are off duty from the stand-down, in the series and in the trace', () => {
    const { result, log } = run(4, 1);
    expect(log.find((r) => r.event === 'standby-stand-down')!.t).toBe(3 * HOUR);
    expect(result.series.seatsOnDuty.standby!.slice(0, 5)).toEqual([0, 40 / 60, 1, 0, 0]);
    expect(standbyDuty(log)).toEqual([[0, 0], [1 + 20 / 60, 1], [3, 0]]);
  });

  // A seat busy on a call is off duty at the stand-down (it finishes the call after), as a front-desk
  // seat at the end of its shift: the log is told after the pool, so the trace reads the new count.
  it('during a call are shown off duty in the trace at the stand-down, as a front-desk seat at the end of its shift', () => {
    const { log } = run(0, 10);
    const answered = log.filter((r) => r.event === 'answered' && r.group === 'standby');
    expect(answered.some((r) => r.t < 3 * HOUR && r.t + 900 > 3 * HOUR)).toBe(true); // on a call at 3 h
    expect(standbyDuty(log)).toEqual([[0, 0], [1 + 20 / 60, 1], [3, 0]]);
  });
});
