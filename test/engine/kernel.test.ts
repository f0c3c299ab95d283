import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/engine/kernel.ts';

describe('Kernel', () => {
  it('runs events in time order and same-time events in scheduling order', () => {
    const k = new Kernel();
    const log: string[] = [];
    k.after(5, (s: string) => log.push(s), 'b');
    k.after(1, (s: string) => log.push(s), 'a');
    k.after(5, (s: string) => log.push(s), 'c');
    k.runUntil(10);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(k.now()).toBe(10);
  });

  it('skips cancelled events', () => {
    const k = new Kernel();
    const log: number[] = [];
    const e = k.after(1, (x: number) => log.push(x), 1);
    k.after(2, (x: number) => log.push(x), 2);
    e.cancel();
    k.runUntil(3);
    expect(log).toEqual([2]);
  });

  it('throws on a negative or non-finite delay, naming the time', () => {
    const k = new Kernel();
    expect(() => k.after(-1, () => {}, 0)).toThrow(/delay must be a finite number ≥ 0, got -1 at t=0/);
    expect(() => k.after(NaN, () => {}, 0)).toThrow(RangeError);
  });

  it('loses no event when run in slices, whatever the cut points (unlike simjs simulate(until))', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 50 }), fc.array(fc.double({ min: 0, max: 120, noNaN: true })), (delays, cuts) => {
        const record = (slices: number[]) => {
          const k = new Kernel();
          const log: number[] = [];
          delays.forEach((d, i) => k.after(d, (x: number) => {
            log.push(x);
            if (x % 3 === 0) k.after(d / 2, (y: number) => log.push(y), 1000 + x);
          }, i));
          for (const t of slices) k.runUntil(Math.max(t, k.now()));
          k.runUntil(Infinity);
          return log;
        };
        expect(record([...cuts].sort((a, b) => a - b))).toEqual(record([]));
      }),
    );
  });
});
