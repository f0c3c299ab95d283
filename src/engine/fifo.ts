/**
 * A first-in-first-out line on a growable ring buffer. Each entry carries a numeric tag
 * beside the item, so a pool can tell a stale entry (a caller who already hung up) from a
 * live one without searching the line: O(1) push, shift and withdrawal. `compact` drops the
 * stale entries in one pass (keeping the order of the others) and shrinks the ring, so a
 * line whose callers keep hanging up while nobody is served does not hold them forever.
 */
/** Smallest ring (a power of two, as the index arithmetic needs). */
const MIN_CAPACITY = 16;

export class Fifo<T> {
  private items: (T | undefined)[] = new Array(MIN_CAPACITY);
  private tags = new Float64Array(MIN_CAPACITY);
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

  /**
   * Keeps only the entries for which `keep` is true, in their order, in a ring sized for
   * them (at least twice their number, so pushes after it do not regrow at once).
   */
  compact(keep: (item: T, tag: number) => boolean): void {
    const mask = this.items.length - 1;
    const items: T[] = [];
    const tags: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const from = (this.head + i) & mask;
      const item = this.items[from] as T;
      const tag = this.tags[from]!;
      if (keep(item, tag)) {
        items.push(item);
        tags.push(tag);
      }
    }
    let capacity = MIN_CAPACITY;
    while (capacity < items.length * 2) capacity *= 2;
    this.items = new Array(capacity);
    this.tags = new Float64Array(capacity);
    for (let i = 0; i < items.length; i++) {
      this.items[i] = items[i];
      this.tags[i] = tags[i]!;
    }
    this.head = 0;
    this.size = items.length;
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
