import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/fuzz/check.ts';
import { runFuzz } from '../../src/fuzz/fuzz.ts';
import { FuzzRandom, mutateScenario } from '../../src/fuzz/mutate.ts';
import { bundledJson } from '../support/scenarios.ts';

describe('fuzzing the bundled scenarios', () => {
  it('300 seeded cases: no crash, issues with paths, nothing dropped, calls conserved', () => {
    const report = runFuzz(300, 12308);
    expect(report.failures).toEqual([]);
    expect(report.tally.ran).toBeGreaterThan(50);
    expect(report.tally.rejected).toBeGreaterThan(50);
  });

  it('replays a case from its seed and number', () => {
    const a = mutateScenario(bundledJson('baseline'), new FuzzRandom(42));
    const b = mutateScenario(bundledJson('baseline'), new FuzzRandom(42));
    expect(a.done).toEqual(b.done);
    expect(JSON.stringify(a.json)).toBe(JSON.stringify(b.json));
  });

  it('tells a silently dropped field and a crash from a rejection', () => {
    expect(checkCase(bundledJson('baseline'), 1).verdict).toBe('ran');
    expect(checkCase({ version: 1 }, 1).verdict).toBe('rejected');
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(checkCase(throwing, 1)).toMatchObject({ verdict: 'crash' });
  });
});
