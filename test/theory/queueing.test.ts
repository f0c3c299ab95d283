import { describe, it, expect } from 'vitest';
import { erlangA, erlangB, erlangC, mmc, mmcK, priorityMMC } from '../../src/theory/queueing.ts';

// ---------------------------------------------------------------------------
// Independent reference implementations (deliberately different methods).
// ---------------------------------------------------------------------------

/** |actual − expected| <= rel·|expected| + abs. */
function expectClose(actual: number, expected: number, rel = 1e-9, abs = 0): void {
  const err = Math.abs(actual - expected);
  const bound = rel * Math.abs(expected) + abs;
  if (!(err <= bound)) throw new Error(`expected ${actual} to be within ${bound} of ${expected} (error ${err})`);
  expect(err).toBeLessThanOrEqual(bound);
}

/** Nearest double to the positive rational n/d (BigInt, exact up to final rounding). */
function ratio(n: bigint, d: bigint): number {
  const shift = d.toString().length - n.toString().length + 30;
  const q = shift >= 0 ? (n * 10n ** BigInt(shift)) / d : n / (d * 10n ** BigInt(-shift));
  return Number.parseFloat(`${q}e${-shift}`);
}

/** Exact Erlang B as a fraction for a rational load a = p/q: B = (a^c/c!) / Σ_k a^k/k!. */
function exactErlangB(c: number, p: bigint, q: bigint): [bigint, bigint] {
  // Multiply every term by q^c·c!: term_k = p^k q^(c−k) c!/k!.
  let den = 0n;
  let fall = 1n; // c!/k!, built from k = c downward
  const terms: bigint[] = [];
  for (let k = c; k >= 0; k--) {
    terms.push(p ** BigInt(k) * q ** BigInt(c - k) * fall);
    fall *= BigInt(k === 0 ? 1 : k);
  }
  for (const t of terms) den += t;
  return [p ** BigInt(c), den];
}
function exactB(c: number, p: bigint, q = 1n): number {
  const [n, d] = exactErlangB(c, p, q);
  return ratio(n, d);
}
/** Exact Erlang C: C = cB / (c − a(1 − B)) with B = N/D, a = p/q  =>  c·q·N / (c·q·D − p(D − N)). */
function exactC(c: number, p: bigint, q = 1n): number {
  const [n, d] = exactErlangB(c, p, q);
  const C = BigInt(c);
  return ratio(C * q * n, C * q * d - p * (d - n));
}

