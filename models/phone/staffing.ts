/**
 * Seats on duty for each half hour of the week (Beijing time), for the front desk (20
 * around the clock in the 12308 baseline), the secretaries and the officers. The roster
 * changes only where the count changes; an agent busy when the shift ends finishes first
 * (see the engine pool).
 */
import type { Kernel } from '../../src/engine/kernel.ts';
import { HALF_HOUR } from '../../src/engine/time.ts';
import type { Scenario } from '../scenario/scenario.ts';

export type SeatSchedule = Scenario['frontDesk']['seats'];

/** Seats on duty per half hour of the week, Monday 00:00 first (336 entries). */
export function seatsByHalfHourOfWeek(seats: SeatSchedule): number[] {
  if (typeof seats === 'number') return new Array<number>(336).fill(seats);
  return Array.from({ length: 336 }, (_, i) => seats[i % seats.length]!);
}

/** Applies the weekly schedule's seat count from time 0 on, each time it changes. */
export function followSchedule(kernel: Kernel, schedule: readonly number[], weekOffsetSeconds: number, staff: (seats: number) => void): void {
  // The slot a second after `t`, so that a boundary time never rounds into the slot before it.
  const slotAt = (t: number) => Math.floor((t + 1 + weekOffsetSeconds) / HALF_HOUR) % schedule.length;
  const apply = () => {
    const now = kernel.now();
    staff(schedule[slotAt(now)]!);
    // Find the next half-hour boundary where the count differs (at most a week ahead).
    let next = (Math.floor((now + weekOffsetSeconds) / HALF_HOUR) + 1) * HALF_HOUR - weekOffsetSeconds;
    if (next <= now) next += HALF_HOUR;
    for (let steps = 0; steps < schedule.length; steps++, next += HALF_HOUR) {
      if (schedule[slotAt(next)] !== schedule[slotAt(now)]) {
        kernel.at(next, apply, undefined);
        return;
      }
    }
  };
  apply();
}
