import { area, curveLinear, curveStepAfter, line } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaPath, linePath } from '../../src/charts/path.ts';

const coordinate = fc.oneof({ weight: 5, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(NaN) });
const points = fc.array(fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), coordinate, coordinate), { maxLength: 40 });
const arrays = (p: readonly (readonly [number, number, number])[]) => ({
  xs: Float64Array.from(p, ([x]) => x),
  a: Float64Array.from(p, ([, a]) => a),
  b: Float64Array.from(p, ([, , b]) => b),
});

describe('linePath', () => {
  it('writes what d3.line().digits(1) writes, with gaps, for the linear and the step curve', () => {
    fc.assert(
      fc.property(points, fc.boolean(), (p, step) => {
        const { xs, a } = arrays(p);
        const d3Line = line<number>()
          .digits(1)
          .curve(step ? curveStepAfter : curveLinear)
          .defined((i) => Number.isFinite(a[i]!))
          .x((i) => xs[i]!)
          .y((i) => a[i]!);
        expect(linePath(xs, a, p.length, step)).toBe(d3Line([...xs.keys()]) ?? '');
      }),
    );
  });

  it('draws a lone point as d3 does, and nothing for no points', () => {
    expect(linePath(Float64Array.of(1, 2, 3), Float64Array.of(NaN, 5.04, NaN), 3)).toBe('M2,5Z');
    expect(linePath(new Float64Array(0), new Float64Array(0), 0)).toBe('');
  });
});

describe('areaPath', () => {
  it('writes what d3.area().digits(1) writes: along the upper edge, back along the lower one', () => {
    fc.assert(
      fc.property(points, fc.boolean(), (p, step) => {
        const { xs, a: lo, b: hi } = arrays(p);
        const d3Area = area<number>()
          .digits(1)
          .curve(step ? curveStepAfter : curveLinear)
          .defined((i) => Number.isFinite(lo[i]!) && Number.isFinite(hi[i]!))
          .x((i) => xs[i]!)
          .y0((i) => lo[i]!)
          .y1((i) => hi[i]!);
        expect(areaPath(xs, lo, hi, p.length, step)).toBe(d3Area([...xs.keys()]) ?? '');
      }),
    );
  });
});
