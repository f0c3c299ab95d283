import { describe, expect, it } from 'vitest';
import { TrunkLines } from '../../../models/phone/trunk.ts';

const call = () => ({ holdsLine: false });

describe('trunk lines', () => {
  it('gives a line to each call until every line is in use, then a busy signal', () => {
    const trunk = new TrunkLines(2);
    const [a, b, c] = [call(), call(), call()];
    expect(trunk.take(a, 0)).toBe(true);
    expect(trunk.take(b, 1)).toBe(true);
    expect(trunk.take(c, 2)).toBe(false);
    expect(c.holdsLine).toBe(false);
    expect(trunk.inUse.value).toBe(2);
    trunk.free(a, 3);
    expect(trunk.take(c, 3)).toBe(true);
    expect(trunk.inUse.maximum()).toBe(2);
  });

  it('averages lines in use over time', () => {
    const trunk = new TrunkLines(Infinity);
    const a = call();
    trunk.take(a, 0);
    trunk.take(call(), 10);
    trunk.free(a, 20);
    // 1 line for 10 s, 2 for 10 s, 1 for 20 s: 50 line-seconds over 40 s.
    expect(trunk.inUse.mean(40)).toBe(1.25);
  });

  it('throws on a second free or a second take of the same call', () => {
    const trunk = new TrunkLines(5);
    const a = call();
    expect(() => trunk.free(a, 0)).toThrow(/holds no line/);
    trunk.take(a, 0);
    expect(() => trunk.take(a, 1)).toThrow(/already holds a line/);
    trunk.free(a, 2);
    expect(() => trunk.free(a, 3)).toThrow(/freed twice/);
    expect(trunk.inUse.value).toBe(0);
  });
});

describe('trunk lines, edges', () => {
  it('with no limit never gives a busy signal; with a limit of 0 always does', () => {
    const open = new TrunkLines(Infinity);
    expect(Array.from({ length: 1000 }, () => open.take(call(), 0)).every(Boolean)).toBe(true);
    const none = new TrunkLines(0);
    const c = call();
    expect(none.take(c, 0)).toBe(false);
    expect(c.holdsLine).toBe(false);
    expect(none.inUse.value).toBe(0);
  });

  it('marks the call as holding a line until it is freed, and names its level', () => {
    const trunk = new TrunkLines(1);
    const a = call();
    trunk.take(a, 5);
    expect(a.holdsLine).toBe(true);
    trunk.free(a, 9);
    expect(a.holdsLine).toBe(false);
    expect(trunk.inUse.mean(10)).toBe(0.4);
    expect(trunk.inUse.name).toBe('trunk.lines-in-use');
  });
});
