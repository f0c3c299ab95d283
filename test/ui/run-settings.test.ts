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

describe('run settings against the scenario', () => {
  const context = { run: { days: 28, warmupHours: 24 } };
  it('wants days longer than the warm-up, and says so in both languages', () => {
    const short = readRunSettings({ replications: '3', seed: '1', days: '0.5' }, context);
    expect(short.settings).toBeUndefined();
    expect(short.errors.days).toEqual({
      zh: '应为 大于 1 且不超过 3,660 的数（须长于 24 小时的预热期），或留空（使用情景的天数）',
      en: "expected a number > 1 and ≤ 3,660 (longer than the 24-hour warm-up), or empty for the scenario's days",
    });
    expect(readRunSettings({ replications: '3', seed: '1', days: '1.5' }, context).settings).toEqual({ replications: 3, seed: 1, days: 1.5 });
  });
});

describe('the estimate beside Run', () => {
  it('gives the attempts and time, asks above ten minutes, and notes surges after the end', async () => {
    const { bundled } = await import('../support/scenarios.ts');
    const { estimateRun, durationWords } = await import('../../src/ui/run-estimate.ts');
    const incident = bundled('major-incident');
    const quick = estimateRun(incident, { replications: 10, seed: 1, days: 2 }, 3);
    expect(quick.long).toBe(false);
    expect(quick.surgesAfterEnd).toEqual([{ index: 1, startHour: 58, endHour: 48 }]);
    expect(estimateRun(incident, { replications: 100_000, seed: 1, days: undefined }, 3).long).toBe(true);
    expect(durationWords(7200)).toEqual({ zh: '约 2 小时', en: 'about 2 hours' });
    expect(durationWords(60)).toEqual({ zh: '约 60 秒', en: 'about 60 seconds' });
  });
});
