/** The editor's helper for bilingual text, and the units shown beside its fields. */
import type { Bilingual } from '../../i18n/i18n.ts';

/** A text in both languages of the users. */
export const u = (zh: string, en: string): Bilingual => ({ zh, en });

/** The unit shown beside a field, in both languages. */
export const UNITS = {
  seconds: u('秒', 's'),
  minutes: u('分钟', 'min'),
  hours: u('小时', 'h'),
  days: u('天', 'days'),
  callsPerHour: u('次/小时', 'calls/h'),
  seats: u('坐席', 'seats'),
  lines: u('条线路', 'lines'),
  share: u('比例 0–1', 'share 0–1'),
  times: u('倍', '×'),
  attempts: u('次', 'attempts'),
  callers: u('人', 'callers'),
  weight: u('权重', 'weight'),
  cv: u('变异系数', 'CV'),
} as const;
