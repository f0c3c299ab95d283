import { describe, expect, it } from 'vitest';
import { SecretaryPhones, SecretaryRoster } from '../../../models/back-office/secretary-phones.ts';
import { PolicyClock } from '../../../models/phone/standby-policy.ts';
import type { PhonesSpec } from '../../../models/scenario/scenario.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { Pool, type Agent, type PoolJob } from '../../../src/engine/pool.ts';
import { MINUTE } from '../../../src/engine/time.ts';

const job = (): PoolJob => ({ waitTicket: 0, waitLine: 0 });

/** The back office (one group) and the front desk (secretaries are its group 1), joined by a roster. */
function setUp() {
  const kernel = new Kernel();
  const working: Agent[] = [];
  const onCall: Agent[] = [];
  const office: Pool<PoolJob> = new Pool(kernel, {
    name: 'office',
    lines: [{ name: 'orders', reservedSeats: 0 }],
    groups: ['secretaries'],
    onStart: (_job, agent) => working.push(agent),
    onOffDuty: () => roster.leftOffice(),
  });
  const desk: Pool<PoolJob> = new Pool(kernel, {
    name: 'desk',
    lines: [{ name: 'calls', reservedSeats: 0 }],
    groups: ['front', 'secretaryPhones'],
    onStart: (_job, agent) => onCall.push(agent),
    onOffDuty: (agent) => roster.leftPhones(agent),
  });
  const roster = new SecretaryRoster(office, desk, 1);
  const seats = () => [office.staffedCount(0), desk.staffedCount(1)];
  return { office, desk, roster, working, onCall, seats };
}

describe('SecretaryRoster', () => {
  it('sends free secretaries to the phones at once, at most as many as are on shift', () => {
    const { roster, seats } = setUp();
    roster.staff(4);
    expect(seats()).toEqual([4, 0]);
    roster.callToPhones(3);
    expect(seats()).toEqual([1, 3]);
    roster.callToPhones(10);
    expect(seats()).toEqual([0, 4]);
    roster.callToPhones(0);
    expect(seats()).toEqual([4, 0]);
  });

  it('lets a secretary finish the work order in hand before joining the phones', () => {
    const { office, roster, working, seats } = setUp();
    roster.staff(2);
    office.request(job(), 0);
    roster.callToPhones(2);
    expect(seats()).toEqual([0, 1]);
    office.release(working[0]!);
    expect(seats()).toEqual([0, 2]);
  });

  it('sends home those whose shift ends, from the phones too', () => {
    const { roster, seats } = setUp();
    roster.staff(4);
    roster.callToPhones(3);
    roster.staff(2);
    expect(seats()).toEqual([0, 2]);
    roster.staff(5);
    expect(seats()).toEqual([2, 3]);
  });
});

describe('SecretaryPhones', () => {
  it('calls the secretaries to the phones when the queue is long and back once it is quiet', () => {
    const kernel = new Kernel();
    const spec: PhonesSpec = {
      seats: 6,
      checkEveryMinutes: 5,
      activation: { kind: 'queue-length', atLeast: 10 },
      standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 10, minOnDutyMinutes: 0 },
    };
    let waiting = 0;
    let wanted = 0;
    const log: [string, number, number][] = [];
    const roster = { callToPhones: (n: number) => (wanted = n), get onPhonesWanted() { return wanted; } };
    const view = { waiting: () => waiting, waitingTotal: () => waiting, recentServiceLevel: () => NaN, lostCalls: () => 0 };
    const phones = new SecretaryPhones(kernel, spec, roster, view, ['l'], (event, seats) => log.push([event, kernel.now() / MINUTE, seats]));
    phones.start(new PolicyClock(kernel, 60 * MINUTE));
    kernel.at(12 * MINUTE, () => (waiting = 10), undefined);
    kernel.at(22 * MINUTE, () => (waiting = 0), undefined);
    kernel.runUntil(60 * MINUTE);
    // Checks every 5 min: long queue seen at 15, quiet from 25, quiet 10 min at 35.
    expect(log).toEqual([
      ['secretaries-to-phones', 15, 6],
      ['secretaries-back', 35, 0],
    ]);
    expect(phones.counters).toEqual({ activations: 1, standDowns: 1 });
    expect(wanted).toBe(0);
  });
});

