/**
 * The back office step by step: work orders through secretaries and officers to a mission
 * that keeps its own office hours, and secretaries moving to the phones.
 */
import { describe, expect, it } from 'vitest';
import { BackOffice } from '../../../models/back-office/back-office.ts';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { Call, type Caller } from '../../../models/phone/call.ts';
import type { CaseRoute } from '../../../models/back-office/case-route.ts';
import { MISSION_IDS } from '../../../models/missions/catalogue.ts';
import type { BackOfficeSpec } from '../../../models/scenario/scenario.ts';
import type { OfficeRulesSpec } from '../../../models/missions/office-rules.ts';
import { SecretaryRoster } from '../../../models/back-office/secretary-phones.ts';
import { NO_TRACE, type Tracer } from '../../../models/results/trace.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { Pool } from '../../../src/engine/pool.ts';
import { HOUR } from '../../../src/engine/time.ts';
import { accepted, bundled } from '../../support/scenarios.ts';
import { textbookJson } from '../../support/textbook.ts';

const fixedMinutes = (minutes: number) => ({ kind: 'fixed', minutes });

function spec(secretaries: number, officers: number): BackOfficeSpec {
  return accepted({
    ...textbookJson({ arrivalRates: [0.01], meanServiceSeconds: 100, servers: 1, days: 1, warmupHours: 0 }),
    backOffice: {
      secretaries: { seats: secretaries },
      officers: { seats: officers },
      transferTalkSeconds: { kind: 'fixed', seconds: 60 },
      transferPatienceSeconds: { kind: 'infinite' },
      secretaryWorkMinutes: fixedMinutes(10),
      officerReviewMinutes: fixedMinutes(10),
    },
  }).backOffice!;
}

function callWith(route: Partial<CaseRoute>, id = 1): Call {
  const caller: Caller = {
    id,
    typeIndex: 0,
    handleSeconds: 60,
    afterCallWorkSeconds: 0,
    patienceSeconds: Infinity,
    ivrSeconds: 0,
    selfServiceSeconds: 0,
    wantsAgent: true,
    route: {
      transfer: false,
      toOfficer: false,
      transferTalkSeconds: 60,
      transferPatienceSeconds: Infinity,
      workOrder: true,
      forward: true,
      escalate: false,
      urgent: false,
      secretarySeconds: 600,
      officerSeconds: 600,
      mission: MISSION_IDS.indexOf('jp-tokyo'),
      ...route,
    },
  };
  return new Call({ id, caller, arrivedAt: 0, attempt: 1, counted: true });
}

/** A back office on its own, logging what happens to work orders as [event, order id, hours]. */
function office(secretaries: number, officers: number, officeRules?: OfficeRulesSpec) {
  const kernel = new Kernel();
  const log: [string, number, number][] = [];
  const done: string[] = [];
  // The order's moves between stages (its creation and completion are the hooks' business here).
  const moves = new Set(['work-order-stage', 'work-order-received']);
  const tracer: Tracer = { ...NO_TRACE, workOrder: (event, order) => void (moves.has(event) && log.push([event, order.id, kernel.now() / HOUR])) };
  const back: BackOffice = new BackOffice({
    kernel,
    spec: spec(secretaries, officers),
    startBeijing: '2025-01-06T00:00',
    clockUntilSeconds: 30 * 24 * HOUR,
    ...(officeRules ? { officeRules } : {}),
    tracer,
    hooks: { transferEnded: () => undefined, transferAbandoned: () => undefined, workOrderDone: (order, outcome) => done.push(`${order.id}:${outcome}`) },
  });
  back.startShifts(0, (n) => back.secretaries.setStaffed(0, n));
  return { kernel, back, log, done };
}

