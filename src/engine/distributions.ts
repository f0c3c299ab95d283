/**
 * Duration distributions in seconds, each compiled once into a sampler so the hot path
 * does no dispatch on kinds. Lognormal and gamma are given by mean and coefficient of
 * variation (CV), the way call-centre data are usually summarised.
 */
import gammaFunction from '@stdlib/math-base-special-gamma';
import { exp, ln, pow } from './portable-math.ts';
import type { RandomStream } from './random.ts';

export type Distribution =
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'exponential'; readonly mean: number }
  | { readonly kind: 'lognormal'; readonly mean: number; readonly cv: number }
  | { readonly kind: 'gamma'; readonly mean: number; readonly cv: number }
  | { readonly kind: 'weibull'; readonly mean: number; readonly shape: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number };

export type Sampler = (rng: RandomStream) => number;

export function compileSampler(d: Distribution): Sampler {
  switch (d.kind) {
    case 'fixed': {
      const value = d.value;
      return () => value;
    }
    case 'exponential': {
      const mean = d.mean;
      return (rng) => rng.exponential(mean);
    }
    case 'lognormal': {
      if (d.cv === 0) return () => d.mean;
      const sigma2 = ln(1 + d.cv * d.cv);
      const mu = ln(d.mean) - sigma2 / 2;
      const sigma = Math.sqrt(sigma2);
      return (rng) => exp(mu + sigma * rng.standardNormal());
    }
    case 'gamma': {
      if (d.cv === 0) return () => d.mean;
      const shape = 1 / (d.cv * d.cv);
      const scale = d.mean / shape;
      return (rng) => rng.gamma(shape, scale);
    }
    case 'weibull': {
      const scale = d.mean / gammaFunction(1 + 1 / d.shape);
      const inverseShape = 1 / d.shape;
      return (rng) => scale * pow(-ln(rng.uniform()), inverseShape);
    }
    case 'uniform': {
      const { min, max } = d;
      return (rng) => min + (max - min) * rng.uniform();
    }
    case 'triangular': {
      const { min, mode, max } = d;
      if (max === min) return () => min;
      const split = (mode - min) / (max - min);
      return (rng) => {
        const u = rng.uniform();
        return u < split
          ? min + Math.sqrt(u * (max - min) * (mode - min))
          : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      };
    }
  }
}

/** The distribution's mean in seconds. */
export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'weibull':
      return d.mean;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
  }
}
