import { describe, expect, it } from 'vitest';
import { MAX_DAYS, MAX_REPLICATIONS, MAX_SEED } from '../../models/limits.ts';
import { DEFAULT_SETTINGS_TEXT, readRunSettings } from '../../src/ui/run-settings.ts';

const read = (replications: string, seed = '1', days = '') => readRunSettings({ replications, seed, days });

describe('run settings', () => {
  it('default to 10 replications, seed 12308 and the scenario’s days', () => {
    expect(readRunSettings(DEFAULT_SETTINGS_TEXT)).toEqual({ settings: { replications: 10, seed: 12308, days: undefined }, errors: {} });
  });

  it('say what is allowed for each bad value, in Chinese and English', () => {
    const { settings, errors } = readRunSettings({ replications: '0', seed: '-1', days: 'a week' });
    expect(settings).toBeUndefined();
    expect(errors.replications).toEqual({ zh: '应为 1 到 100,000 之间的整数', en: 'expected a whole number from 1 to 100,000' });
    expect(errors.seed?.zh).toMatch(/^应为 0 到 9,007,199,254,740,991 之间的整数$/);
    expect(errors.seed?.en).toBe('expected a whole number from 0 to 9,007,199,254,740,991');
    expect(errors.days).toEqual({
      zh: '应为 大于 0 且不超过 3,660 的数，或留空（使用情景的天数）',
      en: "expected a number > 0 and ≤ 3,660, or empty for the scenario's days",
    });
  });

  it('accept the limits and refuse just past them', () => {
    expect(read(String(MAX_REPLICATIONS)).settings?.replications).toBe(MAX_REPLICATIONS);
    expect(read(String(MAX_REPLICATIONS + 1)).errors.replications).toBeDefined();
    expect(read('1', String(MAX_SEED)).settings?.seed).toBe(MAX_SEED);
    expect(read('1', String(MAX_SEED + 1)).errors.seed).toBeDefined();
    expect(read('1', '1', String(MAX_DAYS)).settings?.days).toBe(MAX_DAYS);
    expect(read('1', '1', String(MAX_DAYS + 0.5)).errors.days).toBeDefined();
  });

  it('refuse fractions, blanks and text where whole numbers are expected, but take fractional days', () => {
    expect(read('2.5').errors.replications).toBeDefined();
    expect(read('').errors.replications).toBeDefined();
    expect(read('3', 'x').errors.seed).toBeDefined();
    expect(read('3', '1', '0').errors.days).toBeDefined();
    expect(read('3', '1', '0.5')).toEqual({ settings: { replications: 3, seed: 1, days: 0.5 }, errors: {} });
    expect(read('３', '１２', '  ')).toEqual({ settings: { replications: 3, seed: 12, days: undefined }, errors: {} });
  });
});
