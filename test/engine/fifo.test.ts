import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fifo } from '../../src/engine/fifo.ts';

describe('Fifo', () => {
  it('gives items back in the order they came, each with its tag', () => {
    const line = new Fifo<string>();
    line.push('a', 1);
    line.push('b', 2);
    line.push('c', 7);
    expect(line.length).toBe(3);
    expect([line.peekItem(), line.peekTag()]).toEqual(['a', 1]);
    expect(line.shift()).toBe('a');
    expect([line.peekItem(), line.peekTag()]).toEqual(['b', 2]);
    expect([line.shift(), line.shift()]).toEqual(['b', 'c']);
  });

  it('is empty without throwing: undefined items and a NaN tag', () => {
    const line = new Fifo<number>();
    expect(line.shift()).toBeUndefined();
    expect(line.peekItem()).toBeUndefined();
    expect(line.peekTag()).toBeNaN();
    expect(line.length).toBe(0);
  });

  it('keeps the order when it grows with its head wrapped round the ring', () => {
    const line = new Fifo<number>();
    for (let i = 0; i < 12; i++) line.push(i, i);
    for (let i = 0; i < 10; i++) line.shift(); // head at slot 10 of 16
    for (let i = 12; i < 50; i++) line.push(i, i); // wraps, then grows twice
    const out: number[] = [];
    while (line.length > 0) {
      expect(line.peekTag()).toBe(line.peekItem());
      out.push(line.shift()!);
    }
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i + 10));
  });

  it('behaves like an array used as a queue for any sequence of pushes and shifts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constant(null)), { maxLength: 300 }), (ops) => {
        const line = new Fifo<number>();
        const model: number[] = [];
        for (const op of ops) {
          if (op === null) {
            expect(line.shift()).toBe(model.shift());
          } else {
            line.push(op, -op);
            model.push(op);
          }
          expect(line.length).toBe(model.length);
          expect(line.peekItem()).toBe(model[0]);
          if (model.length > 0) expect(line.peekTag()).toBe(-model[0]!);
        }
      }),
      { seed: 12308 },
    );
  });

  it('compacts to the kept entries in order, in a smaller ring that still grows', () => {
    const line = new Fifo<number>();
    for (let i = 0; i < 1000; i++) line.push(i, i % 3);
    line.shift();
    line.compact((_, tag) => tag === 0);
    expect(line.length).toBe(333);
    line.push(1000, 0);
    const out: number[] = [];
    while (line.length > 0) out.push(line.shift()!);
    expect(out).toEqual([...Array.from({ length: 333 }, (_, i) => 3 * (i + 1)), 1000]);
  });

  it('keeps each kept entry’s tag when it compacts', () => {
    const line = new Fifo<string>();
    ['a', 'b', 'c', 'd'].forEach((item, i) => line.push(item, 10 + i));
    line.compact((item) => item !== 'b');
    const out: [string, number][] = [];
    while (line.length > 0) out.push([line.peekItem()!, line.peekTag()] as [string, number]), line.shift();
    expect(out).toEqual([['a', 10], ['c', 12], ['d', 13]]);
  });

  it('compacts a wrapped ring, and to nothing', () => {
    const line = new Fifo<string>();
    for (let i = 0; i < 12; i++) line.push(`a${i}`, 0);
    for (let i = 0; i < 10; i++) line.shift();
    for (let i = 0; i < 10; i++) line.push(`b${i}`, i % 2); // wraps past the end of 16 slots
    line.compact((_, tag) => tag === 0);
    expect(Array.from({ length: line.length }, () => line.shift())).toEqual(['a10', 'a11', 'b0', 'b2', 'b4', 'b6', 'b8']);
    line.push('x', 1);
    line.compact(() => false);
    expect(line.length).toBe(0);
    expect(line.peekItem()).toBeUndefined();
  });
});
