/**
 * `npm run bench`: speed and memory of the engine on fixed models.
 * (a) M/M/20 at 90% load written as a scenario and run through the full model, beside a
 *     fair bare loop of the same queue in the same process: the model's own event calendar
 *     (`Kernel`), named xoshiro streams and compiled samplers, an array as the FCFS queue and
 *     a sum of waits, and no model code. The ratio model/bare is what the model's own code
 *     costs, and what to watch on a shared, noisy machine. A second line keeps the old bare
 *     loop of simjs timers with simjs's Mersenne Twister, which flatters the model.
 * (b) one simulated year of the baseline scenario, with peak heap, against a quarter year
 *     to show memory stays flat as simulated time grows.
 * (c) replications per second of a one-week baseline.
 * (d) an overloaded baseline (2,000 calls/h for 90 days, callers hanging up in a starved
 *     lane) against the normal one: peak live heap, which must stay within 1.3×.
 * (e) planning: a 5-point sweep of the major incident and its standby sizing.
 * (f) the command line as `npm run sim` starts it (its prebuilt bundle): 100 one-week baseline
 *     replications on one thread and on every core (whole processes, startup included), and
 *     as one-thread processes side by side sharing them (the machine's bound), alternated,
 *     median of 3.
 * `npm run bench -- d` runs only the named sections.
 */
import { simulateCallCentre } from '../../models/call-centre.ts';
import { compileSampler } from '../../src/engine/distributions.ts';
import { Kernel } from '../../src/engine/kernel.ts';
import { RandomStreams } from '../../src/engine/random.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { Entity, Random, Sim } from '../../src/engine/simjs.ts';
import { bundled, bundledJson } from '../support/scenarios.ts';
import { textbookScenario } from '../support/textbook.ts';

const CUSTOMERS = 1_000_000;
const LAMBDA = 0.18;
const MU = 0.01;

/** The fair bare loop: the model's calendar, generator and samplers, nothing else. */
function fairBareLoop(customers: number, seed: number): { seconds: number; events: number; meanWait: number } {
  const kernel = new Kernel();
  const streams = new RandomStreams(seed);
  const arrivals = streams.stream('arrivals');
  const service = streams.stream('service');
  const interarrival = compileSampler({ kind: 'exponential', mean: 1 / LAMBDA });
  const handle = compileSampler({ kind: 'exponential', mean: 1 / MU });
  let free = 20;
  let arrived = 0;
  let waitSum = 0;
  const queue: number[] = [];
  let head = 0;
  const depart = () => {
    if (head < queue.length) {
      waitSum += kernel.now() - queue[head++]!;
      kernel.after(handle(service), depart, undefined);
    } else free++;
  };
  const arrive = () => {
    arrived++;
    if (free > 0) {
      free--;
      kernel.after(handle(service), depart, undefined);
    } else queue.push(kernel.now());
    if (arrived < customers) kernel.after(interarrival(arrivals), arrive, undefined);
  };
  const started = performance.now();
  kernel.after(interarrival(arrivals), arrive, undefined);
  kernel.runUntil(Infinity);
  return { seconds: (performance.now() - started) / 1000, events: kernel.eventCount, meanWait: waitSum / customers };
}

function bareSimjsLoop(customers: number, seed: number): { seconds: number; events: number } {
  const sim = new Sim();
  const rng = new Random(seed);
  class Source extends Entity {
    start(): void {}
  }
  const entity = sim.addEntity(Source);
  let free = 20;
  let arrived = 0;
  const queue: number[] = [];
  let head = 0;
  let events = 0;
  const depart = () => {
    events++;
    if (head < queue.length) {
      head++;
      entity.setTimer(rng.exponential(MU)).done(depart);
    } else free++;
  };
  const arrive = () => {
    events++;
    arrived++;
    if (free > 0) {
      free--;
      entity.setTimer(rng.exponential(MU)).done(depart);
    } else queue.push(sim.time());
    if (arrived < customers) entity.setTimer(rng.exponential(LAMBDA)).done(arrive);
  };
  const started = performance.now();
  entity.setTimer(rng.exponential(LAMBDA)).done(arrive);
  sim.simulate(Infinity);
  return { seconds: (performance.now() - started) / 1000, events };
}

