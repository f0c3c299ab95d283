/**
 * Instant notification of an emergency to the mission's consular-protection duty staff,
 * "immediately by WeChat, SMS or phone". Channels are tried in order: each attempt takes a
 * delay drawn from the channel's distribution and fails with its probability; a failed
 * channel is retried its number of times, then the next channel is tried. The attempts are
 * drawn at once, so the outcome is known when the notification starts.
 *
 * How a failure is known: without `ackTimeoutMinutes`, after the channel's delivery delay (as
 * if the channel said so); with it, as the centre knows it — no acknowledgement from the duty
 * staff within that many minutes. An attempt then succeeds only if it gets through within the
 * timeout, and a failed one costs the whole timeout before the retry or the next channel.
 * The target (`targetMinutes`) counts from the call's arrival, or with `targetFrom: "decision"`
 * from the decision to notify (the end of the conversation).
 */
import { compileSampler, type Sampler } from '../../src/engine/distributions.ts';
import type { RandomStream } from '../../src/engine/random.ts';
import { QuantileSketch } from '../../src/engine/stats.ts';
import { MINUTE } from '../../src/engine/time.ts';
import { fromDuration } from '../scenario/durations.ts';
import type { NotificationsSpec } from '../scenario/scenario.ts';

export interface NotificationOutcome {
  readonly delivered: boolean;
  /** From the start of the first attempt to the success (or to the last failure). */
  readonly seconds: number;
  /** Index of the channel that delivered, or -1. */
  readonly channel: number;
  readonly attempts: number;
}

interface Channel {
  readonly delay: Sampler;
  readonly failureProbability: number;
  readonly tries: number;
}

export class Notifier {
  private readonly channels: readonly Channel[];
  /** Seconds without an acknowledgement after which an attempt counts as failed; Infinity: the channel's own delay tells. */
  private readonly ackTimeoutSeconds: number;

  constructor(spec: NotificationsSpec) {
    this.ackTimeoutSeconds = spec.ackTimeoutMinutes !== undefined ? spec.ackTimeoutMinutes * MINUTE : Infinity;
    this.channels = spec.channels.map((c) => ({
      delay: compileSampler(fromDuration(c.delaySeconds, 'Seconds')),
      failureProbability: c.failureProbability,
      tries: 1 + c.retries,
    }));
  }

  /** `attempt` hears each attempt (channel, seconds from the start to its end, got through): it observes, it draws nothing. */
  notify(rng: RandomStream, attempt?: (channel: number, atSeconds: number, delivered: boolean) => void): NotificationOutcome {
    let seconds = 0;
    let attempts = 0;
    for (let channel = 0; channel < this.channels.length; channel++) {
      const c = this.channels[channel]!;
      for (let k = 0; k < c.tries; k++) {
        attempts++;
        let delivered: boolean;
        if (this.ackTimeoutSeconds === Infinity) {
          seconds += c.delay(rng);
          delivered = !rng.bernoulli(c.failureProbability);
        } else {
          // The same draws in the same order; an attempt not acknowledged in time has failed, known at the timeout.
          const delay = c.delay(rng);
          delivered = !rng.bernoulli(c.failureProbability) && delay <= this.ackTimeoutSeconds;
          seconds += delivered ? delay : this.ackTimeoutSeconds;
        }
        attempt?.(channel, seconds, delivered);
        if (delivered) return { delivered: true, seconds, channel, attempts };
      }
    }
    return { delivered: false, seconds, channel: -1, attempts };
  }
}

/** One replication's emergency notifications (counted cases only). */
export interface NotificationFigures {
  sent: number;
  delivered: number;
  /** Every channel failed. */
  failed: number;
  /** Delivered within the target time (of the call's arrival, or of the decision to notify) ÷ sent. */
  withinTargetShare: number;
  /** From the call's arrival to the successful notification. */
  meanMinutes: number;
  p50Minutes: number;
  p90Minutes: number;
  /** Attempts per notification sent. */
  attemptsPerNotification: number;
  /** Notifications delivered per channel id. */
  byChannel: Record<string, number>;
}

export class NotificationTally {
  private sent = 0;
  private delivered = 0;
  private within = 0;
  private attempts = 0;
  private minutesSum = 0;
  private readonly minutes = new QuantileSketch();
  private readonly byChannel: number[];

  constructor(
    private readonly channelIds: readonly string[],
    private readonly targetMinutes: number,
    /** Time the target from the decision to notify rather than from the call's arrival. */
    private readonly targetFromDecision = false,
  ) {
    this.byChannel = channelIds.map(() => 0);
  }

  /** A notification for a call that arrived `sinceArrivalSeconds` before the notification started. */
  record(outcome: NotificationOutcome, sinceArrivalSeconds: number): void {
    this.sent++;
    this.attempts += outcome.attempts;
    if (!outcome.delivered) return;
    const minutes = (sinceArrivalSeconds + outcome.seconds) / MINUTE;
    this.delivered++;
    this.byChannel[outcome.channel]!++;
    this.minutesSum += minutes;
    this.minutes.accept(minutes);
    if ((this.targetFromDecision ? outcome.seconds / MINUTE : minutes) <= this.targetMinutes) this.within++;
  }

  figures(): NotificationFigures {
    return {
      sent: this.sent,
      delivered: this.delivered,
      failed: this.sent - this.delivered,
      withinTargetShare: this.within / this.sent,
      meanMinutes: this.minutesSum / this.delivered,
      p50Minutes: this.minutes.quantile(0.5),
      p90Minutes: this.minutes.quantile(0.9),
      attemptsPerNotification: this.attempts / this.sent,
      byChannel: Object.fromEntries(this.channelIds.map((id, i) => [id, this.byChannel[i]!])),
    };
  }
}