describe('work orders and missions', () => {
  // The run starts Monday 00:00 in Beijing, which is Monday 01:00 in Tokyo: Tokyo time = sim time + 1 h.
  it('a work order reaching the Tokyo embassy at 03:00 local time waits until the office opens at 09:00', () => {
    const { kernel, back, log, done } = office(1, 1);
    // 10 min with a secretary and 10 min with an officer: approved and forwarded at 2 h (03:00 Tokyo).
    kernel.at(2 * HOUR - 1200, () => back.createWorkOrder(callWith({})), undefined);
    kernel.runUntil(24 * HOUR);
    expect(log).toEqual([
      ['work-order-stage', 1, 2 - 1 / 6],
      ['work-order-stage', 1, 2],
      ['work-order-received', 1, 8],
    ]);
    expect(done).toEqual(['1:mission']);
  });

  it('with a holiday on Monday in Japan, the order forwarded at 03:00 waits until Tuesday 09:00 Tokyo time', () => {
    const { kernel, back, log } = office(1, 1, { holidaysByCountry: { JP: ['2025-01-06'] } });
    kernel.at(2 * HOUR - 1200, () => back.createWorkOrder(callWith({})), undefined);
    kernel.runUntil(48 * HOUR);
    expect(log.at(-1)).toEqual(['work-order-received', 1, 32]);
  });

  it('with a lunch break 12:00–14:00, an order forwarded at 12:30 Tokyo time is received at 14:00; an emergency on a holiday at once', () => {
    const rules: OfficeRulesSpec = { lunch: { start: '12:00', end: '14:00' }, holidaysByMission: { 'jp-tokyo': ['2025-01-06'] } };
    const lunch = office(1, 1, { lunch: rules.lunch! });
    lunch.kernel.at(11.5 * HOUR - 1200, () => lunch.back.createWorkOrder(callWith({})), undefined);
    lunch.kernel.runUntil(24 * HOUR);
    expect(lunch.log.at(-1)).toEqual(['work-order-received', 1, 13]);
    const holiday = office(1, 1, rules);
    holiday.kernel.at(2 * HOUR - 1200, () => holiday.back.createWorkOrder(callWith({ urgent: true })), undefined);
    holiday.kernel.runUntil(24 * HOUR);
    expect(holiday.log.at(-1)).toEqual(['work-order-received', 1, 2]);
  });

  it('an emergency reaches the duty officer at once, out of office hours', () => {
    const { kernel, back, log } = office(1, 1);
    kernel.at(2 * HOUR - 1200, () => back.createWorkOrder(callWith({ urgent: true })), undefined);
    kernel.runUntil(24 * HOUR);
    expect(log.at(-1)).toEqual(['work-order-received', 1, 2]);
  });

  it('emergency work orders go before routine ones waiting for the same secretary', () => {
    const { kernel, back, log } = office(1, 1);
    kernel.at(0, () => {
      back.createWorkOrder(callWith({ forward: false }, 1)); // taken at once
      back.createWorkOrder(callWith({ forward: false }, 2)); // waits
      back.createWorkOrder(callWith({ forward: false, urgent: true }, 3)); // waits, but goes first
    }, undefined);
    kernel.runUntil(24 * HOUR);
    const leftSecretary = log.filter(([event]) => event === 'work-order-stage').map(([, id]) => id);
    expect(leftSecretary).toEqual([1, 3, 2]);
  });

  it('an approved order that needs no mission is done in the back office, or at the Consular Protection Center when escalated', () => {
    const { kernel, back, done } = office(1, 1);
    kernel.at(0, () => back.createWorkOrder(callWith({ forward: false }, 1)), undefined);
    kernel.at(0, () => back.createWorkOrder(callWith({ forward: false, escalate: true }, 2)), undefined);
    kernel.runUntil(HOUR);
    expect(done).toEqual(['1:backOffice', '2:consularProtectionCenter']);
  });
});

