import { describe, expect, it } from 'vitest';
import { beijingClock } from '../../../src/charts/axis.ts';
import { csvField, figureRows, figuresCsv, fileStem, resultsJson, seriesCsv, seriesRows, standaloneSvg, toCsv } from '../../../src/ui/dashboard/export.ts';

const summary = {
  byLane: {
    emergency: { serviceLevel: { mean: 0.9, halfWidth95: 0.02 }, meanWaitSeconds: { mean: NaN, halfWidth95: NaN } },
  },
  standby: { activations: { mean: 2, halfWidth95: 1 } },
  series: {
    bucketSeconds: { mean: 900, halfWidth95: 0 },
    queueLength: { general: { mean: [0, 1.5], halfWidth95: [0, NaN] } },
  },
};

describe('figureRows', () => {
  it('names every scalar figure by its dotted path and leaves the series out', () => {
    expect(figureRows(summary)).toEqual([
      { figure: 'byLane.emergency.serviceLevel', mean: 0.9, halfWidth95: 0.02 },
      { figure: 'byLane.emergency.meanWaitSeconds', mean: NaN, halfWidth95: NaN },
      { figure: 'standby.activations', mean: 2, halfWidth95: 1 },
      { figure: 'series.bucketSeconds', mean: 900, halfWidth95: 0 },
    ]);
  });
});

describe('seriesRows', () => {
  it('gives one row per bucket of every series', () => {
    expect(seriesRows(summary)).toEqual([
      { figure: 'series.queueLength.general', bucket: 0, mean: 0, halfWidth95: 0 },
      { figure: 'series.queueLength.general', bucket: 1, mean: 1.5, halfWidth95: NaN },
    ]);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks, and leaves missing numbers empty', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('writes the figures as figure,mean,halfWidth95', () => {
    expect(figuresCsv(summary).split('\r\n').slice(0, 3)).toEqual([
      'figure,mean,halfWidth95',
      'byLane.emergency.serviceLevel,0.9,0.02',
      'byLane.emergency.meanWaitSeconds,,',
    ]);
  });

  it('writes the series with the Beijing start time of each bucket', () => {
    const csv = seriesCsv(summary.series, 900, beijingClock('2025-01-06T23:45'));
    expect(csv).toBe(
      'figure,bucket,startBeijing,mean,halfWidth95\r\n' +
        'queueLength.general,0,2025-01-06T23:45,0,0\r\n' +
        'queueLength.general,1,2025-01-07T00:00,1.5,\r\n',
    );
  });
});

describe('resultsJson', () => {
  it('keeps the summary with its metadata; NaN becomes null', () => {
    const parsed = JSON.parse(resultsJson(summary, { scenario: 'Baseline', replications: 3 }));
    expect(parsed.scenario).toBe('Baseline');
    expect(parsed.summary.byLane.emergency.meanWaitSeconds).toEqual({ mean: null, halfWidth95: null });
    expect(parsed.summary.series.queueLength.general.mean).toEqual([0, 1.5]);
  });
});

describe('standaloneSvg', () => {
  it('drops lit marker comments and declares the SVG namespace once', () => {
    const out = standaloneSvg('<svg viewBox="0 0 10 10"><!--?lit$123$--><rect width="10" height="10"></rect><!----></svg>');
    expect(out).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"></rect></svg>');
    const already = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(already.match(/xmlns=/g)).toHaveLength(1);
  });
});

describe('fileStem', () => {
  it('makes a file name from a scenario name', () => {
    expect(fileStem('Major overseas incident (surge, standby called in)')).toBe('major-overseas-incident-surge-standby-called-in');
    expect(fileStem('基线：12308')).toBe('基线-12308');
    expect(fileStem('  ')).toBe('results');
  });
});
