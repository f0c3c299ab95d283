import { describe, expect, it } from 'vitest';
import { isStale, sameScenario, scenarioDiff, showValue } from '../../../src/ui/compare/scenario-diff.ts';
import { bundledJson } from '../../support/scenarios.ts';

describe('scenarioDiff', () => {
  const base = bundledJson('baseline') as Record<string, unknown>;

  it('finds nothing between a scenario and its copy (key order aside)', () => {
    const copy = structuredClone(base);
    const reordered = Object.fromEntries(Object.entries(copy).reverse());
    expect(scenarioDiff(base, reordered)).toEqual([]);
    expect(sameScenario(base, reordered)).toBe(true);
  });

  it('names changed leaves by dotted path with both values', () => {
    const a = { front: { seats: 20 }, surges: [{ peakMultiplier: 3 }], name: 'x' };
    const b = { front: { seats: 16 }, surges: [{ peakMultiplier: 3 }, { peakMultiplier: 2 }], name: 'x', extra: true };
    expect(scenarioDiff(a, b)).toEqual([
      { path: 'front.seats', a: 20, b: 16 },
      { path: 'surges.1', a: undefined, b: { peakMultiplier: 2 } },
      { path: 'extra', a: undefined, b: true },
    ]);
  });

  it('stops at the limit and treats a type change as one difference', () => {
    expect(scenarioDiff({ x: [1, 2, 3] }, { x: [4, 5, 6] }, 2)).toHaveLength(2);
    expect(scenarioDiff({ x: { y: 1 } }, { x: [1] })).toEqual([{ path: 'x', a: { y: 1 }, b: [1] }]);
  });

  it('calls results stale only when there are results and their scenario differs', () => {
    expect(isStale(undefined, base)).toBe(false);
    expect(isStale(base, structuredClone(base))).toBe(false);
    expect(isStale(base, { ...base, name: 'edited' })).toBe(true);
  });

  it('shows values as short JSON', () => {
    expect(showValue(undefined)).toBe('—');
    expect(showValue('abc')).toBe('"abc"');
    expect(showValue('x'.repeat(100), 10)).toHaveLength(10);
  });
});
