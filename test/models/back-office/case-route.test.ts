import { describe, expect, it } from 'vitest';
import { CaseRouter, type CaseRoute } from '../../../models/back-office/case-route.ts';
import { MISSION_IDS, MISSIONS } from '../../../models/missions/catalogue.ts';
import { ArrivalRates } from '../../../models/phone/arrivals.ts';
import { Substream } from '../../../src/engine/random.ts';
import { HOUR } from '../../../src/engine/time.ts';
import { accepted } from '../../support/scenarios.ts';
import { textbookJson } from '../../support/textbook.ts';

const backOffice = {
  secretaries: { seats: 2 },
  officers: { seats: 1 },
  transferTalkSeconds: { kind: 'fixed', seconds: 90 },
  transferPatienceSeconds: { kind: 'infinite' },
  secretaryWorkMinutes: { kind: 'fixed', minutes: 10 },
  officerReviewMinutes: { kind: 'fixed', minutes: 5 },
};

/** One call type with the given after-call shares; `extra` adds or replaces top-level sections. */
function router(afterCall: Record<string, unknown> | undefined, extra: Record<string, unknown> = { backOffice }) {
  const json = textbookJson({ arrivalRates: [0.01], meanServiceSeconds: 60, servers: 1, days: 1, warmupHours: 0 });
  const scenario = accepted({ ...json, callTypes: [{ ...json.callTypes[0], ...(afterCall && { afterCall }) }], ...extra });
  return new CaseRouter(scenario, new ArrivalRates(scenario, 0));
}

/** The routes of callers with seeds 1 … n. */
const routes = (r: CaseRouter, n: number, t = 0): CaseRoute[] => Array.from({ length: n }, (_, i) => r.route(0, t, i + 1));
const share = (list: CaseRoute[], test: (r: CaseRoute) => boolean) => list.filter(test).length / list.length;
const other = MISSION_IDS.indexOf('other');

