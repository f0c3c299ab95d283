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

describe('Pool, by hand', () => {
  it('names its levels after the pool, the line or the group', () => {
    const { pool } = setup();
    expect(pool.queueLevels.map((l) => l.name)).toEqual(['desk.emergency.waiting', 'desk.general.waiting']);
    expect(pool.busyLevels.map((l) => l.name)).toEqual(['desk.front.busy', 'desk.standby.busy']);
    expect(pool.presentLevels.map((l) => l.name)).toEqual(['desk.front.present', 'desk.standby.present']);
    expect([pool.name, pool.lineNames, pool.groupNames]).toEqual(['desk', ['emergency', 'general'], ['front', 'standby']]);
  });

  it('refuses a job already waiting, the withdrawal of one not waiting, and a staffed count that is not a whole number ≥ 0', () => {
    const { pool } = setup();
    const job = new Job('a');
    expect(() => pool.withdraw(job)).toThrow(/Pool desk: withdraw of a job that is not waiting at t=0/);
    pool.request(job, 0);
    expect(() => pool.request(job, 0)).toThrow(/Pool desk: job already waiting \(ticket 1\) at t=0/);
    for (const bad of [-1, 1.5, NaN]) expect(() => pool.setStaffed(1, bad)).toThrow(new RangeError(`Pool desk: staffed count for standby must be a whole number ≥ 0, got ${bad}`));
    expect(pool.staffedCount(1)).toBe(0);
  });

  it('takes free agents group by group in the order given: front seats before standby', () => {
    const { pool, agents } = setup();
    pool.setStaffed(1, 2);
    pool.setStaffed(0, 1);
    for (const name of ['a', 'b', 'c']) pool.request(new Job(name), 0);
    expect(['a', 'b', 'c'].map((n) => agents.get(n)!.group)).toEqual([0, 1, 1]);
    expect(pool.busyLevels.map((l) => l.value)).toEqual([1, 2]);
    expect(pool.presentLevels.map((l) => l.value)).toEqual([1, 2]);
  });

  it('sums the reserves of the lines above: a third line starts only while more seats are free than both reserves', () => {
    const { pool, started } = setup([
      { name: 'top', reservedSeats: 1 },
      { name: 'middle', reservedSeats: 1 },
      { name: 'bottom', reservedSeats: 0 },
    ]);
    pool.setStaffed(0, 3);
    pool.request(new Job('b1'), 2); // 3 free > 2 reserved above: starts
    pool.request(new Job('b2'), 2); // 2 free, not more than 2: waits
    pool.request(new Job('m1'), 1); // 2 free > 1 reserved above the middle line: starts
    pool.request(new Job('m2'), 1); // 1 free, kept for the top line: waits
    pool.request(new Job('t1'), 0); // the top line may take the last seat
    expect(started.map((s) => s[0])).toEqual(['b1', 'm1', 't1']);
    expect([pool.waiting(0), pool.waiting(1), pool.waiting(2)]).toEqual([0, 1, 1]);
    expect(pool.queueLevels.map((l) => l.value)).toEqual([0, 1, 1]);
  });

  it('counts agents on duty and those finishing a job after duty, and recalls the latter first', () => {
    const { kernel, pool, agents, started } = setup();
    const offDuty: number[] = [];
    const counted = new Pool<Job>(kernel, {
      name: 'counted',
      lines: [{ name: 'only', reservedSeats: 0 }],
      groups: ['front'],
      onStart: (job, agent) => agents.set(job.name, agent),
      onOffDuty: (agent) => offDuty.push(agent.id),
    });
    counted.setStaffed(0, 3);
    counted.request(new Job('x'), 0);
    counted.request(new Job('y'), 0);
    counted.setStaffed(0, 0); // the free agent leaves at once, the two busy ones after their job
    const [x, y] = [agents.get('x')!, agents.get('y')!];
    expect([counted.staffedCount(0), counted.leavingCount(0)]).toEqual([0, 2]);
    expect(offDuty).toHaveLength(1);
    expect([x.id, y.id]).not.toContain(offDuty[0]);
    counted.setStaffed(0, 1); // one of the two finishing is recalled: no new agent comes
    expect([counted.staffedCount(0), counted.leavingCount(0), counted.presentLevels[0]!.value]).toEqual([1, 1, 2]);
    counted.release(x);
    counted.release(y); // the recalled one stays, free; the other goes off duty
    expect([counted.staffedCount(0), counted.leavingCount(0), counted.presentLevels[0]!.value]).toEqual([1, 0, 1]);
    expect(offDuty).toHaveLength(2);
    expect([x.id, y.id]).toContain(offDuty[1]);
    expect([x.busy, y.busy, x.leaving, y.leaving]).toEqual([false, false, false, false]);
    counted.setStaffed(0, 3); // agents who went off duty come back before new ones are made
    counted.request(new Job('z1'), 0);
    counted.request(new Job('z2'), 0);
    counted.request(new Job('z3'), 0);
    expect(new Set(['z1', 'z2', 'z3'].map((n) => agents.get(n)!.id))).toEqual(new Set([1, 2, 3]));
    expect(started).toEqual([]);
    expect(pool.staffedCount(0)).toBe(0);
  });

  it('keeps the stale entries of a starved line up to max(waiting, 64), then compacts them away', () => {
    const { pool } = setup();
    const churn = (count: number) => {
      for (let i = 0; i < count; i++) {
        const job = new Job('gone');
        pool.request(job, 1);
        pool.withdraw(job);
      }
    };
    churn(64);
    expect(pool.heldEntries(1)).toBe(64);
    churn(1);
    expect(pool.heldEntries(1)).toBe(0);
    const stayers = Array.from({ length: 100 }, (_, i) => new Job(`s${i}`));
    stayers.forEach((job) => pool.request(job, 1));
    churn(100); // 100 stale beside 100 waiting: kept
    expect(pool.heldEntries(1)).toBe(200);
    churn(1); // 101 stale > 100 waiting: compacted to the waiting ones
    expect(pool.heldEntries(1)).toBe(100);
    expect(pool.waiting(1)).toBe(100);
  });

  it('sends a free agent off at once when its group is cut, and the level of busy seats follows releases', () => {
    const { kernel, pool, agents } = setup();
    pool.setStaffed(0, 2);
    pool.request(new Job('a'), 1);
    kernel.runUntil(10);
    pool.setStaffed(0, 1); // the free one goes; a keeps its seat
    expect([pool.staffedCount(0), pool.leavingCount(0), pool.presentLevels[0]!.value]).toEqual([1, 0, 1]);
    kernel.runUntil(20);
    pool.release(agents.get('a')!);
    expect(pool.busyLevels[0]!.value).toBe(0);
    // busy 1 from 0 to 20, present 2 until 10 then 1.
    expect(pool.busyLevels[0]!.mean(20)).toBe(1);
    expect(pool.presentLevels[0]!.mean(20)).toBe(1.5);
  });
});

