import { describe, expect, it } from 'vitest';
import { PolicyClock, StandbyPolicy, type PolicySpec, type StandbyView } from '../../../models/phone/standby-policy.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { HOUR, MINUTE } from '../../../src/engine/time.ts';

const never = { kind: 'never' } as const;

function spec(activation: PolicySpec['activation'], standDown: PolicySpec['standDown'] = never, seats = 4): PolicySpec {
  return { seats, checkEveryMinutes: 5, activation, standDown };
}

/** A view with callers waiting per lane and a fixed recent service level. */
function view(now: number, over: Partial<StandbyView> & { queues?: Record<string, number>; sl?: number; lostCalls?: () => number } = {}): StandbyView {
  const queues = over.queues ?? {};
  return {
    lostCalls: () => 0,
    now,
    seatsCalled: 0,
    seatsPending: 0,
    activeSince: undefined,
    waiting: (id) => queues[id] ?? 0,
    waitingTotal: () => Object.values(queues).reduce((a, b) => a + b, 0),
    recentServiceLevel: () => over.sl ?? NaN,
    ...over,
  } as StandbyView;
}

describe('StandbyPolicy', () => {
  it('activates on the queue of the lanes it watches, counted together', () => {
    const policy = new StandbyPolicy(spec({ kind: 'queue-length', lanes: ['emergency', 'family'], atLeast: 5 }), ['emergency', 'family', 'general']);
    expect(policy.decide(view(0, { queues: { emergency: 2, family: 2, general: 50 } }))).toBe('hold');
    expect(policy.decide(view(0, { queues: { emergency: 2, family: 3 } }))).toBe('activate');
  });

  it('watches every lane when none is named', () => {
    const policy = new StandbyPolicy(spec({ kind: 'queue-length', atLeast: 5 }), ['emergency', 'general']);
    expect(policy.decide(view(0, { queues: { emergency: 1, general: 4 } }))).toBe('activate');
  });

  it('holds while seats are on their way or all are called', () => {
    const policy = new StandbyPolicy(spec({ kind: 'queue-length', atLeast: 1 }), ['l']);
    const busy = { queues: { l: 9 } };
    expect(policy.decide(view(0, { ...busy, seatsCalled: 2, seatsPending: 1 }))).toBe('hold');
    expect(policy.decide(view(0, { ...busy, seatsCalled: 4 }))).toBe('hold');
    expect(policy.decide(view(0, { ...busy, seatsCalled: 3 }))).toBe('activate');
  });

  it('activates when the recent service level falls below the goal, not when there were no calls', () => {
    const policy = new StandbyPolicy(spec({ kind: 'service-level', lane: 'emergency', below: 0.8, windowMinutes: 15 }), ['emergency']);
    expect(policy.decide(view(0, { sl: 0.79 }))).toBe('activate');
    expect(policy.decide(view(0, { sl: 0.8 }))).toBe('hold');
    expect(policy.decide(view(0, { sl: NaN }))).toBe('hold');
  });

  it('acts at its listed hours only, and stands down before anything else', () => {
    const policy = new StandbyPolicy(spec({ kind: 'at-times', hours: [2] }, { kind: 'at-times', hours: [6] }), ['l']);
    expect(policy.decide(view(2 * HOUR - 1))).toBe('hold');
    expect(policy.decide(view(2 * HOUR))).toBe('activate');
    expect(policy.decide(view(6 * HOUR, { seatsCalled: 4 }))).toBe('stand-down');
    expect(policy.decide(view(6 * HOUR))).toBe('hold'); // nothing to stand down
    expect(policy.scheduledTimes()).toEqual([2 * HOUR, 6 * HOUR]);
    expect(policy.needsChecks()).toBe(false);
  });

  it('stands down once the queue has been short for a while and the seats served their minimum', () => {
    const policy = new StandbyPolicy(spec(never, { kind: 'when-quiet', queueAtMost: 2, forMinutes: 10, minOnDutyMinutes: 30 }), ['l']);
    const at = (minutes: number, waiting: number) =>
      policy.decide(view(minutes * MINUTE, { queues: { l: waiting }, seatsCalled: 4, activeSince: 0 }));
    expect(at(0, 1)).toBe('hold'); // quiet from minute 0
    expect(at(10, 2)).toBe('hold'); // quiet 10 min, but on duty only 10 of 30
    expect(at(20, 3)).toBe('hold'); // busy again: the quiet spell restarts
    expect(at(25, 0)).toBe('hold'); // quiet from minute 25
    expect(at(30, 0)).toBe('hold'); // quiet only 5 min
    expect(at(35, 0)).toBe('stand-down');
    expect(policy.needsChecks()).toBe(true);
  });

  it('does not mistake a saturated trunk for quiet: a busy signal or a hang-up since the last check restarts the quiet spell', () => {
    const policy = new StandbyPolicy(spec(never, { kind: 'when-quiet', queueAtMost: 0, forMinutes: 10, minOnDutyMinutes: 0 }), ['l']);
    let lostCalls = 0;
    const at = (minutes: number) => policy.decide(view(minutes * MINUTE, { seatsCalled: 4, activeSince: 0, lostCalls: () => lostCalls }));
    expect(at(0)).toBe('hold'); // empty queue: quiet from minute 0
    lostCalls = 3; // busy signals: every line in use, so nobody queues
    expect(at(5)).toBe('hold');
    expect(at(10)).toBe('hold'); // quiet from minute 10 only
    lostCalls = 4; // one caller hung up
    expect(at(15)).toBe('hold');
    expect(at(20)).toBe('hold');
    expect(at(25)).toBe('hold');
    expect(at(30)).toBe('stand-down'); // 10 minutes without queue, busy signal or hang-up
  });

  it('at-incident: calls seats in by hand at each surge’s start plus the lag, and at no other time', () => {
    const policy = new StandbyPolicy(spec({ kind: 'at-incident', afterMinutes: 15 }), ['l'], [58, 100]);
    expect(policy.scheduledTimes()).toEqual([58 * HOUR + 15 * MINUTE, 100 * HOUR + 15 * MINUTE]);
    expect(policy.needsChecks()).toBe(false);
    expect(policy.decide(view(58 * HOUR + 15 * MINUTE))).toBe('activate');
    expect(policy.decide(view(58 * HOUR))).toBe('hold');
    expect(new StandbyPolicy(spec({ kind: 'at-incident', afterMinutes: 0 }), ['l']).scheduledTimes()).toEqual([]);
  });

  it('never activates with activation "never"', () => {
    const policy = new StandbyPolicy(spec(never, never), ['l'], [1]);
    expect(policy.decide(view(HOUR, { queues: { l: 99 }, sl: 0 }))).toBe('hold');
    expect(policy.scheduledTimes()).toEqual([]);
    expect(policy.needsChecks()).toBe(false);
  });

  it('takes the surges’ start hours only for an "at-incident" activation', () => {
    expect(new StandbyPolicy(spec({ kind: 'at-times', hours: [2] }), ['l'], [58]).scheduledTimes()).toEqual([2 * HOUR]);
    expect(new StandbyPolicy(spec({ kind: 'queue-length', atLeast: 1 }), ['l'], [58]).scheduledTimes()).toEqual([]);
  });

  it('stands down once quiet long enough and on duty at least the minimum, counted from the activation', () => {
    const policy = new StandbyPolicy(spec(never, { kind: 'when-quiet', queueAtMost: 0, forMinutes: 10, minOnDutyMinutes: 30 }), ['l']);
    const at = (minutes: number, activeSince: number) => policy.decide(view(minutes * MINUTE, { seatsCalled: 4, activeSince: activeSince * MINUTE }));
    expect(at(20, 10)).toBe('hold'); // quiet from minute 20
    expect(at(35, 10)).toBe('hold'); // quiet 15 minutes, on duty 25 of 30
    expect(at(40, 10)).toBe('stand-down'); // on duty exactly 30 minutes
  });

  it('lists its times in order, activation and stand-down together', () => {
    const policy = new StandbyPolicy(spec({ kind: 'at-times', hours: [30, 1] }, { kind: 'at-times', hours: [5] }), []);
    expect(policy.scheduledTimes()).toEqual([1 * HOUR, 5 * HOUR, 30 * HOUR]);
  });
});

