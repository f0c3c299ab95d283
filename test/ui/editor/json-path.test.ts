import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, getAt, joinPath, parsePath, pathPattern, setAt, updateList } from '../../../src/ui/editor/json-path.ts';
import { bundledJson, rejected } from '../../support/scenarios.ts';

const baseline = bundledJson('baseline');

describe('json paths', () => {
  it('are written exactly as parseScenario writes issue paths', () => {
    const bad = setAt(setAt(setAt(baseline, 'callTypes[1].handleSeconds.meanSeconds', 0), 'missions.weights["x y"]', 1), 'surges', [
      { startHour: 1, peakMultiplier: 2, halfLifeHours: 1, extraMix: { 'protection-case': 2 } },
    ]);
    const paths = rejected(bad).map((i) => i.path);
    expect(paths).toContain(formatPath(['callTypes', 1, 'handleSeconds', 'meanSeconds']));
    expect(paths).toContain(formatPath(['missions', 'weights', 'x y']));
    expect(paths).toContain(formatPath(['surges', 0, 'extraMix', 'protection-case']));
  });

  it('read back the segments they were written from', () => {
    const segment = fc.oneof(fc.nat({ max: 400 }), fc.string({ minLength: 1, maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (segments) => {
        expect(parsePath(formatPath(segments))).toEqual(segments);
      }),
    );
  });

  it('match list items to their descriptor pattern', () => {
    expect(pathPattern('callTypes[3].afterCall.workOrderShare')).toBe('callTypes[].afterCall.workOrderShare');
    expect(joinPath('callTypes[3]', 'handleSeconds', 'cv')).toBe('callTypes[3].handleSeconds.cv');
    expect(joinPath('', 'name')).toBe('name');
  });

  it('set a value by copying only the objects on the way', () => {
    const next = setAt(baseline, 'frontDesk.seats', 25) as typeof baseline;
    expect(getAt(next, 'frontDesk.seats')).toBe(25);
    expect(getAt(baseline, 'frontDesk.seats')).toBe(20);
    expect(next.callTypes).toBe(baseline.callTypes);
  });

  it('remove a key or a list item with undefined, and create lists for numeric keys', () => {
    expect(getAt(setAt(baseline, 'standby', undefined), 'standby')).toBeUndefined();
    const fewer = setAt(baseline, 'callTypes[0]', undefined);
    expect((getAt(fewer, 'callTypes') as unknown[]).length).toBe(4);
    expect(setAt({}, 'surges[0]', { a: 1 })).toEqual({ surges: [{ a: 1 }] });
    expect(updateList({}, 'lanes', (l) => [...l, 1])).toEqual({ lanes: [1] });
  });

  it('reads document-level paths as the root, and keys every object has as absent', () => {
    expect(parsePath('(file)')).toEqual([]);
    expect(parsePath('(more)')).toEqual([]);
    expect(getAt({ extraMix: { family: 1 } }, 'extraMix.constructor')).toBeUndefined();
    expect(getAt({}, 'toString')).toBeUndefined();
  });

  it('keeps a key named __proto__ as a key, without touching the prototype', () => {
    const changed = setAt({ extraMix: {} }, 'extraMix.__proto__', 0.5) as { extraMix: object };
    expect(Object.keys(changed.extraMix)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(changed.extraMix)).toBe(Object.prototype);
    expect(getAt(changed, 'extraMix.__proto__')).toBe(0.5);
  });
});
