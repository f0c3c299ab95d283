import { describe, expect, it } from 'vitest';
import { MISSION, OFFICER, WorkOrder, WorkOrderTally } from '../../../models/back-office/work-orders.ts';
import type { Call } from '../../../models/phone/call.ts';
import { BucketGrid } from '../../../src/engine/stats.ts';
import { HOUR } from '../../../src/engine/time.ts';

/** The tally reads only these two fields of the call that left the order. */
const call = (counted: boolean, arrivedAt = 0) => ({ counted, arrivedAt }) as unknown as Call;

/** Relative error within DDSketch's 0.5 % accuracy (and then some). */
const near = (value: number, expected: number) => expect(Math.abs(value / expected - 1)).toBeLessThan(0.01);

describe('WorkOrderTally', () => {
  // Order 1 (counted): secretary 0–1 h, officer 1–3 h, mission 3–5 h, received at 5 h, done.
  // Order 2 (warm-up, not counted): with a secretary from 0 h to the end.
  // Order 3 (counted): with a secretary from 2 h to the end.
  function tally(grid?: BucketGrid) {
    const t = new WorkOrderTally(['jp-tokyo', 'other']);
    if (grid) t.trackBuckets(grid);
    const one = new WorkOrder(1, call(true), 0);
    const two = new WorkOrder(2, call(false), 0);
    const three = new WorkOrder(3, call(true), 2 * HOUR);
    t.create(one, 0);
    t.create(two, 0);
    t.advance(one, 1 * HOUR, OFFICER);
    t.create(three, 2 * HOUR);
    t.advance(one, 3 * HOUR, MISSION);
    t.received(one, 0, 5 * HOUR);
    t.advance(one, 5 * HOUR, undefined);
    return t;
  }

  it('averages each stage backlog over time, work orders not counted included', () => {
    const window = tally().backlogWindow(6 * HOUR);
    // Secretary: 1 h + 6 h + 4 h of orders over 6 h; officer and mission: 2 h each.
    expect(window.mean[0]).toBeCloseTo(11 / 6, 12);
    expect(window.mean[1]).toBeCloseTo(2 / 6, 12);
    expect(window.mean[2]).toBeCloseTo(2 / 6, 12);
    expect(window.max).toEqual([2, 1, 1]);
  });

  it('counts only counted orders: created, completed, open, per stage and per mission', () => {
    const t = tally();
    const f = t.figures(t.backlogWindow(6 * HOUR));
    expect([f.created, f.completed, f.open]).toEqual([2, 1, 1]);
    expect([f.stages.secretary.entered, f.stages.officer.entered, f.stages.mission.entered]).toEqual([2, 1, 1]);
    expect(f.byMission).toEqual({ 'jp-tokyo': 1, other: 0 });
    expect(f.callToMissionMeanHours).toBe(5);
    near(f.callToMissionP90Hours, 5);
  });

  it('ages a stage by the time orders that left it spent there', () => {
    const t = tally();
    const { stages } = t.figures(t.backlogWindow(6 * HOUR));
    near(stages.secretary.ageP50Hours, 1); // order 3 has not left: only order 1's hour
    near(stages.officer.ageP90Hours, 2);
    near(stages.mission.ageP99Hours, 2);
  });

  it('gives NaN times when no order reached a mission', () => {
    const t = new WorkOrderTally(['other']);
    const f = t.figures(t.backlogWindow(HOUR));
    expect(f.callToMissionMeanHours).toBeNaN();
    expect(f.callToMissionP90Hours).toBeNaN();
    expect(f.stages.secretary.ageP50Hours).toBeNaN();
  });

  it('keeps a backlog series per stage once buckets are tracked', () => {
    const t = tally(new BucketGrid(3 * HOUR, 2));
    // Buckets of 3 h. Secretary: 0–3 h holds 1 + 3 + 1 order-hours, 3–6 h holds 0 + 3 + 3.
    // Officer: order 1 from 1 to 3 h. Mission: order 1 from 3 to 5 h.
    const { series } = t.backlogWindow(6 * HOUR);
    expect(series).toHaveLength(3);
    expect(series[0]![0]).toBeCloseTo(5 / 3, 12);
    expect(series[0]![1]).toBeCloseTo(2, 12);
    expect(series[1]![0]).toBeCloseTo(2 / 3, 12);
    expect(series[1]![1]).toBeCloseTo(0, 12);
    expect(series[2]![0]).toBeCloseTo(0, 12);
    expect(series[2]![1]).toBeCloseTo(2 / 3, 12);
  });

  it('leaves orders not counted out of completions, ages and receipts, but in the backlog', () => {
    const t = new WorkOrderTally(['jp-tokyo', 'other']);
    const warm = new WorkOrder(1, call(false, 0), 0);
    t.create(warm, 0);
    t.advance(warm, 1 * HOUR, MISSION);
    t.received(warm, 1, 2 * HOUR);
    t.advance(warm, 2 * HOUR, undefined);
    const window = t.backlogWindow(4 * HOUR);
    const f = t.figures(window);
    expect([f.created, f.completed, f.open]).toEqual([0, 0, 0]);
    expect(f.byMission).toEqual({ 'jp-tokyo': 0, other: 0 });
    expect(f.callToMissionMeanHours).toBeNaN();
    expect(f.stages.secretary.ageP50Hours).toBeNaN();
    expect(f.stages.mission.ageP50Hours).toBeNaN();
    expect([f.stages.secretary.entered, f.stages.mission.entered]).toEqual([0, 0]);
    // Secretary 0–1 h and mission 1–2 h, over 4 h.
    expect(window.mean[0]).toBeCloseTo(1 / 4, 12);
    expect(window.mean[2]).toBeCloseTo(1 / 4, 12);
    expect(window.max).toEqual([1, 0, 1]);
  });

  it('averages the time from call to mission over the receipts and reports the counters', () => {
    const t = new WorkOrderTally(['jp-tokyo', 'other']);
    const a = new WorkOrder(1, call(true, 1 * HOUR), 1 * HOUR);
    const b = new WorkOrder(2, call(true, 2 * HOUR), 2 * HOUR);
    t.create(a, 1 * HOUR);
    t.create(b, 2 * HOUR);
    t.received(a, 1, 4 * HOUR); // 3 h after the call
    t.received(b, 1, 9 * HOUR); // 7 h after the call
    t.escalated = 4;
    t.forwarded = 3;
    const f = t.figures(t.backlogWindow(10 * HOUR));
    expect(f.callToMissionMeanHours).toBe(5);
    expect(f.byMission).toEqual({ 'jp-tokyo': 0, other: 2 });
    expect([f.escalated, f.forwarded]).toEqual([4, 3]);
    expect([f.created, f.completed, f.open]).toEqual([2, 0, 2]);
  });

  it('starts an order with the secretary, stamped at its creation', () => {
    const order = new WorkOrder(7, call(true), 3 * HOUR);
    expect([order.stage, order.stageSince, order.agent, order.waitTicket, order.waitLine]).toEqual([0, 3 * HOUR, undefined, 0, 0]);
    expect(order.counted).toBe(true);
    expect(new WorkOrder(8, call(false), 0).counted).toBe(false);
  });

  it("names each stage's backlog level after the stage", () => {
    const t = new WorkOrderTally(['other']);
    expect(t.backlog.map((l) => l.name)).toEqual(['work-orders.secretary', 'work-orders.officer', 'work-orders.mission']);
    const order = new WorkOrder(1, call(true), 2 * HOUR);
    t.create(order, 2 * HOUR);
    expect(() => t.advance(order, 1 * HOUR, OFFICER)).toThrow(/work-orders\.secretary/);
  });
});
