import { describe, expect, it } from 'vitest';
import { TransferTally } from '../../../models/back-office/transfers.ts';

describe('TransferTally', () => {
  it('counts transfers, answers and hang-ups, and derives the abandon rate and the waits', () => {
    const tally = new TransferTally();
    for (let i = 0; i < 5; i++) tally.transfer();
    for (let w = 1; w <= 3; w++) tally.answer(w * 10); // 10, 20, 30 s
    tally.abandon();
    const f = tally.figures();
    expect([f.transferred, f.answered, f.abandoned]).toEqual([5, 3, 1]);
    expect(f.abandonRate).toBe(1 / 5);
    expect(f.meanWaitSeconds).toBe(20);
  });

  it('reads the 90th percentile of the waits, not their middle', () => {
    const tally = new TransferTally();
    for (let w = 1; w <= 100; w++) tally.answer(w);
    expect(Math.abs(tally.figures().waitP90Seconds / 90 - 1)).toBeLessThan(0.01);
  });

  it('leaves the rates undefined without transfers', () => {
    const f = new TransferTally().figures();
    expect([f.transferred, f.answered, f.abandoned]).toEqual([0, 0, 0]);
    expect(f.abandonRate).toBeNaN();
    expect(f.meanWaitSeconds).toBeNaN();
    expect(f.waitP90Seconds).toBeNaN();
  });
});
