/**
 * The calibration worker's API called directly (as test/worker/api.test.ts does for the
 * simulation): a week of a known scenario's log fitted with a renamed header and its map,
 * the plots' data, the observed figures, one report replication, and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { CALL_LOG_COLUMNS } from '../../../src/calibration/call-log.ts';
import { calibrationApi, fitFile } from '../../../src/ui/calibration/calibration-api.ts';
import { guessColumns } from '../../../src/ui/calibration/column-map.ts';
import { knownScenarioJson, simulatedLog } from '../../calibration/known-scenario.ts';

function weekLog(): string {
  const json = knownScenarioJson();
  json.run = { days: 8, warmupHours: 24, startBeijing: '2025-03-02T00:00' };
  return simulatedLog(json).text;
}

const base = knownScenarioJson();
const ours = guessColumns(CALL_LOG_COLUMNS);

describe('calibrationApi.fit', () => {
  const text = weekLog();

  it('fits a log whose headers differ through the map, with the plots\' data', async () => {
    const renamed = text.replace(/^[^\n]*/, (h) => h.replace('arrival_time', 'Start Time').replace('call_type', 'Menu'));
    const selection = { ...ours, arrival_time: 'Start Time', call_type: 'Menu' };
    const outcome = await fitFile(new Blob([renamed]), { selection, base, source: 'week.csv' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.report.rows.bad).toBe(0);
    expect(outcome.json.name).toBe('Calibrated from week.csv');
    expect(outcome.plots.map((p) => p.id).sort()).toEqual(['case', 'enquiry']);
    const plot = outcome.plots.find((p) => p.id === 'case')!;
    expect(plot.handle).toHaveLength(49);
    // Q-Q points rise together.
    expect(plot.handle!.at(-1)!.observedSeconds).toBeGreaterThan(plot.handle![0]!.observedSeconds);
    expect(plot.patience!.kaplanMeier.length).toBeGreaterThan(2);
    expect(plot.patience!.kaplanMeier.length).toBeLessThanOrEqual(241);
    expect(plot.patience!.fitted[0]!.survival).toBe(1);
    // The full curve stays in the worker.
    expect(outcome.report.fit.callTypes.every((t) => !t.patience || t.patience.kaplanMeier.curve.length === 0)).toBe(true);
    expect(outcome.observed).toHaveLength(25);
    expect(outcome.days).toBeCloseTo(7, 5);
    expect(outcome.observed[24]!.attemptsPerDay).toBeGreaterThan(1000);
  });

  it('leaves out a column of our name that the map says is not in the file', async () => {
    const outcome = await fitFile(new Blob([text]), { selection: { ...ours, lane: '' }, base, source: 'week.csv' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.report.fit.callTypes.every((t) => t.lane === undefined)).toBe(true);
  });

  it('refuses an empty file, a binary one, a missing column and too few rows, saying which', async () => {
    const refuse = async (content: BlobPart, selection = ours) => {
      const outcome = await fitFile(new Blob([content]), { selection, base, source: 'x.csv' });
      return outcome.ok ? 'ok' : outcome.kind;
    };
    expect(await refuse('')).toBe('empty');
    expect(await refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toBe('not-csv');
    expect(await refuse(text.replace('outcome', 'result'))).toBe('columns');
    expect(await refuse(text.split('\n').slice(0, 40).join('\n'))).toBe('too-few');
  });
});

describe('calibrationApi.reportReplication', () => {
  it('gives the fitted scenario\'s figures by hour, as the observed ones', async () => {
    const outcome = await fitFile(new Blob([weekLog()]), { selection: ours, base, source: 'week.csv' });
    if (!outcome.ok) throw new Error(outcome.reason);
    const figures = calibrationApi.reportReplication(outcome.json, { seed: 1, replication: 0 });
    expect(figures).toHaveLength(25);
    const [sim, seen] = [figures[24]!.attemptsPerDay, outcome.observed[24]!.attemptsPerDay];
    expect(Math.abs(sim - seen) / seen).toBeLessThan(0.1);
  });
});