describe('Pool, levels and cuts', () => {
  it('raises the queue level when a job waits and lowers it when the job hangs up or is served', () => {
    const { kernel, pool, agents } = setup();
    pool.setStaffed(0, 1);
    pool.request(new Job('busy'), 0);
    const gone = new Job('gone');
    const served = new Job('served');
    kernel.runUntil(10);
    pool.request(gone, 0);
    pool.request(served, 0);
    expect(pool.queueLevels[0]!.value).toBe(2);
    kernel.runUntil(20);
    pool.withdraw(gone);
    expect(pool.queueLevels[0]!.value).toBe(1);
    kernel.runUntil(30);
    pool.release(agents.get('busy')!);
    expect(pool.queueLevels[0]!.value).toBe(0);
    // 2 waiting for 10 s, 1 for 10 s, over 30 s.
    expect(pool.queueLevels[0]!.mean(30)).toBe(1);
    expect(pool.queueLevels[0]!.maximum()).toBe(2);
  });

  it('cuts only as many free agents as asked', () => {
    const { pool } = setup();
    pool.setStaffed(0, 3);
    pool.setStaffed(0, 2);
    expect([pool.staffedCount(0), pool.presentLevels[0]!.value]).toEqual([2, 2]);
    pool.setStaffed(0, 2); // no change
    expect([pool.staffedCount(0), pool.presentLevels[0]!.value, pool.leavingCount(0)]).toEqual([2, 2, 0]);
  });

  it('marks only as many busy agents leaving as asked, each once, and lets them all go in the end', () => {
    const { pool, agents } = setup();
    pool.setStaffed(0, 2);
    pool.request(new Job('a'), 0);
    pool.request(new Job('b'), 0);
    pool.setStaffed(0, 1);
    expect([pool.staffedCount(0), pool.leavingCount(0)]).toEqual([1, 1]);
    pool.setStaffed(0, 0);
    expect([pool.staffedCount(0), pool.leavingCount(0)]).toEqual([0, 2]);
    pool.release(agents.get('a')!);
    pool.release(agents.get('b')!);
    expect([pool.presentLevels[0]!.value, pool.busyLevels[0]!.value]).toEqual([0, 0]);
  });

  it('keeps a new agent on duty after its first job', () => {
    const { pool, agents } = setup();
    pool.setStaffed(1, 1);
    pool.request(new Job('a'), 0);
    pool.release(agents.get('a')!);
    expect([pool.staffedCount(1), pool.presentLevels[1]!.value, pool.leavingCount(1)]).toEqual([1, 1, 0]);
    pool.request(new Job('b'), 0);
    expect(agents.get('b')).toBe(agents.get('a'));
  });
});

describe('Pool, agents going off duty', () => {
  it('hands onOffDuty an agent that is neither busy nor leaving, whether it was free or finished a job', () => {
    const kernel = new Kernel();
    const agents = new Map<string, Agent>();
    const seen: [number, boolean, boolean][] = [];
    const pool = new Pool<Job>(kernel, {
      name: 'p',
      lines: [{ name: 'only', reservedSeats: 0 }],
      groups: ['front'],
      onStart: (job, agent) => agents.set(job.name, agent),
      onOffDuty: (agent) => seen.push([agent.id, agent.busy, agent.leaving]),
    });
    pool.setStaffed(0, 2);
    pool.request(new Job('a'), 0);
    pool.setStaffed(0, 0); // the free agent at once, a's agent after its job
    pool.release(agents.get('a')!);
    expect(seen.map(([, busy, leaving]) => [busy, leaving])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(new Set(seen.map(([id]) => id)).size).toBe(2);
  });
});
