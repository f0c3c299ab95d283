/** Captions at the key moments of real replications. */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { MISSIONS } from '../../models/missions/catalogue.ts';
import { MissionClock } from '../../models/missions/office-clock.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { applyRecord, emptyFloor, floorConfig } from '../../src/trainer/floor-state.ts';
import { Narrator, type Caption } from '../../src/trainer/narration.ts';
import { bundled } from '../support/scenarios.ts';

function captions(scenario: Scenario, days: number): Caption[] {
  const clocks = new Map(MISSIONS.map((m) => [m.id, new MissionClock(m, scenario.run.startBeijing, (days + 10) * 86400)]));
  const narrator = new Narrator({
    isOpen: (id, t) => clocks.get(id)!.isOpen(t),
    missionName: (id) => MISSIONS.find((m) => m.id === id)!.name,
    channelName: (id) => ({ zh: id, en: id }),
    emergencyLane: 'emergency',
  });
  const floor = emptyFloor(floorConfig(scenario, { horizonSeconds: days * 86400, warmupSeconds: 0 }));
  const out: Caption[] = [];
  simulateCallCentre(scenario, {
    seed: 1,
    days,
    trace: (r) => {
      applyRecord(floor, r);
      const c = narrator.caption(r, floor);
      if (c) out.push(c);
    },
  });
  return out;
}

describe('the narration', () => {
  it('tells the first emergency call, standby seats called in, secretaries on the phones, an embassy closed and a fallback', () => {
    const kinds = new Set(captions(bundled('major-incident'), 4).map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['embassy-closed', 'fallback', 'first-emergency', 'secretaries', 'standby']);
  });

  it('tells the first emergency call once, and a closed embassy at most once a simulated hour', () => {
    const all = captions(bundled('baseline'), 2);
    expect(all.filter((c) => c.kind === 'first-emergency')).toHaveLength(1);
    const closed = all.filter((c) => c.kind === 'embassy-closed');
    for (let i = 1; i < closed.length; i++) expect(closed[i]!.t - closed[i - 1]!.t).toBeGreaterThanOrEqual(3600);
    for (const c of all) expect(c.text.zh.length).toBeGreaterThan(5);
  });
});
