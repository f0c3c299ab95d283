/**
 * Exact queueing-theory formulas used to check the simulator.
 *
 * Rates may be given in any consistent unit (per second in this project); every
 * time that comes back (waits, quantiles) is in the reciprocal unit. All
 * computations use stable recurrences or mode-anchored products, so nothing
 * overflows for thousands of servers and loads of thousands of Erlangs.
 */

function fail(name: string, range: string, value: unknown): never {
  throw new RangeError(`${name} must be ${range}; got ${String(value)}`);
}
function checkServers(name: string, c: number): void {
  if (!Number.isInteger(c) || c < 1) fail(name, 'a positive integer (1, 2, 3, …)', c);
}
function checkRate(name: string, r: number): void {
  if (typeof r !== 'number' || !Number.isFinite(r) || r <= 0) fail(name, 'a finite number > 0', r);
}
function checkLoad(name: string, a: number): void {
  if (typeof a !== 'number' || !Number.isFinite(a) || a < 0) fail(name, 'a finite number >= 0', a);
}
function checkTime(name: string, t: number): void {
  if (typeof t !== 'number' || Number.isNaN(t) || t < 0) fail(name, 'a number >= 0 (Infinity allowed)', t);
}
function checkProb(name: string, p: number): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) fail(name, 'a probability in [0, 1]', p);
}

/** Relative tail mass below which an adaptively truncated chain is cut. */
const TAIL = 1e-17;
/** Hard cap on the number of states of a birth–death chain. */
const MAX_STATES = 20_000_000;

/**
 * Stationary distribution of a birth–death chain with constant birth rate `lambda`
 * and nondecreasing death rates `death(n)` on 0..maxN (maxN = Infinity: truncated
 * adaptively once the remaining tail is < TAIL). The unnormalised weights are
 * anchored at 1 at the mode and built outward, so every term is <= 1 and no
 * product can overflow; terms that underflow are negligible.
 */
function birthDeath(lambda: number, death: (n: number) => number, maxN: number, tooBig: () => never): number[] {
  let mode = 0;
  while (mode < maxN && death(mode + 1) <= lambda) if (++mode > MAX_STATES) tooBig();
  const q: number[] = [];
  let x = 1;
  for (let n = mode; n > 0; n--) q.push((x = (x * death(n)) / lambda));
  q.reverse();
  q.push(1);
  let sum = 0;
  for (const v of q) sum += v;
  x = 1;
  for (let n = mode + 1; n <= maxN; n++) {
    x = (x * lambda) / death(n);
    q.push(x);
    sum += x;
    if (maxN === Infinity) {
      const r = lambda / death(n + 1); // < 1 beyond the mode: geometric bound on the tail
      if ((x * r) / (1 - r) < TAIL * sum) break;
      if (n > MAX_STATES) tooBig();
    }
  }
  return q.map((v) => v / sum);
}

/**
 * Poisson(x) probabilities covering all but ~1e-20 of the mass, built outward
 * from the mode (no underflow of e^{-x}), renormalised. Weight i is for m = start + i.
 */
function poissonWeights(x: number): { start: number; w: number[] } {
  const m0 = Math.floor(x);
  const lo: number[] = [];
  let v = 1;
  for (let m = m0; m > 0 && v > 1e-22; m--) lo.push((v = (v * m) / x));
  const start = m0 - lo.length;
  const w = lo.reverse();
  w.push(1);
  v = 1;
  for (let m = m0 + 1; v > 1e-22; m++) w.push((v = (v * x) / m));
  let sum = 0;
  for (const u of w) sum += u;
  return { start, w: w.map((u) => u / sum) };
}

/**
 * M/M/c/c (Erlang loss system): probability that an arrival is blocked, Erlang B.
 * Assumptions: Poisson arrivals, exponential service, `servers` identical servers, no waiting room;
 * `offeredLoad` = arrival rate / service rate in Erlangs. Uses B(0)=1, B(k)=a·B(k−1)/(k+a·B(k−1)).
 */
export function erlangB(servers: number, offeredLoad: number): number {
  checkServers('servers', servers);
  checkLoad('offeredLoad', offeredLoad);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/**
 * M/M/c (Erlang delay system): probability that an arrival has to wait, Erlang C.
 * Assumptions: Poisson arrivals, exponential service, `servers` servers, infinite queue, no
 * abandonment; requires 0 <= offeredLoad < servers. Computed as C = B / (1 − ρ(1 − B)).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  checkServers('servers', servers);
  checkLoad('offeredLoad', offeredLoad);
  if (!(offeredLoad < servers)) fail('offeredLoad', `< servers (${servers}) for a stable M/M/c queue`, offeredLoad);
  const b = erlangB(servers, offeredLoad);
  return b / (1 - (offeredLoad / servers) * (1 - b));
}

export interface MMCResult {
  /** Probability an arrival waits (Erlang C). */ probWait: number;
  /** Mean wait in queue over all arrivals. */ meanWait: number;
  /** Time-average number waiting. */ meanQueueLength: number;
  /** Server utilisation λ/(cμ). */ occupancy: number;
  /** P(wait <= targetWait). */ serviceLevel(targetWait: number): number;
  /** Smallest t with P(wait <= t) >= p (0 when p <= 1 − C; Infinity at p = 1). */ waitQuantile(p: number): number;
}

