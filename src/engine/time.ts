/** Simulated time is in seconds throughout the engine and the model. */
export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;
export const HALF_HOUR = 30 * MINUTE;

/**
 * A wall-clock date-time `YYYY-MM-DDTHH:MM` as milliseconds since the epoch, read as if it
 * were UTC; undefined when malformed or impossible (`2025-02-30T00:00`). Full-year
 * arithmetic: `Date.UTC` would read the years 0000–0099 as 1900–1999.
 */
export function wallClockMs(dateTime: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(dateTime);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime();
}

/**
 * Seconds from Monday 00:00 to a Beijing wall-clock date-time `YYYY-MM-DDTHH:MM`, used to
 * place simulated time 0 in the hour-of-week profile. Returns undefined when malformed.
 */
export function secondsIntoWeek(beijingDateTime: string): number | undefined {
  const wall = wallClockMs(beijingDateTime);
  if (wall === undefined) return undefined;
  const check = new Date(wall);
  const mondayBased = (check.getUTCDay() + 6) % 7;
  return mondayBased * DAY + check.getUTCHours() * HOUR + check.getUTCMinutes() * MINUTE;
}
