import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { beijingClock, beijingHour, dayOfRun, formatBeijing, formatBucketSpan, timeTicks, valueTicks } from '../../src/charts/axis.ts';

const HOUR = 3600;
const monday = beijingClock('2025-01-06T00:00');

describe('Beijing clock', () => {
  it('reads simulated seconds as Beijing wall-clock time, whatever the machine time zone', () => {
    expect(formatBeijing(monday, 10 * HOUR, 'en', 'weekdayClock')).toBe('Mon 10:00');
    expect(formatBeijing(monday, 10 * HOUR, 'zh', 'weekdayClock')).toBe('周一 10:00');
    expect(formatBeijing(monday, 34.5 * HOUR, 'en', 'full')).toBe('Tue 7 Jan 10:30');
    expect(formatBeijing(monday, 34.5 * HOUR, 'zh', 'full')).toBe('1月7日 周二 10:30');
    expect(formatBeijing(monday, 24 * HOUR, 'en', 'dayShort')).toBe('Tue 7');
    expect(formatBeijing(monday, 24 * HOUR, 'zh', 'dayShort')).toBe('7日 周二');
  });

  it('falls back to Monday 6 January 2025 for a malformed start', () => {
    expect(beijingClock('soon')).toEqual(monday);
  });

  it('numbers calendar days from the start date, so a run starting at 22:00 reaches day 1 after two hours', () => {
    const late = beijingClock('2025-01-06T22:00');
    expect(dayOfRun(late, 0)).toBe(0);
    expect(beijingHour(late, 0)).toBe(22);
    expect(dayOfRun(late, 2 * HOUR - 1)).toBe(0);
    expect(dayOfRun(late, 2 * HOUR)).toBe(1);
    expect(beijingHour(late, 2 * HOUR)).toBe(0);
  });

  it('writes a bucket as a span, with the end date only when the span crosses midnight', () => {
    expect(formatBucketSpan(monday, 10 * HOUR, 900, 'en')).toBe('Mon 6 Jan 10:00–10:15');
    expect(formatBucketSpan(monday, 23.75 * HOUR, 900, 'en')).toBe('Mon 6 Jan 23:45–00:00');
    expect(formatBucketSpan(monday, 23 * HOUR, 2 * HOUR, 'en')).toBe('Mon 6 Jan 23:00–Tue 7 Jan 01:00');
  });
});

describe('timeTicks', () => {
  it('picks the smallest round step giving at most the asked number of ticks, at round Beijing times', () => {
    const ticks = timeTicks(monday, [0, 24 * HOUR], 5, 'en');
    expect(ticks.map((t) => t.seconds / HOUR)).toEqual([0, 6, 12, 18, 24]);
    expect(ticks.map((t) => t.label)).toEqual(['Mon 6', '06:00', '12:00', '18:00', 'Tue 7']);
    expect(ticks.map((t) => t.major)).toEqual([true, false, false, false, true]);
  });

  it('aligns ticks on the wall clock when the run starts off the hour', () => {
    const clock = beijingClock('2025-01-06T10:20');
    const ticks = timeTicks(clock, [0, 8 * HOUR], 4, 'en');
    expect(ticks.map((t) => t.label)).toEqual(['12:00', '14:00', '16:00', '18:00']);
    expect(ticks[0]!.seconds).toBe(100 * 60);
  });

  it('puts weekly ticks on Mondays', () => {
    const thursday = beijingClock('2025-01-09T00:00');
    const ticks = timeTicks(thursday, [0, 60 * 24 * HOUR], 10, 'en');
    expect(ticks.every((t) => t.label.startsWith('Mon'))).toBe(true);
    expect(ticks[0]!.seconds).toBe(4 * 24 * HOUR);
  });

  it('gives no ticks for an empty interval', () => {
    expect(timeTicks(monday, [0, 0], 5, 'en')).toEqual([]);
  });
});

describe('valueTicks', () => {
  it('gives d3 nice ticks with positions and labels', () => {
    const y = scaleLinear().domain([0, 10]).range([100, 0]);
    expect(valueTicks(y, 2, String)).toEqual([
      { value: 0, position: 100, label: '0' },
      { value: 5, position: 50, label: '5' },
      { value: 10, position: 0, label: '10' },
    ]);
  });
});