/**
 * M/M/c FCFS queue: waiting-time measures.
 * Assumptions: Poisson arrivals (rate arrivalRate), exponential service (rate serviceRate per server),
 * `servers` servers, infinite patient FCFS queue; requires arrivalRate < servers·serviceRate.
 */
export function mmc(p: { arrivalRate: number; serviceRate: number; servers: number }): MMCResult {
  const { arrivalRate: lam, serviceRate: mu, servers: c } = p;
  checkRate('arrivalRate', lam);
  checkRate('serviceRate', mu);
  checkServers('servers', c);
  if (!(lam < c * mu)) fail('arrivalRate', `< servers·serviceRate (${c * mu}) for a stable M/M/c queue`, lam);
  const C = erlangC(c, lam / mu);
  const gap = c * mu - lam;
  const meanWait = C / gap;
  return {
    probWait: C,
    meanWait,
    meanQueueLength: lam * meanWait,
    occupancy: lam / (c * mu),
    serviceLevel(targetWait: number): number {
      checkTime('targetWait', targetWait);
      return 1 - C * Math.exp(-gap * targetWait);
    },
    waitQuantile(q: number): number {
      checkProb('p', q);
      if (q <= 1 - C) return 0;
      return Math.max(0, Math.log(C / (1 - q)) / gap);
    },
  };
}

export interface MMCKResult {
  /** Probability an arrival finds the system full (K in system) and is lost. */ probBlock: number;
  /** Probability an admitted customer waits (finds all c busy but is not blocked). */ probWait: number;
  /** Mean wait in queue over admitted customers. */ meanWait: number;
  /** Time-average number waiting. */ meanQueueLength: number;
  /** Mean number of busy servers / c. */ occupancy: number;
  /** Rate of admitted (= served) customers, λ(1 − probBlock). */ throughput: number;
}

/**
 * M/M/c/K queue with finite capacity K (maximum number in system, waiting + in service).
 * Assumptions: Poisson arrivals, exponential service, c servers, FCFS, arrivals finding K in system
 * are lost; capacity is an integer >= servers; any load (overload allowed).
 */
export function mmcK(p: { arrivalRate: number; serviceRate: number; servers: number; capacity: number }): MMCKResult {
  const { arrivalRate: lam, serviceRate: mu, servers: c, capacity: K } = p;
  checkRate('arrivalRate', lam);
  checkRate('serviceRate', mu);
  checkServers('servers', c);
  if (!Number.isInteger(K) || K < c) fail('capacity', `an integer >= servers (${c})`, K);
  if (K > MAX_STATES) fail('capacity', `<= ${MAX_STATES}`, K);
  const pi = birthDeath(lam, (n) => Math.min(n, c) * mu, K, () => fail('capacity', `<= ${MAX_STATES}`, K));
  let admitted = 0, waitAdmitted = 0, lq = 0, busy = 0;
  for (const [n, v] of pi.entries()) {
    busy += Math.min(n, c) * v;
    if (n < K) admitted += v;
    if (n >= c && n < K) waitAdmitted += v;
    if (n > c) lq += (n - c) * v;
  }
  const throughput = lam * admitted;
  return {
    probBlock: pi[K] ?? 0,
    probWait: waitAdmitted / admitted,
    meanWait: lq / throughput,
    meanQueueLength: lq,
    occupancy: busy / c,
    throughput,
  };
}

export interface ErlangAResult {
  /** Probability an arrival finds all servers busy (PASTA). */ probWait: number;
  /** Fraction of arrivals who abandon, θ·E[Lq]/λ. */ probAbandon: number;
  /** Time-average number waiting. */ meanQueueLength: number;
  /** Mean time in queue over all arrivals (served or abandoned), E[Lq]/λ. */ meanWaitAll: number;
  /** Mean wait of served customers (including those served at once). */ meanWaitServed: number;
  /** Mean number of busy servers / c. */ occupancy: number;
  /** Fraction of ALL arrivals served with wait <= targetWait (abandoned = not answered). */
  serviceLevel(targetWait: number): number;
}

/**
 * M/M/c+M queue (Erlang A): c servers with exponentially impatient customers.
 * Assumptions: Poisson arrivals, exponential service, FCFS, exponential patience with rate θ
 * (abandonRate) active only while waiting; any load (abandonment keeps the system stable).
 * The chain with death rate min(n,c)μ + max(n−c,0)θ is truncated where its tail is < 1e-17.
 * A customer finding j waiting ahead passes phases k = j..0 of rate cμ + (k+1)θ, in each of which
 * he abandons with probability θ/(cμ+(k+1)θ); so P(served | j) = cμ/(cμ+(j+1)θ) and, given
 * service, his wait is hypoexponential with those rates (evaluated by uniformisation).
 */
