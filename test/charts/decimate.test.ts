import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandEnvelope, m4Indices } from '../../src/charts/decimate.ts';

const f64 = (values: readonly number[]) => Float64Array.from(values);

describe('m4Indices', () => {
  it('keeps first, lowest, highest and last of each pixel column, in order', () => {
    const values = [5, 1, 9, 4, /* next column */ 2, 2];
    // Four points per column from x = 0: columns 0, 0, 0, 0, 1, 1.
    expect([...m4Indices(f64(values), values.length, { x0: 0, dx: 0.25 })]).toEqual([0, 1, 2, 3, 4, 5]);
    const many = [3, 1, 7, 2, 8, 0, 4];
    expect([...m4Indices(f64(many), many.length, { x0: 0, dx: 0.1 })]).toEqual([0, 4, 5, 6]);
  });

  it('keeps one undefined index per gap, so the line still breaks there', () => {
    const values = [1, NaN, NaN, NaN, 2];
    expect([...m4Indices(f64(values), values.length, { x0: 0, dx: 0.1 })]).toEqual([0, 1, 4]);
  });

  it('never loses a column extreme, and keeps at most four points in a column without gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)), { maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (values, perColumn) => {
        const spacing = { x0: 0, dx: 1 / perColumn };
        const column = (i: number) => Math.floor(spacing.x0 + i * spacing.dx);
        const kept = [...m4Indices(f64(values), values.length, spacing)];
        expect([...kept].sort((a, b) => a - b)).toEqual(kept);
        expect(new Set(kept).size).toBe(kept.length);
        const defined = values.map((v, i) => [v, i] as const).filter(([v]) => Number.isFinite(v));
        const keptValues = new Set(kept.map((i) => values[i]));
        for (let c = 0; c * perColumn < values.length; c++) {
          const inColumn = defined.filter(([, i]) => column(i) === c);
          if (!inColumn.length) continue;
          expect(keptValues.has(Math.max(...inColumn.map(([v]) => v)))).toBe(true);
          expect(keptValues.has(Math.min(...inColumn.map(([v]) => v)))).toBe(true);
          // A gap splits a column into runs, each with up to four points: the first and last of each run are kept.
          const gapless = values.every((v, i) => column(i) !== c || Number.isFinite(v));
          if (gapless) {
            const inKept = kept.filter((i) => column(i) === c);
            expect(inKept.length).toBeLessThanOrEqual(4);
            expect(inKept[0]).toBe(inColumn[0]![1]);
            expect(inKept.at(-1)).toBe(inColumn.at(-1)![1]);
          }
        }
        // Every gap keeps a marker: the kept points break wherever the values do.
        for (let i = 1; i < values.length; i++) {
          if (!Number.isFinite(values[i]!) && Number.isFinite(values[i - 1]!)) expect(kept).toContain(i);
        }
      }),
    );
  });
});

describe('bandEnvelope', () => {
  it('spans the lowest lower edge to the highest upper edge of each column, at its mean x, with gaps kept', () => {
    const lower = [1, 0, 5, NaN, 3, 2];
    const upper = [2, 4, 6, NaN, 4, 3];
    // x = 0.25, 0.75 | 1.25 | 1.75 (gap) | 2.25, 2.75
    const band = bandEnvelope(f64(lower), f64(upper), lower.length, { x0: 0.25, dx: 0.5 });
    const used = (a: Float64Array) => [...a.subarray(0, band.length)];
    expect(band.length).toBe(4);
    expect(used(band.x)).toEqual([0.5, 1.25, 1.75, 2.5]);
    expect(used(band.lo)).toEqual([0, 5, NaN, 2]);
    expect(used(band.hi)).toEqual([4, 6, NaN, 4]);
  });

  it('keeps one gap point per run of missing intervals', () => {
    const band = bandEnvelope(f64([NaN, NaN, 1]), f64([NaN, 2, 2]), 3, { x0: 0, dx: 1 });
    expect([...band.x.subarray(0, band.length)]).toEqual([0, 2]);
    expect([...band.lo.subarray(0, band.length)]).toEqual([NaN, 1]);
  });
});
