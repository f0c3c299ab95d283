/**
 * Switching the arrival profile between its two forms (models/phone/arrivals.ts): hour-of-day ×
 * day-of-week weights, or one weight per hour of the week.
 */

/** hourOfDay × dayOfWeek, as 168 weights (1 where a list is absent or an entry is not a number). */
export function weeklyFromDaily(hod: unknown, dow: unknown): number[] {
  const at = (list: unknown, i: number) => (Array.isArray(list) && typeof list[i] === 'number' ? (list[i] as number) : 1);
  return Array.from({ length: 168 }, (_, h) => Math.round(at(hod, h % 24) * at(dow, Math.floor(h / 24)) * 1000) / 1000);
}

/** The daily and weekly averages of 168 weights (their interaction is lost). */
export function dailyFromWeekly(how: unknown): { hourOfDayWeights: number[]; dayOfWeekWeights: number[] } {
  const w = (h: number) => (Array.isArray(how) && typeof how[h] === 'number' ? (how[h] as number) : 1);
  const mean = Array.from({ length: 168 }, (_, h) => w(h)).reduce((a, b) => a + b, 0) / 168 || 1;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    hourOfDayWeights: Array.from({ length: 24 }, (_, h) => r(Array.from({ length: 7 }, (_, d) => w(d * 24 + h)).reduce((a, b) => a + b, 0) / 7 / mean)),
    dayOfWeekWeights: Array.from({ length: 7 }, (_, d) => r(Array.from({ length: 24 }, (_, h) => w(d * 24 + h)).reduce((a, b) => a + b, 0) / 24 / mean)),
  };
}
