import { describe, expect, it } from 'vitest';
import { halfHourLabel, scheduledSeats, seatBars, seatHours, sizingOffered } from '../../../src/ui/staffing/staffing-model.ts';
import { accepted, bundledJson } from '../../support/scenarios.ts';

describe('staffing view model', () => {
  it('reads scheduled seats per half hour of the week from one number, a day or a week', () => {
    expect(scheduledSeats({ frontDesk: { seats: 20 } })).toEqual(Array(336).fill(20));
    const day = Array.from({ length: 48 }, (_, i) => i);
    const week = scheduledSeats({ frontDesk: { seats: day } });
    expect(week).toHaveLength(336);
    expect(week[48 + 5]).toBe(5);
    expect(scheduledSeats({ frontDesk: { seats: Array.from({ length: 336 }, (_, i) => i) } })[300]).toBe(300);
  });

  it('pairs required with scheduled seats and counts seat-hours', () => {
    expect(seatBars([3, 4], [5, 5])).toEqual([
      { halfHour: 0, required: 3, scheduled: 5 },
      { halfHour: 1, required: 4, scheduled: 5 },
    ]);
    expect(seatHours([3, 4, 5])).toBe(6);
  });

  it('offers standby sizing only with a surge and standby seats', () => {
    expect(sizingOffered(accepted(bundledJson('major-incident')))).toBe(true);
    expect(sizingOffered(accepted(bundledJson('baseline')))).toBe(false);
    expect(sizingOffered(undefined)).toBe(false);
  });

  it('labels half hours of the week in both languages', () => {
    expect(halfHourLabel(0, 'en')).toBe('Mon 00:00');
    expect(halfHourLabel(48 + 17, 'zh')).toBe('周二 08:30');
  });
});
