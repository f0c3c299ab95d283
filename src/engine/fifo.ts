/**
 * A first-in-first-out line on a growable ring buffer. Each entry carries a numeric tag
 * beside the item, so a pool can tell a stale entry (a caller who already hung up) from a
 * live one without searching the line: O(1) push, shift and withdrawal.
 */
export class Fifo<T> {
  private items: (T | undefined)[] = new Array(16);
  private tags = new Float64Array(16);
  private head = 0;
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(item: T, tag: number): void {
    if (this.size === this.items.length) this.grow();
    const slot = (this.head + this.size) & (this.items.length - 1);
    this.items[slot] = item;
    this.tags[slot] = tag;
    this.size++;
  }

  peekItem(): T | undefined {
    return this.size === 0 ? undefined : this.items[this.head];
  }

  peekTag(): number {
    return this.size === 0 ? NaN : this.tags[this.head]!;
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.size--;
    return item;
  }

  private grow(): void {
    const capacity = this.items.length * 2;
    const items: (T | undefined)[] = new Array(capacity);
    const tags = new Float64Array(capacity);
    for (let i = 0; i < this.size; i++) {
      const from = (this.head + i) & (this.items.length - 1);
      items[i] = this.items[from];
      tags[i] = this.tags[from]!;
    }
    this.items = items;
    this.tags = tags;
    this.head = 0;
  }
}
