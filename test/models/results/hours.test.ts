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
