/**
 * The result assembled from a run's parts, read against what the run's own series say:
 * the incident's figures over the buckets of its window (clipped to the measured window),
 * the back office's pools averaged over the measured window only, and every pool in the
 * series.
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { MISSION_IDS } from '../../../models/missions/catalogue.ts';
import { incidentWindow } from '../../../models/phone/incident.ts';
import { HOUR } from '../../../src/engine/time.ts';
import { accepted, bundledJson } from '../../support/scenarios.ts';
import { textbookScenario } from '../../support/textbook.ts';

/** The mean of the queue-length buckets that start in [from, to). */
function bucketMean(series: readonly number[], bucketSeconds: number, from: number, to: number): number {
  const inWindow = series.filter((_, b) => b * bucketSeconds >= from && b * bucketSeconds < to);
  return inWindow.reduce((a, b) => a + b, 0) / inWindow.length;
}

describe('assembleResult', () => {
  it('gives the incident’s figures over its window clipped to the measured one, with its hours, and its start and end', () => {
    // major-incident, 4 days: warm-up 24 h; the surge at 58 h outlasts the run, so the window is clipped at the end;
    // moved to 12 h, it starts inside the warm-up and is clipped there; at 30 h with a 2-hour half-life it ends inside the run.
    for (const [startHour, halfLifeHours] of [[58, 24], [12, 24], [30, 2]] as const) {
      const json = bundledJson('major-incident') as { surges: { startHour: number; halfLifeHours: number }[] };
      Object.assign(json.surges[0]!, { startHour, halfLifeHours });
      const scenario = accepted(json);
      const result = simulateCallCentre(scenario, { seed: 3, days: 4 });
      const horizon = 4 * 24 * HOUR;
      const window = incidentWindow(scenario.surges, horizon)!;
      expect([result.incident.startHour, result.incident.endHour]).toEqual([window.start / HOUR, window.end / HOUR]);
      expect(result.incident.startHour).toBe(startHour);
      const from = Math.max(window.start, 24 * HOUR);
      const to = Math.min(window.end, horizon);
      if (halfLifeHours === 2) expect(to).toBeLessThan(2 * 24 * HOUR);
      for (const lane of ['emergency', 'general']) {
        const figures = result.incident.byLane[lane]!;
        const queue = result.series.queueLength[lane]!;
        expect(figures.meanQueueLength, `${startHour} h, ${lane}`).toBeCloseTo(bucketMean(queue, result.series.bucketSeconds, from, to), 9);
        expect(figures.offered).toBeGreaterThan(0);
        expect(figures.offered).toBeLessThanOrEqual(result.byLane[lane]!.offered);
        expect(figures.hours).toBeGreaterThan(0);
        expect(figures.hours).toBeLessThanOrEqual(Math.floor(to / HOUR) - Math.ceil(from / HOUR));
      }
    }
  });

  it('averages the back office’s pools over the measured window only, and keeps every pool in the series', () => {
    // Secretaries and officers off on the first day (the warm-up), 5 and 3 from then on.
    const json = bundledJson('major-incident') as { backOffice: { secretaries: { seats: number[] }; officers: { seats: number[] }; phones?: unknown } };
    delete json.backOffice.phones; // secretaries stay in the office
    const week = (n: number) => Array.from({ length: 336 }, (_, h) => (h < 48 ? 0 : n));
    json.backOffice.secretaries.seats = week(5);
    json.backOffice.officers.seats = week(3);
    const result = simulateCallCentre(accepted(json), { seed: 3, days: 3 });
    expect(result.pools.secretaries!.meanSeatsOnDuty).toBeCloseTo(5, 9);
    expect(result.pools.officers!.meanSeatsOnDuty).toBeCloseTo(3, 9);
    expect(Object.keys(result.series.busySeats).sort()).toEqual(['front', 'officers', 'secretaries', 'secretaryPhones', 'standby']);
    expect(Object.keys(result.series.seatsOnDuty).sort()).toEqual(['front', 'officers', 'secretaries', 'secretaryPhones', 'standby']);
    const buckets = result.series.seatsOnDuty.secretaries!;
    expect(buckets).toHaveLength(result.series.arrivals.family!.length);
    expect(buckets.slice(0, 96).every((n) => n === 0)).toBe(true);
    expect(buckets.slice(96, 100)).toEqual([5, 5, 5, 5]);
    expect(result.series.busySeats.secretaries!.some((n) => n > 0)).toBe(true);
  });

  it('without a back office or surges: work orders at zero for every mission, no incident', () => {
    const result = simulateCallCentre(textbookScenario({ arrivalRates: [0.01], meanServiceSeconds: 60, servers: 2, days: 2, warmupHours: 0 }), { seed: 1 });
    expect(Object.keys(result.workOrders.byMission)).toEqual([...MISSION_IDS]);
    expect(Object.values(result.workOrders.byMission).every((n) => n === 0)).toBe(true);
    expect([result.incident.startHour, result.incident.endHour]).toEqual([NaN, NaN]);
    expect(result.incident.byLane.l0!.meanQueueLength).toBeNaN();
    expect(Object.keys(result.series.busySeats)).toEqual(['front', 'standby', 'secretaryPhones']);
  });
});
