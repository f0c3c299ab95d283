import { describe, expect, it } from 'vitest';
import { Surge } from '../../../models/phone/surge.ts';
import { HOUR } from '../../../src/engine/time.ts';

// Peak multiplier 5: the surge adds 4 × the normal rate at its peak (11:00), half that after one half-life (6 h).
// Built anew in each test: work done at module level is seen by no test in Stryker's per-test coverage.
const make = () => new Surge({ startHour: 10, rampMinutes: 60, peakMultiplier: 5, halfLifeHours: 6, extraMix: {} });

describe('Surge', () => {
  it('adds nothing before it starts', () => {
    const surge = make();
    expect(surge.extraAt(0)).toBe(0);
    expect(surge.extraAt(10 * HOUR - 1)).toBe(0);
    expect(surge.extraAt(10 * HOUR)).toBe(0);
  });

  it('rises linearly over its ramp to peakMultiplier − 1 at the peak', () => {
    const surge = make();
    expect(surge.extraAt(10.25 * HOUR)).toBeCloseTo(1, 12);
    expect(surge.extraAt(10.5 * HOUR)).toBeCloseTo(2, 12);
    expect(1 + surge.extraAt(11 * HOUR)).toBeCloseTo(5, 12);
  });

  it('halves every half-life after the peak', () => {
    const surge = make();
    expect(surge.extraAt(17 * HOUR)).toBeCloseTo(2, 12);
    expect(surge.extraAt(23 * HOUR)).toBeCloseTo(1, 12);
    // 3 h is half a half-life: 4 / √2.
    expect(surge.extraAt(14 * HOUR)).toBeCloseTo(4 / Math.SQRT2, 12);
  });

  it('jumps straight to its peak without a ramp', () => {
    const step = new Surge({ startHour: 2, rampMinutes: 0, peakMultiplier: 3, halfLifeHours: 1, extraMix: {} });
    expect(step.extraAt(2 * HOUR - 1e-9)).toBe(0);
    expect(step.extraAt(2 * HOUR)).toBe(2);
    expect(step.extraAt(3 * HOUR)).toBeCloseTo(1, 12);
  });

  it('takes its largest extra on an interval at the peak, or at the end nearest to it', () => {
    const surge = make();
    expect(surge.maxExtraOn(0, 100 * HOUR)).toBeCloseTo(4, 12);
    expect(surge.maxExtraOn(0, 10.5 * HOUR)).toBeCloseTo(2, 12); // still rising: the right end
    expect(surge.maxExtraOn(17 * HOUR, 30 * HOUR)).toBeCloseTo(2, 12); // decaying: the left end
    expect(surge.maxExtraOn(0, 9 * HOUR)).toBe(0);
  });
});
