/**
 * Named, seeded random streams. Each source of randomness (arrivals of one call type,
 * handle times, patience, IVR choices, redials, …) draws from its own Mersenne Twister
 * (simjs's `Random`), keyed by (seed, replication, stream name). Adding a stream never
 * shifts the draws of another, and two scenarios run with the same seed see the same
 * callers: common random numbers for comparisons.
 */
import { cos, exp, ln } from './portable-math.ts';
import { Random, type SimjsRandom } from './simjs.ts';

/** One independent stream of uniform and derived variates. */
export class RandomStream {
  private readonly mt: SimjsRandom;

  constructor(key: readonly number[]) {
    this.mt = new Random(0);
    this.mt.initByArray(key.map((word) => word >>> 0), key.length);
  }

  /** Uniform on the open interval (0, 1), 53-bit resolution: safe under log(). */
  uniform(): number {
    let u = this.mt.genrandRes53();
    while (u === 0) u = this.mt.genrandRes53();
    return u;
  }

  /** True with probability `p`. */
  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }

  exponential(mean: number): number {
    return -mean * ln(this.uniform());
  }

  /** Standard normal by Box–Muller; one draw pair per call keeps streams simple to replay. */
  standardNormal(): number {
    return Math.sqrt(-2 * ln(this.uniform())) * cos(2 * Math.PI * this.uniform());
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
      stream = new RandomStream([...this.base, ...nameKey(name)]);
      this.streams.set(name, stream);
    }
    return stream;
  }
}