/** Stationary distribution of a birth–death chain on 0..N by log-space products and log-sum-exp. */
function logSpaceBirthDeath(lambda: number, death: (n: number) => number, N: number): number[] {
  const logs = [0];
  for (let n = 1; n <= N; n++) logs.push((logs[n - 1] ?? 0) + Math.log(lambda) - Math.log(death(n)));
  const max = Math.max(...logs);
  const w = logs.map((l) => Math.exp(l - max));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/** P(Poisson(a) >= c) by a log-space pmf sum. */
function poissonTail(a: number, c: number): { tail: number; excess: number } {
  let logFact = 0;
  let tail = 0, excess = 0;
  for (let n = 0; n < a + 40 * Math.sqrt(a) + 100; n++) {
    if (n > 0) logFact += Math.log(n);
    const pmf = Math.exp(-a + n * Math.log(a) - logFact);
    if (n >= c) {
      tail += pmf;
      excess += (n - c) * pmf;
    }
  }
  return { tail, excess };
}

/** Erlang A stationary distribution via the log-space reference (fixed, generous truncation). */
function erlangAReference(lam: number, mu: number, theta: number, c: number, N: number): number[] {
  return logSpaceBirthDeath(lam, (n) => Math.min(n, c) * mu + Math.max(n - c, 0) * theta, N);
}

/**
 * P(served with wait <= t) for Erlang A by RK4 integration of the forward equations of the tagged
 * customer's position chain (v_k = prob. of k ahead and still waiting; S = prob. already served).
 */
function erlangAServiceLevelRK4(lam: number, mu: number, theta: number, c: number, t: number, h: number): number {
  const pi = erlangAReference(lam, mu, theta, c, c + 150);
  const v0 = pi.slice(c);
  const pNoWait = pi.slice(0, c).reduce((a, b) => a + b, 0);
  const cm = c * mu;
  const J = v0.length;
  const deriv = (v: number[]): [number[], number] => {
    const d = v.map((x, k) => -(cm + (k + 1) * theta) * x + (k + 1 < J ? (cm + (k + 1) * theta) * (v[k + 1] ?? 0) : 0));
    return [d, cm * (v[0] ?? 0)];
  };
  let v = v0;
  let S = 0;
  const steps = Math.round(t / h);
  const axpy = (x: number[], a: number, y: number[]): number[] => x.map((xi, i) => xi + a * (y[i] ?? 0));
  for (let s = 0; s < steps; s++) {
    const [k1, s1] = deriv(v);
    const [k2, s2] = deriv(axpy(v, h / 2, k1));
    const [k3, s3] = deriv(axpy(v, h / 2, k2));
    const [k4, s4] = deriv(axpy(v, h, k3));
    v = v.map((x, i) => x + (h / 6) * ((k1[i] ?? 0) + 2 * (k2[i] ?? 0) + 2 * (k3[i] ?? 0) + (k4[i] ?? 0)));
    S += (h / 6) * (s1 + 2 * s2 + 2 * s3 + s4);
  }
  return pNoWait + S;
}

/** Composite 3-point Gauss–Legendre quadrature of f on [0, T]. */
function integrate(f: (t: number) => number, T: number, panels: number): number {
  const h = T / panels;
  const x = Math.sqrt(3 / 5);
  let s = 0;
  for (let i = 0; i < panels; i++) {
    const m = (i + 0.5) * h;
    s += (h / 2) * ((5 / 9) * f(m - (x * h) / 2) + (8 / 9) * f(m) + (5 / 9) * f(m + (x * h) / 2));
  }
  return s;
}

// ---------------------------------------------------------------------------

describe('erlangB', () => {
  it('matches the published table value B(10 servers, 5 Erlangs) = 0.01838', () => {
    const b = erlangB(10, 5);
    expect(b).toBeCloseTo(0.01838, 5);
    expectClose(b, 0.0183845703366, 1e-11); // digits from the exact BigInt fraction below
    expectClose(b, exactB(10, 5n), 1e-13);
  });

  it('equals a/(1+a) for one server and 0.2 for two servers at one Erlang', () => {
    for (const a of [0.1, 0.5, 1, 3.7, 50]) expectClose(erlangB(1, a), a / (1 + a), 1e-14);
    expectClose(erlangB(2, 1), 0.2, 1e-14);
  });

  it('agrees with the exact rational formula evaluated in BigInt for integer and fractional loads', () => {
    const cases: [number, bigint, bigint][] = [
      [1, 1n, 1n], [5, 2n, 1n], [10, 5n, 1n], [11, 10n, 1n], [20, 15n, 1n], [50, 57n, 1n],
      [30, 51n, 2n], [7, 13n, 10n], [100, 1013n, 10n], [200, 180n, 1n],
    ];
    for (const [c, p, q] of cases) expectClose(erlangB(c, Number(p) / Number(q)), exactB(c, p, q), 1e-12);
  });

  it('stays accurate for 1000 servers at 950 Erlangs and for loads of 1000 Erlangs', () => {
    expectClose(erlangB(1000, 950), exactB(1000, 950n), 1e-11);
    expectClose(erlangB(1000, 1000), exactB(1000, 1000n), 1e-11);
    expectClose(erlangB(800, 1000), exactB(800, 1000n), 1e-11);
  });

  it('is zero at zero load and decreases as servers are added', () => {
    expect(erlangB(3, 0)).toBe(0);
    let prev = 1;
    for (let c = 1; c <= 30; c++) {
      const b = erlangB(c, 12);
      expect(b).toBeLessThan(prev);
      prev = b;
    }
  });
});

describe('erlangC', () => {
  it('equals the utilisation ρ for a single server (M/M/1)', () => {
    for (const a of [0.01, 0.3, 0.9, 0.999]) expectClose(erlangC(1, a), a, 1e-13);
  });

  it('equals 1/3 for two servers at one Erlang (2ρ²/(1+ρ) with ρ = 1/2)', () => {
    expectClose(erlangC(2, 1), 1 / 3, 1e-14);
  });

  it('reproduces the classic call-centre example: 10 Erlangs on 11 agents waits with probability 68.21%', () => {
    // 100 calls per 30 minutes, 180 s handling time => 10 Erlangs.
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    expect(erlangC(14, 10)).toBeCloseTo(0.1741, 4);
    expectClose(erlangC(11, 10), exactC(11, 10n), 1e-13);
  });

  it('agrees with the exact rational formula in BigInt, including 1000 servers at 950 Erlangs', () => {
    const cases: [number, bigint, bigint][] = [
      [3, 5n, 2n], [11, 10n, 1n], [25, 22n, 1n], [100, 95n, 1n], [300, 2995n, 10n], [1000, 950n, 1n], [1000, 999n, 1n],
    ];
    for (const [c, p, q] of cases) expectClose(erlangC(c, Number(p) / Number(q)), exactC(c, p, q), 1e-11);
  });

  it('is at least Erlang B and tends to 1 as the load approaches the number of servers', () => {
    for (const a of [1, 5, 9, 9.9]) expect(erlangC(10, a)).toBeGreaterThanOrEqual(erlangB(10, a));
    expect(erlangC(10, 10 - 1e-9)).toBeGreaterThan(1 - 1e-8);
  });
});

describe('mmc', () => {
  it('reproduces the M/M/1 closed forms Wq = ρ/(μ−λ) and Lq = ρ²/(1−ρ)', () => {
    const lam = 0.8, mu = 1.25;
    const rho = lam / mu;
    const r = mmc({ arrivalRate: lam, serviceRate: mu, servers: 1 });
    expectClose(r.probWait, rho, 1e-14);
    expectClose(r.meanWait, rho / (mu - lam), 1e-13);
    expectClose(r.meanQueueLength, rho ** 2 / (1 - rho), 1e-13);
    expectClose(r.occupancy, rho, 1e-14);
    expectClose(r.serviceLevel(2), 1 - rho * Math.exp(-(mu - lam) * 2), 1e-14);
  });

  it('reproduces the classic call-centre example: 11 agents give ASA 122.8 s and 39.0% in 20 s, 14 agents 7.8 s and 88.8%', () => {
    const lam = 100 / 1800, mu = 1 / 180;
    const r11 = mmc({ arrivalRate: lam, serviceRate: mu, servers: 11 });
    expect(r11.meanWait).toBeCloseTo(122.8, 1);
    expect(r11.serviceLevel(20)).toBeCloseTo(0.39, 2);
    const r14 = mmc({ arrivalRate: lam, serviceRate: mu, servers: 14 });
    expect(r14.meanWait).toBeCloseTo(7.8, 1);
    expect(r14.serviceLevel(20)).toBeCloseTo(0.888, 3);
  });

  it('satisfies Little’s law and has occupancy λ/(cμ)', () => {
    const r = mmc({ arrivalRate: 9, serviceRate: 0.5, servers: 20 });
    expectClose(r.meanQueueLength, 9 * r.meanWait, 1e-14);
    expectClose(r.occupancy, 0.9, 1e-14);
    expectClose(r.meanWait, erlangC(20, 18) / (20 * 0.5 - 9), 1e-14);
  });

  it('has serviceLevel(0) = 1 − C, serviceLevel(∞) = 1 and a mean equal to the integral of the wait survival function', () => {
    const r = mmc({ arrivalRate: 4, serviceRate: 1, servers: 5 });
    expectClose(r.serviceLevel(0), 1 - r.probWait, 1e-14);
    expect(r.serviceLevel(Infinity)).toBe(1);
    expectClose(integrate((t) => 1 - r.serviceLevel(t), 60, 600), r.meanWait, 1e-10);
  });

  it('has waitQuantile as the inverse of serviceLevel, returning 0 at or below 1 − C and Infinity at 1', () => {
    const r = mmc({ arrivalRate: 4, serviceRate: 1, servers: 5 });
    expect(r.waitQuantile(0)).toBe(0);
    expect(r.waitQuantile(1 - r.probWait)).toBe(0);
    expect(r.waitQuantile(1)).toBe(Infinity);
    for (const p of [0.5, 0.8, 0.9, 0.99, 0.999999]) {
      const t = r.waitQuantile(p);
      expect(t).toBeGreaterThan(0);
      expectClose(r.serviceLevel(t), p, 1e-12);
    }
  });

  it('is stable for 1000 servers at 950 Erlangs', () => {
    const r = mmc({ arrivalRate: 950, serviceRate: 1, servers: 1000 });
    expectClose(r.probWait, exactC(1000, 950n), 1e-11);
    expectClose(r.meanWait, exactC(1000, 950n) / 50, 1e-11);
    expect(Number.isFinite(r.waitQuantile(0.999))).toBe(true);
  });
});

describe('mmcK', () => {
  it('reproduces the M/M/1/K closed-form distribution', () => {
    const lam = 0.7, mu = 1, K = 6;
    const rho = lam / mu;
    const p = (n: number): number => ((1 - rho) * rho ** n) / (1 - rho ** (K + 1));
    const r = mmcK({ arrivalRate: lam, serviceRate: mu, servers: 1, capacity: K });
    let lq = 0;
    for (let n = 2; n <= K; n++) lq += (n - 1) * p(n);
    expectClose(r.probBlock, p(K), 1e-13);
    expectClose(r.meanQueueLength, lq, 1e-13);
    expectClose(r.occupancy, 1 - p(0), 1e-13);
    expectClose(r.probWait, (1 - p(0) - p(K)) / (1 - p(K)), 1e-13);
    expectClose(r.throughput, lam * (1 - p(K)), 1e-13);
  });

  it('gives a uniform distribution when λ = μ in M/M/1/K', () => {
    const r = mmcK({ arrivalRate: 2, serviceRate: 2, servers: 1, capacity: 9 });
    expectClose(r.probBlock, 0.1, 1e-14);
    expectClose(r.meanQueueLength, (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8) / 10, 1e-14);
  });

  it('reduces to Erlang B when capacity equals servers (M/M/c/c), including 1000 servers at 950 Erlangs', () => {
    for (const [c, a] of [[1, 0.5], [10, 5], [50, 57.3], [1000, 950], [1000, 1000]] as const) {
      const r = mmcK({ arrivalRate: a * 0.25, serviceRate: 0.25, servers: c, capacity: c });
      expectClose(r.probBlock, erlangB(c, a), 1e-11);
      expect(r.probWait).toBe(0);
      expect(r.meanQueueLength).toBe(0);
    }
  });

  it('approaches M/M/c when the capacity is very large', () => {
    for (const [c, lam, mu] of [[1, 0.9, 1], [11, 100 / 1800, 1 / 180], [1000, 950, 1]] as const) {
      const big = mmcK({ arrivalRate: lam, serviceRate: mu, servers: c, capacity: c + 4000 });
      const inf = mmc({ arrivalRate: lam, serviceRate: mu, servers: c });
      expect(big.probBlock).toBeLessThan(1e-15);
      expectClose(big.probWait, inf.probWait, 1e-10);
      expectClose(big.meanWait, inf.meanWait, 1e-10);
      expectClose(big.meanQueueLength, inf.meanQueueLength, 1e-10);
      expectClose(big.occupancy, inf.occupancy, 1e-10);
    }
  });

  it('agrees with a log-space birth–death solution and conserves flow (throughput = μ·busy servers, Little’s law)', () => {
    const lam = 13, mu = 0.6, c = 18, K = 40;
    const pi = logSpaceBirthDeath(lam, (n) => Math.min(n, c) * mu, K);
    const r = mmcK({ arrivalRate: lam, serviceRate: mu, servers: c, capacity: K });
    expectClose(r.probBlock, pi[K] ?? NaN, 1e-11);
    expectClose(r.meanQueueLength, pi.reduce((s, p, n) => s + Math.max(n - c, 0) * p, 0), 1e-11);
    expectClose(r.throughput, mu * c * r.occupancy, 1e-12);
    expectClose(r.meanQueueLength, r.throughput * r.meanWait, 1e-13);
  });

  it('stays valid under overload (λ > cμ) with finite capacity', () => {
    const r = mmcK({ arrivalRate: 30, serviceRate: 1, servers: 10, capacity: 25 });
    expect(r.throughput).toBeLessThanOrEqual(10);
    expectClose(r.throughput, 10 * r.occupancy, 1e-12);
    expectClose(r.probBlock, 1 - r.throughput / 30, 1e-12);
    expect(r.probWait).toBeGreaterThan(0.99);
  });
});

describe('erlangA', () => {
  it('approaches Erlang C as patience becomes very long (θ → 0)', () => {
    for (const [c, lam, mu] of [[3, 2.5, 1], [11, 100 / 1800, 1 / 180], [1000, 950, 1]] as const) {
      const a = erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: 1e-9 * mu, servers: c });
      const m = mmc({ arrivalRate: lam, serviceRate: mu, servers: c });
      expectClose(a.probWait, m.probWait, 1e-6);
      expectClose(a.meanWaitAll, m.meanWait, 1e-6);
      expectClose(a.meanWaitServed, m.meanWait, 1e-6);
      expectClose(a.meanQueueLength, m.meanQueueLength, 1e-6);
      expectClose(a.occupancy, m.occupancy, 1e-6);
      expect(a.probAbandon).toBeLessThan(1e-6);
      for (const t of [0, 0.3 / mu, 1 / mu, 5 / mu]) expectClose(a.serviceLevel(t), m.serviceLevel(t), 1e-6);
    }
  });

  it('behaves as M/M/∞ when θ = μ: probWait = P(Poisson(a) ≥ c) and E[Lq] = E[(N − c)+]', () => {
    for (const [c, a] of [[3, 2.5], [20, 25], [100, 90]] as const) {
      const r = erlangA({ arrivalRate: a * 0.5, serviceRate: 0.5, abandonRate: 0.5, servers: c });
      const ref = poissonTail(a, c);
      expectClose(r.probWait, ref.tail, 1e-11);
      expectClose(r.meanQueueLength, ref.excess, 1e-10);
      expectClose(r.occupancy * c, a - ref.excess, 1e-12);
    }
  });

  it('balances abandonment: λ·probAbandon = θ·E[Lq] and the served fraction is 1 − probAbandon, even when overloaded', () => {
    for (const [lam, mu, theta, c] of [[2.5, 1, 0.5, 3], [5, 1, 0.2, 3], [1.2, 0.01, 0.05, 100], [950, 1, 2, 1000]] as const) {
      const r = erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: theta, servers: c });
      expectClose(lam * r.probAbandon, theta * r.meanQueueLength, 1e-14);
      expectClose(r.serviceLevel(Infinity), 1 - r.probAbandon, 1e-10);
      // Throughput of served customers equals the departure rate of busy servers.
      expectClose(lam * (1 - r.probAbandon), mu * c * r.occupancy, 1e-10);
    }
  });

  it('agrees with a log-space birth–death solution and the phase decomposition E[time in queue | j ahead] = (j+1)/(cμ+(j+1)θ)', () => {
    const lam = 2.5, mu = 1, theta = 0.5, c = 3;
    const pi = erlangAReference(lam, mu, theta, c, 300);
    const r = erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: theta, servers: c });
    let pw = 0, lq = 0, tq = 0, served = 0, servedWait = 0;
    for (const [n, p] of pi.entries()) {
      if (n < c) {
        served += p;
        continue;
      }
      const j = n - c;
      const nu = c * mu + (j + 1) * theta;
      pw += p;
      lq += j * p;
      tq += (p * (j + 1)) / nu;
      let h = 0;
      for (let k = 0; k <= j; k++) h += 1 / (c * mu + (k + 1) * theta);
      served += (p * c * mu) / nu;
      servedWait += ((p * c * mu) / nu) * h;
    }
    expectClose(r.probWait, pw, 1e-11);
    expectClose(r.meanQueueLength, lq, 1e-11);
    expectClose(r.meanWaitAll, tq, 1e-11); // Little's law versus the path of the tagged customer
    expectClose(r.meanWaitServed, servedWait / served, 1e-11);
  });

  it('has serviceLevel(0) = 1 − probWait and a service level that increases to 1 − probAbandon', () => {
    const r = erlangA({ arrivalRate: 2.5, serviceRate: 1, abandonRate: 0.5, servers: 3 });
    expectClose(r.serviceLevel(0), 1 - r.probWait, 1e-14);
    let prev = r.serviceLevel(0);
    for (const t of [0.01, 0.1, 0.5, 1, 2, 5, 10, 30]) {
      const s = r.serviceLevel(t);
      expect(s).toBeGreaterThan(prev);
      prev = s;
    }
    expectClose(r.serviceLevel(30), 1 - r.probAbandon, 1e-12);
  });

  it('matches an RK4 integration of the tagged customer’s forward equations for serviceLevel', () => {
    for (const [lam, mu, theta, c] of [[2.5, 1, 0.5, 3], [5, 1, 0.2, 3], [8, 1, 3, 10]] as const) {
      const r = erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: theta, servers: c });
      for (const t of [0.25, 1, 2]) expectClose(r.serviceLevel(t), erlangAServiceLevelRK4(lam, mu, theta, c, t, 2e-4), 1e-9);
    }
  });

  it('has meanWaitServed equal to the integral of P(served) − serviceLevel(t) divided by P(served)', () => {
    const r = erlangA({ arrivalRate: 2.5, serviceRate: 1, abandonRate: 0.5, servers: 3 });
    const pServed = 1 - r.probAbandon;
    const integral = integrate((t) => pServed - r.serviceLevel(t), 16, 320);
    expectClose(integral / pServed, r.meanWaitServed, 1e-9);
  });

  it('is stable for 1000 servers at 950 Erlangs with realistic call-centre rates', () => {
    const lam = 950 / 300, mu = 1 / 300, theta = 1 / 120, c = 1000;
    const r = erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: theta, servers: c });
    const pi = erlangAReference(lam, mu, theta, c, 1600);
    expectClose(r.probWait, pi.slice(c).reduce((a, b) => a + b, 0), 1e-10);
    expectClose(lam * r.probAbandon, theta * r.meanQueueLength, 1e-14);
    expect(r.probWait).toBeLessThan(erlangC(c, 950));
    const sl = r.serviceLevel(20);
    expect(sl).toBeGreaterThan(1 - r.probWait);
    expect(sl).toBeLessThan(1 - r.probAbandon);
    for (const v of [r.meanWaitAll, r.meanWaitServed, r.occupancy, sl]) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('priorityMMC', () => {
  it('reduces to the M/M/c FCFS mean wait with a single class', () => {
    const r = priorityMMC({ arrivalRates: [9], serviceRate: 0.5, servers: 20 });
    const m = mmc({ arrivalRate: 9, serviceRate: 0.5, servers: 20 });
    expectClose(r.classes[0]?.meanWait ?? NaN, m.meanWait, 1e-14);
    expectClose(r.probWait, m.probWait, 1e-14);
  });

  it('matches Cobham’s formula computed by hand for two classes on one server', () => {
    // M/M/1, μ = 1, λ = (0.3, 0.5): W0 = ρ/μ/(1−σ0), W1 = ρ/μ/((1−σ0)(1−σ)).
    const r = priorityMMC({ arrivalRates: [0.3, 0.5], serviceRate: 1, servers: 1 });
    expectClose(r.classes[0]?.meanWait ?? NaN, 0.8 / 0.7, 1e-14);
    expectClose(r.classes[1]?.meanWait ?? NaN, 0.8 / (0.7 * 0.2), 1e-14);
    expectClose(r.probWait, 0.8, 1e-14);
  });

  it('obeys the conservation law: the λ-weighted average of class waits equals the FCFS mean wait', () => {
    for (const [rates, mu, c] of [[[1, 2, 3], 1, 7], [[0.01, 0.02, 0.005, 0.01], 1 / 180, 9], [[300, 0, 650], 1, 1000]] as const) {
      const r = priorityMMC({ arrivalRates: [...rates], serviceRate: mu, servers: c });
      const lam = rates.reduce((a: number, b: number) => a + b, 0);
      const m = mmc({ arrivalRate: lam, serviceRate: mu, servers: c });
      const weighted = r.classes.reduce((s, k) => s + k.arrivalRate * k.meanWait, 0) / lam;
      expectClose(weighted, m.meanWait, 1e-12);
      expectClose(r.meanWait, m.meanWait, 1e-14);
      expectClose(r.probWait, m.probWait, 1e-14);
    }
  });

  it('gives higher-priority classes shorter waits', () => {
    const r = priorityMMC({ arrivalRates: [2, 2, 2, 2], serviceRate: 1, servers: 9 });
    for (let k = 1; k < 4; k++) expect(r.classes[k]?.meanWait).toBeGreaterThan(r.classes[k - 1]?.meanWait ?? Infinity);
  });
});