describe('secretaries on the phones', () => {
  function setUp() {
    const kernel = new Kernel();
    const desk = new Pool<Call>(kernel, {
      name: 'desk',
      lines: [{ name: 'calls', reservedSeats: 0 }],
      groups: ['front', 'standby', 'secretaryPhones'],
      onStart: () => undefined,
      onOffDuty: (agent) => roster.leftPhones(agent),
    });
    const back: BackOffice = new BackOffice({
      kernel,
      spec: spec(2, 1),
      startBeijing: '2025-01-06T00:00',
      clockUntilSeconds: 30 * 24 * HOUR,
      tracer: NO_TRACE,
      hooks: { transferEnded: () => undefined, transferAbandoned: () => undefined, workOrderDone: () => undefined, secretaryOffDuty: () => roster.leftOffice() },
    });
    const roster: SecretaryRoster<never, Call> = new SecretaryRoster(back.secretaries as never, desk, 2);
    back.startShifts(0, roster.staff);
    const seen: Record<number, [office: number, phones: number, backlog: number]> = {};
    const look = (t: number) => kernel.at(t, () => (seen[t] = [back.secretaries.staffedCount(0), desk.staffedCount(2), back.tally.backlog[0]!.value]), undefined);
    return { kernel, back, roster, seen, look };
  }

  it('each finishes the work order in hand before joining the phones; the backlog grows meanwhile', () => {
    const { kernel, back, roster, seen, look } = setUp();
    kernel.at(0, () => back.createWorkOrder(callWith({ forward: false })), undefined); // one secretary busy until 600 s
    kernel.at(60, () => roster.callToPhones(2), undefined);
    kernel.at(100, () => back.createWorkOrder(callWith({ forward: false }, 2)), undefined);
    [61, 599, 601, 3600].forEach(look);
    kernel.runUntil(3600);
    expect(seen[61]).toEqual([0, 1, 1]); // the free secretary went at once
    expect(seen[599]).toEqual([0, 1, 2]); // the busy one is still on its order; order 2 waits
    expect(seen[601]).toEqual([0, 2, 1]); // done: now both are on the phones, order 2 still waits
    expect(seen[3600]).toEqual([0, 2, 1]);
  });

  it('a rule sends them back to their work orders', () => {
    const { kernel, back, roster, seen, look } = setUp();
    kernel.at(0, () => roster.callToPhones(2), undefined);
    kernel.at(100, () => back.createWorkOrder(callWith({ forward: false })), undefined);
    kernel.at(200, () => roster.callToPhones(0), undefined);
    [150, 201, 801].forEach(look);
    kernel.runUntil(HOUR);
    expect(seen[150]).toEqual([0, 2, 1]);
    expect(seen[201]).toEqual([2, 0, 1]); // back, and one took the waiting order
    expect(seen[801]).toEqual([2, 0, 0]);
  });
});

describe('scenarios/major-incident.json', () => {
  it('shows the secretaries joining the phones in the surge and the backlog they leave behind', () => {
    const r = simulateCallCentre(bundled('major-incident'), { seed: 12308, days: 5 });
    expect(r.workOrders.secretaryPhoneActivations).toBeGreaterThanOrEqual(1);
    expect(r.pools.secretaryPhones!.seatHours).toBeGreaterThan(10);
    // The surge starts at hour 58: compare the secretaries' backlog the day before with the day after.
    const perHour = 3600 / r.series.bucketSeconds;
    const peak = (fromHour: number, toHour: number) => Math.max(...r.series.backlog.secretary.slice(fromHour * perHour, toHour * perHour));
    expect(peak(82, 106)).toBeGreaterThan(5 * peak(34, 58));
    const onPhones = r.series.seatsOnDuty.secretaryPhones!;
    expect(Math.max(...onPhones.slice(0, 58 * perHour))).toBe(0);
    expect(Math.max(...onPhones.slice(58 * perHour))).toBeGreaterThan(0);
  });
});

