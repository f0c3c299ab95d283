/**
 * Axes shared by the charts. Simulated time is seconds after the run start, and the run
 * starts at `run.startBeijing`, a Beijing wall-clock time. Planners read hotline charts in
 * Beijing time, so every time label here is Beijing wall-clock time, whatever the
 * browser's own time zone: the clock keeps an epoch whose *UTC* fields read Beijing time,
 * and only UTC getters are used (China has no daylight saving time, so this is exact).
 */
import type { ScaleContinuousNumeric } from 'd3';
import type { Lang } from '../i18n/i18n.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** 1970-01-05, the first Monday of the Unix epoch, for aligning week ticks. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface BeijingClock {
  /** Epoch milliseconds whose UTC fields read the Beijing wall-clock time of simulated second 0. */
  readonly originMs: number;
}

/** The clock of a run starting at `startBeijing` ("YYYY-MM-DDTHH:MM"); a malformed value starts at 2025-01-06 00:00. */
export function beijingClock(startBeijing: string | undefined): BeijingClock {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(startBeijing ?? '');
  if (!match) return { originMs: Date.UTC(2025, 0, 6) };
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { originMs: Date.UTC(y, mo - 1, d, h, mi) };
}

/** The Beijing wall-clock date of a simulated time, read with UTC getters only. */
export function beijingDate(clock: BeijingClock, simSeconds: number): Date {
  return new Date(clock.originMs + simSeconds * 1000);
}

/** Hour of the Beijing day (0–23) at a simulated time. */
export function beijingHour(clock: BeijingClock, simSeconds: number): number {
  return beijingDate(clock, simSeconds).getUTCHours();
}

/** Calendar day of the run (0 = the date the run starts on) at a simulated time. */
export function dayOfRun(clock: BeijingClock, simSeconds: number): number {
  const firstMidnight = Math.floor(clock.originMs / DAY_MS) * DAY_MS;
  return Math.floor((clock.originMs + simSeconds * 1000 - firstMidnight) / DAY_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

export type TimeStyle =
  /** "10:00" */
  | 'clock'
  /** "周一 10:00" · "Mon 10:00" */
  | 'weekdayClock'
  /** "6日 周一" · "Mon 6" (axis ticks at midnight) */
  | 'dayShort'
  /** "1月6日 周一" · "Mon 6 Jan" */
  | 'day'
  /** "1月6日 周一 10:00" · "Mon 6 Jan 10:00" */
  | 'full';

/** A simulated time as Beijing wall-clock text. */
export function formatBeijing(clock: BeijingClock, simSeconds: number, lang: Lang, style: TimeStyle): string {
  const date = beijingDate(clock, simSeconds);
  const weekday = WEEKDAYS[lang][date.getUTCDay()]!;
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const clockText = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const dayText = lang === 'zh' ? `${month + 1}月${day}日 ${weekday}` : `${weekday} ${day} ${MONTHS_EN[month]}`;
  switch (style) {
    case 'clock':
      return clockText;
    case 'weekdayClock':
      return `${weekday} ${clockText}`;
    case 'dayShort':
      return lang === 'zh' ? `${day}日 ${weekday}` : `${weekday} ${day}`;
    case 'day':
      return dayText;
    case 'full':
      return `${dayText} ${clockText}`;
  }
}

/** A bucket's span, e.g. "Mon 6 Jan 10:00–10:15" (the end shows its date only when it differs). */
export function formatBucketSpan(clock: BeijingClock, startSeconds: number, widthSeconds: number, lang: Lang): string {
  const end = startSeconds + widthSeconds;
  const sameDay = dayOfRun(clock, startSeconds) === dayOfRun(clock, end) || formatBeijing(clock, end, lang, 'clock') === '00:00';
  return `${formatBeijing(clock, startSeconds, lang, 'full')}–${formatBeijing(clock, end, lang, sameDay ? 'clock' : 'full')}`;
}

export interface TimeTick {
  /** Simulated seconds. */
  readonly seconds: number;
  readonly label: string;
  /** At Beijing midnight: drawn as a stronger grid line and labelled with the day. */
  readonly major: boolean;
}

/** Tick steps in hours, smallest first; steps of a day or more fall on midnights. */
const STEPS_HOURS = [1, 2, 3, 6, 12, 24, 48, 168, 336, 672];

/**
 * Ticks over a simulated time interval at round Beijing times: the smallest step from
 * 1 hour to 4 weeks that gives at most `maxTicks` ticks. Midnights are labelled with the
 * day ("Mon 6"), other ticks with the time ("12:00").
 */
export function timeTicks(clock: BeijingClock, [from, to]: readonly [number, number], maxTicks: number, lang: Lang): TimeTick[] {
  if (!(to > from) || !(maxTicks >= 1)) return [];
  const spanHours = (to - from) / 3600;
  const stepHours = STEPS_HOURS.find((h) => spanHours / h <= maxTicks) ?? Math.ceil(spanHours / maxTicks / 168) * 168;
  const stepMs = stepHours * HOUR_MS;
  // Weeks start on Monday; shorter steps divide a day and so align on midnight.
  const anchor = stepHours >= 168 ? FIRST_MONDAY_MS : 0;
  const fromMs = clock.originMs + from * 1000;
  const toMs = clock.originMs + to * 1000;
  const ticks: TimeTick[] = [];
  for (let t = anchor + Math.ceil((fromMs - anchor) / stepMs) * stepMs; t <= toMs; t += stepMs) {
    const seconds = (t - clock.originMs) / 1000;
    const major = t % DAY_MS === 0;
    ticks.push({ seconds, major, label: formatBeijing(clock, seconds, lang, major ? 'dayShort' : 'clock') });
  }
  return ticks;
}

export interface ValueTick {
  readonly value: number;
  /** Pixel position on the scale's range. */
  readonly position: number;
  readonly label: string;
}

/** d3's nice ticks of a numeric scale, with their positions and labels. */
export function valueTicks(scale: ScaleContinuousNumeric<number, number>, count: number, format: (x: number) => string): ValueTick[] {
  return scale.ticks(count).map((value) => ({ value, position: scale(value), label: format(value) }));
}
