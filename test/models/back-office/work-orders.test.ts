import { describe, expect, it } from 'vitest';
import { MISSION, OFFICER, WorkOrder, WorkOrderTally } from '../../../models/back-office/work-orders.ts';
import type { Call } from '../../../models/phone/call.ts';
import { HOUR } from '../../../src/engine/time.ts';

/** The tally reads only these two fields of the call that left the order. */
const call = (counted: boolean, arrivedAt = 0) => ({ counted, arrivedAt }) as unknown as Call;

/** Relative error within DDSketch's 0.5 % accuracy (and then some). */
const near = (value: number, expected: number) => expect(Math.abs(value / expected - 1)).toBeLessThan(0.01);

describe('WorkOrderTally', () => {
  // Order 1 (counted): secretary 0–1 h, officer 1–3 h, mission 3–5 h, received at 5 h, done.
  // Order 2 (warm-up, not counted): with a secretary from 0 h to the end.
  // Order 3 (counted): with a secretary from 2 h to the end.
  function tally() {
    const t = new WorkOrderTally(['jp-tokyo', 'other']);
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
});
