import { describe, expect, it } from 'vitest';
import type { IntervalFigures } from '../../../src/calibration/interval-report.ts';
import { estimateOf, hoursWithin, predictionHalfWidth, reportData, withinInterval } from '../../../src/ui/calibration/report-figures.ts';

const figures = (x: number): IntervalFigures => ({ attemptsPerDay: x, serviceLevel: x / 100, abandonRate: 0.05, meanWaitSeconds: NaN });
const day = (x: number) => Array.from({ length: 25 }, () => figures(x));

describe('report figures', () => {
  it('estimates a mean and a Student-t 95% half-width, skipping missing values', () => {
    const e = estimateOf([10, 12, NaN, 14]);
    expect(e.mean).toBe(12);
    // s = 2, t(0.975, 2) = 4.303, n = 3
    expect(e.halfWidth95).toBeCloseTo((2 * 4.3027) / Math.sqrt(3), 3);
    expect(estimateOf([5]).halfWidth95).toBeNaN();
    expect(estimateOf([]).mean).toBeNaN();
  });

  it('sets each hour\'s replications beside the log, and the whole day apart', () => {
    const data = reportData(day(11), [day(10), day(12), day(14)], { seed: 7, days: 7 });
    expect(data.hours).toHaveLength(24);
    expect(data.hours[3]!.hour).toBe(3);
    expect(data.overall.hour).toBeUndefined();
    expect(data.hours[0]!.simulated.attemptsPerDay.mean).toBe(12);
    expect(data.replications).toBe(3);
    expect(data.hours[0]!.simulated.meanWaitSeconds.mean).toBeNaN();
  });

  it('judges the log, one period, against the prediction interval of one replication', () => {
    // Over 3 replications the prediction half-width is the mean's half-width × √4.
    expect(predictionHalfWidth({ mean: 12, halfWidth95: 1 }, 3)).toBe(2);
    expect(withinInterval(13.5, { mean: 12, halfWidth95: 1 }, 3)).toBe(true);
    expect(withinInterval(14.5, { mean: 12, halfWidth95: 1 }, 3)).toBe(false);
    expect(withinInterval(NaN, { mean: 12, halfWidth95: 1 }, 3)).toBeUndefined();
    expect(withinInterval(12, { mean: 12, halfWidth95: NaN }, 1)).toBeUndefined();
    const data = reportData(day(11), [day(10), day(12), day(14)], { seed: 7, days: 7 });
    expect(hoursWithin(data, 'attemptsPerDay')).toEqual({ within: 24, of: 24 });
    expect(hoursWithin(data, 'meanWaitSeconds')).toEqual({ within: 0, of: 0 });
  });
});