describe('SecretaryRoster, back from the phones', () => {
  it('lets a secretary finish the call in hand before going back to the office', () => {
    const kernel = new Kernel();
    const onCall: Agent[] = [];
    const office: Pool<PoolJob> = new Pool(kernel, { name: 'office', lines: [{ name: 'orders', reservedSeats: 0 }], groups: ['secretaries'], onStart: () => undefined, onOffDuty: () => roster.leftOffice() });
    const desk: Pool<PoolJob> = new Pool(kernel, {
      name: 'desk',
      lines: [{ name: 'calls', reservedSeats: 0 }],
      groups: ['front', 'secretaryPhones'],
      onStart: (_job, agent) => onCall.push(agent),
      onOffDuty: (agent) => roster.leftPhones(agent),
    });
    const roster = new SecretaryRoster(office, desk, 1);
    const seats = () => [office.staffedCount(0), desk.staffedCount(1)];
    roster.staff(2);
    roster.callToPhones(2);
    expect(seats()).toEqual([0, 2]);
    desk.request(job(), 0); // a secretary takes a call
    roster.callToPhones(0);
    expect(seats()).toEqual([1, 0]); // the free one is back; the other finishes the call
    expect(desk.leavingCount(1)).toBe(1);
    desk.release(onCall[0]!);
    expect(seats()).toEqual([2, 0]);
  });

  it('moves no one to the office when a front seat goes off duty, even while the office waits for a secretary', () => {
    const kernel = new Kernel();
    const onCall: Agent[] = [];
    const office: Pool<PoolJob> = new Pool(kernel, { name: 'office', lines: [{ name: 'orders', reservedSeats: 0 }], groups: ['secretaries'], onStart: () => undefined, onOffDuty: () => roster.leftOffice() });
    const desk: Pool<PoolJob> = new Pool(kernel, {
      name: 'desk',
      lines: [{ name: 'calls', reservedSeats: 0 }],
      groups: ['front', 'secretaryPhones'],
      onStart: (_job, agent) => onCall.push(agent),
      onOffDuty: (agent) => roster.leftPhones(agent),
    });
    const roster = new SecretaryRoster(office, desk, 1);
    roster.staff(2);
    roster.callToPhones(1);
    desk.request(job(), 0); // the secretary on the phones takes a call
    roster.callToPhones(0); // sent back: the office waits for them
    expect(office.staffedCount(0)).toBe(1);
    desk.setStaffed(0, 1);
    desk.setStaffed(0, 0); // a front seat leaves: not a secretary, the office still waits
    expect(office.staffedCount(0)).toBe(1);
    desk.release(onCall[0]!);
    expect(office.staffedCount(0)).toBe(2);
  });
});

describe('SecretaryRoster, moves only when needed', () => {
  it('reports how many the policy wants on the phones, even above those on shift', () => {
    const { roster } = setUp();
    expect(roster.onPhonesWanted).toBe(0);
    roster.staff(4);
    roster.callToPhones(3);
    expect(roster.onPhonesWanted).toBe(3);
    roster.callToPhones(10);
    expect(roster.onPhonesWanted).toBe(10); // wanted, not the 4 that can go
  });

  it('sends a secretary home, not to the office, when the shift ends during a call on the phones', () => {
    const { desk, roster, onCall, seats } = setUp();
    roster.staff(1);
    roster.callToPhones(1);
    expect(seats()).toEqual([0, 1]);
    desk.request(job(), 0); // the one secretary on the phones takes a call
    // Shift over: no one is due anywhere; the one on a call finishes it first.
    roster.staff(0);
    expect(seats()).toEqual([0, 0]);
    expect(desk.leavingCount(1)).toBe(1);
    desk.release(onCall[0]!); // call done: the office wants no one, so home
    expect(seats()).toEqual([0, 0]);
    expect(desk.leavingCount(1)).toBe(0);
  });

  it('sends a secretary home, not to the phones, when the shift ends during a work order', () => {
    const { office, roster, working, seats } = setUp();
    roster.staff(1);
    office.request(job(), 0); // the one secretary takes a work order
    roster.staff(0);
    expect(seats()).toEqual([0, 0]);
    expect(office.leavingCount(0)).toBe(1);
    office.release(working[0]!);
    expect(seats()).toEqual([0, 0]);
  });
});

describe('SecretaryPhones without a log', () => {
  it('still calls the secretaries and sends them back', () => {
    const kernel = new Kernel();
    const spec: PhonesSpec = {
      seats: 2,
      checkEveryMinutes: 5,
      activation: { kind: 'queue-length', atLeast: 1 },
      standDown: { kind: 'when-quiet', queueAtMost: 0, forMinutes: 5, minOnDutyMinutes: 0 },
    };
    let waiting = 0;
    const calls: number[] = [];
    let wanted = 0;
    const roster = { callToPhones: (n: number) => calls.push((wanted = n)), get onPhonesWanted() { return wanted; } };
    const view = { waiting: () => waiting, waitingTotal: () => waiting, recentServiceLevel: () => NaN, lostCalls: () => 0 };
    const phones = new SecretaryPhones(kernel, spec, roster, view, ['l'], undefined);
    phones.start(new PolicyClock(kernel, 60 * MINUTE));
    kernel.at(2 * MINUTE, () => (waiting = 3), undefined);
    kernel.at(7 * MINUTE, () => (waiting = 0), undefined);
    kernel.runUntil(30 * MINUTE);
    // Queue seen at the check at 5 (called), quiet from 10, quiet 5 min at 15 (back).
    expect(calls).toEqual([2, 0]);
    expect(phones.counters).toEqual({ activations: 1, standDowns: 1 });
  });
});
