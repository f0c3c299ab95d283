/**
 * The trainer's three scripted scenes: a scenario (a bundled one, adjusted), where the clock
 * starts, how fast it plays, and a short text for the class in Chinese and English.
 */
import type { Bilingual } from '../i18n/i18n.ts';

export interface Lesson {
  readonly id: 'quiet-night' | 'major-incident' | 'friday-embassy';
  readonly title: Bilingual;
  readonly text: Bilingual;
  /** The bundled scenario it starts from. */
  readonly base: 'baseline' | 'major-incident';
  /** Changes to the scenario JSON (a fresh copy). */
  readonly adjust: (json: Record<string, unknown>) => Record<string, unknown>;
  /** Simulated seconds from the run's start (Monday 00:00 Beijing in the bundled scenarios). */
  readonly startSeconds: number;
  /** Simulated seconds per second. */
  readonly speed: number;
  readonly days: number;
}

const HOUR = 3600;

export const LESSONS: readonly Lesson[] = [
  {
    id: 'quiet-night',
    title: { zh: '安静的夜晚', en: 'A quiet night' },
    text: {
      zh: '周二凌晨 1 点（北京时间）。来电稀少：多数来电者在自动语音中自助解决，其余来电由前台坐席接听，几乎无人等待。后台文秘处理白天留下的电子工单，许多驻外使领馆正值工作时间。',
      en: 'Tuesday 01:00 Beijing time. Few calls: most callers serve themselves in the IVR, the rest reach a front seat with hardly a wait. The secretaries work through the day’s work orders while many missions abroad are open.',
    },
    base: 'baseline',
    adjust: (json) => json,
    startSeconds: 25 * HOUR,
    speed: 60,
    days: 3,
  },
  {
    id: 'major-incident',
    title: { zh: '凌晨 2 点的重大突发事件', en: 'A major incident at 02:00 Beijing time' },
    text: {
      zh: '周三凌晨 2 点（北京时间），海外发生重大突发事件，来电激增至平时的 4 倍。紧急求助人工服务通道保留坐席，紧急来电优先接听；事件发生时即召集备用坐席，但夜间到岗需要更长时间；前台排队增长时后台文秘转到电话上，电子工单积压增加。',
      en: 'Wednesday 02:00 Beijing time: a major incident abroad and calls jump to 4 times the usual. The emergency lane keeps its reserved seats and emergency callers go first; standby seats are called in at once but take longer to arrive at night; as the queue grows secretaries move to the phones and the work-order backlog grows.',
    },
    base: 'major-incident',
    adjust: (json) => {
      const surges = (json.surges as Record<string, unknown>[]).map((s) => ({ ...s, startHour: 50 }));
      // The standby seats are called in at the incident; at 02:00 they take 45–90 minutes to arrive, not the daytime 15–45.
      const standby = {
        ...(json.standby as Record<string, unknown>),
        activation: { kind: 'at-times', hours: [50] },
        standDown: { kind: 'at-times', hours: [122] },
        callInDelayMinutes: { kind: 'uniform', minMinutes: 45, maxMinutes: 90 },
      };
      return { ...json, surges, standby };
    },
    startSeconds: 49.9 * HOUR,
    speed: 360,
    days: 4,
  },
  {
    id: 'friday-embassy',
    title: { zh: '周五傍晚转给使领馆的案件', en: 'A case sent to an embassy on a Friday evening' },
    text: {
      zh: '纽约时间周五傍晚（北京时间周六早上）。领事干部审批的电子工单转给驻纽约总领馆，但总领馆已下班：普通工单要等到周一上午开门才被接收；紧急案件则立即通知值班人员（微信、短信或电话）。',
      en: 'Friday evening in New York (Saturday morning in Beijing). Work orders approved by the consular officers go to the Consulate-General in New York, which has closed: a routine order waits until it opens on Monday morning; an emergency reaches the duty officer at once by WeChat, SMS or phone.',
    },
    base: 'baseline',
    adjust: (json) => ({ ...json, missions: { ...(json.missions as object), weights: { 'us-new-york': 1 } } }),
    // Friday 17:30 in New York (EST, UTC−5) is Saturday 06:30 in Beijing: day 6 of a run starting Monday 00:00.
    startSeconds: (5 * 24 + 6.5) * HOUR,
    speed: 360,
    days: 7,
  },
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
