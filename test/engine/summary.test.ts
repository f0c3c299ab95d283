import { describe, expect, it } from 'vitest';
import { halfWidthFactor, SummaryBuilder } from '../../src/engine/summary.ts';

describe('SummaryBuilder', () => {
  it('gives the mean and the Student-t 95% half-width of each number, skipping NaN', () => {
    const b = new SummaryBuilder<{ x: number; y: number; s: number[] }>();
    [1, 2, 3, 4].forEach((x) => b.add({ x, y: x === 2 ? NaN : 10, s: [x, 2 * x] }));
    const s = b.build();
    expect(s.x.mean).toBe(2.5);
    // sd of 1..4 is √(5/3); t(0.975, 3) = 3.182446305
    expect(s.x.halfWidth95).toBeCloseTo((3.182446305 * Math.sqrt(5 / 3)) / 2, 8);
    expect(s.y).toEqual({ mean: 10, halfWidth95: 0 });
    expect(s.s.mean).toEqual([2.5, 5]);
  });

  it('has no half-width with a single replication', () => {
    expect(Number.isNaN(halfWidthFactor(1))).toBe(true);
    expect(halfWidthFactor(2)).toBeCloseTo(12.70620474 / Math.SQRT2, 7);
  });
});

describe('SummaryBuilder, edge cases', () => {
  it('refuses to build before any result was added', () => {
    expect(() => new SummaryBuilder<{ x: number }>().build()).toThrow(/no results were added/);
  });

  it('gives NaN for a figure that was NaN in every replication, and NaN half-width with one value', () => {
    const b = new SummaryBuilder<{ never: number; once: number }>();
    b.add({ never: NaN, once: 5 });
    b.add({ never: NaN, once: NaN });
    const s = b.build();
    expect(s.never.mean).toBeNaN();
    expect(s.never.halfWidth95).toBeNaN();
    expect(s.once.mean).toBe(5);
    expect(s.once.halfWidth95).toBeNaN();
  });

  it('summarises nested objects and series bucket by bucket, a bucket with no value being NaN', () => {
    const b = new SummaryBuilder<{ lane: { waits: number[]; answered: number } }>();
    b.add({ lane: { waits: [1, NaN, 4], answered: 10 } });
    b.add({ lane: { waits: [3, NaN, 8], answered: 14 } });
    const s = b.build();
    expect(s.lane.answered.mean).toBe(12);
    // Two values: sd = |a − b| / √2, factor t(0.975, 1) / √2 = 12.7062 / √2.
    expect(s.lane.answered.halfWidth95).toBeCloseTo((12.70620474 / Math.SQRT2) * (4 / Math.SQRT2), 6);
    expect(s.lane.waits.mean).toEqual([2, NaN, 6]);
    expect(s.lane.waits.halfWidth95[0]).toBeCloseTo((12.70620474 / Math.SQRT2) * (2 / Math.SQRT2), 6);
    expect(s.lane.waits.halfWidth95[1]).toBeNaN();
  });

  it('uses the Welford update: the mean and the spread of values far from zero are exact', () => {
    const b = new SummaryBuilder<{ x: number }>();
    for (const x of [1e9 + 1, 1e9 + 2, 1e9 + 3]) b.add({ x });
    const s = b.build();
    expect(s.x.mean).toBe(1e9 + 2);
    // sd 1; t(0.975, 2) = 4.302652730 over √3.
    expect(s.x.halfWidth95).toBeCloseTo(4.30265273 / Math.sqrt(3), 7);
  });

  it('throws on a value that is neither a number, a list nor an object, naming its path', () => {
    const b = new SummaryBuilder<{ a: { label: unknown } }>();
    expect(() => b.add({ a: { label: 'text' } })).toThrow(new TypeError('summary: .a.label is neither a number, a list of numbers nor an object'));
    expect(() => new SummaryBuilder<{ a: unknown }>().add({ a: null })).toThrow(/summary: \.a is neither/);
    expect(() => new SummaryBuilder<object>().add('x' as unknown as object)).toThrow(/summary: \(root\) is neither/);
  });

  it('gives the same half-width factor again for the same n (t(0.975, 4) / √5)', () => {
    expect(halfWidthFactor(5)).toBeCloseTo(2.776445105 / Math.sqrt(5), 8);
    expect(halfWidthFactor(5)).toBeCloseTo(2.776445105 / Math.sqrt(5), 8);
    expect(halfWidthFactor(0)).toBeNaN();
  });
});
