/** Emergency notification: channels in order, retries, fallback; and its figures. */
import { describe, expect, it } from 'vitest';
import { Notifier, NotificationTally } from '../../../models/missions/notification.ts';
import type { NotificationsSpec } from '../../../models/scenario/scenario.ts';
import { RandomStreams } from '../../../src/engine/random.ts';

const fixed = (seconds: number) => ({ kind: 'fixed' as const, seconds });
const rng = () => new RandomStreams(1).stream('notifications');

function spec(channels: { id: string; seconds: number; failureProbability: number; retries: number }[]): NotificationsSpec {
  return { targetMinutes: 15, channels: channels.map((c) => ({ id: c.id, delaySeconds: fixed(c.seconds), failureProbability: c.failureProbability, retries: c.retries })) };
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

describe('NotificationTally', () => {
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
