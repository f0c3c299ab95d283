/**
 * A pool of agents serving jobs from waiting lines in strict, non-preemptive priority.
 * What simjs's `Facility` cannot do: the number of agents on duty changes over time
 * (shifts, standby call-in; an agent busy at the end of a shift finishes first), agents
 * come in groups taken in a preferred order (regular seats before standby), a line may
 * keep seats in reserve for the lines above it, and a waiting job may leave (reneging).
 */
import { Fifo } from './fifo.ts';
import type { Kernel } from './kernel.ts';
import { Level } from './stats.ts';

/** Stale entries a line may hold however few jobs wait: compacting tiny lines would be wasted work. */
const STALE_ENTRIES_TOLERATED = 64;

/** What a pool needs to keep on a job it holds in a line. */
export interface PoolJob {
  /** 0 when not waiting; otherwise the ticket of its place in line. */
  waitTicket: number;
  /** Index of the line it waits in. */
  waitLine: number;
}

export interface Agent {
  readonly id: number;
  /** Index into the pool's groups. */
  readonly group: number;
  busy: boolean;
  /** Busy past the end of duty: goes off duty at release instead of taking another job. */
  leaving: boolean;
}

export interface PoolLine {
  readonly name: string;
  /**
   * Seats this line keeps for itself and the lines above it: lines below may take an
   * agent only while more than this many (summed over all lines above them) are free.
   */
  readonly reservedSeats: number;
}

export interface PoolOptions<J> {
  readonly name: string;
  /** Waiting lines, highest priority first. */
  readonly lines: readonly PoolLine[];
  /** Agent groups, in the order free agents are taken. */
  readonly groups: readonly string[];
  /** Called when a job gets an agent, at once or later from its line. */
  readonly onStart: (job: J, agent: Agent) => void;
  /** Called when an agent goes off duty (at once, or after finishing its job): lets staff move between pools. */
  readonly onOffDuty?: (agent: Agent) => void;
}

export class Pool<J extends PoolJob> {
  readonly name: string;
  readonly lineNames: readonly string[];
  readonly groupNames: readonly string[];
  /** Jobs waiting, per line. */
  readonly queueLevels: readonly Level[];
  /** Busy agents, per group. */
  readonly busyLevels: readonly Level[];
  /** Agents present (on duty, or finishing a job after duty), per group. */
  readonly presentLevels: readonly Level[];

  private readonly kernel: Kernel;
  private readonly onStart: (job: J, agent: Agent) => void;
  private readonly onOffDuty: ((agent: Agent) => void) | undefined;
  private readonly lines: Fifo<J>[];
  private readonly live: number[];
  private readonly reservedAbove: number[];
  private readonly free: Agent[][];
  private readonly roster: Agent[][];
  private readonly offDuty: Agent[][];
  private readonly staffed: number[];
  private freeTotal = 0;
  private nextTicket = 1;
  private nextAgentId = 1;

  constructor(kernel: Kernel, options: PoolOptions<J>) {
    this.kernel = kernel;
    this.name = options.name;
    this.onStart = options.onStart;
    this.onOffDuty = options.onOffDuty;
    this.lineNames = options.lines.map((l) => l.name);
    this.groupNames = [...options.groups];
    this.lines = options.lines.map(() => new Fifo<J>());
    this.live = options.lines.map(() => 0);
    let reserved = 0;
    this.reservedAbove = options.lines.map((line) => {
      const above = reserved;
      reserved += line.reservedSeats;
      return above;
    });
    const perGroup = <T>(make: () => T) => options.groups.map(make);
    this.free = perGroup(() => []);
    this.roster = perGroup(() => []);
    this.offDuty = perGroup(() => []);
    this.staffed = perGroup(() => 0);
    this.queueLevels = options.lines.map((l) => new Level(`${this.name}.${l.name}.waiting`));
    this.busyLevels = options.groups.map((g) => new Level(`${this.name}.${g}.busy`));
    this.presentLevels = options.groups.map((g) => new Level(`${this.name}.${g}.present`));
  }

  /** Jobs waiting in `line`. */
  waiting(line: number): number {
    return this.live[line]!;
  }

  /** Entries `line` holds, waiting jobs and stale ones (memory checks). */
  heldEntries(line: number): number {
    return this.lines[line]!.length;
  }

  /** Agents on duty in `group`, not counting those finishing a job after duty. */
  staffedCount(group: number): number {
    return this.staffed[group]!;
  }

  /** Agents of `group` finishing a job before going off duty. */
  leavingCount(group: number): number {
    return this.presentLevels[group]!.value - this.staffed[group]!;
  }

  /** Offers `job` to the pool: it starts at once if an agent may take it, else waits in `line`. */
  request(job: J, line: number): void {
    if (job.waitTicket !== 0) {
      throw new Error(`Pool ${this.name}: job already waiting (ticket ${job.waitTicket}) at t=${this.kernel.now()}`);
    }
    if (this.freeTotal > this.reservedAbove[line]!) {
      this.start(job);
      return;
    }
    job.waitTicket = this.nextTicket++;
    job.waitLine = line;
    this.lines[line]!.push(job, job.waitTicket);
    this.live[line]!++;
    this.queueLevels[line]!.add(this.kernel.now(), 1);
  }

