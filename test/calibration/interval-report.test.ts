/**
 * The calibration report on the round trip's known scenario: the scenario fitted from its
 * log, simulated, agrees with the log hour by hour. Each observed figure is one history, so
 * it is held against the simulated mean ± 95% half-width widened by the observed figure's
 * own spread (one replication's, estimated from the replications): about 3 standard
 * errors of a difference, per hour; a few hours of 24 may fall outside by chance, so the
 * test asks at most 3 per figure and the whole day within its band.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/calibrate.ts';
import { compareWithLog, FIGURE_NAMES, hourOfDayFigures, type CalibrationReportData } from '../../src/calibration/interval-report.ts';
import type { LogAttempt } from '../../src/calibration/parse-log.ts';
import { knownScenarioJson, simulatedLog } from './known-scenario.ts';

describe('the calibration report', () => {
  let report: CalibrationReportData;

  beforeAll(async () => {
    const json = knownScenarioJson();
    json.run = { days: 15, warmupHours: 24, startBeijing: '2025-03-02T00:00' };
    const calibration = await calibrate(simulatedLog(json, 7).text, { base: json, salt: new Uint8Array(16) });
    if (!calibration.ok) throw new Error(calibration.reason);
    report = compareWithLog(calibration.scenario, calibration.attempts, { seed: 99, replications: 6 });
  }, 120_000);

  it('has 24 hours and the whole day, each figure with a mean and a half-width', () => {
    expect(report.hours.map((h) => h.hour)).toEqual([...Array(24).keys()]);
    expect(report.overall.hour).toBeUndefined();
    expect(report.days).toBeCloseTo(14, 6);
    for (const name of FIGURE_NAMES) expect(report.overall.simulated[name].halfWidth95).toBeGreaterThan(0);
  });

  it('the fitted scenario reproduces the log within its intervals', () => {
    for (const name of FIGURE_NAMES) {
      const width = (h: CalibrationReportData['overall']) => {
        const s = h.simulated[name];
        // One history's spread ≈ the replications' standard deviation = half-width × √n / t.
        const sd = (s.halfWidth95 * Math.sqrt(report.replications)) / 2.57;
        return s.halfWidth95 + 2 * sd;
      };
      const outside = report.hours.filter((h) => Math.abs(h.observed[name] - h.simulated[name].mean) > width(h));
      expect(outside.length, `${name}: hours outside ${outside.map((h) => h.hour).join(', ')}`).toBeLessThanOrEqual(3);
      expect(Math.abs(report.overall.observed[name] - report.overall.simulated[name].mean)).toBeLessThan(width(report.overall));
    }
  });
});

describe('hourOfDayFigures', () => {
  it('counts by hour of arrival: service level and abandonment over answered and abandoned, waits over answered', () => {
    const at = (hour: number) => Date.UTC(2025, 2, 3, hour, 30);
    const attempt = (hour: number, outcome: LogAttempt['outcome'], waitSeconds?: number) => ({ arrivalMs: at(hour), outcome, waitSeconds }) as LogAttempt;
    const figures = hourOfDayFigures([attempt(8, 'answered', 10), attempt(8, 'answered', 50), attempt(8, 'abandoned', 30), attempt(8, 'busy'), attempt(9, 'self-served')], 2, () => 20);
    expect(figures[8]).toEqual({ attemptsPerDay: 2, serviceLevel: 1 / 3, abandonRate: 1 / 3, meanWaitSeconds: 30 });
    expect(figures[9]!.attemptsPerDay).toBe(0.5);
    expect(figures[9]!.serviceLevel).toBeNaN();
    expect(figures[24]!.attemptsPerDay).toBe(2.5);
  });
});
