/**
 * Across replications: every number in a result becomes `{ mean, halfWidth95 }`, the
 * half-width of a Student-t 95% confidence interval over independent replications, and
 * every series (number[]) the same per bucket. Streaming (Welford), so memory does not
 * grow with the number of replications; NaN values (a rate with no calls) are skipped.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Estimate {
  /** Mean over the replications where the figure was defined; NaN if none. */
  readonly mean: number;
  /** Half-width of the 95% confidence interval; NaN with fewer than 2 defined values. */
  readonly halfWidth95: number;
}

export interface SeriesEstimate {
  readonly mean: number[];
  readonly halfWidth95: number[];
}

/** The shape of a summary of results of type T. */
export type Summary<T> = T extends number
  ? Estimate
  : T extends readonly number[]
    ? SeriesEstimate
    : T extends object
      ? { readonly [K in keyof T]: Summary<T[K]> }
      : never;

/** Factors already computed: a summary asks for the same n once per figure. */
const factors = new Map<number, number>();

/** The 95% half-width factor t(0.975, n − 1) / √n. */
export function halfWidthFactor(n: number): number {
  if (n < 2) return NaN;
  let factor = factors.get(n);
  if (factor === undefined) {
    factor = tQuantile(0.975, n - 1) / Math.sqrt(n);
    factors.set(n, factor);
  }
  return factor;
}

class Moments {
  n = 0;
  mean = 0;
  m2 = 0;

  add(x: number): void {
    if (Number.isNaN(x)) return;
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (x - this.mean);
  }

  halfWidth(): number {
    return this.n >= 2 ? Math.sqrt(this.m2 / (this.n - 1)) * halfWidthFactor(this.n) : NaN;
  }

  estimate(): Estimate {
    return this.n === 0 ? { mean: NaN, halfWidth95: NaN } : { mean: this.mean, halfWidth95: this.halfWidth() };
  }
}

type Node = Moments | Moments[] | Map<string, Node>;

/** Accumulates results of one shape, one replication at a time. */
export class SummaryBuilder<T extends object> {
  private root: Node | undefined;

  add(result: T): void {
    this.root = accumulate(this.root, result, '');
  }

  build(): Summary<T> {
    if (!this.root) throw new Error('SummaryBuilder.build: no results were added');
    return finish(this.root) as Summary<T>;
  }
}

function accumulate(node: Node | undefined, value: unknown, path: string): Node {
  if (typeof value === 'number') {
    const moments = node instanceof Moments ? node : new Moments();
    moments.add(value);
    return moments;
  }
  if (Array.isArray(value)) {
    const list = Array.isArray(node) ? node : [];
    value.forEach((x, i) => {
      list[i] ??= new Moments();
      list[i].add(x as number);
    });
    return list;
  }
  if (value !== null && typeof value === 'object') {
    const map = node instanceof Map ? node : new Map<string, Node>();
    for (const [key, child] of Object.entries(value)) map.set(key, accumulate(map.get(key), child, `${path}.${key}`));
    return map;
  }
  throw new TypeError(`summary: ${path || '(root)'} is neither a number, a list of numbers nor an object`);
}

function finish(node: Node): unknown {
  if (node instanceof Moments) return node.estimate();
  if (Array.isArray(node)) {
    // Series are long (a bucket every 15 minutes): fill two arrays, no object per bucket.
    const mean = new Array<number>(node.length);
    const halfWidth95 = new Array<number>(node.length);
    node.forEach((m, i) => {
      mean[i] = m.n === 0 ? NaN : m.mean;
      halfWidth95[i] = m.halfWidth();
    });
    return { mean, halfWidth95 };
  }
  return Object.fromEntries([...node].map(([key, child]) => [key, finish(child)]));
}
