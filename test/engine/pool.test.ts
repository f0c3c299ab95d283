import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/engine/kernel.ts';
import { Pool, type Agent, type PoolJob } from '../../src/engine/pool.ts';

class Job implements PoolJob {
  waitTicket = 0;
  waitLine = 0;
  constructor(readonly name: string) {}
}

function setup(lines = [{ name: 'emergency', reservedSeats: 1 }, { name: 'general', reservedSeats: 0 }]) {
  const kernel = new Kernel();
  const started: [string, number][] = [];
  const agents = new Map<string, Agent>();
  const pool = new Pool<Job>(kernel, {
    name: 'desk',
    lines,
    groups: ['front', 'standby'],
    onStart: (job, agent) => {
      started.push([job.name, kernel.now()]);
      agents.set(job.name, agent);
    },
  });
  return { kernel, pool, started, agents };
}

describe('Pool', () => {
  it('serves the higher line first and keeps reserved seats for it', () => {
    const { pool, started, agents } = setup();
    pool.setStaffed(0, 2);
    pool.request(new Job('g1'), 1); // 2 free > 1 reserved: starts
    pool.request(new Job('g2'), 1); // 1 free, reserved for emergencies: waits
    pool.request(new Job('e1'), 0); // emergency takes the reserved seat
    expect(started.map((s) => s[0])).toEqual(['g1', 'e1']);
    pool.release(agents.get('g1')!);
    expect(pool.waiting(1)).toBe(1); // one free seat is still the reserve
    pool.release(agents.get('e1')!);
    expect(started.map((s) => s[0])).toEqual(['g1', 'e1', 'g2']);
  });

  it('lets a busy agent finish after the end of duty, then sends them off', () => {
    const { pool, agents } = setup();
    pool.setStaffed(0, 1);
    pool.request(new Job('a'), 0);
    pool.setStaffed(0, 0);
    expect(pool.presentLevels[0]!.value).toBe(1);
    pool.request(new Job('b'), 0);
    expect(pool.waiting(0)).toBe(1);
    pool.release(agents.get('a')!);
    expect(pool.presentLevels[0]!.value).toBe(0);
    expect(pool.waiting(0)).toBe(1);
  });

  it('drops a withdrawn job from its line', () => {
    const { pool, started } = setup();
    pool.setStaffed(0, 0);
    const gone = new Job('gone');
    pool.request(gone, 0);
    pool.request(new Job('stays'), 0);
    pool.withdraw(gone);
    pool.setStaffed(0, 1);
    expect(started.map((s) => s[0])).toEqual(['stays']);
  });

  it('throws when an agent who is not busy is released, naming the pool and agent', () => {
    const { pool, agents } = setup();
    pool.setStaffed(0, 1);
    pool.request(new Job('a'), 0);
    pool.release(agents.get('a')!);
    expect(() => pool.release(agents.get('a')!)).toThrow(/Pool desk: agent 1 \(front\) released at t=0 but not busy/);
  });

  it('holds about the callers present in a starved line, however many hang up', () => {
    const { pool } = setup();
    pool.setStaffed(0, 0);
    const stayers = Array.from({ length: 10 }, (_, i) => new Job(`stay${i}`));
    stayers.forEach((job) => pool.request(job, 1));
    let most = 0;
    for (let i = 0; i < 100_000; i++) {
      const job = new Job(`gone${i}`);
      pool.request(job, 1);
      pool.withdraw(job);
      most = Math.max(most, pool.heldEntries(1));
    }
    expect(pool.waiting(1)).toBe(10);
    expect(most).toBeLessThanOrEqual(2 * 10 + 64 + 1);
  });

  it('serves waiting jobs in line order, never one that hung up, through any compaction', () => {
    // Ops: join line 0 or 1, hang up the k-th waiting job, an agent comes or goes.
    const op = fc.oneof(
      fc.record({ join: fc.integer({ min: 0, max: 1 }) }),
      fc.record({ leave: fc.nat() }),
      fc.record({ staff: fc.integer({ min: 0, max: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const { pool, started } = setup();
        const waiting: Job[] = [];
        const served: string[] = [];
        const expected: Job[][] = [[], []];
        let n = 0;
        for (const o of ops) {
          if ('join' in o) {
            const job = new Job(`j${n++}`);
            pool.request(job, o.join);
            if (job.waitTicket !== 0) {
              waiting.push(job);
              expected[o.join]!.push(job);
            }
          } else if ('leave' in o) {
            const live = waiting.filter((j) => j.waitTicket !== 0);
            if (live.length === 0) continue;
            const job = live[o.leave % live.length]!;
            pool.withdraw(job);
            expected[job.waitLine]!.splice(expected[job.waitLine]!.indexOf(job), 1);
          } else {
            pool.setStaffed(0, o.staff);
          }
          for (const [line, queue] of expected.entries()) {
            // Jobs leave the head of their line in order: none behind a waiting job has started.
            while (queue.length > 0 && queue[0]!.waitTicket === 0) served.push(queue.shift()!.name);
            expect(queue.every((job) => job.waitTicket !== 0)).toBe(true);
            expect(pool.waiting(line)).toBe(queue.length);
          }
        }
        const startedNames = new Set(started.map((s) => s[0]));
        for (const name of served) expect(startedNames.has(name)).toBe(true);
      }),
      { seed: 12308, numRuns: 200 },
    );
  });
});
