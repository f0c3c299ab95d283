import { describe, expect, it } from 'vitest';
import { runReplications } from '../../../models/replications.ts';
import { OVERLAID, overlayA } from '../../../src/ui/compare/overlay.ts';
import type { DashboardSummary } from '../../../src/ui/dashboard/results.ts';
import { timeChartInput } from '../../../src/ui/dashboard/time-charts.ts';
import { bundled } from '../../support/scenarios.ts';

describe('overlayA', () => {
  it("adds A's lane series as dashed lines without a band, after B's", () => {
    const scenario = bundled('baseline');
    const summary = runReplications(scenario, { seed: 1, replications: 2, days: 1.25 }).summary as DashboardSummary;
    const b = timeChartInput('serviceLevel', summary, scenario, 'en');
    const out = overlayA(b, timeChartInput('serviceLevel', summary, scenario, 'en'), 'en');
    expect(out.series.slice(0, b.series.length)).toEqual(b.series.map((s) => ({ ...s, dashed: false })));
    const a = out.series.slice(b.series.length);
    expect(a.map((s) => s.label)).toEqual(['A · Emergency lane', 'A · General lane']);
    expect(a.every((s) => s.dashed && s.halfWidth95 === undefined)).toBe(true);
    expect(a[0]!.mean).toBe(b.series[0]!.mean);
    expect(a[0]!.color).not.toBe(b.series[0]!.color);
    expect(OVERLAID.has('arrivals')).toBe(false);
  });
});
