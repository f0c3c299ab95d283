import { describe, expect, it } from 'vitest';
import type { CaseRouter } from '../../../models/back-office/case-route.ts';
import { Call, DrawnCaller } from '../../../models/phone/call.ts';
import { Redials, type RedialSpec } from '../../../models/phone/redial.ts';
import { NO_TRACE } from '../../../models/results/trace.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { RandomStreams } from '../../../src/engine/random.ts';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import type { TraceRecord } from '../../../models/results/trace.ts';
import { accepted, bundledJson } from '../../support/scenarios.ts';

const caller = new DrawnCaller(
  1,
  { typeIndex: 0, handleSeconds: 1, afterCallWorkSeconds: 0, patienceSeconds: 1, ivrSeconds: 0, selfServiceSeconds: 0, wantsAgent: true },
  { router: {} as CaseRouter, firstCalledAt: 0, caseSeed: 0 },
);
const attempt = (n: number) => new Call({ id: n, caller, arrivedAt: 0, attempt: n, counted: true });

function redials(spec: Partial<RedialSpec> | undefined, horizonSeconds = 1e6) {
  const kernel = new Kernel();
  const dialled: string[] = [];
  const full = spec && ({ maxAttempts: 3, afterBusyProbability: 1, afterAbandonProbability: 1, delaySeconds: { kind: 'fixed', seconds: 120 }, ...spec } as RedialSpec);
  const r = new Redials({
    kernel,
    spec: full,
    streams: [new RandomStreams(3).stream('redial.a')],
    horizonSeconds,
    tracer: NO_TRACE,
    dial: (previous) => dialled.push(`${kernel.now()} after attempt ${previous.attempt}`),
  });
  return { kernel, r, dialled };
}

describe('redials', () => {
  it('dials again after the delay, after a busy signal or a hang-up', () => {
    const { kernel, r, dialled } = redials({});
    kernel.at(10, () => r.afterBusySignal(attempt(1)), undefined);
    kernel.at(20, () => r.afterAbandon(attempt(2)), undefined);
    kernel.runUntil(1e6);
    expect(dialled).toEqual(['130 after attempt 1', '140 after attempt 2']);
  });

  it('stops at the last attempt, never redials with probability 0, and not past the horizon', () => {
    const { kernel, r, dialled } = redials({ afterAbandonProbability: 0 }, 200);
    kernel.at(0, () => r.afterBusySignal(attempt(3)), undefined);
    kernel.at(0, () => r.afterAbandon(attempt(1)), undefined);
    kernel.at(80, () => r.afterBusySignal(attempt(1)), undefined);
    kernel.runUntil(1e6);
    expect(dialled).toEqual([]);
  });

  it('redials with the given probability', () => {
    const { kernel, r, dialled } = redials({ afterBusyProbability: 0.25, maxAttempts: 2 });
    const n = 8000;
    for (let i = 0; i < n; i++) kernel.at(i, () => r.afterBusySignal(attempt(1)), undefined);
    kernel.runUntil(1e6);
    // Binomial(8,000, 0.25): standard deviation 38.7; 4 of them.
    expect(Math.abs(dialled.length - n / 4)).toBeLessThan(155);
  });

  it('does nothing without redials in the scenario', () => {
    const { kernel, r, dialled } = redials(undefined);
    kernel.at(0, () => r.afterBusySignal(attempt(1)), undefined);
    kernel.runUntil(1e6);
    expect(dialled).toEqual([]);
  });
});

