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