describe('PolicyClock', () => {
  it('asks each policy at its times, and those with the same period on one shared tick, until the end', () => {
    const kernel = new Kernel();
    const clock = new PolicyClock(kernel, 20 * MINUTE);
    const asked: [string, number][] = [];
    const check = (name: string) => () => asked.push([name, kernel.now() / MINUTE]);
    const periodic = spec({ kind: 'queue-length', atLeast: 1 });
    clock.add(new StandbyPolicy(periodic, ['l']), periodic, check('a'));
    clock.add(new StandbyPolicy(periodic, ['l']), periodic, check('b'));
    const timed = spec({ kind: 'at-times', hours: [0.1, 1] });
    clock.add(new StandbyPolicy(timed, ['l']), timed, check('timed')); // 1 h is past the end
    kernel.runUntil(2 * HOUR);
    expect(asked).toEqual([
      ['a', 5],
      ['b', 5],
      ['timed', 6],
      ['a', 10],
      ['b', 10],
      ['a', 15],
      ['b', 15],
      ['a', 20],
      ['b', 20],
    ]);
    // One shared tick for both periodic policies: 4 ticks and the timed check.
    expect(kernel.eventCount).toBe(5);
  });

  it('asks a policy at a time that is the end of the checks', () => {
    const kernel = new Kernel();
    const clock = new PolicyClock(kernel, HOUR);
    const asked: number[] = [];
    const timed = spec({ kind: 'at-times', hours: [1] });
    clock.add(new StandbyPolicy(timed, ['l']), timed, () => asked.push(kernel.now() / MINUTE));
    kernel.runUntil(2 * HOUR);
    expect(asked).toEqual([60]);
  });
});
