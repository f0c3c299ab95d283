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
