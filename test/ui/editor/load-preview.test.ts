import { describe, expect, it } from 'vitest';
import { expectedLoad, previewGeometry, workSecondsPerCall } from '../../../src/ui/editor/load-preview.ts';
import { bundled } from '../../support/scenarios.ts';

describe('expected load against seats', () => {
  const baseline = bundled('baseline');

  it('is calls per hour × agent work per call, averaged over a week', () => {
    const work = workSecondsPerCall(baseline);
    // Emergency: all to agents, 600 s talk + 120 s after-call work.
    expect(work[0]).toBeCloseTo(720, 6);
    const points = expectedLoad(baseline, 7);
    expect(points).toHaveLength(7 * 48);
    const mean = points.reduce((s, p) => s + p.erlangs, 0) / points.length;
    const expected = (baseline.arrivals.callsPerHour / 3600) * baseline.callTypes.reduce((s, t, i) => s + t.share * work[i]!, 0);
    expect(mean).toBeCloseTo(expected, 6);
    expect(points.every((p) => p.seats === 20 && p.withStandby === 40)).toBe(true);
  });

  it('shows the surge of an incident', () => {
    const incident = bundled('major-incident');
    const points = expectedLoad(incident);
    const before = points.find((p) => p.hour === 57)!;
    const peak = points.find((p) => p.hour === 59)!;
    // a 4× surge of calls, most of them longer than the usual mix (families, emergencies)
    expect(peak.erlangs / before.erlangs).toBeGreaterThan(4);
  });

  it('draws paths, ticks and the hours above the seats', () => {
    const g = previewGeometry(expectedLoad(baseline, 28), { width: 720, height: 200 }, 24);
    expect(g.loadArea).toMatch(/^M/);
    expect(g.seatsLine).toMatch(/^M/);
    expect(g.xTicks.map((t) => t.day)).toEqual([0, 7, 14, 21, 28]);
    expect(g.warmupX).toBeGreaterThan(g.margin.left);
    expect(g.overloadedHalfHours).toBe(0);
    expect(previewGeometry([], { width: 720, height: 200 }).loadArea).toBe('');
  });
});
