/** The player against the worker API called directly: play to the end gives the engine's counts; step; jump. */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import type { TraceRecord } from '../../models/results/trace.ts';
import { Player } from '../../src/trainer/player.ts';
import { createTrainerApi } from '../../src/worker/trainer-api.ts';
import { bundled, bundledJson } from '../support/scenarios.ts';

const options = { seed: 9, replication: 0, days: 1 };

async function open() {
  const api = createTrainerApi();
  const opened = api.open(bundledJson('baseline'), options);
  if (!opened.ok) throw new Error('not opened');
  return new Player(api, opened.config);
}

/** Plays with frames of `frameMs` until the replication ends. */
async function playToEnd(player: Player, frameMs: number): Promise<void> {
  player.playing = true;
  for (let frames = 0; player.playing && frames < 1e6; frames++) {
    player.tick(frameMs);
    await Promise.resolve();
  }
}

describe('the trainer’s player', () => {
  it('plays a replication to its end at a day a minute and shows the engine’s counts', async () => {
    const player = await open();
    player.speed = 1440;
    await playToEnd(player, 16);
    const result = simulateCallCentre(bundled('baseline'), options);
    for (const [lane, f] of Object.entries(result.byLane)) {
      expect(player.floor.lanes[lane]!.answered).toBe(f.answered);
      expect(player.floor.lanes[lane]!.offered).toBe(f.offered);
    }
    expect(player.floor.orders.created).toBe(result.workOrders.created);
  });

  it('steps one record (or instant) at a time, paused', async () => {
    const player = await open();
    const seen: TraceRecord[] = [];
    player.onRecord = (r) => seen.push(r);
    await player.step();
    await player.step();
    expect(player.playing).toBe(false);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(player.clock).toBe(seen.at(-1)!.t);
  });

  it('jumps to a time and plays on from the floor there', async () => {
    const player = await open();
    await player.jump(10 * 3600);
    expect(player.clock).toBe(10 * 3600);
    const before = player.floor.records;
    player.playing = true;
    for (let k = 0; k < 20; k++) {
      player.tick(1000);
      await Promise.resolve();
    }
    expect(player.floor.records).toBeGreaterThan(before);
    expect(player.clock).toBeGreaterThan(10 * 3600);
  });
});
