import { describe, expect, it } from 'vitest';
import { incidentWindow } from '../../../models/phone/incident.ts';
import type { SurgeSpec } from '../../../models/scenario/scenario.ts';
import { HOUR, MINUTE } from '../../../src/engine/time.ts';

const surge = (over: Partial<SurgeSpec>): SurgeSpec => ({ startHour: 10, rampMinutes: 0, peakMultiplier: 11, halfLifeHours: 2, extraMix: {}, ...over }) as SurgeSpec;

describe('the incident window', () => {
  it('runs from the surge start until the extra calls are at most 10% of normal', () => {
    // Extra 10 × normal at the peak, halving every 2 h: 0.1 after 2 × log2(100) ≈ 13.29 h.
    const w = incidentWindow([surge({})], 1000 * HOUR)!;
    expect(w.start).toBe(10 * HOUR);
    const exact = 10 * HOUR + 2 * HOUR * Math.log2(100);
    expect(w.end).toBeGreaterThanOrEqual(exact);
    expect(w.end - exact).toBeLessThanOrEqual(MINUTE);
  });

  it('is absent without a surge, empty for a surge of 10% or less, and clipped to the run', () => {
    expect(incidentWindow([], 100 * HOUR)).toBeUndefined();
    expect(incidentWindow([surge({ peakMultiplier: 1.05 })], 100 * HOUR)).toEqual({ start: 10 * HOUR, end: 10 * HOUR });
    expect(incidentWindow([surge({})], 12 * HOUR)!.end).toBe(12 * HOUR);
  });
});

describe('the incident window of two surges', () => {
  it('starts at the earlier surge, whatever their order', () => {
    const w = incidentWindow([surge({ startHour: 30 }), surge({ startHour: 20 })], 1000 * HOUR)!;
    expect(w.start).toBe(20 * HOUR);
    // It ends no sooner than the later surge alone would be back within 10% (13.29 h after its start).
    expect(w.end).toBeGreaterThanOrEqual(30 * HOUR + 2 * HOUR * Math.log2(100));
  });
});
