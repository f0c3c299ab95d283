import { describe, expect, it } from 'vitest';
import type { CaseRoute, CaseRouter } from '../../../models/back-office/case-route.ts';
import { WorkOrder } from '../../../models/back-office/work-orders.ts';
import { MISSIONS } from '../../../models/missions/catalogue.ts';
import { Call, DrawnCaller } from '../../../models/phone/call.ts';
import type { TraceRecord } from '../../../models/results/trace.ts';
import { TraceRecorder } from '../../../models/results/trace-recorder.ts';
import type { Agent } from '../../../src/engine/pool.ts';

const route = { toOfficer: true, mission: 0 } as CaseRoute;
const router = { route: () => route } as unknown as CaseRouter;
const caller = new DrawnCaller(
  4,
  { typeIndex: 1, handleSeconds: 1, afterCallWorkSeconds: 0, patienceSeconds: 1, ivrSeconds: 0, selfServiceSeconds: 0, wantsAgent: true },
  { router, firstCalledAt: 0, caseSeed: 0 },
);
const call = new Call({ id: 9, caller, arrivedAt: 0, attempt: 2, counted: true });
const agent: Agent = { id: 17, group: 1, busy: true, leaving: false };

function recorder() {
  let now = 0;
  const records: TraceRecord[] = [];
  const tracer = new TraceRecorder(() => now, { callTypeIds: ['a', 'b'], laneIdOfType: ['top', 'low'], deskGroups: ['front', 'standby'], channelIds: ['wechat', 'sms'] }, (r) => records.push(r));
  return { tracer, records, at: (t: number) => (now = t) };
}

describe('the trace recorder', () => {
  it('names the call type, lane, agent group, stage and mission', () => {
    const { tracer, records, at } = recorder();
    at(5);
    tracer.call('answered', call, 30, agent);
    tracer.call('transferred', call);
    tracer.workOrder('work-order-created', new WorkOrder(3, call, 5));
    tracer.seats('standby-activate', 'standby', 6);
    tracer.caseClosed(call, 'mission');
    const who = { call: 9, caller: 4, callType: 'b', lane: 'low' };
    expect(records).toEqual([
      { t: 5, event: 'answered', ...who, value: 30, agent: 17, group: 'standby' },
      { t: 5, event: 'transferred', ...who, group: 'officers' },
      { t: 5, event: 'work-order-created', ...who, order: 3, stage: 'secretary', mission: MISSIONS[0]!.id },
      { t: 5, event: 'standby-activate', value: 6, group: 'standby' },
      { t: 5, event: 'case-closed', ...who, outcome: 'mission' },
    ]);
  });

  it('holds a notification until the trace reaches its delivery, and drops those after the end', () => {
    const { tracer, records, at } = recorder();
    at(100);
    tracer.notified(call, 50, 1);
    tracer.notified(call, 20, -1);
    tracer.notified(call, 500, 0);
    at(130);
    tracer.call('blocked', call);
    at(160);
    tracer.call('blocked', call);
    tracer.close(400);
    expect(records.map((r) => [r.t, r.event, r.outcome])).toEqual([
      [100, 'notify-start', 'sms'],
      [100, 'notify-start', 'failed'],
      [100, 'notify-start', 'wechat'],
      [120, 'notified', 'failed'],
      [130, 'blocked', undefined],
      [150, 'notified', 'sms'],
      [160, 'blocked', undefined],
    ]);
  });

  it('records the attempts of a notification after its start, each at its end, and flushes held records up to a time', () => {
    const { tracer, records, at } = recorder();
    at(100);
    tracer.notifyAttempt(call, 0, 0, false);
    tracer.notifyAttempt(call, 1, 30, true);
    tracer.notified(call, 30, 1);
    tracer.flush(110);
    expect(records.map((r) => [r.t, r.event, r.outcome, r.value])).toEqual([
      [100, 'notify-start', 'sms', 30],
      [100, 'notify-attempt', 'wechat', 0],
    ]);
    tracer.flush(130);
    expect(records.slice(2).map((r) => [r.t, r.event, r.outcome, r.value])).toEqual([
      [130, 'notify-attempt', 'sms', 1],
      [130, 'notified', 'sms', 30],
    ]);
  });

  it('records the IVR choice, and the seats on duty only when they change', () => {
    const { tracer, records, at } = recorder();
    at(7);
    tracer.ivr(call, true, 12);
    tracer.duty('front', 20);
    tracer.duty('front', 20);
    tracer.duty('standby', 0);
    tracer.duty('front', 18);
    expect(records.map((r) => [r.event, r.group ?? r.outcome, r.value])).toEqual([
      ['ivr', 'agent', 12],
      ['duty', 'front', 20],
      ['duty', 'standby', 0],
      ['duty', 'front', 18],
    ]);
  });
});

describe('the trace recorder, record by record', () => {
  const toSecretary = new DrawnCaller(
    5,
    { typeIndex: 0, handleSeconds: 1, afterCallWorkSeconds: 0, patienceSeconds: 1, ivrSeconds: 0, selfServiceSeconds: 0, wantsAgent: true },
    { router: { route: () => ({ ...route, toOfficer: false }) } as unknown as CaseRouter, firstCalledAt: 0, caseSeed: 0 },
  );

  it('gives a value and a group only where they belong, and names the pool a call is transferred to', () => {
    const { tracer, records, at } = recorder();
    at(3);
    tracer.call('blocked', call);
    tracer.call('transferred', new Call({ id: 10, caller: toSecretary, arrivedAt: 0, attempt: 1, counted: true }));
    tracer.redialScheduled(call, 90);
    expect(records).toStrictEqual([
      { t: 3, event: 'blocked', call: 9, caller: 4, callType: 'b', lane: 'low' },
      { t: 3, event: 'transferred', call: 10, caller: 5, callType: 'a', lane: 'top', group: 'secretaries' },
      { t: 3, event: 'redial-scheduled', call: 9, caller: 4, callType: 'b', lane: 'low', value: 90 },
    ]);
  });

  it('names the agent and the pool that takes a work order, secretaries first, then officers', () => {
    const { tracer, records, at } = recorder();
    at(8);
    const order = new WorkOrder(3, call, 5);
    order.agent = agent;
    tracer.workOrder('work-order-taken', order);
    order.stage = 1;
    tracer.workOrder('work-order-taken', order);
    tracer.workOrder('work-order-stage', order);
    expect(records.map((r) => [r.event, r.stage, r.agent, r.group])).toStrictEqual([
      ['work-order-taken', 'secretary', 17, 'secretaries'],
      ['work-order-taken', 'officer', 17, 'officers'],
      ['work-order-stage', 'officer', undefined, undefined],
    ]);
    expect('agent' in records[2]!).toBe(false);
  });

  it('gives a held record out before a new one at the same time, and at the close when it is due by then', () => {
    const { tracer, records, at } = recorder();
    at(100);
    tracer.notified(call, 30, 0);
    tracer.notified(call, 60, 1);
    at(130);
    tracer.call('blocked', call);
    tracer.close(160);
    expect(records.map((r) => [r.t, r.event])).toEqual([
      [100, 'notify-start'],
      [100, 'notify-start'],
      [130, 'notified'],
      [130, 'blocked'],
      [160, 'notified'],
    ]);
  });
});
