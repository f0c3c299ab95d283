import { describe, expect, it } from 'vitest';
import type { CaseRouter } from '../../../models/back-office/case-route.ts';
import { Call, DrawnCaller } from '../../../models/phone/call.ts';
import { Ivr, type IvrSpec } from '../../../models/phone/ivr.ts';
import { Kernel } from '../../../src/engine/kernel.ts';
import { RandomStreams } from '../../../src/engine/random.ts';

const spec = { menuSeconds: { kind: 'fixed', seconds: 30 }, selfServiceSeconds: { kind: 'fixed', seconds: 90 } } as IvrSpec;

function callThat(wantsAgent: boolean, ivrSeconds: number, selfServiceSeconds: number): Call {
  const needs = { typeIndex: 0, handleSeconds: 1, afterCallWorkSeconds: 0, patienceSeconds: Infinity, ivrSeconds, selfServiceSeconds, wantsAgent };
  const caller = new DrawnCaller(1, needs, { router: {} as CaseRouter, firstCalledAt: 0, caseSeed: 0 });
  return new Call({ id: 1, caller, arrivedAt: 0, attempt: 1, counted: true });
}

function ivr(withSpec: IvrSpec | undefined) {
  const kernel = new Kernel();
  const log: string[] = [];
  const menu = new Ivr(kernel, withSpec, {
    selfServed: () => log.push(`${kernel.now()} self-served`),
    choseAgent: () => log.push(`${kernel.now()} chose an agent`),
  });
  return { kernel, menu, log };
}

describe('the IVR', () => {
  it('ends self-service after the menu and the recorded answers, in one event', () => {
    const { kernel, menu, log } = ivr(spec);
    kernel.at(10, () => menu.enter(callThat(false, 30, 90)), undefined);
    kernel.runUntil(1000);
    expect(log).toEqual(['130 self-served']);
    expect(kernel.eventCount).toBe(2);
  });

  it('sends a caller who wants a person on after the menu, or at once without a menu', () => {
    const { kernel, menu, log } = ivr(spec);
    kernel.at(10, () => menu.enter(callThat(true, 30, 90)), undefined);
    kernel.at(20, () => menu.enter(callThat(true, 0, 0)), undefined);
    kernel.runUntil(1000);
    expect(log).toEqual(['20 chose an agent', '40 chose an agent']);
  });

  it('draws the choice with the self-service share', () => {
    const { menu } = ivr(spec);
    const rng = new RandomStreams(1).stream('caller.test');
    const n = 20_000;
    let selfServed = 0;
    for (let i = 0; i < n; i++) if (!menu.wantsAgent(rng, 0.3)) selfServed++;
    // Binomial(20,000, 0.3): standard deviation 65; 4 of them.
    expect(Math.abs(selfServed - 0.3 * n)).toBeLessThan(260);
    expect([menu.menuSeconds(rng), menu.selfServiceSeconds(rng)]).toEqual([30, 90]);
  });

  it('without an IVR in the scenario: no menu, everyone wants a person, and no number is drawn', () => {
    const { menu } = ivr(undefined);
    const used = new RandomStreams(5).stream('caller.x');
    const fresh = new RandomStreams(5).stream('caller.x');
    expect([menu.menuSeconds(used), menu.wantsAgent(used, 0.9), menu.selfServiceSeconds(used)]).toEqual([0, true, 0]);
    expect(used.uniform()).toBe(fresh.uniform());
  });
});

describe('the IVR, step by step', () => {
  it('passes a caller with no menu time on at once, inside enter, with no event', () => {
    const { kernel, menu, log } = ivr(spec);
    menu.enter(callThat(true, 0, 0));
    expect(log).toEqual(['0 chose an agent']);
    kernel.runUntil(100);
    expect(kernel.eventCount).toBe(0);
  });

  it('draws the menu and self-service times from the scenario distributions', () => {
    const { menu } = ivr({ menuSeconds: { kind: 'exponential', meanSeconds: 40 }, selfServiceSeconds: { kind: 'uniform', minSeconds: 60, maxSeconds: 61 } } as IvrSpec);
    const rng = new RandomStreams(2).stream('caller.t');
    const menus = Array.from({ length: 5000 }, () => menu.menuSeconds(rng));
    const selfService = Array.from({ length: 100 }, () => menu.selfServiceSeconds(rng));
    // Exponential mean 40: standard error 40 / √5000 = 0.57; 4 of them.
    expect(Math.abs(menus.reduce((a, b) => a + b, 0) / 5000 - 40)).toBeLessThan(2.3);
    expect(selfService.every((s) => s >= 60 && s <= 61)).toBe(true);
  });

  it('sends everyone to a person with a self-service share of 0, and no one with a share of 1', () => {
    const { menu } = ivr(spec);
    const rng = new RandomStreams(1).stream('caller.edge');
    const choices = (share: number) => Array.from({ length: 200 }, () => menu.wantsAgent(rng, share));
    expect(choices(0).every(Boolean)).toBe(true);
    expect(choices(1).some(Boolean)).toBe(false);
  });
});
