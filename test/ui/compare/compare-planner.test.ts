import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { inProcessWorker } from '../../../src/planning/experiments.ts';
import { ComparePlanner } from '../../../src/ui/compare/compare-planner.ts';
import { withDeltas } from '../../../src/ui/compare/deltas.ts';
import { HistoryStore } from '../../../src/ui/compare/history-store.ts';
import { CurrentRun } from '../../../src/ui/current-run.ts';
import { kpiCards } from '../../../src/ui/dashboard/kpis.ts';
import type { DashboardSummary } from '../../../src/ui/dashboard/results.ts';
import { SimulationPool } from '../../../src/worker/client.ts';
import { bundledJson } from '../../support/scenarios.ts';
import { heldWorker } from '../../worker/fake-workers.ts';
import { fakeHost } from '../fake-host.ts';

const settings = { seed: 12308, replications: 3, days: 1.5 };
const baseline = bundledJson('baseline');
/** Less capacity: 12 front seats instead of 20 and no standby seats (which fewer front seats would call in sooner). */
const fewerSeats = { ...baseline, frontDesk: { ...(baseline.frontDesk as object), seats: 12 }, standby: { ...(baseline.standby as object), seats: 0 } };

/** A page's run and planner over in-process "workers" and a fake IndexedDB. */
function page(make = () => ({ ...inProcessWorker(), terminate: () => {} })) {
  const host = fakeHost();
  const factory = new IDBFactory();
  const planner = new ComparePlanner(host, { openStore: () => HistoryStore.open(factory), now: (() => { let t = 1_800_000_000_000; return () => (t += 1000); })() });
  const run = new CurrentRun(host, {
    createPool: () => new SimulationPool({ maxWorkers: 2, createWorker: make }),
    onFinished: (finished) => void planner.record(finished),
  });
  return { host, planner, run, factory };
}

async function runAsPage(p: ReturnType<typeof page>, json: unknown) {
  const plan = p.planner.plan(settings);
  await p.run.start(json, plan.settings, plan.versus);
}

describe('ComparePlanner with CurrentRun', () => {
  it('compares identical scenarios to differences of exactly zero, and an edit to a clear difference', async () => {
    const p = page();
    await runAsPage(p, baseline);
    expect(p.run.status).toBe('done');
    expect(p.run.comparison).toBeUndefined();
    p.planner.pinCurrent(p.run);
    expect(p.planner.pinned?.name).toBe(baseline.name);
    // Run asks for other settings; the comparison keeps A's.
    expect(p.planner.plan({ seed: 1, replications: 9, days: undefined }).settings).toEqual(settings);

    await runAsPage(p, structuredClone(baseline));
    const same = p.run.comparison!;
    expect(p.run.status).toBe('done');
    for (const lane of Object.values((same.difference as DashboardSummary).byLane)) {
      expect(lane.serviceLevel.mean).toBe(0);
      expect(lane.abandonRate.mean).toBe(0);
    }
    expect(same.a).toEqual(p.planner.pinned!.summary);
    const cards = withDeltas(kpiCards(p.run.summary as DashboardSummary, p.run.scenario!, 'en'), same.difference as DashboardSummary, same.a as DashboardSummary, p.run.summary as DashboardSummary, 'en');
    expect(cards.find((c) => c.id === 'sl-general')?.delta).toBe('0.0 pts ± 0.0 vs A');

    await runAsPage(p, fewerSeats);
    const diff = (p.run.comparison!.difference as DashboardSummary).byLane.general!.serviceLevel;
    expect(diff.mean).toBeLessThan(0);
    expect(diff.halfWidth95).toBeGreaterThan(0);
    expect((p.run.comparison!.difference as DashboardSummary).byLane.general!.abandonRate.mean).toBeGreaterThan(0);
    const zh = withDeltas(kpiCards(p.run.summary as DashboardSummary, p.run.scenario!, 'zh'), p.run.comparison!.difference as DashboardSummary, p.run.comparison!.a as DashboardSummary, p.run.summary as DashboardSummary, 'zh');
    expect(zh.find((c) => c.id === 'sl-general')?.delta).toMatch(/^较方案 A −\d+\.\d 个百分点 ± \d+\.\d$/);

    // Every finished run went to the history, the B sides marked as compared with A.
    await vi.waitFor(() => expect(p.planner.history).toHaveLength(3));
    expect(p.planner.history.map((h) => h.comparedWith)).toEqual([baseline.name, baseline.name, undefined]);

    p.planner.unpin();
    expect(p.planner.plan(settings).versus).toBeUndefined();
  }, 60_000);

  it('reopens, pins, deletes and clears runs of the history, which survives a new page', async () => {
    const p = page();
    await runAsPage(p, baseline);
    await runAsPage(p, fewerSeats);
    await vi.waitFor(() => expect(p.planner.history).toHaveLength(2));
    const [newest, oldest] = p.planner.history;
    await p.planner.act('reopen', oldest!.id, p.run);
    expect(p.run.json).toEqual(baseline);
    expect(p.run.status).toBe('done');
    await p.planner.act('pin-history', newest!.id, p.run);
    expect(p.planner.pinned?.json).toEqual(fewerSeats);

    // A new page on the same database lists the same runs.
    const again = new ComparePlanner(fakeHost(), { openStore: () => HistoryStore.open(p.factory) });
    await again.ready();
    expect(again.history.map((h) => h.id)).toEqual([newest!.id, oldest!.id]);

    await p.planner.act('delete', newest!.id, p.run);
    expect(p.planner.history.map((h) => h.id)).toEqual([oldest!.id]);
    await p.planner.act('clear', undefined, p.run);
    expect(p.planner.history).toEqual([]);
  }, 60_000);

  it('cancels a comparison, and works without a history', async () => {
    const workers: ReturnType<typeof heldWorker>[] = [];
    const host = fakeHost();
    const planner = new ComparePlanner(host, { openStore: () => Promise.reject(new Error('no IndexedDB')) });
    await planner.ready();
    expect(planner.historyAvailable).toBe(false);
    const run = new CurrentRun(host, { createPool: () => new SimulationPool({ maxWorkers: 2, createWorker: () => workers[workers.push(heldWorker()) - 1]! }) });
    const ended = run.start(baseline, settings, { json: baseline, label: 'A' });
    await vi.waitFor(() => expect(workers.flatMap((w) => w.held).length).toBeGreaterThan(0));
    run.cancel();
    await ended;
    expect(run.status).toBe('cancelled');
    expect(run.comparison).toBeUndefined();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});
