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

describe('Kernel, edges', () => {
  it('schedules at an absolute time, now included, and refuses the past and infinity', () => {
    const k = new Kernel();
    const log: number[] = [];
    k.runUntil(10);
    k.at(10, (x: number) => log.push(x), 1);
    k.at(12.5, (x: number) => log.push(x), 2);
    expect(() => k.at(9.999, () => {}, 0)).toThrow(/Kernel\.at: time must be finite and ≥ now \(10\), got 9\.999/);
    expect(() => k.at(Infinity, () => {}, 0)).toThrow(RangeError);
    expect(() => k.at(NaN, () => {}, 0)).toThrow(RangeError);
    expect(() => k.after(Infinity, () => {}, 0)).toThrow(RangeError);
    k.after(0, (x: number) => log.push(x), 3); // a zero delay is allowed
    k.runUntil(20);
    expect(log).toEqual([1, 3, 2]);
  });

  it('tells the time of the next event, Infinity when none is left', () => {
    const k = new Kernel();
    expect(k.nextEventTime()).toBe(Infinity);
    k.after(7, () => {}, 0);
    k.after(3, () => {}, 0);
    expect(k.nextEventTime()).toBe(3);
    k.runUntil(5);
    expect(k.nextEventTime()).toBe(7);
  });

  it('runs an event due exactly at the limit, and leaves one just past it for later', () => {
    const k = new Kernel();
    const log: number[] = [];
    k.after(5, (x: number) => log.push(x), 5);
    k.after(5.000001, (x: number) => log.push(x), 6);
    k.runUntil(5);
    expect(log).toEqual([5]);
    expect(k.now()).toBe(5);
    expect(() => k.runUntil(4)).toThrow(/Kernel\.runUntil: until must be ≥ now \(5\), got 4/);
    expect(() => k.runUntil(NaN)).toThrow(RangeError);
  });

  it('sets the clock to each event while it runs, to the last event after runUntil(Infinity), and counts only events that ran', () => {
    const k = new Kernel();
    const seen: number[] = [];
    k.after(2, () => seen.push(k.now()), 0);
    k.after(4, () => seen.push(k.now()), 0).cancel();
    k.after(6, () => seen.push(k.now()), 0);
    k.runUntil(Infinity);
    expect(seen).toEqual([2, 6]);
    expect(k.now()).toBe(6);
    expect(k.eventCount).toBe(2);
  });

  it('hands the payload to the handler as it is, falsy values and arrays included', () => {
    const k = new Kernel();
    const got: unknown[] = [];
    for (const payload of [0, '', null, [1, 2]]) k.after(1, (p: unknown) => got.push(p), payload);
    k.runUntil(1);
    expect(got).toEqual([0, '', null, [1, 2]]);
  });
});
