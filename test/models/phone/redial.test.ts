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

