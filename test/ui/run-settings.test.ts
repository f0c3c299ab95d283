import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS_TEXT, readRunSettings } from '../../src/ui/run-settings.ts';

describe('run settings', () => {
  it('default to 10 replications, seed 12308 and the scenario’s days', () => {
    expect(readRunSettings(DEFAULT_SETTINGS_TEXT)).toEqual({ settings: { replications: 10, seed: 12308, days: undefined }, errors: {} });
  });

  it('say what is allowed for each bad value', () => {
    const { settings, errors } = readRunSettings({ replications: '0', seed: '-1', days: 'a week' });
    expect(settings).toBeUndefined();
    expect(errors.replications?.en).toBe('expected a whole number from 1 to 1000');
    expect(errors.seed?.zh).toMatch(/^应为 0 到/);
    expect(errors.days?.en).toMatch(/^expected a number > 0 and ≤ 3660/);
    expect(readRunSettings({ replications: '2.5', seed: '1', days: '' }).errors.replications).toBeDefined();
    expect(readRunSettings({ replications: '3', seed: '1', days: '0.5' }).settings).toEqual({ replications: 3, seed: 1, days: 0.5 });
  });
});
