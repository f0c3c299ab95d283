import { describe, expect, it } from 'vitest';
import { datesByKeyText, dropRawUnder, readDatesByKey, readNumber, textFromValue, valueFromText } from '../../../src/ui/editor/draft.ts';
import { convertDuration, durationMean } from '../../../src/ui/editor/duration.ts';
import { dailyFromWeekly, weeklyFromDaily } from '../../../src/ui/editor/profile.ts';

describe('what the planner types', () => {
  it('becomes a number when it reads as one, keeping the text when it differs', () => {
    expect(valueFromText({ type: 'number' }, '20')).toEqual({ value: 20, keepRaw: false });
    expect(valueFromText({ type: 'number' }, '0.50')).toEqual({ value: 0.5, keepRaw: true });
    expect(valueFromText({ type: 'share' }, '1e-1')).toEqual({ value: 0.1, keepRaw: true });
    expect(readNumber('２０．５')).toBe(20.5);
  });

  it('stays as text when it is not a number, so the parser reports it as typed', () => {
    expect(valueFromText({ type: 'number' }, '20 seats')).toEqual({ value: '20 seats', keepRaw: false });
    expect(valueFromText({ type: 'number' }, '')).toEqual({ value: undefined, keepRaw: false });
    expect(valueFromText({ type: 'number' }, '  ')).toEqual({ value: undefined, keepRaw: true });
  });

  it('reads lists of numbers and ids separated by commas', () => {
    expect(valueFromText({ type: 'numbers' }, '58, 82.5')).toEqual({ value: [58, 82.5], keepRaw: false });
    expect(valueFromText({ type: 'numbers' }, '58，82')).toEqual({ value: [58, 82], keepRaw: true });
    expect(valueFromText({ type: 'numbers' }, '58, x')).toEqual({ value: '58, x', keepRaw: false });
    expect(valueFromText({ type: 'ids', source: 'lanes' }, 'emergency, general')).toEqual({ value: ['emergency', 'general'], keepRaw: false });
  });

  it('shows JSON values as text and drops kept texts under a path', () => {
    expect(textFromValue([1, 2])).toBe('1, 2');
    expect(textFromValue(undefined)).toBe('');
    expect(dropRawUnder({ 'a.b': '1', 'a[0]': '2', ab: '3' }, 'a')).toEqual({ ab: '3' });
  });
});

describe('switching a duration kind', () => {
  it('keeps the mean', () => {
    const old = { kind: 'lognormal', meanSeconds: 600, cv: 0.8 };
    for (const kind of ['fixed', 'exponential', 'gamma', 'weibull', 'uniform', 'triangular'] as const) {
      expect(durationMean(convertDuration(old, kind, 'Seconds'), 'Seconds'), kind).toBeCloseTo(600, 6);
    }
    expect(convertDuration(old, 'gamma', 'Seconds')).toEqual({ kind: 'gamma', meanSeconds: 600, cv: 0.8 });
    expect(convertDuration({ kind: 'uniform', minMinutes: 20, maxMinutes: 60 }, 'exponential', 'Minutes')).toEqual({ kind: 'exponential', meanMinutes: 40 });
    expect(convertDuration(old, 'infinite', 'Seconds')).toEqual({ kind: 'infinite' });
  });
});

describe('the arrival profile forms', () => {
  it('expand daily × weekly weights to 168 and average them back', () => {
    const hod = Array.from({ length: 24 }, (_, h) => (h < 12 ? 1 : 2));
    const dow = [1, 1, 1, 1, 1, 0.5, 0.5];
    const weekly = weeklyFromDaily(hod, dow);
    expect(weekly).toHaveLength(168);
    expect(weekly[13]).toBe(2);
    expect(weekly[5 * 24 + 13]).toBe(1);
    const back = dailyFromWeekly(weekly);
    const ratio = (back.hourOfDayWeights[13] ?? 0) / (back.hourOfDayWeights[1] ?? 1);
    expect(ratio).toBeCloseTo(2, 2);
    expect((back.dayOfWeekWeights[5] ?? 0) / (back.dayOfWeekWeights[0] ?? 1)).toBeCloseTo(0.5, 2);
  });
});

describe('thousands separators', () => {
  it('reads "1,000" in a single-number field as the page writes it, keeping the text as typed', () => {
    const kind = { type: 'number', min: 0, max: 1e6 } as const;
    expect(valueFromText(kind as never, '1,000')).toEqual({ value: 1000, keepRaw: true });
    expect(valueFromText(kind as never, '1,000,000.5')).toEqual({ value: 1000000.5, keepRaw: true });
    expect(valueFromText(kind as never, '1,00')).toEqual({ value: '1,00', keepRaw: false });
    expect(valueFromText({ type: 'numbers', min: 0, max: 10 } as never, '1,000')).toEqual({ value: [1, 0], keepRaw: true });
  });
});

describe('holidays typed one key a line', () => {
  const kind = { type: 'dates-by-key', keys: 'country' } as const;

  it('reads "JP: 2025-01-01, 2025-01-13" lines into lists by key, full-width colons and commas too', () => {
    expect(readDatesByKey('JP: 2025-01-01, 2025-01-13\nTH：2025-04-13，2025-04-14\n\n')).toEqual({ JP: ['2025-01-01', '2025-01-13'], TH: ['2025-04-13', '2025-04-14'] });
    expect(valueFromText(kind, 'JP: 2025-01-01')).toEqual({ value: { JP: ['2025-01-01'] }, keepRaw: false });
    expect(datesByKeyText({ JP: ['2025-01-01', '2025-01-13'], US: [] })).toBe('JP: 2025-01-01, 2025-01-13\nUS: ');
  });

  it('keeps a line without a key as typed text, for the parser to report; empty removes the field', () => {
    expect(valueFromText(kind, '2025-01-01')).toEqual({ value: '2025-01-01', keepRaw: false });
    expect(valueFromText(kind, '__proto__: 2025-01-01').value).toBe('__proto__: 2025-01-01');
    expect(valueFromText(kind, '').value).toBeUndefined();
  });
});