describe('redial.needs: what a redial keeps of the caller', () => {
  /** No seats: every caller hangs up after exactly their patience, and dials again twice. */
  const noSeats = (needs?: 'keep' | 'redraw') =>
    accepted({
      version: 1,
      name: 'redial needs',
      description: '',
      run: { days: 1 },
      arrivals: { callsPerHour: 60 },
      callTypes: [{ id: 'a', lane: 'l', share: 1, handleSeconds: { kind: 'fixed', seconds: 60 }, patienceSeconds: { kind: 'exponential', meanSeconds: 60 } }],
      lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
      frontDesk: { seats: 0 },
      redial: { afterBusyProbability: 1, afterAbandonProbability: 1, delaySeconds: { kind: 'fixed', seconds: 30 }, maxAttempts: 3, ...(needs ? { needs } : {}) },
    });

  /** Each caller's times in queue before hanging up, attempt by attempt. */
  function patienceByCaller(needs?: 'keep' | 'redraw'): number[][] {
    const log: TraceRecord[] = [];
    simulateCallCentre(noSeats(needs), { seed: 21, trace: (r) => log.push(r) });
    const byCaller = new Map<number, number[]>();
    for (const r of log) if (r.event === 'abandoned') byCaller.set(r.caller!, [...(byCaller.get(r.caller!) ?? []), r.value!]);
    return [...byCaller.values()];
  }

  it('"keep" is the rule when needs is absent: the same run, to the last bit', () => {
    const json = bundledJson('baseline');
    const run = (redial: unknown) => simulateCallCentre(accepted({ ...json, run: { ...(json.run as object), days: 3 }, redial }), { seed: 3 });
    const redial = json.redial as object;
    expect(run({ ...redial, needs: 'keep' })).toEqual(run(redial));
  });

  it('"keep": every attempt of a caller hangs up after the same patience', () => {
    const callers = patienceByCaller('keep');
    expect(callers.filter((p) => p.length === 3).length).toBeGreaterThan(1000);
    for (const p of callers) for (const x of p) expect(x).toBeCloseTo(p[0]!, 6);
  });

  it('"redraw": each redial has a fresh patience from the same distribution (mean 60 s within 4 standard errors)', () => {
    const callers = patienceByCaller('redraw');
    const redials = callers.flatMap((p) => p.slice(1));
    expect(redials.length).toBeGreaterThan(2000);
    expect(callers.filter((p) => p.length > 1 && p.slice(1).every((x) => Math.abs(x - p[0]!) < 1e-6)).length).toBe(0);
    const mean = redials.reduce((a, b) => a + b, 0) / redials.length;
    // Exponential: sd = mean, so the standard error is 60/√n (about 1.1 s for 2,800 redials).
    expect(Math.abs(mean - 60)).toBeLessThan((4 * 60) / Math.sqrt(redials.length));
    // First attempts are the same callers as under "keep" (no other stream moved).
    expect(callers.map((p) => p[0])).toEqual(patienceByCaller('keep').map((p) => p[0]));
  });
});

describe('redials, traced and drawn', () => {
  function setup(spec: Partial<RedialSpec>, horizonSeconds = 1e6) {
    const kernel = new Kernel();
    const traced: string[] = [];
    const dialled: string[] = [];
    const stream = new RandomStreams(3).stream('redial.a');
    const r = new Redials({
      kernel,
      spec: { maxAttempts: 3, afterBusyProbability: 1, afterAbandonProbability: 1, delaySeconds: { kind: 'fixed', seconds: 120 }, ...spec } as RedialSpec,
      streams: [stream],
      horizonSeconds,
      tracer: { ...NO_TRACE, redialScheduled: (c, delay) => traced.push(`${kernel.now()} redial of ${c.id} in ${delay}`) },
      dial: (previous) => dialled.push(`${kernel.now()} after attempt ${previous.attempt}`),
    });
    return { kernel, r, traced, dialled, stream };
  }

  it('traces each redial it schedules, with its delay, and none it does not make', () => {
    const { kernel, r, traced, dialled } = setup({}, 300);
    kernel.at(50, () => r.afterAbandon(attempt(2)), undefined); // 170 < 300: made
    kernel.at(180, () => r.afterBusySignal(attempt(1)), undefined); // 300 is the end: not made
    kernel.runUntil(1e6);
    expect(traced).toEqual(['50 redial of 2 in 120']);
    expect(dialled).toEqual(['170 after attempt 2']);
  });

  it('redials up to the last attempt: attempt maxAttempts − 1 may still dial again', () => {
    const { kernel, r, dialled } = setup({ maxAttempts: 3 });
    kernel.at(0, () => r.afterBusySignal(attempt(2)), undefined);
    kernel.runUntil(1e6);
    expect(dialled).toEqual(['120 after attempt 2']);
  });

  it('draws nothing from the stream when a redial cannot happen (last attempt, probability 0)', () => {
    const fresh = new RandomStreams(3).stream('redial.a').uniform();
    const last = setup({ maxAttempts: 2 });
    last.r.afterBusySignal(attempt(2));
    expect(last.stream.uniform()).toBe(fresh);
    const never = setup({ afterAbandonProbability: 0 });
    never.r.afterAbandon(attempt(1));
    expect(never.stream.uniform()).toBe(fresh);
  });

  it('draws the delay from the scenario distribution', () => {
    const { kernel, r, traced } = setup({ delaySeconds: { kind: 'uniform', minSeconds: 60, maxSeconds: 120 } });
    for (let i = 0; i < 200; i++) kernel.at(i, () => r.afterBusySignal(attempt(1)), undefined);
    kernel.runUntil(1e6);
    const delays = traced.map((line) => Number(line.split(' in ')[1]));
    expect(delays).toHaveLength(200);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...delays)).toBeLessThanOrEqual(120);
    expect(new Set(delays).size).toBe(200);
  });
});
