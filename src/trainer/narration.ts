/**
 * Captions at the key moments of a replication, for the class: the first emergency call, a
 * standby activation, secretaries joining the phones, a work order waiting for an embassy
 * to open, a notification falling back from one channel to the next. Pure: a record and
 * the floor in, a caption (or nothing) out.
 */
import type { TraceRecord } from '../../models/results/trace.ts';
import type { Bilingual } from '../i18n/i18n.ts';
import type { FloorState } from './floor-state.ts';

export interface Caption {
  readonly t: number;
  readonly kind: 'first-emergency' | 'standby' | 'secretaries' | 'embassy-closed' | 'fallback';
  readonly text: Bilingual;
}

export interface NarrationContext {
  /** Whether the mission's office is open at simulated time `t`. */
  readonly isOpen: (missionId: string, t: number) => boolean;
  /** The mission's name. */
  readonly missionName: (missionId: string) => Bilingual;
  /** The channel's name. */
  readonly channelName: (channelId: string) => Bilingual;
  /** The emergency lane's id (the lane of highest priority). */
  readonly emergencyLane: string;
}

/** Kinds told once per replication; the others each time (standby, secretaries) or at most once a simulated hour. */
export class Narrator {
  private firstEmergencySeen = false;
  private lastAt: Partial<Record<Caption['kind'], number>> = {};
  /** The first channel that failed, per call whose notification is under way. */
  private readonly failedChannel = new Map<number, string>();

  constructor(private readonly context: NarrationContext) {}

  caption(r: TraceRecord, floor: FloorState): Caption | undefined {
    const c = this.context;
    const say = (kind: Caption['kind'], text: Bilingual, gapSeconds = 3600): Caption | undefined => {
      const last = this.lastAt[kind];
      if (last !== undefined && r.t - last < gapSeconds) return undefined;
      this.lastAt[kind] = r.t;
      return { t: r.t, kind, text };
    };
    switch (r.event) {
      case 'arrive':
        if (r.lane !== c.emergencyLane || this.firstEmergencySeen) return undefined;
        this.firstEmergencySeen = true;
        return say('first-emergency', {
          zh: '一位紧急求助来电者按“0 再按 9”进入紧急求助人工服务通道：预留坐席让他优先接通。',
          en: 'An emergency caller presses 0 then 9 and enters the emergency lane: its reserved seats let them through first.',
        });
      case 'standby-activate':
        return say(
          'standby',
          {
            zh: `排队过长：召回 ${r.value} 个备用坐席。他们需要一段时间才能到岗（见倒计时）。`,
            en: `The queue is too long: ${r.value} standby seats are called in. They take a while to arrive (see the countdown).`,
          },
          0,
        );
      case 'secretaries-to-phones':
        return say(
          'secretaries',
          {
            zh: `后台文秘转到电话上接听来电（${r.value} 人）：电话能力增加，但电子工单积压随之增长。`,
            en: `Secretaries move from the back office to the phones (${r.value}): more seats answer, but the work-order backlog grows.`,
          },
          0,
        );
      case 'work-order-stage': {
        if (r.stage !== 'mission' || !r.mission || c.isOpen(r.mission, r.t)) return undefined;
        const name = c.missionName(r.mission);
        return say('embassy-closed', {
          zh: `一份电子工单转给${name.zh}，但该馆已下班：工单要等到当地开门时才被接收。`,
          en: `A work order goes to ${name.en}, which has closed for the day: it waits until the office opens, local time.`,
        });
      }
      case 'notify-attempt': {
        // The call may have left the floor by now: the narrator keeps the channels that failed.
        if (r.value !== 1) {
          this.failedChannel.set(r.call!, this.failedChannel.get(r.call!) ?? r.outcome!);
          return undefined;
        }
        const failed = this.failedChannel.get(r.call!);
        this.failedChannel.delete(r.call!);
        if (failed === undefined || failed === r.outcome) return undefined;
        const from = c.channelName(failed);
        const to = c.channelName(r.outcome!);
        return say('fallback', {
          zh: `紧急通知：${from.zh}未送达，改用${to.zh}，已送达驻外使领馆值班人员。`,
          en: `Emergency notification: ${from.en} failed, so it fell back to ${to.en} and reached the mission’s duty officer.`,
        });
      }
      case 'notified':
        this.failedChannel.delete(r.call!);
        return undefined;
      default:
        return undefined;
    }
  }
}
