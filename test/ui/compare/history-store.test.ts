import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HistoryStore, type NewHistoryEntry } from '../../../src/ui/compare/history-store.ts';
import type { Figures } from '../../../models/replications.ts';
import type { Summary } from '../../../src/engine/summary.ts';

const summary = (x: number) => ({ byLane: { emergency: { serviceLevel: { mean: x, halfWidth95: NaN } } } }) as unknown as Summary<Figures>;
const entry = (k: number): NewHistoryEntry => ({
  at: 1_800_000_000_000 + k,
  name: `run ${k}`,
  scenarioJson: { name: `run ${k}`, front: { seats: k } },
  settings: { seed: 12308, replications: 5, days: k % 2 ? 2 : undefined },
  replicationsDone: 5,
  summary: summary(k / 100),
});

describe('HistoryStore', () => {
  it('keeps runs across openings, newest first, with their summaries', async () => {
    const factory = new IDBFactory();
    const store = await HistoryStore.open(factory);
    const first = await store.add(entry(1));
    await store.add(entry(2));
    store.close();
    const again = await HistoryStore.open(factory);
    const list = await again.list();
    expect(list.map((r) => r.name)).toEqual(['run 2', 'run 1']);
    expect(list[0]).not.toHaveProperty('summary');
    const got = await again.get(first.id);
    expect(got?.settings).toEqual({ seed: 12308, replications: 5, days: 2 });
    expect(got?.scenarioJson).toEqual({ name: 'run 1', front: { seats: 1 } });
    expect(Number.isNaN((got?.summary as unknown as { byLane: { emergency: { serviceLevel: { halfWidth95: number } } } }).byLane.emergency.serviceLevel.halfWidth95)).toBe(true);
  });

  it('keeps only the newest `cap` runs, dropping their summaries too', async () => {
    const store = await HistoryStore.open(new IDBFactory(), { cap: 3 });
    const ids: number[] = [];
    for (let k = 1; k <= 5; k++) ids.push((await store.add(entry(k))).id);
    expect((await store.list()).map((r) => r.name)).toEqual(['run 5', 'run 4', 'run 3']);
    expect(await store.get(ids[0]!)).toBeUndefined();
    expect(await store.get(ids[1]!)).toBeUndefined();
    expect((await store.get(ids[4]!))?.name).toBe('run 5');
  });

  it('deletes one run, and clears all', async () => {
    const store = await HistoryStore.open(new IDBFactory());
    const a = await store.add(entry(1));
    await store.add(entry(2));
    await store.delete(a.id);
    expect((await store.list()).map((r) => r.name)).toEqual(['run 2']);
    expect(await store.get(a.id)).toBeUndefined();
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});
