/** Emergency notification: channels in order, retries, fallback; and its figures. */
import { describe, expect, it } from 'vitest';
import { Notifier, NotificationTally } from '../../../models/missions/notification.ts';
import type { NotificationsSpec } from '../../../models/scenario/scenario.ts';
import { RandomStreams } from '../../../src/engine/random.ts';

const fixed = (seconds: number) => ({ kind: 'fixed' as const, seconds });
const rng = () => new RandomStreams(1).stream('notifications');

function spec(channels: { id: string; seconds: number; failureProbability: number; retries: number }[], extra: Partial<NotificationsSpec> = {}): NotificationsSpec {
  return { targetMinutes: 15, ...extra, channels: channels.map((c) => ({ id: c.id, delaySeconds: fixed(c.seconds), failureProbability: c.failureProbability, retries: c.retries })) };
}

describe('Notifier', () => {
  it('falls back to SMS after WeChat fails on its first try and on its retry', () => {
    const notifier = new Notifier(spec([
      { id: 'wechat', seconds: 30, failureProbability: 1, retries: 1 },
      { id: 'sms', seconds: 20, failureProbability: 0, retries: 0 },
      { id: 'phone', seconds: 120, failureProbability: 0, retries: 0 },
    ]));
    expect(notifier.notify(rng())).toEqual({ delivered: true, seconds: 80, channel: 1, attempts: 3 });
  });

  it('delivers on the first channel when it works', () => {
    const notifier = new Notifier(spec([{ id: 'wechat', seconds: 30, failureProbability: 0, retries: 3 }]));
    expect(notifier.notify(rng())).toEqual({ delivered: true, seconds: 30, channel: 0, attempts: 1 });
  });

  it('reports a failure, with the time spent, when every channel fails', () => {
    const notifier = new Notifier(spec([
      { id: 'wechat', seconds: 30, failureProbability: 1, retries: 0 },
      { id: 'phone', seconds: 60, failureProbability: 1, retries: 2 },
    ]));
    expect(notifier.notify(rng())).toEqual({ delivered: false, seconds: 210, channel: -1, attempts: 4 });
  });

  it('fails a channel in the long run as often as its failure probability says', () => {
    const notifier = new Notifier(spec([
      { id: 'wechat', seconds: 1, failureProbability: 0.3, retries: 0 },
      { id: 'sms', seconds: 1, failureProbability: 0, retries: 0 },
    ]));
    const stream = rng();
    let fallbacks = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) if (notifier.notify(stream).channel === 1) fallbacks++;
    // Binomial(20000, 0.3): sd ≈ 65, so ±4 sd.
    expect(Math.abs(fallbacks - 0.3 * n)).toBeLessThan(260);
  });
});

describe('Notifier with an acknowledgement timeout', () => {
  it('knows a failure when no acknowledgement comes within the timeout, not after the delivery delay', () => {
    const channels = [
      { id: 'wechat', seconds: 30, failureProbability: 1, retries: 1 },
      { id: 'sms', seconds: 20, failureProbability: 0, retries: 0 },
    ];
    expect(new Notifier(spec(channels)).notify(rng())).toEqual({ delivered: true, seconds: 80, channel: 1, attempts: 3 });
    // Two WeChat attempts unacknowledged for 5 minutes each, then SMS: 600 + 20 s.
    expect(new Notifier(spec(channels, { ackTimeoutMinutes: 5 })).notify(rng())).toEqual({ delivered: true, seconds: 620, channel: 1, attempts: 3 });
  });

  it('counts a delivery slower than the timeout as a failure, and a fast one as before', () => {
    const slow = new Notifier(spec([{ id: 'phone', seconds: 400, failureProbability: 0, retries: 1 }], { ackTimeoutMinutes: 5 }));
    expect(slow.notify(rng())).toEqual({ delivered: false, seconds: 600, channel: -1, attempts: 2 });
    const fast = new Notifier(spec([{ id: 'phone', seconds: 299, failureProbability: 0, retries: 1 }], { ackTimeoutMinutes: 5 }));
    expect(fast.notify(rng())).toEqual({ delivered: true, seconds: 299, channel: 0, attempts: 1 });
    // Acknowledged at the very end of the timeout: in time.
    const justInTime = new Notifier(spec([{ id: 'phone', seconds: 300, failureProbability: 0, retries: 1 }], { ackTimeoutMinutes: 5 }));
    expect(justInTime.notify(rng())).toEqual({ delivered: true, seconds: 300, channel: 0, attempts: 1 });
  });

  it('draws the same numbers as without the timeout, so channels fail on the same draws', () => {
    const channels = [
      { id: 'wechat', seconds: 1, failureProbability: 0.3, retries: 2 },
      { id: 'sms', seconds: 1, failureProbability: 0.3, retries: 2 },
    ];
    const a = rng();
    const b = rng();
    const plain = new Notifier(spec(channels));
    const timed = new Notifier(spec(channels, { ackTimeoutMinutes: 1 }));
    for (let i = 0; i < 500; i++) {
      const x = plain.notify(a);
      const y = timed.notify(b);
      expect([y.delivered, y.channel, y.attempts]).toEqual([x.delivered, x.channel, x.attempts]);
      expect(y.seconds).toBe(x.seconds + (x.attempts - (x.delivered ? 1 : 0)) * 59); // each failure costs 60 s, not 1 s
    }
  });
});

describe('NotificationTally', () => {
  it('with the target timed from the decision to notify, counts only the notification’s own time', () => {
    const fromArrival = new NotificationTally(['wechat'], 15);
    const fromDecision = new NotificationTally(['wechat'], 15, true);
    for (const tally of [fromArrival, fromDecision]) {
      tally.record({ delivered: true, seconds: 600, channel: 0, attempts: 1 }, 900); // 10 min after a decision 15 min after arrival
      tally.record({ delivered: true, seconds: 1200, channel: 0, attempts: 2 }, 0); // 20 min
    }
    expect(fromArrival.figures().withinTargetShare).toBe(0);
    expect(fromDecision.figures().withinTargetShare).toBe(0.5);
    expect(fromDecision.figures().meanMinutes).toBe(fromArrival.figures().meanMinutes); // mean and percentiles still from arrival
  });

  it('times a notification from the call’s arrival and counts it against the target', () => {
    const tally = new NotificationTally(['wechat', 'sms'], 15);
    tally.record({ delivered: true, seconds: 60, channel: 0, attempts: 1 }, 600); // 11 min
    tally.record({ delivered: true, seconds: 80, channel: 1, attempts: 3 }, 900); // 16.3 min
    tally.record({ delivered: false, seconds: 90, channel: -1, attempts: 3 }, 300);
    const f = tally.figures();
    expect(f).toMatchObject({ sent: 3, delivered: 2, failed: 1, byChannel: { wechat: 1, sms: 1 } });
    expect(f.withinTargetShare).toBeCloseTo(1 / 3, 12);
    expect(f.meanMinutes).toBeCloseTo((11 + 980 / 60) / 2, 12);
    expect(f.attemptsPerNotification).toBeCloseTo(7 / 3, 12);
  });
});
