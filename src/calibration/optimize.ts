/**
 * Nelder–Mead minimisation, for the censored likelihoods of `censored-fit.ts` (two
 * parameters, smooth, no gradient at hand). Written here because @stdlib has no optimiser
 * and the npm ones are unmaintained; the method is Lagarias et al. (1998)'s standard
 * coefficients (reflection 1, expansion 2, contraction ½, shrink ½).
 */
export interface Minimum {
  readonly x: readonly number[];
  readonly value: number;
  readonly iterations: number;
}

export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: { step?: number; tolerance?: number; maxIterations?: number } = {}): Minimum {
  const n = start.length;
  const step = options.step ?? 0.1;
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 500 * n;
  const value = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let simplex = [start.slice(), ...start.map((_, i) => start.map((s, j) => (i === j ? s + (s === 0 ? step : step * Math.max(1, Math.abs(s))) : s)))];
  let values = simplex.map(value);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
    simplex = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    if (Math.abs(values[n]! - values[0]!) <= tolerance * (Math.abs(values[0]!) + tolerance)) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j]!, 0) / n);
    const toward = (t: number) => centroid.map((c, j) => c + t * (simplex[n]![j]! - c));
    const reflected = toward(-1);
    const fr = value(reflected);
    if (fr < values[0]!) {
      const expanded = toward(-2);
      const fe = value(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]!) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n]! ? toward(-0.5) : toward(0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, values[n]!)) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i]!.map((x, j) => simplex[0]![j]! + 0.5 * (x - simplex[0]![j]!));
          values[i] = value(simplex[i]!);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { x: simplex[best]!, value: values[best]!, iterations };
}