function fullModel(customers: number, seed: number) {
  const days = customers / LAMBDA / 86_400;
  const scenario = textbookScenario({ arrivalRates: [LAMBDA], meanServiceSeconds: 1 / MU, servers: 20, days, warmupHours: 0 });
  const started = performance.now();
  const r = simulateCallCentre(scenario, { seed });
  return { seconds: (performance.now() - started) / 1000, events: r.run.events, calls: r.run.attempts };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

const sections = process.argv.slice(2);
const wanted = (section: string) => sections.length === 0 || sections.includes(section);

/** Peak live heap (MiB, after a full GC every 5 simulated days) of one replication. */
function peakLiveHeap(scenario: Scenario, days: number): number {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  simulateCallCentre(scenario, {
    seed: 1,
    days,
    progressEverySeconds: 5 * 86_400,
    onProgress: () => {
      globalThis.gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    },
  });
  return peak / 2 ** 20;
}

// (a) alternate the three, three rounds each, and compare medians.
if (wanted('a')) {
const fair: number[] = [];
const fairEvents: number[] = [];
const simjsLoop: number[] = [];
const model: number[] = [];
const modelEvents: number[] = [];
for (let round = 0; round < 3; round++) {
  const f = fairBareLoop(CUSTOMERS, round + 1);
  fair.push(CUSTOMERS / f.seconds);
  fairEvents.push(f.events / f.seconds);
  const m = fullModel(CUSTOMERS, round + 1);
  model.push(m.calls / m.seconds);
  modelEvents.push(m.events / m.seconds);
  simjsLoop.push(CUSTOMERS / bareSimjsLoop(CUSTOMERS, round + 1).seconds);
}
console.log(`(a) M/M/20 at 90% load, ${fmt(CUSTOMERS)} calls, median of 3`);
console.log(`    fair bare loop (model's calendar, streams, samplers): ${fmt(median(fair))} calls/s, ${fmt(median(fairEvents))} events/s`);
console.log(`    full model:                                         ${fmt(median(model))} calls/s, ${fmt(median(modelEvents))} events/s`);
console.log(`    ratio model/fair bare loop:                         ${(median(model) / median(fair)).toFixed(2)} (target ≥ 0.9)`);
console.log(`    (old bare loop, simjs timers and Mersenne Twister:  ${fmt(median(simjsLoop))} calls/s, model/old ${(median(model) / median(simjsLoop)).toFixed(2)})`);
}

// (b) a year of baseline: timed alone, then again with the live heap measured after a full
// GC every 30 simulated days (needs --expose-gc), to show it does not grow with the calls.
const baseline = bundled('baseline');
if (wanted('b')) {
const yearTimes: number[] = [];
let year = simulateCallCentre(baseline, { seed: 1, days: 365 });
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  year = simulateCallCentre(baseline, { seed: round + 1, days: 365 });
  yearTimes.push((performance.now() - t0) / 1000);
}
const liveHeap: number[] = [];
simulateCallCentre(baseline, {
  seed: 1,
  days: 365,
  progressEverySeconds: 30 * 86_400,
  onProgress: () => {
    globalThis.gc?.();
    liveHeap.push(process.memoryUsage().heapUsed / 2 ** 20);
  },
});
const yearSeconds = median(yearTimes);
console.log(`(b) baseline, one simulated year: ${yearSeconds.toFixed(2)} s median of 3 (target < 1 s), ${fmt(year.run.attempts)} calls, ${fmt(year.run.events / yearSeconds)} events/s`);
console.log(`    live heap after GC every 30 days (MiB): ${liveHeap.map((m) => m.toFixed(1)).join(' ')}${globalThis.gc ? '' : ' (run with --expose-gc for exact figures)'}`);

}

// (c) replications per second.
if (wanted('c')) {
const started = performance.now();
let reps = 0;
while (performance.now() - started < 2000) {
  simulateCallCentre(baseline, { seed: 1, replication: reps, days: 7 });
  reps++;
}
console.log(`(c) one-week baseline: ${(reps / ((performance.now() - started) / 1000)).toFixed(1)} replications/s on one core`);
}

