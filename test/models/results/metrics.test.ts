import { describe, expect, it } from 'vitest';
import { CallTally, poolFigures } from '../../../models/results/metrics.ts';
import { Level } from '../../../src/engine/stats.ts';
import { HOUR } from '../../../src/engine/time.ts';

/**
 * Eight attempts at a 20 s target: 2 blocked, 1 self-served, 4 queued (3 of them found no
 * free seat): answered after 0, 20 and 40 s, 1 abandoned after 8 s; 1 still in the IVR. One redial.
 */
function handful(tally: CallTally): void {
  for (let i = 0; i < 8; i++) tally.offer(i !== 7);
  tally.block();
  tally.block();
  tally.selfServe();
  for (let i = 0; i < 4; i++) tally.queue();
  for (let i = 0; i < 3; i++) tally.wait();
  tally.answer(0);
  tally.answer(20);
  tally.answer(40);
  tally.abandon(8);
}

describe('CallTally', () => {
  it('derives the rates planners quote from a handful of outcomes', () => {
    const tally = new CallTally(20);
    handful(tally);
    const f = tally.figures(1.5);
    expect(f).toMatchObject({ offered: 8, uniqueCallers: 7, redials: 1, blocked: 2, selfServed: 1, queued: 4, answered: 3, abandoned: 1, stillInSystem: 1 });
    expect(f.serviceLevel).toBe(2 / 4); // 0 s and 20 s are within target, of 3 answered + 1 abandoned
    expect(f.probWait).toBe(3 / 4);
    expect(f.meanWaitSeconds).toBe(20);
    expect(f.maxWaitSeconds).toBe(40);
    expect(f.abandonRate).toBe(1 / 4);
    expect(f.blockRate).toBe(2 / 8);
    expect(f.meanQueueLength).toBe(1.5);
    expect(Math.abs(f.waitP50Seconds / 20 - 1)).toBeLessThan(0.01);
    expect(f.waitP99Seconds).toBeLessThanOrEqual(40 * 1.01);
  });

  it('gives the figures beside the service level: over answered calls, time to abandon, time in queue of all', () => {
    const f = (() => {
      const tally = new CallTally(20);
      handful(tally);
      return tally.figures(0);
    })();
    expect(f.serviceLevelAnswered).toBe(2 / 3); // 0 s and 20 s of 3 answered
    expect(f.meanTimeToAbandonSeconds).toBe(8);
    expect(f.meanQueueTimeSeconds).toBe((0 + 20 + 40 + 8) / 4);
    // Within 20 s in the queue: answered after 0 and 20 s, and the caller who hung up after 8 s.
    expect(f.queueWithinTargetShare).toBe(3 / 4);
  });

  it('passes every count on to its parent (the lane of a call type)', () => {
    const lane = new CallTally(20);
    const a = new CallTally(20, lane);
    const b = new CallTally(60, lane);
    handful(a);
    b.offer(true);
    b.queue();
    b.answer(30); // within b's 60 s target, not within the lane's 20 s
    expect(lane.figures(0)).toMatchObject({ offered: 9, answered: 4, queued: 5 });
    expect(lane.figures(0).serviceLevel).toBe(2 / 5);
    expect(b.figures(0).serviceLevel).toBe(1);
  });

  it('leaves rates undefined (NaN) without calls', () => {
    const f = new CallTally(20).figures(0);
    for (const rate of [f.serviceLevel, f.probWait, f.meanWaitSeconds, f.maxWaitSeconds, f.abandonRate, f.blockRate, f.waitP90Seconds, f.serviceLevelAnswered, f.meanTimeToAbandonSeconds, f.meanQueueTimeSeconds, f.queueWithinTargetShare])
      expect(rate).toBeNaN();
    expect(f.stillInSystem).toBe(0);
  });
});

describe('poolFigures', () => {
  it('averages busy and present seats over the window only', () => {
    const busy = new Level('busy');
    const present = new Level('present');
    present.set(0, 2);
    busy.set(0, 2); // before the window: not counted
    // Window from 1 h to 3 h: 2 seats, then 4 from 2 h; 1 busy, then 3 from 2.5 h.
    busy.set(HOUR, 1);
    present.reset(HOUR);
    busy.reset(HOUR);
    present.set(2 * HOUR, 4);
    busy.set(2.5 * HOUR, 3);
    const f = poolFigures(busy, present, HOUR, 3 * HOUR);
    // Present: (2 × 1 h + 4 × 1 h) / 2 h = 3; busy: (1 × 1.5 h + 3 × 0.5 h) / 2 h = 1.5.
    expect(f).toEqual({ occupancy: 0.5, meanSeatsOnDuty: 3, meanBusySeats: 1.5, maxSeatsOnDuty: 4, seatHours: 6 });
  });
});

describe('CallTally, more by hand', () => {
  it('passes busy signals, self-service, waits and hang-ups on to its parent too', () => {
    const lane = new CallTally(20);
    const type = new CallTally(20, lane);
    for (let i = 0; i < 4; i++) type.offer(true);
    type.block();
    type.selfServe();
    type.queue();
    type.queue();
    type.wait();
    type.wait();
    type.abandon(30);
    type.answer(25);
    const f = lane.figures(0);
    expect([f.blocked, f.selfServed, f.queued, f.abandoned, f.answered, f.stillInSystem]).toEqual([1, 1, 2, 1, 1, 0]);
    expect([f.probWait, f.meanTimeToAbandonSeconds, f.maxWaitSeconds]).toEqual([1, 30, 25]);
  });

  it('counts a hang-up exactly at the target as within it, and one just after as not', () => {
    const tally = new CallTally(20);
    tally.queue();
    tally.queue();
    tally.abandon(20);
    tally.abandon(20.5);
    expect(tally.figures(0).queueWithinTargetShare).toBe(0.5);
  });

  it('keeps the longest wait, and reads the 50th, 90th and 99th percentiles of the waits', () => {
    const tally = new CallTally(20);
    for (let w = 1; w <= 100; w++) tally.answer(101 - w); // longest first
    const f = tally.figures(0);
    expect(f.maxWaitSeconds).toBe(100);
    // Ranks 0.5 × 99, 0.9 × 99 and 0.99 × 99 of 1..100: about 50, 90 and 99, within 1%.
    expect(Math.abs(f.waitP50Seconds / 50 - 1)).toBeLessThan(0.01);
    expect(Math.abs(f.waitP90Seconds / 90 - 1)).toBeLessThan(0.01);
    expect(Math.abs(f.waitP99Seconds / 99 - 1)).toBeLessThan(0.01);
    expect(f.meanWaitSeconds).toBe(50.5);
  });
});
