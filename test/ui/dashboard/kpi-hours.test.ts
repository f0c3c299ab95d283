/** The service-level cards against the hours that matter, with hand-written figures. */
import { describe, expect, it } from 'vitest';
import type { Estimate, Summary } from '../../../src/engine/summary.ts';
import type { CallFigures } from '../../../models/results/metrics.ts';
import type { LaneSpec } from '../../../models/scenario/scenario.ts';
import { hoursCheck, incidentCards, kpiCards, serviceLevelCard, worseStatus } from '../../../src/ui/dashboard/kpis.ts';
import type { DashboardSummary } from '../../../src/ui/dashboard/results.ts';
import { bundled } from '../../support/scenarios.ts';

const e = (mean: number, halfWidth95 = NaN): Estimate => ({ mean, halfWidth95 });
const hours = (n: number, below: number, worst: number, hw = 0.02) => ({ hours: e(n), hoursBelowGoal: e(below), worstHourServiceLevel: e(worst, hw) });
const lane = { id: 'emergency', label: { zh: '紧急求助通道', en: 'Emergency lane' }, priority: 0, serviceLevelTargetSeconds: 10, serviceLevelGoal: 0.9, maxAbandonRate: 0.02 } as unknown as LaneSpec;

/** A lane's figures: only those the cards read. */
function lane_(sl: number, extra: Record<string, Estimate> = {}): Summary<CallFigures> {
  return {
    serviceLevel: e(sl, 0.01),
    serviceLevelAnswered: e(0.97),
    queueWithinTargetShare: e(0.93),
    abandonRate: e(0.01),
    blockRate: e(0.2),
    meanTimeToAbandonSeconds: e(42),
    meanQueueTimeSeconds: e(8),
    offered: e(1000),
    meanWaitSeconds: e(5),
    waitP90Seconds: e(12),
    waitP99Seconds: e(40),
    ...extra,
  } as unknown as Summary<CallFigures>;
}

describe('worseStatus', () => {
  it('takes the worse judgement, and a judgement over none', () => {
    expect(worseStatus('meets', 'misses')).toBe('misses');
    expect(worseStatus('uncertain', 'meets')).toBe('uncertain');
    expect(worseStatus('none', 'meets')).toBe('meets');
    expect(worseStatus('meets', 'none')).toBe('meets');
  });
});

describe('hoursCheck', () => {
  it('writes the worst hour and the hours below goal, judged against the goal', () => {
    const c = hoursCheck(hours(96, 11, 0.62), 0.9, 'en')!;
    expect(c.status).toBe('misses');
    expect(c.text).toBe('✗ worst hour 62% · 11 of 96 h below goal');
    expect(hoursCheck(hours(96, 11, 0.62), 0.9, 'zh')!.text).toBe('✗ 最差一小时 62% · 11/96 小时低于目标');
  });

  it('meets when no hour fell below the goal, is uncertain when the worst hour straddles it', () => {
    expect(hoursCheck(hours(96, 0, 0.91, 0.05), 0.9, 'en')!.status).toBe('meets');
    expect(hoursCheck(hours(96, 0.5, 0.91, 0.05), 0.9, 'en')!.status).toBe('uncertain');
  });

  it('says nothing without hours, and judges nothing with none counted', () => {
    expect(hoursCheck(undefined, 0.9, 'en')).toBeUndefined();
    expect(hoursCheck(hours(NaN, NaN, NaN), 0.9, 'en')).toBeUndefined();
    expect(hoursCheck(hours(0, 0, NaN), 0.9, 'en')!.status).toBe('none');
  });
});

