import { describe, expect, it } from 'vitest';
import type { CaseRouter } from '../../../models/back-office/case-route.ts';
import { Call, DrawnCaller } from '../../../models/phone/call.ts';
import { FRONT, FrontDesk, STANDBY } from '../../../models/phone/front-desk.ts';
import { NO_TRACE, type Tracer } from '../../../models/results/trace.ts';
import { Kernel } from '../../../src/engine/kernel.ts';

const router = {} as CaseRouter;

function call(id: number, typeIndex: number, handleSeconds: number, afterCallWorkSeconds: number, patienceSeconds: number): Call {
  const caller = new DrawnCaller(
    id,
    { typeIndex, handleSeconds, afterCallWorkSeconds, patienceSeconds, ivrSeconds: 0, selfServiceSeconds: 0, wantsAgent: true },
    { router, firstCalledAt: 0, caseSeed: 0 },
  );
  return new Call({ id, caller, arrivedAt: 0, attempt: 1, counted: true });
}

/** A desk with two lanes (type 0 in the top lane, type 1 below it), logging its hooks as "t event id". */
function desk() {
  const kernel = new Kernel();
  const log: string[] = [];
  const note = (event: string) => (c: Call) => log.push(`${kernel.now()} ${event} ${c.id}`);
  const frontDesk = new FrontDesk({
    kernel,
    lines: [
      { name: 'emergency', reservedSeats: 0 },
      { name: 'general', reservedSeats: 0 },
    ],
    callTypeIds: ['urgent', 'ordinary'],
    laneIndexOfType: [0, 1],
    tracer: NO_TRACE,
    hooks: {
      queued: note('queued'),
      waits: note('waits'),
      answered: (c, wait) => log.push(`${kernel.now()} answered ${c.id} after ${wait}`),
      abandoned: note('abandoned'),
      talkEnded: note('talk-ended'),
      seatFree: note('seat-free'),
      seatOffDuty: () => log.push(`${kernel.now()} off-duty`),
    },
  });
  return { kernel, frontDesk, log, at: (t: number, c: Call) => kernel.at(t, frontDesk.join, c) };
}

describe('the front desk', () => {
  it('answers at once when a seat is free, then talks, wraps up and frees the seat', () => {
    const { kernel, frontDesk, log, at } = desk();
    frontDesk.seats.setStaffed(FRONT, 1);
    at(5, call(1, 1, 100, 10, Infinity));
    kernel.runUntil(1000);
    expect(log).toEqual(['5 queued 1', '5 answered 1 after 0', '105 talk-ended 1', '115 seat-free 1']);
  });

  it('keeps a caller waiting in their lane until a seat is free, counting them in the waiting level', () => {
    const { kernel, frontDesk, log, at } = desk();
    frontDesk.seats.setStaffed(FRONT, 1);
    at(0, call(1, 1, 100, 0, Infinity));
    at(10, call(2, 1, 50, 0, Infinity));
    kernel.at(20, () => log.push(`20 waiting ${frontDesk.waitingByType[1]!.value} in lane ${frontDesk.waiting(1)}`), undefined);
    kernel.runUntil(1000);
    expect(log).toEqual([
      '0 queued 1',
      '0 answered 1 after 0',
      '10 queued 2',
      '10 waits 2',
      '20 waiting 1 in lane 1',
      '100 talk-ended 1',
      '100 answered 2 after 90',
      '100 seat-free 1',
      '150 talk-ended 2',
      '150 seat-free 2',
    ]);
    expect(frontDesk.waitingByType[1]!.value).toBe(0);
  });

  it('lets a waiting caller hang up when their patience runs out, in any lane', () => {
    const { kernel, frontDesk, log, at } = desk();
    frontDesk.seats.setStaffed(FRONT, 1);
    at(0, call(1, 1, 100, 0, Infinity));
    at(10, call(2, 0, 50, 0, 30));
    at(20, call(3, 1, 50, 0, 40));
    kernel.runUntil(1000);
    expect(log.filter((l) => l.includes('abandoned'))).toEqual(['40 abandoned 2', '60 abandoned 3']);
    expect(frontDesk.waitingByType.map((l) => l.value)).toEqual([0, 0]);
    expect(frontDesk.waiting(0) + frontDesk.waiting(1)).toBe(0);
  });

  it('serves the top lane first when a seat comes free', () => {
    const { kernel, frontDesk, log, at } = desk();
    frontDesk.seats.setStaffed(FRONT, 1);
    at(0, call(1, 1, 100, 0, Infinity));
    at(10, call(2, 1, 50, 0, Infinity));
    at(20, call(3, 0, 50, 0, Infinity));
    kernel.runUntil(1000);
    expect(log.filter((l) => l.includes('answered'))).toEqual(['0 answered 1 after 0', '100 answered 3 after 80', '150 answered 2 after 140']);
  });

  it('takes standby seats too once they are staffed', () => {
    const { kernel, frontDesk, log, at } = desk();
    frontDesk.seats.setStaffed(STANDBY, 2);
    at(0, call(1, 0, 100, 0, Infinity));
    at(0, call(2, 0, 100, 0, Infinity));
    kernel.runUntil(50);
    expect(log.filter((l) => l.includes('answered'))).toEqual(['0 answered 1 after 0', '0 answered 2 after 0']);
  });
});