describe('live transfers and the tallies of counted cases', () => {
  /** A back office with one secretary and one officer, every tracer event logged as [event, call id, value]. */
  function tracedOffice() {
    const kernel = new Kernel();
    const events: [string, number, number | undefined][] = [];
    const ended: number[] = [];
    const tracer: Tracer = {
      ...NO_TRACE,
      call: (event, call, value) => void events.push([event, call.id, value]),
      workOrder: (event, order) => void events.push([event, order.call.id, undefined]),
    };
    const back: BackOffice = new BackOffice({
      kernel,
      spec: spec(1, 1),
      startBeijing: '2025-01-06T00:00',
      clockUntilSeconds: 30 * 24 * HOUR,
      tracer,
      hooks: { transferEnded: (call) => void ended.push(call.id), transferAbandoned: () => undefined, workOrderDone: () => undefined },
    });
    back.startShifts(0, (n) => back.secretaries.setStaffed(0, n));
    return { kernel, back, events, ended };
  }

  const counted = (route: Partial<CaseRoute>, id: number, isCounted: boolean) => {
    const call = callWith(route, id);
    return isCounted ? call : new Call({ id, caller: call.caller, arrivedAt: 0, attempt: 1, counted: false });
  };

  it('times a transfer’s wait from the transfer, and counts only counted calls', () => {
    const { kernel, back, events, ended } = tracedOffice();
    // Call 1 takes the secretary from 1000 s to 1060 s; call 2 (not counted) waits 60 s; call 3 waits
    // behind it and hangs up after its 90 s of patience, call 4 (not counted) likewise.
    kernel.at(1000, () => back.transfer(counted({ transfer: true }, 1, true)), undefined);
    kernel.at(1000, () => back.transfer(counted({ transfer: true }, 2, false)), undefined);
    kernel.at(1010, () => back.transfer(counted({ transfer: true, transferPatienceSeconds: 90 }, 3, true)), undefined);
    kernel.at(1010, () => back.transfer(counted({ transfer: true, transferPatienceSeconds: 90 }, 4, false)), undefined);
    kernel.runUntil(HOUR);
    expect(events).toEqual([
      ['transferred', 1, undefined],
      ['transfer-answered', 1, 0],
      ['transferred', 2, undefined],
      ['transferred', 3, undefined],
      ['transferred', 4, undefined],
      ['transfer-answered', 2, 60], // the secretary freed by call 1 takes call 2 before call 1's end is told
      ['transfer-ended', 1, undefined],
      ['transfer-abandoned', 3, 90],
      ['transfer-abandoned', 4, 90],
      ['transfer-ended', 2, undefined],
    ]);
    expect(ended).toEqual([1, 2]);
    expect(back.transfers.figures()).toMatchObject({ transferred: 2, answered: 1, abandoned: 1 });
  });

  it('tells each step of a work order, and counts escalated and forwarded orders of counted calls only', () => {
    const { kernel, back, events } = tracedOffice();
    kernel.at(0, () => {
      back.createWorkOrder(counted({ forward: true, escalate: true, urgent: true }, 1, true));
      back.createWorkOrder(counted({ forward: true, escalate: true, urgent: true }, 2, false));
      back.createWorkOrder(counted({ forward: false, escalate: false }, 3, true));
      back.createWorkOrder(counted({ forward: true, escalate: false, urgent: true }, 4, true));
    }, undefined);
    kernel.runUntil(24 * HOUR);
    expect(events.filter(([, id]) => id === 1).map(([event]) => event)).toEqual([
      'work-order-created',
      'work-order-taken',
      'work-order-stage',
      'work-order-taken',
      'work-order-stage',
      'work-order-received',
      'work-order-done',
    ]);
    expect(back.tally.escalated).toBe(1);
    expect(back.tally.forwarded).toBe(2);
  });

  it('closes an escalated order sent abroad at the Consular Protection Center, once the mission has it', () => {
    const kernel = new Kernel();
    const done: string[] = [];
    const back: BackOffice = new BackOffice({
      kernel,
      spec: spec(1, 1),
      startBeijing: '2025-01-06T00:00',
      clockUntilSeconds: 30 * 24 * HOUR,
      tracer: NO_TRACE,
      hooks: { transferEnded: () => undefined, transferAbandoned: () => undefined, workOrderDone: (order, outcome) => done.push(`${order.id}:${outcome}`) },
    });
    back.startShifts(0, (n) => back.secretaries.setStaffed(0, n));
    kernel.at(0, () => back.createWorkOrder(callWith({ forward: true, escalate: true, urgent: true })), undefined);
    kernel.at(0, () => back.createWorkOrder(callWith({ forward: true, escalate: false, urgent: true }, 2)), undefined);
    kernel.runUntil(24 * HOUR);
    expect(done).toEqual(['1:consularProtectionCenter', '2:mission']);
  });

  it('lets its secretaries go off duty without a hook, and names its pools in their errors', () => {
    const { kernel, back } = tracedOffice();
    kernel.runUntil(HOUR);
    expect(() => back.secretaries.setStaffed(0, 0)).not.toThrow();
    expect(() => back.secretaries.setStaffed(0, -1)).toThrow('Pool secretaries: staffed count for secretaries');
    expect(() => back.officers.setStaffed(0, -1)).toThrow('Pool officers: staffed count for officers');
  });
});
