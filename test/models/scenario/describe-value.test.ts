import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../models/scenario/describe-value.ts';

describe('describeValue', () => {
  it('shows JSON text of exactly 60 characters whole, and cuts one of 61 to 57 and an ellipsis', () => {
    const sixty = 'x'.repeat(58);
    expect(describeValue(sixty)).toBe(JSON.stringify(sixty));
    expect(describeValue(sixty)).toHaveLength(60);
    expect(describeValue(`${sixty}y`)).toBe(`"${'x'.repeat(56)}…`);
  });

  it('names what JSON cannot write, at the top and inside', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue([undefined, 1])).toBe('[undefined,1]');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue({ f: () => 1 })).toBe('{"f":a function}');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue([Symbol('s')])).toBe('[a symbol]');
    expect(describeValue(12n)).toBe('12n');
  });

  it('outlines three levels, then … for a deeper list or object', () => {
    expect(describeValue([[[[1]]]])).toBe('[[[[…]]]]');
    expect(describeValue({ a: { b: { c: { d: 1 } } } })).toBe('{"a":{"b":{"c":{…}}}}');
    expect(describeValue([[[1]]])).toBe('[[[1]]]');
  });
});
