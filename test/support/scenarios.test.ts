import { describe, expect, it } from 'vitest';
import { accepted, bundled, bundledJson, rejected } from './scenarios.ts';

describe('test scenarios', () => {
  it('parses the bundled files and returns fresh JSON each time', () => {
    expect(bundled('baseline').name).toBe(bundledJson('baseline').name);
    const a = bundledJson('major-incident');
    a.name = 'changed';
    expect(bundledJson('major-incident').name).not.toBe('changed');
  });

  it('throws with the issues when a scenario expected to be valid is not, and the reverse', () => {
    expect(() => accepted({ version: 1 })).toThrow(/scenario rejected:\n\w/);
    expect(rejected({ version: 1 }).length).toBeGreaterThan(0);
    expect(() => rejected(bundledJson('baseline'))).toThrow(/accepted/);
  });
});