describe('CaseRouter', () => {
  it('ends every case at the front desk when the scenario has no back office', () => {
    const route = router(undefined, {}).route(0, 0, 1);
    expect(route).toMatchObject({ transfer: false, workOrder: false, forward: false, escalate: false, transferPatienceSeconds: Infinity, mission: other });
  });

  it('converts the step durations to seconds and leaves unused steps at 0', () => {
    const all = router({ liveTransferShare: 1, workOrderShare: 1, forwardShare: 1, urgent: true }, { backOffice, missions: { weights: { 'jp-tokyo': 1 } } });
    expect(all.route(0, 0, 7)).toEqual({
      transfer: true,
      toOfficer: false,
      transferTalkSeconds: 90,
      transferPatienceSeconds: Infinity,
      workOrder: true,
      forward: true,
      escalate: false,
      urgent: true,
      secretarySeconds: 600,
      officerSeconds: 300,
      mission: MISSION_IDS.indexOf('jp-tokyo'),
    });
    const none = router({}).route(0, 0, 7);
    expect([none.transferTalkSeconds, none.secretarySeconds, none.officerSeconds, none.mission]).toEqual([0, 0, 0, other]);
  });

  it('gives a caller the same case whatever was drawn for others before', () => {
    const r = router({ liveTransferShare: 0.5, workOrderShare: 0.5, forwardShare: 0.5, escalationShare: 0.5 }, { backOffice, missions: { weights: { 'jp-tokyo': 1, 'th-bangkok': 1, other: 1 } } });
    const alone = r.route(0, 0, 42);
    routes(r, 50);
    expect(r.route(0, 0, 42)).toEqual(alone);
  });

  it('draws each step with its share; forwarding and escalation only for work orders', () => {
    const n = 20_000;
    const list = routes(router({ liveTransferShare: 0.3, transferToOfficerShare: 0.5, workOrderShare: 0.6, forwardShare: 0.25, escalationShare: 0.1 }), n);
    // Each share within 4 standard deviations √(p(1 − p)/n) of its target.
    expect(Math.abs(share(list, (r) => r.transfer) - 0.3)).toBeLessThan(4 * Math.sqrt(0.21 / n));
    expect(Math.abs(share(list, (r) => r.workOrder) - 0.6)).toBeLessThan(4 * Math.sqrt(0.24 / n));
    const transfers = list.filter((r) => r.transfer);
    expect(Math.abs(share(transfers, (r) => r.toOfficer) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / transfers.length));
    const orders = list.filter((r) => r.workOrder);
    expect(Math.abs(share(orders, (r) => r.forward) - 0.25)).toBeLessThan(4 * Math.sqrt(0.1875 / orders.length));
    expect(Math.abs(share(orders, (r) => r.escalate) - 0.1)).toBeLessThan(4 * Math.sqrt(0.09 / orders.length));
    expect(list.some((r) => !r.workOrder && (r.forward || r.escalate))).toBe(false);
  });

  it('picks the mission of a forwarded case by the weights', () => {
    const list = routes(router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, missions: { weights: { 'jp-tokyo': 3, other: 1 } } }), 10_000);
    expect(new Set(list.map((r) => MISSION_IDS[r.mission]))).toEqual(new Set(['jp-tokyo', 'other']));
    expect(Math.abs(share(list, (r) => MISSION_IDS[r.mission] === 'jp-tokyo') - 0.75)).toBeLessThan(4 * Math.sqrt(0.1875 / 10_000));
  });

  it("sends the cases a surge adds to the missions of the surge's country, evenly when none is weighted", () => {
    const surges = [{ startHour: 10, peakMultiplier: 1000, halfLifeHours: 1, extraMix: { c0: 1 }, country: 'JP' }];
    const r = router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, surges, missions: { weights: { other: 1 } } });
    expect(new Set(routes(r, 1000, 0).map((c) => c.mission))).toEqual(new Set([other]));
    // At the peak 999 of 1000 calls are the surge's.
    const peak = routes(r, 10_000, 10 * HOUR).map((c) => MISSIONS[c.mission]!);
    const japan = peak.filter((m) => m.country === 'JP');
    expect(japan.length).toBeGreaterThan(0.99 * peak.length);
    // evenly over Japan's embassy and six consulates-general
    const posts = new Set(MISSIONS.filter((m) => m.country === 'JP').map((m) => m.id));
    expect(posts.size).toBe(7);
    expect(new Set(japan.map((m) => m.id))).toEqual(posts);
    const p = 1 / posts.size;
    const tokyo = japan.filter((m) => m.id === 'jp-tokyo').length / japan.length;
    expect(Math.abs(tokyo - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / japan.length));
    // With a weighted mission in the country, only the weighted ones.
    const weighted = router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, surges, missions: { weights: { 'jp-osaka': 1, other: 1 } } });
    const ids = routes(weighted, 2000, 10 * HOUR).map((c) => MISSION_IDS[c.mission]);
    expect(ids).not.toContain('jp-tokyo');
    expect(ids.filter((id) => id === 'jp-osaka').length).toBeGreaterThan(0.99 * ids.length);
  });

  it('sends the forwarded case of a call a mission forwarded after hours back to that mission', () => {
    const r = router({ workOrderShare: 1, forwardShare: 0.5 }, { backOffice, missions: { weights: { 'jp-tokyo': 1 } } });
    const ny = MISSION_IDS.indexOf('us-new-york');
    const list = Array.from({ length: 200 }, (_, i) => r.route(0, 0, i + 1, ny));
    expect(list.filter((c) => c.forward).every((c) => c.mission === ny)).toBe(true);
    expect(list.filter((c) => !c.forward).every((c) => c.mission === other)).toBe(true);
    expect(list.some((c) => c.forward)).toBe(true);
  });

  it('ends every case at the front desk without a back office, even for a call type marked urgent', () => {
    // Without a back office the parser allows after-call settings only with no transfers and no work orders.
    const r = router({ liveTransferShare: 0, workOrderShare: 0, forwardShare: 1, escalationShare: 1, urgent: true }, {});
    for (const c of routes(r, 20)) {
      expect(c).toEqual({
        transfer: false,
        toOfficer: false,
        transferTalkSeconds: 0,
        transferPatienceSeconds: Infinity,
        workOrder: false,
        forward: false,
        escalate: false,
        urgent: false,
        secretarySeconds: 0,
        officerSeconds: 0,
        mission: other,
      });
    }
  });

  it("gives a transferred caller the back office's finite patience, and the others none", () => {
    const patient = { ...backOffice, transferPatienceSeconds: { kind: 'fixed', seconds: 120 } };
    const r = router({ liveTransferShare: 0.5 }, { backOffice: patient });
    const list = routes(r, 200);
    expect(list.some((c) => c.transfer)).toBe(true);
    expect(list.some((c) => !c.transfer)).toBe(true);
    for (const c of list) expect(c.transferPatienceSeconds).toBe(c.transfer ? 120 : Infinity);
  });

  const japanSurge = { startHour: 10, peakMultiplier: 1000, halfLifeHours: 1, extraMix: { c0: 1 }, country: 'JP' };
  const inJapan = (c: CaseRoute) => MISSIONS[c.mission]!.country === 'JP';

  it("sends the surge's cases to its country when the scenario has no missions section", () => {
    const r = router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, surges: [japanSurge] });
    // At the peak 999 of 1000 calls are the surge's, and the share going to the country defaults to 1.
    expect(share(routes(r, 2000, 10 * HOUR), inJapan)).toBeGreaterThan(0.99);
  });

  it("keeps the surge's cases with the usual missions when the country's share is 0", () => {
    const r = router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, surges: [japanSurge], missions: { weights: { 'th-bangkok': 1 }, surgeCountryShare: 0 } });
    const ids = new Set(routes(r, 2000, 10 * HOUR).map((c) => MISSION_IDS[c.mission]));
    expect(ids).toEqual(new Set(['th-bangkok']));
  });

  it('sends the cases of a surge with no country to the usual missions', () => {
    const surge = { startHour: 10, peakMultiplier: 1000, halfLifeHours: 1, extraMix: { c0: 1 } };
    const r = router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, surges: [surge], missions: { weights: { 'jp-tokyo': 1 } } });
    const ids = new Set(routes(r, 2000, 10 * HOUR).map((c) => MISSION_IDS[c.mission]));
    expect(ids).toEqual(new Set(['jp-tokyo']));
  });

  it("draws no country share outside a surge: the mission is the caller's fifth draw", () => {
    // Draws: transfer, work order, forward, which surge, then the mission. Two missions of equal
    // weight, jp-tokyo before other in the catalogue: jp-tokyo when the fifth draw is below 1/2.
    const r = router({ workOrderShare: 1, forwardShare: 1 }, { backOffice, surges: [japanSurge], missions: { weights: { 'jp-tokyo': 1, other: 1 }, surgeCountryShare: 0.5 } });
    const rng = new Substream();
    let tokyo = 0;
    for (let seed = 1; seed <= 100; seed++) {
      rng.reseed(seed);
      for (let k = 0; k < 4; k++) rng.uniform();
      const expected = rng.uniform() < 0.5 ? 'jp-tokyo' : 'other';
      if (expected === 'jp-tokyo') tokyo++;
      expect(MISSION_IDS[r.route(0, 0, seed).mission], `seed ${seed}`).toBe(expected);
    }
    expect(tokyo).toBeGreaterThan(0);
    expect(tokyo).toBeLessThan(100);
  });
});
