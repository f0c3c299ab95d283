import { describe, expect, it } from 'vitest';
import type { CaseRouter } from '../../../models/back-office/case-route.ts';
import { Callers, callTypeRuntimes } from '../../../models/phone/callers.ts';
import { Ivr } from '../../../models/phone/ivr.ts';
import { orderLanes } from '../../../models/phone/lanes.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { RandomStreams } from '../../../src/engine/random.ts';
import { accepted, bundled, bundledJson } from '../../support/scenarios.ts';

const scenario = bundled('baseline');
const baselineJson = bundledJson('baseline');
const redrawing = accepted({ ...baselineJson, redial: { ...(baselineJson.redial as object), needs: 'redraw' } });
const router = { route: () => ({}) } as unknown as CaseRouter;

function callers(seed: number, s = scenario) {
  const streams = new RandomStreams(seed);
  const types = callTypeRuntimes(s, orderLanes(s).laneIndexOfType, streams);
  const ivr = new Ivr(new Kernel(), scenario.ivr, { selfServed: () => undefined, choseAgent: () => undefined });
  return { types, draw: new Callers(types, ivr, router) };
}

describe('callers', () => {
  it('gives each call type its lane and its own streams', () => {
    const { types } = callers(1);
    const order = orderLanes(scenario);
    expect(types.map((t) => t.id)).toEqual(scenario.callTypes.map((t) => t.id));
    types.forEach((t, i) => expect(order.lanes[t.laneIndex]!.id).toBe(scenario.callTypes[i]!.lane));
    expect(new Set(types.flatMap((t) => [t.arrivals, t.caller, t.redial, t.case])).size).toBe(4 * types.length);
  });

  it('draws the same callers from the same seed, whatever other types draw in between', () => {
    const a = callers(9);
    const b = callers(9);
    const first = [0, 0, 0].map((_, i) => a.draw.draw(0, i));
    b.draw.draw(1, 0);
    b.draw.draw(2, 0);
    const again = [0, 0, 0].map((_, i) => b.draw.draw(0, i));
    const needs = (c: (typeof first)[number]) => [c.handleSeconds, c.patienceSeconds, c.afterCallWorkSeconds, c.ivrSeconds, c.wantsAgent, c.selfServiceSeconds];
    expect(again.map(needs)).toEqual(first.map(needs));
    expect(callers(10).draw.draw(0, 0).handleSeconds).not.toBe(first[0]!.handleSeconds);
  });

  it('numbers callers in order and keeps the type index', () => {
    const { draw } = callers(1);
    expect([draw.draw(2, 0), draw.draw(0, 5)].map((c) => [c.id, c.typeIndex])).toEqual([
      [1, 2],
      [2, 0],
    ]);
  });

  it('draws talk times with the mean of the type (emergency: lognormal, mean 600 s, cv 0.8)', () => {
    const { draw } = callers(4);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += draw.draw(0, 0).handleSeconds;
    // Standard error 600 × 0.8 / √20,000 = 3.4 s; 4 of them.
    expect(Math.abs(sum / n - 600)).toBeLessThan(13.6);
  });

  it('with redial.needs "redraw", draws a redial’s talk time, patience and after-call work from redial-needs.<type>, disturbing no other stream', () => {
    const a = callers(5, redrawing);
    const b = callers(5, redrawing);
    const first = a.draw.draw(0, 0);
    const redialled = a.draw.redraw(first);
    const next = a.draw.draw(0, 1);
    b.draw.draw(0, 0);
    expect(b.draw.draw(0, 1).handleSeconds).toBe(next.handleSeconds); // caller.<type> untouched by the redraw
    expect(redialled.id).toBe(first.id);
    expect(redialled.handleSeconds).not.toBe(first.handleSeconds);
    expect(redialled.patienceSeconds).not.toBe(first.patienceSeconds);
    const stream = new RandomStreams(5).stream(`redial-needs.${scenario.callTypes[0]!.id}`);
    const t = a.types[0]!;
    expect([redialled.handleSeconds, redialled.patienceSeconds, redialled.afterCallWorkSeconds]).toEqual([t.handle(stream), t.patience!(stream), t.afterCallWork ? t.afterCallWork(stream) : 0]);
  });

  it('keeps no redial-needs stream unless asked to redraw, and refuses to redraw then', () => {
    const { types, draw } = callers(5);
    expect(types.every((t) => t.redialNeeds === undefined)).toBe(true);
    expect(() => draw.redraw(draw.draw(0, 0))).toThrow(/redial.needs is not "redraw"/);
  });
});

