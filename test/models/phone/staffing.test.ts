import { describe, expect, it } from 'vitest';
import { followSchedule, seatsByHalfHourOfWeek } from '../../../models/phone/staffing.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { HALF_HOUR, HOUR, MINUTE } from '../../../src/engine/time.ts';

/** A day of 48 half hours: 1 seat at night, 3 from 08:00 to 18:00. */
const day = Array.from({ length: 48 }, (_, i) => (i >= 16 && i < 36 ? 3 : 1));

/** The seat counts applied, as [hours, seats]. */
function follow(schedule: readonly number[], weekOffsetSeconds: number, untilHours: number): [number, number][] {
  const kernel = new Kernel();
  const applied: [number, number][] = [];
  followSchedule(kernel, schedule, weekOffsetSeconds, (seats) => applied.push([kernel.now() / HOUR, seats]));
  kernel.runUntil(untilHours * HOUR);
  return applied;
}

describe('seatsByHalfHourOfWeek', () => {
  it('repeats one number over the 336 half hours of the week', () => {
    const week = seatsByHalfHourOfWeek(20);
    expect(week).toHaveLength(336);
    expect(new Set(week)).toEqual(new Set([20]));
  });

  it('repeats a day of 48 half hours on each of the 7 days', () => {
    const week = seatsByHalfHourOfWeek(day);
    expect(week).toHaveLength(336);
    expect(week[15]).toBe(1); // Monday 07:30
    expect(week[16]).toBe(3); // Monday 08:00
    expect(week[35]).toBe(3); // Monday 17:30
    expect(week[36]).toBe(1); // Monday 18:00
    expect(week[6 * 48 + 20]).toBe(3); // Sunday 10:00
  });

  it('takes a week of 336 half hours as it is', () => {
    const week = Array.from({ length: 336 }, (_, i) => i % 7);
    expect(seatsByHalfHourOfWeek(week)).toEqual(week);
  });
});

describe('followSchedule', () => {
  const week = seatsByHalfHourOfWeek(day);

  it('applies the count at time 0 and then only where it changes', () => {
    expect(follow(week, 0, 33)).toEqual([
      [0, 1],
      [8, 3],
      [18, 1],
      [32, 3],
    ]);
  });

  it('places time 0 in the week by the offset', () => {
    // Time 0 is Monday 07:00: the day shift starts an hour in.
    expect(follow(week, 7 * HOUR, 12)).toEqual([
      [0, 1],
      [1, 3],
      [11, 1],
    ]);
  });

  it('changes on the half-hour boundary when time 0 is not on one', () => {
    // Time 0 is Monday 07:10: 08:00 is 50 minutes in.
    const applied = follow(week, 7 * HOUR + 10 * MINUTE, 2);
    expect(applied.map(([h, s]) => [Math.round(h * 60), s])).toEqual([
      [0, 1],
      [50, 3],
    ]);
  });

  it('schedules nothing more for a constant roster', () => {
    const kernel = new Kernel();
    const applied: number[] = [];
    followSchedule(kernel, seatsByHalfHourOfWeek(5), 0, (seats) => applied.push(seats));
    expect(applied).toEqual([5]);
    expect(kernel.nextEventTime()).toBe(Infinity);
  });
});

describe('followSchedule, a one-slot change', () => {
  it('applies a count that holds for a single half hour, and the one after it', () => {
    const schedule = Array.from({ length: 336 }, (_, i) => (i === 1 ? 2 : 1));
    const kernel = new Kernel();
    const applied: [number, number][] = [];
    followSchedule(kernel, schedule, 0, (seats) => applied.push([kernel.now(), seats]));
    kernel.runUntil(3 * HALF_HOUR);
    expect(applied).toEqual([
      [0, 1],
      [HALF_HOUR, 2],
      [2 * HALF_HOUR, 1],
    ]);
  });
});