describe('input validation', () => {
  const bad = (f: () => unknown, name: RegExp): void => {
    expect(f).toThrow(RangeError);
    expect(f).toThrow(name);
  };

  it('rejects server counts that are not positive integers with a RangeError naming servers', () => {
    for (const c of [0, -1, 2.5, NaN, Infinity]) {
      bad(() => erlangB(c, 1), /servers/);
      bad(() => erlangC(c, 0.5), /servers/);
      bad(() => mmc({ arrivalRate: 1, serviceRate: 1, servers: c }), /servers/);
      bad(() => mmcK({ arrivalRate: 1, serviceRate: 1, servers: c, capacity: 5 }), /servers/);
      bad(() => erlangA({ arrivalRate: 1, serviceRate: 1, abandonRate: 1, servers: c }), /servers/);
      bad(() => priorityMMC({ arrivalRates: [1], serviceRate: 1, servers: c }), /servers/);
    }
  });

  it('rejects negative or non-finite offered loads and loads at or above c for Erlang C', () => {
    bad(() => erlangB(3, -1), /offeredLoad/);
    bad(() => erlangB(3, NaN), /offeredLoad/);
    bad(() => erlangC(3, 3), /offeredLoad.*< servers/);
    bad(() => erlangC(3, 4), /offeredLoad/);
  });

  it('rejects rates that are zero, negative or not finite, naming the rate', () => {
    for (const x of [0, -2, NaN, Infinity]) {
      bad(() => mmc({ arrivalRate: x, serviceRate: 1, servers: 2 }), /arrivalRate/);
      bad(() => mmc({ arrivalRate: 1, serviceRate: x, servers: 2 }), /serviceRate/);
      bad(() => mmcK({ arrivalRate: x, serviceRate: 1, servers: 2, capacity: 3 }), /arrivalRate/);
      bad(() => erlangA({ arrivalRate: 1, serviceRate: 1, abandonRate: x, servers: 2 }), /abandonRate/);
      bad(() => priorityMMC({ arrivalRates: [1], serviceRate: x, servers: 2 }), /serviceRate/);
    }
  });

  it('rejects an unstable M/M/c and priority queue (λ ≥ cμ)', () => {
    bad(() => mmc({ arrivalRate: 2, serviceRate: 1, servers: 2 }), /arrivalRate/);
    bad(() => priorityMMC({ arrivalRates: [1, 1.5], serviceRate: 1, servers: 2 }), /arrivalRates/);
  });

  it('rejects a capacity below the number of servers or not an integer', () => {
    bad(() => mmcK({ arrivalRate: 1, serviceRate: 1, servers: 3, capacity: 2 }), /capacity/);
    bad(() => mmcK({ arrivalRate: 1, serviceRate: 1, servers: 3, capacity: 4.5 }), /capacity/);
  });

  it('rejects empty or negative per-class arrival rates, naming the class', () => {
    bad(() => priorityMMC({ arrivalRates: [], serviceRate: 1, servers: 2 }), /arrivalRates/);
    bad(() => priorityMMC({ arrivalRates: [0.5, -0.1], serviceRate: 1, servers: 2 }), /arrivalRates\[1\]/);
    bad(() => priorityMMC({ arrivalRates: [0, 0], serviceRate: 1, servers: 2 }), /arrivalRates/);
  });

  it('rejects negative target waits and probabilities outside [0, 1]', () => {
    const m = mmc({ arrivalRate: 1, serviceRate: 1, servers: 2 });
    const a = erlangA({ arrivalRate: 1, serviceRate: 1, abandonRate: 1, servers: 2 });
    bad(() => m.serviceLevel(-1), /targetWait/);
    bad(() => a.serviceLevel(NaN), /targetWait/);
    bad(() => m.waitQuantile(1.5), /\bp\b/);
    bad(() => m.waitQuantile(-0.1), /\bp\b/);
  });
});