describe('callers, drawn by hand', () => {
  const fixed = (seconds: number) => ({ kind: 'fixed', seconds });
  const scenarioOf = (types: Record<string, unknown>[], ivr?: Record<string, unknown>) =>
    accepted({
      version: 1,
      name: 'callers',
      description: '',
      run: { days: 1 },
      arrivals: { callsPerHour: 10 },
      callTypes: types.map((t, i) => ({ lane: 'l', share: i === 0 ? 1 : 0, handleSeconds: fixed(100), patienceSeconds: { kind: 'infinite' }, ...t })),
      lanes: [{ id: 'l', priority: 0, serviceLevelTargetSeconds: 20 }],
      frontDesk: { seats: 1 },
      ...(ivr ? { ivr } : {}),
    });

  it('gives each type its own named streams: arrivals.<id>, caller.<id>, redial.<id>, case.<id>', () => {
    const s = scenarioOf([{ id: 'visa' }, { id: 'lost-passport', share: 0 }]);
    const types = callTypeRuntimes(s, [0, 0], new RandomStreams(77));
    const fresh = new RandomStreams(77);
    for (const t of types) {
      for (const kind of ['arrivals', 'caller', 'redial', 'case'] as const) expect(t[kind].uniform(), `${kind}.${t.id}`).toBe(fresh.stream(`${kind}.${t.id}`).uniform());
    }
    expect(types.map((t) => [t.id, t.laneIndex, t.selfServiceShare])).toEqual([
      ['visa', 0, 0],
      ['lost-passport', 0, 0],
    ]);
  });

  it('draws fixed needs as given, infinite patience and no after-call work when the type has none', () => {
    const s = scenarioOf([
      { id: 'plain' },
      { id: 'full', share: 0, handleSeconds: fixed(300), patienceSeconds: fixed(90), afterCallWorkSeconds: fixed(45) },
    ]);
    const { draw } = drawer(s);
    const plain = draw.draw(0, 0);
    const full = draw.draw(1, 0);
    expect([plain.handleSeconds, plain.patienceSeconds, plain.afterCallWorkSeconds]).toEqual([100, Infinity, 0]);
    expect([full.handleSeconds, full.patienceSeconds, full.afterCallWorkSeconds]).toEqual([300, 90, 45]);
    // No IVR in the scenario: no menu, everyone wants a person.
    expect([full.ivrSeconds, full.selfServiceSeconds, full.wantsAgent]).toEqual([0, 0, true]);
  });

  it('draws the IVR menu, the choice and the self-service time with the caller, by the type share', () => {
    const s = scenarioOf([{ id: 'info', selfServiceShare: 1 }, { id: 'person', share: 0, selfServiceShare: 0 }], { menuSeconds: fixed(30), selfServiceSeconds: fixed(90) });
    const { draw } = drawer(s);
    const info = draw.draw(0, 0);
    const person = draw.draw(1, 0);
    expect([info.ivrSeconds, info.wantsAgent, info.selfServiceSeconds]).toEqual([30, false, 90]);
    expect([person.ivrSeconds, person.wantsAgent]).toEqual([30, true]);
  });

  it('hands the router the type, the time of the first call and a seed from the type case stream', () => {
    const s = scenarioOf([{ id: 'a' }, { id: 'b', share: 0 }]);
    const routed: number[][] = [];
    const router = { route: (type: number, at: number, seed: number) => (routed.push([type, at, seed]), {}) } as unknown as CaseRouter;
    const types = callTypeRuntimes(s, [0, 0], new RandomStreams(5));
    const ivr = new Ivr(new Kernel(), s.ivr, { selfServed: () => undefined, choseAgent: () => undefined });
    const callersOf = new Callers(types, ivr, router);
    const caller = callersOf.draw(1, 4200);
    expect(routed).toEqual([]); // drawn lazily, when first read
    void caller.route;
    void caller.route;
    expect(routed).toEqual([[1, 4200, new RandomStreams(5).stream('case.b').seed32()]]);
  });

  function drawer(s: ReturnType<typeof scenarioOf>) {
    const types = callTypeRuntimes(s, orderLanes(s).laneIndexOfType, new RandomStreams(1));
    const ivr = new Ivr(new Kernel(), s.ivr, { selfServed: () => undefined, choseAgent: () => undefined });
    return { draw: new Callers(types, ivr, router) };
  }
});