describe('serviceLevelCard', () => {
  it('is not green when the run meets the goal but its worst hour does not, and shows both', () => {
    const c = serviceLevelCard('sl-emergency', 'SL', lane_(0.95), hours(96, 11, 0.62), lane, 'en');
    expect(c.value).toBe('95.0%');
    expect(c.status).toBe('misses');
    expect(c.statusLabel).toBe('✓ run average meets target');
    expect(c.hoursCheck?.text).toBe('✗ worst hour 62% · 11 of 96 h below goal');
  });

  it('is green only when both the run and the worst hour meet the goal', () => {
    const c = serviceLevelCard('sl-emergency', 'SL', lane_(0.95), hours(96, 0, 0.92), lane, 'en');
    expect(c.status).toBe('meets');
    expect(c.hoursCheck?.status).toBe('meets');
  });

  it('is amber when the run meets and the worst hour is uncertain', () => {
    expect(serviceLevelCard('x', 'SL', lane_(0.95), hours(96, 0.5, 0.9, 0.03), lane, 'en').status).toBe('uncertain');
  });

  it('keeps the plain status without hours (older results)', () => {
    const c = serviceLevelCard('x', 'SL', lane_(0.95), undefined, lane, 'en');
    expect(c.status).toBe('meets');
    expect(c.statusLabel).toBeUndefined();
    expect(c.hoursCheck).toBeUndefined();
  });

  it("lists the planners' figures: over answered calls only, and queued callers within target", () => {
    const c = serviceLevelCard('x', 'SL', lane_(0.95), undefined, lane, 'en');
    expect(c.details).toEqual([
      { label: 'over answered calls only', value: '97.0%' },
      { label: 'queued callers within target', value: '93.0%' },
    ]);
  });
});

describe('incident and standby cards', () => {
  const scenario = bundled('major-incident');
  const laneFigures = (sl: number) => lane_(sl);
  const byLane = { emergency: laneFigures(0.95), general: laneFigures(0.85) };
  const summaryWith = (startHour: number, endHour: number) =>
    ({
      byLane,
      hours: { emergency: hours(72, 11, 0.62), general: hours(72, 20, 0.3) },
      incident: {
        startHour: e(startHour),
        endHour: e(endHour),
        byLane: { emergency: { ...laneFigures(0.7), ...hours(10, 8, 0.4) }, general: { ...laneFigures(0.5), ...hours(10, 10, 0.1) } },
      },
      standby: { activations: e(7), seatsOnLine: e(154), meanCallInMinutes: e(30), standDowns: e(6), peakSeatsOnDuty: e(40) },
      series: { bucketSeconds: e(900) },
    }) as unknown as DashboardSummary;

  it('give each lane an incident card with the window, its hours judged, abandonment and busy signals', () => {
    const cards = incidentCards(summaryWith(30, 44), scenario, 'en');
    expect(cards.map((c) => c.id)).toEqual(['incident-emergency', 'incident-general']);
    const em = cards[0]!;
    expect(em.value).toBe('70.0%');
    expect(em.status).toBe('misses');
    expect(em.statusLabel).toBe('✗ window average misses target');
    expect(em.hoursCheck?.text).toBe('✗ worst hour 40% · 8 of 10 h below goal');
    expect(em.note).toBe('incident window: Tue 06:00 – Tue 20:00');
    expect(em.details.slice(0, 2)).toEqual([
      { label: 'abandonment', value: '1.0%' },
      { label: 'busy signals', value: '20.0%' },
    ]);
  });

  it('are left out without a surge (window hours NaN)', () => {
    expect(incidentCards(summaryWith(NaN, NaN), scenario, 'en')).toEqual([]);
  });

  it('show peak standby seats on duty, and call the seats called in a total', () => {
    const standby = kpiCards(summaryWith(30, 44), scenario, 'en').find((c) => c.id === 'standby')!;
    expect(standby.details.slice(0, 2)).toEqual([
      { label: 'peak standby seats on duty', value: '40' },
      { label: 'seats called in (total over activations)', value: '154' },
    ]);
    const zh = kpiCards(summaryWith(30, 44), scenario, 'zh').find((c) => c.id === 'standby')!;
    expect(zh.details[1]!.label).toBe('启用坐席数（各次启用累计）');
  });
});
