import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandEnvelope, m4Indices } from '../../src/charts/decimate.ts';

describe('m4Indices', () => {
  it('keeps first, lowest, highest and last of each pixel column, in order', () => {
    const values = [5, 1, 9, 4, /* next column */ 2, 2];
    const column = (i: number) => (i < 4 ? 0 : 1);
    expect(m4Indices(values.length, column, (i) => values[i]!)).toEqual([0, 1, 2, 3, 4, 5]);
    const many = [3, 1, 7, 2, 8, 0, 4];
    expect(m4Indices(many.length, () => 0, (i) => many[i]!)).toEqual([0, 4, 5, 6]);
  });

  it('keeps one undefined index per gap, so the line still breaks there', () => {
    const values = [1, NaN, NaN, NaN, 2];
    expect(m4Indices(values.length, (i) => i / 10, (i) => values[i]!)).toEqual([0, 1, 4]);
  });

  it('never loses a column extreme, and keeps at most four points in a column without gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)), { maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (values, perColumn) => {
        const column = (i: number) => Math.floor(i / perColumn);
        const kept = m4Indices(values.length, column, (i) => values[i]!);
        expect([...kept].sort((a, b) => a - b)).toEqual(kept);
        const defined = values.map((v, i) => [v, i] as const).filter(([v]) => Number.isFinite(v));
        const keptValues = new Set(kept.map((i) => values[i]));
        for (let c = 0; c * perColumn < values.length; c++) {
          const inColumn = defined.filter(([, i]) => column(i) === c);
          if (!inColumn.length) continue;
          expect(keptValues.has(Math.max(...inColumn.map(([v]) => v)))).toBe(true);
          expect(keptValues.has(Math.min(...inColumn.map(([v]) => v)))).toBe(true);
          // A gap splits a column into runs, each with up to four points.
          const gapless = values.every((v, i) => column(i) !== c || Number.isFinite(v));
          if (gapless) expect(kept.filter((i) => column(i) === c).length).toBeLessThanOrEqual(4);
        }
      }),
    );
  });
});

describe('bandEnvelope', () => {
  it('spans the lowest lower edge to the highest upper edge of each column, with gaps kept', () => {
    const lower = [1, 0, 5, NaN, 3];
    const upper = [2, 4, 6, NaN, 4];
    const x = (i: number) => [0.2, 0.4, 1.5, 2.5, 3.5][i]!;
    expect(bandEnvelope(5, x, (i) => lower[i]!, (i) => upper[i]!)).toEqual([
      { x: 0.30000000000000004, lo: 0, hi: 4 },
      { x: 1.5, lo: 5, hi: 6 },
      { x: 2.5, lo: NaN, hi: NaN },
      { x: 3.5, lo: 3, hi: 4 },
    ]);
  });
});