describe('the front desk, traced', () => {
  /** A desk with one lane whose tracer logs "t event call value agent". */
  function traced() {
    const kernel = new Kernel();
    const log: string[] = [];
    const hooks: string[] = [];
    const tracer: Tracer = {
      ...NO_TRACE,
      call: (event, c, value, agent) => log.push(`${kernel.now()} ${event} ${c.id} ${value ?? '-'} ${agent?.id ?? '-'}`),
    };
    const frontDesk = new FrontDesk({
      kernel,
      lines: [{ name: 'only', reservedSeats: 0 }],
      callTypeIds: ['ordinary'],
      laneIndexOfType: [0],
      tracer,
      hooks: {
        queued: () => undefined,
        waits: () => undefined,
        answered: () => undefined,
        abandoned: (c) => hooks.push(`${kernel.now()} abandoned ${c.id}`),
        talkEnded: () => undefined,
        seatFree: (c) => hooks.push(`${kernel.now()} seat-free ${c.id}`),
        seatOffDuty: () => undefined,
      },
    });
    return { kernel, frontDesk, log, hooks, at: (t: number, c: Call) => kernel.at(t, frontDesk.join, c) };
  }

  it('traces a wait from queue entry, the agent, the end of talk and of wrap-up, and no wrap-up when there is none', () => {
    const { kernel, frontDesk, log, hooks, at } = traced();
    frontDesk.seats.setStaffed(FRONT, 1);
    at(0, call(1, 0, 100, 0, Infinity));
    at(30, call(2, 0, 50, 20, 500));
    kernel.runUntil(1000);
    expect(log).toEqual([
      '0 answered 1 0 1',
      '30 queued 2 - -',
      '100 talk-ended 1 - 1',
      '100 answered 2 70 1',
      '150 talk-ended 2 - 1',
      '170 wrap-up-ended 2 - 1',
    ]);
    // Answered before their patience ran out: caller 2 never hangs up, and the seat is free after wrap-up.
    expect(hooks).toEqual(['100 seat-free 1', '170 seat-free 2']);
    expect(frontDesk.waitingByType[0]!.value).toBe(0);
    expect(frontDesk.waitingByType[0]!.maximum()).toBe(1);
  });

  it('traces a hang-up with the time waited and takes the caller out of the waiting level', () => {
    const { kernel, frontDesk, log, hooks, at } = traced();
    at(10, call(7, 0, 100, 0, 45));
    kernel.runUntil(30);
    expect(frontDesk.waitingByType[0]!.value).toBe(1);
    kernel.runUntil(1000);
    expect(log).toEqual(['10 queued 7 - -', '55 abandoned 7 45 -']);
    expect(hooks).toEqual(['55 abandoned 7']);
    expect(frontDesk.waitingByType[0]!.value).toBe(0);
    expect(frontDesk.waitingByType[0]!.mean(55)).toBe(45 / 55);
    expect(frontDesk.waiting(0)).toBe(0);
  });

  it('marks a call that waited, and not one answered at once', () => {
    const { kernel, frontDesk, at } = traced();
    frontDesk.seats.setStaffed(FRONT, 1);
    const first = call(1, 0, 100, 0, Infinity);
    const second = call(2, 0, 100, 0, Infinity);
    at(5, first);
    at(6, second);
    kernel.runUntil(7);
    expect([first.waited, second.waited, first.queuedAt, second.queuedAt]).toEqual([false, true, 5, 6]);
    expect(second.abandonTimer).toBeUndefined(); // infinite patience: no timer
  });
});

describe('the front desk, names', () => {
  it('names its waiting levels after the call types, and its pool front-desk (they appear in error messages)', () => {
    const { frontDesk } = desk();
    expect(frontDesk.waitingByType.map((l) => l.name)).toEqual(['urgent.waiting', 'ordinary.waiting']);
    expect(frontDesk.seats.name).toBe('front-desk');
  });
});