export function erlangA(p: { arrivalRate: number; serviceRate: number; abandonRate: number; servers: number }): ErlangAResult {
  const { arrivalRate: lam, serviceRate: mu, abandonRate: theta, servers: c } = p;
  checkRate('arrivalRate', lam);
  checkRate('serviceRate', mu);
  checkRate('abandonRate', theta);
  checkServers('servers', c);
  const cm = c * mu;
  const death = (n: number): number => (n <= c ? n * mu : cm + (n - c) * theta);
  const tooBig = (): never => fail('abandonRate', `large enough that the queue stays below ${MAX_STATES} (try a larger value)`, theta);
  const pi = birthDeath(lam, death, Infinity, tooBig);
  const queued: number[] = []; // queued[j] = P(arrival finds j waiting ahead, all servers busy)
  let pNoWait = 0, pWait = 0, lq = 0, busy = 0, served = 0, servedWait = 0, h = 0;
  for (const [n, v] of pi.entries()) {
    busy += Math.min(n, c) * v;
    if (n < c) {
      pNoWait += v;
      continue;
    }
    const j = n - c;
    const nu = cm + (j + 1) * theta;
    h += 1 / nu; // E[wait | served, j] = Σ_{k<=j} 1/(cμ+(k+1)θ)
    pWait += v;
    lq += j * v;
    served += (v * cm) / nu;
    servedWait += ((v * cm) / nu) * h;
    queued.push(v);
  }
  served += pNoWait;
  return {
    probWait: pWait,
    probAbandon: (theta * lq) / lam,
    meanQueueLength: lq,
    meanWaitAll: lq / lam,
    meanWaitServed: servedWait / served,
    occupancy: busy / c,
    serviceLevel(targetWait: number): number {
      checkTime('targetWait', targetWait);
      if (targetWait === Infinity) return served;
      const J = queued.length;
      if (J === 0 || targetWait === 0) return pNoWait;
      // Uniformise the tagged customer's phase chain at rate L = max phase rate; state k = number
      // ahead; from k the customer advances at rate cμ + kθ (to k−1, or to service from k = 0).
      const L = cm + J * theta;
      const { start, w } = poissonWeights(L * targetWait);
      const v = queued.slice();
      let S = 0, acc = 0;
      const end = start + w.length - 1;
      for (let m = 0; m <= end; m++) {
        if (m >= start) acc += (w[m - start] ?? 0) * S;
        S += ((v[0] ?? 0) * cm) / L;
        for (let k = 0; k < J; k++) {
          const stay = ((J - 1 - k) * theta) / L;
          v[k] = (v[k] ?? 0) * stay + (k + 1 < J ? ((v[k + 1] ?? 0) * (cm + (k + 1) * theta)) / L : 0);
        }
      }
      return pNoWait + acc;
    },
  };
}

export interface PriorityMMCResult {
  /** Probability an arrival (any class) waits: Erlang C of the total load. */ probWait: number;
  /** Overall mean wait (= FCFS M/M/c mean wait, by conservation). */ meanWait: number;
  /** Per class, 0 = highest priority. */ classes: { arrivalRate: number; meanWait: number; meanQueueLength: number }[];
}

/**
 * Non-preemptive priority M/M/c queue (Cobham's formula), class 0 the highest priority.
 * Assumptions: Poisson arrivals per class, identical exponential service for all classes, c servers,
 * FCFS within a class, no abandonment; total arrival rate < servers·serviceRate. Class rates may be 0.
 * W_k = (C(c,a)/(cμ)) / ((1 − σ_{k−1})(1 − σ_k)), σ_k = Σ_{i<=k} λ_i/(cμ).
 */
export function priorityMMC(p: { arrivalRates: number[]; serviceRate: number; servers: number }): PriorityMMCResult {
  const { arrivalRates, serviceRate: mu, servers: c } = p;
  if (!Array.isArray(arrivalRates) || arrivalRates.length === 0) fail('arrivalRates', 'a non-empty array of rates', arrivalRates);
  arrivalRates.forEach((r, i) => {
    if (typeof r !== 'number' || !Number.isFinite(r) || r < 0) fail(`arrivalRates[${i}]`, 'a finite number >= 0', r);
  });
  checkRate('serviceRate', mu);
  checkServers('servers', c);
  const lam = arrivalRates.reduce((s, r) => s + r, 0);
  const cm = c * mu;
  if (!(lam > 0 && lam < cm)) fail('arrivalRates', `to sum to a total > 0 and < servers·serviceRate (${cm})`, lam);
  const C = erlangC(c, lam / mu);
  let prev = 0;
  const classes = arrivalRates.map((r) => {
    const sigma = prev + r / cm;
    const meanWait = C / cm / ((1 - prev) * (1 - sigma));
    prev = sigma;
    return { arrivalRate: r, meanWait, meanQueueLength: r * meanWait };
  });
  return { probWait: C, meanWait: C / (cm - lam), classes };
}
