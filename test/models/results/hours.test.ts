import { describe, expect, it } from 'vitest';
import { hourFigures } from '../../../models/results/hours.ts';
import { LaneSeries } from '../../../models/results/lane-series.ts';
import { BucketGrid } from '../../../src/engine/stats.ts';
import { HOUR } from '../../../src/engine/time.ts';

describe('the hours that matter', () => {
  it('counts the hours with calls, those below goal and the worst, over whole hours of the range', () => {
    const within = [8, 0, 5, 1];
    const resolved = [10, 0, 10, 1];
    // Hours 0..3: 0.8, none, 0.5, 1.
    expect(hourFigures(within, resolved, 0, 4, 0.8)).toEqual({ hours: 3, hoursBelowGoal: 1, worstHourServiceLevel: 0.5 });
    expect(hourFigures(within, resolved, 3, 4, 0.8)).toEqual({ hours: 1, hoursBelowGoal: 0, worstHourServiceLevel: 1 });
    expect(hourFigures(within, resolved, 1, 2, 0.8)).toEqual({ hours: 0, hoursBelowGoal: 0, worstHourServiceLevel: NaN });
  });

  it('reads a lane series by the clock hour in which calls were answered or hung up', () => {
    const s = new LaneSeries(new BucketGrid(900, 12), 20); // three hours of 15-minute buckets
    s.answer(100, 5);
    s.answer(200, 50);
    s.abandon(HOUR + 10);
    s.answer(2 * HOUR + 5, 1);
    expect(s.hours(0, 3 * HOUR, 0.8)).toEqual({ hours: 3, hoursBelowGoal: 2, worstHourServiceLevel: 0 });
    // Only whole hours of the range: [0.5 h, 3 h) holds hours 1 and 2.
    expect(s.hours(0.5 * HOUR, 3 * HOUR, 0.8)).toEqual({ hours: 2, hoursBelowGoal: 1, worstHourServiceLevel: 0 });
  });
});

describe('the hours that matter, at the edges of the range', () => {
  it('clamps the range to the hours there are: before hour 0 and past the last', () => {
    const within = [1, 0];
    const resolved = [2, 4];
    // Hour 0: 0.5, hour 1: 0.
    expect(hourFigures(within, resolved, -5, 10, 0.8)).toEqual({ hours: 2, hoursBelowGoal: 2, worstHourServiceLevel: 0 });
    expect(hourFigures(within, resolved, 1, 1, 0.8)).toEqual({ hours: 0, hoursBelowGoal: 0, worstHourServiceLevel: NaN });
  });

  it('counts an hour exactly at the goal as meeting it, and keeps the lowest level seen', () => {
    expect(hourFigures([3, 1, 2], [4, 4, 4], 0, 3, 0.5)).toEqual({ hours: 3, hoursBelowGoal: 1, worstHourServiceLevel: 0.25 });
    expect(hourFigures([4, 4], [4, 4], 0, 2, 1)).toEqual({ hours: 2, hoursBelowGoal: 0, worstHourServiceLevel: 1 });
  });

  it('keeps a lane series hourly for the whole run, at least one hour, and reads only whole hours of the range', () => {
    const short = new LaneSeries(new BucketGrid(60, 10), 20); // ten minutes: one hour of counts
    short.answer(30, 1);
    short.abandon(599);
    short.answer(HOUR + 5, 1); // past the run: not counted
    expect(short.hours(0, HOUR, 0.8)).toEqual({ hours: 1, hoursBelowGoal: 1, worstHourServiceLevel: 0.5 });
    expect(short.hours(0, 2 * HOUR, 0.8)).toEqual({ hours: 1, hoursBelowGoal: 1, worstHourServiceLevel: 0.5 });
    const long = new LaneSeries(new BucketGrid(900, 9), 20); // 2¼ hours: three hours of counts
    long.answer(2 * HOUR + 100, 50);
    expect(long.hours(0, 3 * HOUR, 0.8)).toEqual({ hours: 1, hoursBelowGoal: 1, worstHourServiceLevel: 0 });
    // [0, 2.5 h) holds whole hours 0 and 1 only.
    expect(long.hours(0, 2.5 * HOUR, 0.8)).toEqual({ hours: 0, hoursBelowGoal: 0, worstHourServiceLevel: NaN });
    // [1 h, 3 h) starts on an hour: hour 1 counts.
    long.answer(HOUR, 0);
    expect(long.hours(HOUR, 3 * HOUR, 0.8)).toEqual({ hours: 2, hoursBelowGoal: 1, worstHourServiceLevel: 0 });
    expect(long.hours(HOUR + 1, 3 * HOUR, 0.8)).toEqual({ hours: 1, hoursBelowGoal: 1, worstHourServiceLevel: 0 });
  });
});
