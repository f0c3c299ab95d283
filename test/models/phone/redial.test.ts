import { describe, expect, it } from 'vitest';
import type { CaseRouter } from '../../../models/back-office/case-route.ts';
import { Call, DrawnCaller } from '../../../models/phone/call.ts';
import { Redials, type RedialSpec } from '../../../models/phone/redial.ts';
import { NO_TRACE } from '../../../models/results/trace.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { RandomStreams } from '../../../src/engine/random.ts';

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