// (d) overload: callers who hang up in a starved lane must not be kept. With no front-desk
// seats at all every caller hangs up unserved; at 2,000 calls/h the lanes are starved too,
// but the back office also piles up work orders that are really waiting (reported beside).
if (wanted('d')) {
  const noSeats: Scenario = { ...baseline, frontDesk: { seats: 0 }, standby: undefined };
  const overloaded: Scenario = { ...baseline, arrivals: { ...baseline.arrivals, callsPerHour: 2000 } };
  // Once untimed first: what a process builds once and keeps (the missions' clocks) is not the run's.
  peakLiveHeap(baseline, 90);
  const normal = peakLiveHeap(baseline, 90);
  const starved = peakLiveHeap(noSeats, 90);
  const heavy = peakLiveHeap(overloaded, 90);
  const backlog = simulateCallCentre(overloaded, { seed: 1, days: 90 }).workOrders.stages.secretary.maxBacklog;
  const gcNote = globalThis.gc ? '' : ' (run with --expose-gc for exact figures)';
  console.log(`(d) 90 days, peak live heap (MiB): baseline ${normal.toFixed(1)}; no front-desk seats ${starved.toFixed(1)}, ratio ${(starved / normal).toFixed(2)} (target ≤ 1.3)${gcNote}`);
  console.log(`    at 2,000 calls/h ${heavy.toFixed(1)} MiB, of which most is the secretaries' backlog of up to ${fmt(backlog)} work orders really waiting (${fmt((heavy * 2 ** 20) / backlog)} bytes an order): memory follows the work present, not the calls simulated`);
}

// (e) planning on one core, in this thread: a 5-point sweep of major-incident (standby seats
// 20–100) and its standby sizing (emergency lane at goal in 90% of the incident's hours),
// 20 replications at every point tried; the target is under 60 s each on this
// 2-core machine (with --threads 2 on the command line they take about half as long).
if (wanted('e')) {
  const { inProcessWorker } = await import('../../src/planning/experiments.ts');
  const { runSweep } = await import('../../src/planning/sweep.ts');
  const { sizeStandby } = await import('../../src/planning/sizing.ts');
  const json = bundledJson('major-incident');
  const options = { seed: 12308, replications: 20 };
  let t0 = performance.now();
  await runSweep([inProcessWorker()], json, [{ path: 'standby.seats', values: [20, 40, 60, 80, 100] }], options);
  console.log(`(e) major-incident, 5-point sweep × 20 replications: ${((performance.now() - t0) / 1000).toFixed(1)} s on one core (target < 60 s)`);
  t0 = performance.now();
  const sized = await sizeStandby([inProcessWorker()], json, { ...options, lane: 'emergency', share: 0.9, maxSeats: 100 });
  const answer = sized.ok ? `${sized.seats ?? 'more than 100'} seats after ${sized.tried.length} sizes tried` : 'failed';
  console.log(`    standby sizing (emergency at goal in 90% of incident hours, ≤ 100 seats): ${answer}, ${((performance.now() - t0) / 1000).toFixed(1)} s (target < 60 s)`);
}

// (f) whole command-line runs, as a user starts them: one thread against every core.
if (wanted('f')) {
  const { execFile, spawnSync } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { availableParallelism } = await import('node:os');
  const cores = availableParallelism();
  const run = (threads: number) => {
    const t0 = performance.now();
    const args = ['src/cli/launch.mjs', 'sim', 'scenarios/baseline.json', '--days', '7', '--replications', '100', '--threads', String(threads), '--json'];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`sim --threads ${threads} failed: ${child.stderr}`);
    return (performance.now() - t0) / 1000;
  };
  const execFileAsync = promisify(execFile);
  // What the machine allows: the same replications as `cores` one-thread processes started
  // together, each with its share (no thread to start, nothing to merge; each compiles the
  // model from cold, as a worker thread must). Threads cannot do much better than this.
  const side = async () => {
    const t0 = performance.now();
    const share = Math.ceil(100 / cores);
    await Promise.all(
      Array.from({ length: cores }, (_, k) =>
        execFileAsync(process.execPath, ['src/cli/launch.mjs', 'sim', 'scenarios/baseline.json', '--days', '7', '--replications', String(share), '--seed', String(k + 1), '--threads', '1', '--json']),
      ),
    );
    return (performance.now() - t0) / 1000;
  };
  run(cores); // builds the command line's bundle if the sources changed
  const one: number[] = [];
  const all: number[] = [];
  const apart: number[] = [];
  for (let round = 0; round < 3; round++) {
    one.push(run(1));
    all.push(run(cores));
    apart.push(await side());
  }
  console.log(`(f) CLI, 100 one-week baseline replications: ${median(one).toFixed(2)} s on 1 thread, ${median(all).toFixed(2)} s on ${cores} threads, ratio ${(median(all) / median(one)).toFixed(2)} (target ≤ 0.65 on 2 cores)`);
  console.log(`    as ${cores} one-thread processes side by side, ${Math.ceil(100 / cores)} each: ${median(apart).toFixed(2)} s, ratio ${(median(apart) / median(one)).toFixed(2)} (what this machine allows)`);
  console.log(`    replications/s: ${(100 / median(one)).toFixed(1)} on one core, ${(100 / median(all)).toFixed(1)} on all cores`);
}
