/**
 * Named, seeded random streams. Each source of randomness (arrivals of one call type,
 * handle times, patience, IVR choices, redials, …) draws from its own generator, keyed by
 * (seed, replication, stream name). Adding a stream never shifts the draws of another, and
 * two scenarios run with the same seed see the same callers: common random numbers for
 * comparisons. The generator is xoshiro128** (Blackman and Vigna): 128 bits of state,
 * period 2¹²⁸ − 1, passes BigCrush, and five integer operations a draw; simjs's Mersenne
 * Twister took a tenth of a year-long run.
 */
import { exp, ln } from './portable-math.ts';

/** Where a stream's bits come from: whole numbers from 0 to 2³² − 1. */
interface UniformSource {
  next32(): number;
}

/** 2⁻³² */
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** xoshiro128**, its four state words from SplitMix32 of a seed, or from hashes of a key. */
class Xoshiro128 implements UniformSource {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = this.b = this.c = this.d = 0;
    this.seed(seed);
  }

  seed(seed: number): void {
    this.a = splitMix32(seed, 1);
    this.b = splitMix32(seed, 2);
    this.c = splitMix32(seed, 3);
    this.d = splitMix32(seed, 4);
  }

  /** Seeds from several 32-bit words: each state word hashes all of them with its own salt. */
  static keyed(key: readonly number[]): Xoshiro128 {
    const generator = new Xoshiro128(0);
    const hash = (salt: number) => key.reduce((h, word) => splitMix32(h ^ word, salt), salt);
    generator.a = hash(1);
    generator.b = hash(2);
    generator.c = hash(3);
    generator.d = hash(4) | 1; // never the all-zero state
    return generator;
  }

  next32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }
}

/** The k-th output of SplitMix32 started at `seed`. */
function splitMix32(seed: number, k: number): number {
  let z = (seed + Math.imul(k, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A stream of its own for one entity (a caller's case), from a 32-bit seed drawn from a named stream. */
export function substream(seed: number): RandomStream {
  return new Substream(seed);
}

/** One independent stream of uniform and derived variates. */
export class RandomStream {
  /** The second normal of the last pair, NaN when used. */
  protected spareNormal = NaN;

  constructor(private readonly source: UniformSource) {}

  /**
   * Uniform on the open interval (0, 1): the middles of 2³² equal cells, never 0 or 1, so
   * safe under log(). One 32-bit draw per uniform; an exponential is cut at 22 means.
   */
  uniform(): number {
    return (this.source.next32() + 0.5) * TWO_TO_MINUS_32;
  }

  /** A whole number from 0 to 2³² − 1, to seed a substream. */
  seed32(): number {
    return this.source.next32();
  }

  /** True with probability `p`. */
  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }

  exponential(mean: number): number {
    return -mean * ln(this.uniform());
  }

  /**
   * Standard normal by Marsaglia's polar method: one logarithm and about 2.5 uniforms per
   * pair of normals, no trigonometry; the second of each pair is kept for the next call.
   */
  standardNormal(): number {
    const spare = this.spareNormal;
    if (spare === spare) {
      this.spareNormal = NaN;
      return spare;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const factor = Math.sqrt((-2 * ln(s)) / s);
      this.spareNormal = v * factor;
      return u * factor;
    }
  }

  /**
   * Gamma with the given shape and scale, by Marsaglia and Tsang's method (shape < 1 via
   * Gamma(shape + 1) · U^(1/shape)); written here rather than simjs's so every step uses
   * portable arithmetic.
   */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * exp(ln(this.uniform()) / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.standardNormal();
      const t = 1 + c * x;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = this.uniform();
      if (u < 1 - 0.0331 * x * x * x * x || ln(u) < 0.5 * x * x + d * (1 - v + ln(v))) return d * v * scale;
    }
  }
}

/**
 * A substream that can be seeded again: one object serves entity after entity, so drawing
 * a caller's case allocates nothing. `reseed(s)` gives exactly the draws of `substream(s)`.
 */
export class Substream extends RandomStream {
  private readonly generator: Xoshiro128;

  constructor(seed = 0) {
    const generator = new Xoshiro128(seed);
    super(generator);
    this.generator = generator;
  }

  reseed(seed: number): this {
    this.generator.seed(seed);
    this.spareNormal = NaN;
    return this;
  }
}

/** Hashes a stream name to two 32-bit words (FNV-1a with two offsets). */
function nameKey(name: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return [a >>> 0, b >>> 0];
}

/** The largest seed accepted: integers that survive JSON and doubles exactly. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** Hands out one stream per name for one replication of one seed. */
export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();
  private readonly base: number[];

  constructor(seed: number, replication = 0) {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
    }
    if (!Number.isSafeInteger(replication) || replication < 0) {
      throw new RangeError(`replication must be a whole number ≥ 0, got ${replication}`);
    }
    this.base = [seed % 2 ** 32, Math.floor(seed / 2 ** 32), replication % 2 ** 32, Math.floor(replication / 2 ** 32)];
  }

  /** The stream called `name`, created on first use. */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = new RandomStream(Xoshiro128.keyed([...this.base, ...nameKey(name)]));
      this.streams.set(name, stream);
    }
    return stream;
  }
}
