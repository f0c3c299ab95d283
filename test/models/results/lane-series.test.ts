import { describe, expect, it } from 'vitest';
import { LaneSeries } from '../../../models/results/lane-series.ts';
import { BucketGrid } from '../../../src/engine/stats.ts';

describe('a lane series', () => {
  it('says whether an answer was within target (the target itself counts as within)', () => {
    const s = new LaneSeries(new BucketGrid(60, 2), 20);
    expect([s.answer(0, 20), s.answer(0, 20.5)]).toEqual([true, false]);
  });

  it('gives the service level per bucket over answered and abandoned calls', () => {
    const s = new LaneSeries(new BucketGrid(60, 3), 20);
    s.answer(10, 5);
    s.answer(20, 30);
    s.abandon(30);
    s.answer(70, 1);
    // Bucket 0: 1 within of 2 answered + 1 abandoned; bucket 1: 1 of 1; bucket 2: none.
    expect(s.serviceLevel()).toEqual([1 / 3, 1, NaN]);
    expect(s.abandoned()).toEqual([1, 0, 0]);
  });
});

describe('a lane series, counts', () => {
  it('counts answers and abandons per bucket, and nothing past the last bucket', () => {
    const s = new LaneSeries(new BucketGrid(60, 2), 20);
    s.answer(0, 100);
    s.answer(59, 0);
    s.answer(60, 0);
    s.abandon(61);
    s.answer(120, 0); // past the run
    s.abandon(500);
    expect(s.answeredCounts()).toEqual([2, 1]);
    expect(s.abandoned()).toEqual([0, 1]);
    // Bucket 0: 1 within of 2; bucket 1: 1 within of 1 answered + 1 abandoned.
    expect(s.serviceLevel()).toEqual([0.5, 0.5]);
    expect(s.targetSeconds).toBe(20);
  });
});
