import { beforeAll, describe, expect, it } from 'vitest';
import { runReplications } from '../../../models/replications.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { intervalText, judge, kpiCards, pooledBlockRate } from '../../../src/ui/dashboard/kpis.ts';
import type { DashboardSummary } from '../../../src/ui/dashboard/results.ts';
import { bundled } from '../../support/scenarios.ts';

describe('judge', () => {
  it('meets a "higher is better" target only when the whole interval does', () => {
    expect(judge({ mean: 0.9, halfWidth95: 0.05 }, 0.8, 'higher')).toBe('meets');
    expect(judge({ mean: 0.82, halfWidth95: 0.05 }, 0.8, 'higher')).toBe('uncertain');
    expect(judge({ mean: 0.78, halfWidth95: 0.05 }, 0.8, 'higher')).toBe('uncertain');
    expect(judge({ mean: 0.7, halfWidth95: 0.05 }, 0.8, 'higher')).toBe('misses');
  });

  it('mirrors that for "lower is better" targets', () => {
    expect(judge({ mean: 0.02, halfWidth95: 0.01 }, 0.05, 'lower')).toBe('meets');
    expect(judge({ mean: 0.045, halfWidth95: 0.01 }, 0.05, 'lower')).toBe('uncertain');
    expect(judge({ mean: 0.08, halfWidth95: 0.01 }, 0.05, 'lower')).toBe('misses');
  });

  it('compares the mean alone when there is no interval yet, and says nothing without a value or target', () => {
    expect(judge({ mean: 0.81, halfWidth95: NaN }, 0.8, 'higher')).toBe('meets');
    expect(judge({ mean: 0.79, halfWidth95: NaN }, 0.8, 'higher')).toBe('misses');
    expect(judge({ mean: NaN, halfWidth95: NaN }, 0.8, 'higher')).toBe('none');
    expect(judge(undefined, 0.8, 'higher')).toBe('none');
    expect(judge({ mean: 3, halfWidth95: 1 }, undefined, 'lower')).toBe('none');
  });
});

describe('intervalText', () => {
  it('writes the 95% interval as a range, floored at zero', () => {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    expect(intervalText({ mean: 0.9, halfWidth95: 0.02 }, pct, 'en')).toBe('95% CI 88.0% – 92.0%');
    expect(intervalText({ mean: 0.01, halfWidth95: 0.02 }, pct, 'zh')).toBe('95% 置信区间 0.0% – 3.0%');
    expect(intervalText({ mean: 0.9, halfWidth95: NaN }, pct, 'en')).toBe('no interval yet');
    expect(intervalText({ mean: NaN, halfWidth95: NaN }, pct, 'en')).toBe('');
  });
});

describe('kpiCards on a real run', () => {
  let scenario: Scenario;
  let summary: DashboardSummary;

  beforeAll(() => {
    scenario = bundled('major-incident');
    summary = runReplications(scenario, { seed: 7, replications: 2, days: 3 }).summary as DashboardSummary;
  });

  it('has a service-level and an abandonment card per lane, emergency lane first, and the phone-side figures', () => {
    const ids = kpiCards(summary, scenario, 'en').map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['sl-emergency', 'sl-general']);
    expect(ids).toEqual(expect.arrayContaining(['wait-emergency', 'abandon-emergency', 'abandon-general', 'busy', 'standby']));
  });

  it('gives every card a value and, with two replications, an interval', () => {
    for (const card of kpiCards(summary, scenario, 'en')) {
      expect(card.value, card.id).not.toBe('');
      expect(card.interval, card.id).toMatch(/^95% CI /);
    }
  });

  it('colours the lane cards against the goals written in the scenario (emergency ≥ 90% within target, ≤ 2% abandoned; general ≥ 80%, ≤ 5%)', () => {
    const e = (mean: number, halfWidth95: number) => ({ mean, halfWidth95 });
    const lanes = summary.byLane;
    // No hours here: the hours' own judgement is tested with hand-written figures in kpi-hours.test.ts.
    const cases = {
      ...summary,
      hours: {},
      byLane: {
        emergency: { ...lanes.emergency!, serviceLevel: e(0.95, 0.01), abandonRate: e(0.03, 0.005) },
        general: { ...lanes.general!, serviceLevel: e(0.81, 0.02), abandonRate: e(0.01, 0.005) },
      },
    } as DashboardSummary;
    const status = Object.fromEntries(kpiCards(cases, scenario, 'en').map((c) => [c.id, c.status]));
    // 94–96% ≥ 90%: meets. 2.5–3.5% > 2%: misses. 79–83% around 80%: uncertain. 0.5–1.5% ≤ 5%: meets.
    expect([status['sl-emergency'], status['abandon-emergency'], status['sl-general'], status['abandon-general']]).toEqual(['meets', 'misses', 'uncertain', 'meets']);
    const card = kpiCards(cases, scenario, 'en').find((c) => c.id === 'sl-emergency')!;
    expect(card.target).toBe('target: ≥ 90% answered within 10 s');
  });

  it('adds the back-office cards when the results have them, and reads them with missing parts', () => {
    // Only some parts of each section: the cards read every part with `?.`.
    const withBackOffice = {
      ...summary,
      notifications: { meanMinutes: { mean: 4, halfWidth95: 1 }, p90Minutes: { mean: 9, halfWidth95: 2 } },
      workOrders: { open: { mean: 12, halfWidth95: 3 }, stages: { officer: { meanBacklog: { mean: 2.5, halfWidth95: 0.5 } } } },
    } as unknown as DashboardSummary;
    const cards = kpiCards(withBackOffice, scenario, 'zh');
    const notification = cards.find((c) => c.id === 'notification')!;
    expect(notification.value).toBe('4.0 分钟');
    // 3–5 minutes against the scenario's 30-minute target.
    expect(notification.status).toBe('meets');
    const backlog = cards.find((c) => c.id === 'backlog')!;
    expect(backlog.value).toBe('12.0');
    expect(backlog.details.map((d) => d.label)).toContain('官员审核平均积压');
  });

  it('pools busy signals over lanes, weighted by calls offered', () => {
    const lanes = Object.values(summary.byLane);
    const offered = lanes.reduce((s, l) => s + l.offered.mean, 0);
    const blocked = lanes.reduce((s, l) => s + l.offered.mean * l.blockRate.mean, 0);
    expect(pooledBlockRate(summary).mean).toBeCloseTo(blocked / offered, 12);
  });
});
