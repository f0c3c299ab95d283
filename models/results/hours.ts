/**
 * The hours that matter: a run's average can meet the goal while the hours of an incident
 * do not. A lane's service level per clock hour (answered within target ÷ answered +
 * abandoned, by the hour the call was answered or hung up), counted over whole hours of a
 * range; an hour with no call answered or abandoned in the lane is not counted.
 */

export interface HourFigures {
  /** Whole hours of the range in which the lane answered or lost at least one call. */
  hours: number;
  /** Of those, the hours whose service level was below the lane's goal. */
  hoursBelowGoal: number;
  /** The lowest hourly service level among them (NaN if none). */
  worstHourServiceLevel: number;
}

/**
 * Figures of hours `fromHour` ≤ h < `toHour`, given per-hour counts of calls answered
 * within target and of calls answered or abandoned.
 */
export function hourFigures(within: ArrayLike<number>, resolved: ArrayLike<number>, fromHour: number, toHour: number, goal: number): HourFigures {
  let hours = 0;
  let below = 0;
  let worst = Infinity;
  const end = Math.min(toHour, resolved.length);
  for (let h = Math.max(0, fromHour); h < end; h++) {
    const n = resolved[h]!;
    if (n === 0) continue;
    const level = within[h]! / n;
    hours++;
    if (level < goal) below++;
    if (level < worst) worst = level;
  }
  return { hours, hoursBelowGoal: below, worstHourServiceLevel: hours > 0 ? worst : NaN };
}
