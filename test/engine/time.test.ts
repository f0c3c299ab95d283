import { describe, expect, it } from 'vitest';
import { DAY, HALF_HOUR, HOUR, MINUTE, secondsIntoWeek, wallClockMs } from '../../src/engine/time.ts';

describe('time units', () => {
  it('are seconds', () => {
    expect([MINUTE, HALF_HOUR, HOUR, DAY]).toEqual([60, 1800, 3600, 86_400]);
  });
});

describe('secondsIntoWeek', () => {
  it('counts from Monday 00:00 Beijing time', () => {
    expect(secondsIntoWeek('2025-01-06T00:00')).toBe(0); // a Monday
    expect(secondsIntoWeek('2025-01-06T08:30')).toBe(8.5 * 3600);
    // Wednesday 1 October 2025, National Day, 14:45.
    expect(secondsIntoWeek('2025-10-01T14:45')).toBe(2 * 86_400 + 14 * 3600 + 45 * 60);
    // Sunday 23:59 is the last minute of the week.
    expect(secondsIntoWeek('2025-01-12T23:59')).toBe(7 * 86_400 - 60);
  });

  it('knows leap days', () => {
    expect(secondsIntoWeek('2024-02-29T12:00')).toBe(3 * 86_400 + 12 * 3600); // a Thursday
    expect(secondsIntoWeek('2025-02-29T12:00')).toBeUndefined();
    expect(secondsIntoWeek('2100-02-29T00:00')).toBeUndefined(); // not a leap year
    expect(secondsIntoWeek('2000-02-29T00:00')).toBe(1 * 86_400); // a Tuesday
  });

  it('rejects malformed or impossible date-times', () => {
    for (const bad of ['2025-01-06', '2025-01-06 00:00', '12025-01-06T00:00', 'x2025-01-06T00:00', '2025-1-6T00:00', '2025-01-06T24:00', '2025-01-06T12:60', '2025-13-01T00:00', '2025-04-31T00:00', '2025-01-06T00:00Z', '']) {
      expect(secondsIntoWeek(bad), bad).toBeUndefined();
    }
  });
});

describe('wallClockMs', () => {
  it('reads the years 0000 to 0099 as themselves, not as 1900 to 1999', () => {
    expect(new Date(wallClockMs('0001-01-01T00:00')!).toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(new Date(wallClockMs('0099-12-31T23:59')!).toISOString()).toBe('0099-12-31T23:59:00.000Z');
    expect(wallClockMs('0000-02-29T00:00')).toBeDefined(); // year 0 is a leap year (1900 is not)
    expect(wallClockMs('1900-02-29T00:00')).toBeUndefined();
    expect(secondsIntoWeek('0001-01-01T00:00')).toBe(0); // 1 January of year 1 was a Monday (proleptic Gregorian)
    expect(secondsIntoWeek('1901-01-01T00:00')).toBe(HALF_HOUR * 0 + 1 * DAY); // a Tuesday
  });
});
