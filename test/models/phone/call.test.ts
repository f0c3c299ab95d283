import { describe, expect, it } from 'vitest';
import type { CaseRoute, CaseRouter } from '../../../models/back-office/case-route.ts';
import { Call, DrawnCaller, RedialledCaller, type CallerNeeds } from '../../../models/phone/call.ts';

const needs: CallerNeeds = { typeIndex: 2, handleSeconds: 300, afterCallWorkSeconds: 60, patienceSeconds: 90, ivrSeconds: 20, selfServiceSeconds: 45, wantsAgent: true };

function countingRouter() {
  const calls: [number, number, number][] = [];
  const router = {
    route(typeIndex: number, t: number, seed: number) {
      calls.push([typeIndex, t, seed]);
      return { transfer: false } as CaseRoute;
    },
  } as unknown as CaseRouter;
  return { router, calls };
}

describe('callers and calls', () => {
  it('keeps the needs it was drawn with', () => {
    const { router } = countingRouter();
    const caller = new DrawnCaller(7, needs, { router, firstCalledAt: 100, caseSeed: 42 });
    expect({ ...needs, id: 7 }).toEqual({
      id: caller.id,
      typeIndex: caller.typeIndex,
      handleSeconds: caller.handleSeconds,
      afterCallWorkSeconds: caller.afterCallWorkSeconds,
      patienceSeconds: caller.patienceSeconds,
      ivrSeconds: caller.ivrSeconds,
      selfServiceSeconds: caller.selfServiceSeconds,
      wantsAgent: caller.wantsAgent,
    });
  });

  it('draws the case once, at first reading, from the first call time and the case seed', () => {
    const { router, calls } = countingRouter();
    const caller = new DrawnCaller(1, needs, { router, firstCalledAt: 100, caseSeed: 42 });
    expect(calls).toEqual([]);
    const route = caller.route;
    expect(caller.route).toBe(route);
    expect(calls).toEqual([[2, 100, 42]]);
  });

  it('starts an attempt holding no line, not waiting, with no agent', () => {
    const { router } = countingRouter();
    const caller = new DrawnCaller(1, needs, { router, firstCalledAt: 0, caseSeed: 1 });
    const call = new Call({ id: 3, caller, arrivedAt: 50, attempt: 2, counted: false });
    expect([call.id, call.caller, call.arrivedAt, call.attempt, call.counted]).toEqual([3, caller, 50, 2, false]);
    expect([call.holdsLine, call.waited, call.waitTicket, call.agent]).toEqual([false, false, 0, undefined]);
  });

  it('a redialled caller with needs drawn afresh keeps the id, the IVR choice and the case of the first attempt', () => {
    const { router, calls } = countingRouter();
    const first = new DrawnCaller(7, needs, { router, firstCalledAt: 100, caseSeed: 42 });
    const second = new RedialledCaller(first, { handleSeconds: 10, afterCallWorkSeconds: 5, patienceSeconds: 3 });
    const third = new RedialledCaller(second, { handleSeconds: 20, afterCallWorkSeconds: 0, patienceSeconds: Infinity });
    expect([third.id, third.typeIndex, third.ivrSeconds, third.selfServiceSeconds, third.wantsAgent]).toEqual([7, 2, 20, 45, true]);
    expect([second.handleSeconds, second.afterCallWorkSeconds, second.patienceSeconds]).toEqual([10, 5, 3]);
    expect([third.handleSeconds, third.afterCallWorkSeconds, third.patienceSeconds]).toEqual([20, 0, Infinity]);
    expect(third.route).toBe(first.route);
    expect(second.route).toBe(first.route);
    expect(calls).toEqual([[2, 100, 42]]); // the case is drawn once, for the first attempt
  });
});