  /** Removes a waiting job from its line (the caller hung up). */
  withdraw(job: J): void {
    if (job.waitTicket === 0) {
      throw new Error(`Pool ${this.name}: withdraw of a job that is not waiting at t=${this.kernel.now()}`);
    }
    const line = job.waitLine;
    job.waitTicket = 0;
    this.live[line]!--;
    this.queueLevels[line]!.add(this.kernel.now(), -1);
    this.dropStaleEntries(line);
  }

  /**
   * A withdrawn job stays in its line as a stale entry until it reaches the head. While a
   * line is starved nothing reaches the head, so once stale entries outnumber live ones
   * (and a few) the line is compacted: each compaction costs at most about twice the stale
   * entries it drops, each dropped once, so withdrawal stays O(1) amortised and a line holds
   * at most about twice the jobs really waiting. Live jobs keep their order: no event moves.
   */
  private dropStaleEntries(line: number): void {
    const fifo = this.lines[line]!;
    const live = this.live[line]!;
    if (fifo.length - live <= Math.max(live, STALE_ENTRIES_TOLERATED)) return;
    fifo.compact((job, tag) => job.waitTicket === tag);
  }

  /** The agent has finished its job: it takes the next one, or goes off duty if its duty is over. */
  release(agent: Agent): void {
    if (!agent.busy) {
      throw new Error(`Pool ${this.name}: agent ${agent.id} (${this.groupNames[agent.group]}) released at t=${this.kernel.now()} but not busy`);
    }
    const now = this.kernel.now();
    agent.busy = false;
    this.busyLevels[agent.group]!.add(now, -1);
    if (agent.leaving) {
      agent.leaving = false;
      this.goOffDuty(agent);
      return;
    }
    this.free[agent.group]!.push(agent);
    this.freeTotal++;
    this.dispatch();
  }

  /**
   * Sets how many agents of `group` are on duty. Extra agents leave at once if free,
   * otherwise when they finish their job; agents still finishing are recalled first.
   */
  setStaffed(group: number, target: number): void {
    if (!Number.isInteger(target) || target < 0) {
      throw new RangeError(`Pool ${this.name}: staffed count for ${this.groupNames[group]} must be a whole number ≥ 0, got ${target}`);
    }
    let diff = target - this.staffed[group]!;
    const roster = this.roster[group]!;
    if (diff > 0) {
      for (const agent of roster) {
        if (diff === 0) break;
        if (agent.leaving) {
          agent.leaving = false;
          this.staffed[group]!++;
          diff--;
        }
      }
      for (; diff > 0; diff--) this.goOnDuty(group);
      this.dispatch();
      return;
    }
    const free = this.free[group]!;
    while (diff < 0 && free.length > 0) {
      const agent = free.pop()!;
      this.freeTotal--;
      this.staffed[group]!--;
      this.goOffDuty(agent);
      diff++;
    }
    for (const agent of roster) {
      if (diff === 0) break;
      if (agent.busy && !agent.leaving) {
        agent.leaving = true;
        this.staffed[group]!--;
        diff++;
      }
    }
  }

  private goOnDuty(group: number): void {
    const agent: Agent = this.offDuty[group]!.pop() ?? { id: this.nextAgentId++, group, busy: false, leaving: false };
    this.roster[group]!.push(agent);
    this.staffed[group]!++;
    this.presentLevels[group]!.add(this.kernel.now(), 1);
    this.free[group]!.push(agent);
    this.freeTotal++;
  }

  private goOffDuty(agent: Agent): void {
    const roster = this.roster[agent.group]!;
    roster.splice(roster.indexOf(agent), 1);
    this.offDuty[agent.group]!.push(agent);
    this.presentLevels[agent.group]!.add(this.kernel.now(), -1);
    this.onOffDuty?.(agent);
  }

  /** Gives free agents to waiting jobs, highest line first, respecting reserved seats. */
  private dispatch(): void {
    const lineCount = this.lines.length;
    let line = 0;
    while (this.freeTotal > 0 && line < lineCount) {
      if (this.live[line] === 0) {
        line++;
        continue;
      }
      // Lines further down keep at least as many seats in reserve: none of them may start.
      if (this.freeTotal <= this.reservedAbove[line]!) return;
      const job = this.nextLive(line);
      job.waitTicket = 0;
      this.live[line]!--;
      this.queueLevels[line]!.add(this.kernel.now(), -1);
      this.start(job);
      line = 0;
    }
  }

  /** Head of `line` after dropping entries of jobs that left it. */
  private nextLive(line: number): J {
    const fifo = this.lines[line]!;
    for (;;) {
      const job = fifo.peekItem();
      if (job === undefined) throw new Error(`Pool ${this.name}: line ${this.lineNames[line]} counted waiting jobs but holds none`);
      const tag = fifo.peekTag();
      fifo.shift();
      if (job.waitTicket === tag) return job;
    }
  }

  private start(job: J): void {
    let agent: Agent | undefined;
    for (const free of this.free) {
      agent = free.pop();
      if (agent) break;
    }
    if (!agent) throw new Error(`Pool ${this.name}: no free agent at t=${this.kernel.now()} though ${this.freeTotal} counted`);
    this.freeTotal--;
    agent.busy = true;
    this.busyLevels[agent.group]!.add(this.kernel.now(), 1);
    this.onStart(job, agent);
  }
}
