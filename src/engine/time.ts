/** Simulated time is in seconds throughout the engine and the model. */
export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;
export const HALF_HOUR = 30 * MINUTE;

/**
 * Seconds from Monday 00:00 to a Beijing wall-clock date-time `YYYY-MM-DDTHH:MM`, used to
 * place simulated time 0 in the hour-of-week profile. Returns undefined when malformed.
 */
export function secondsIntoWeek(beijingDateTime: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(beijingDateTime);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return undefined;
  const mondayBased = (check.getUTCDay() + 6) % 7;
  return mondayBased * DAY + hour * HOUR + minute * MINUTE;
}
