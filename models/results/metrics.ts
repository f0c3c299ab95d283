/**
 * The figures planners quote, kept as streaming counters: no per-call records, so a year
 * of calls takes no more memory than a day. Per-call figures count the calls that arrive
 * inside the measured window (after warm-up, before the end), followed until answered or
 * gone; time averages cover the same window.
 */
import { Level, QuantileSketch } from '../../src/engine/stats.ts';

/** One replication's figures for a call type or a lane. Rates are NaN when undefined (no calls). */
export interface CallFigures {
  /** Attempts that reached the hotline's number (first calls and redials). */
  offered: number;
  /** Distinct callers (first attempts). */
  uniqueCallers: number;
  /** Attempts that were redials. */
  redials: number;
  /** Attempts that heard a busy signal (all trunk lines in use). */
  blocked: number;
  /** Attempts resolved by IVR self-service. */
  selfServed: number;
  /** Attempts that joined the front-desk queue (found a free seat or not). */
  queued: number;
  answered: number;
  abandoned: number;
  /** Attempts still in the system when the run stopped following them. */
  stillInSystem: number;
  /** Answered within the lane's target ÷ (answered + abandoned). */
  serviceLevel: number;
  /** Of the calls that joined the queue, the share that found no free seat. */
  probWait: number;
  /** Mean wait of answered calls. */
  meanWaitSeconds: number;
  waitP50Seconds: number;
  waitP90Seconds: number;
  waitP99Seconds: number;
  maxWaitSeconds: number;
  /** Time-average number waiting. */
  meanQueueLength: number;
  /** Abandoned ÷ queued. */
  abandonRate: number;
  /** Blocked ÷ offered. */
  blockRate: number;
  /** Answered within the lane's target ÷ answered: abandoned calls left out. */
  serviceLevelAnswered: number;
  /** Mean time in queue of the calls that hung up. */
  meanTimeToAbandonSeconds: number;
  /** Mean time in queue of every call that queued and left it (answered or hung up). */
  meanQueueTimeSeconds: number;
  /** Of the calls that queued and left it, the share whose time in queue was within the target (answered or not). */
  queueWithinTargetShare: number;
}

/** Streaming counters behind `CallFigures`. */
export class CallTally {
  offered = 0;
  uniqueCallers = 0;
  blocked = 0;
  selfServed = 0;
  queued = 0;
  waited = 0;
  answered = 0;
  abandoned = 0;
  withinTarget = 0;
  /** Calls that hung up within the target time. */
  abandonedWithinTarget = 0;
  waitSum = 0;
  abandonWaitSum = 0;
  waitMax = 0;
  /** Waits of the calls answered here; a parent's waits are its own and its children's, merged when read. */
  private readonly ownWaits = new QuantileSketch();
  private readonly children: CallTally[] = [];

  constructor(
    /** Answered within this many seconds counts toward the service level. */
    readonly targetSeconds: number,
    /** A tally that every count is passed on to (a call type's lane). */
    private readonly parent?: CallTally,
  ) {
    parent?.children.push(this);
  }

  /** Quantiles of the waits of answered calls. */
  get waits(): QuantileSketch {
    if (this.children.length === 0) return this.ownWaits;
    // A sketch's quantiles depend only on its bucket counts, which merge exactly: the same
    // figures as accepting every wait twice, for one logarithm a call instead of two.
    return QuantileSketch.merged([this.ownWaits, ...this.children.map((child) => child.waits)]);
  }

  offer(firstAttempt: boolean): void {
    this.offered++;
    if (firstAttempt) this.uniqueCallers++;
    this.parent?.offer(firstAttempt);
  }

  block(): void {
    this.blocked++;
    this.parent?.block();
  }

  selfServe(): void {
    this.selfServed++;
    this.parent?.selfServe();
  }

  queue(): void {
    this.queued++;
    this.parent?.queue();
  }

  /** The call found no free seat. */
  wait(): void {
    this.waited++;
    this.parent?.wait();
  }

  answer(wait: number): void {
    this.countAnswer(wait);
    this.ownWaits.accept(wait);
  }

  private countAnswer(wait: number): void {
    this.answered++;
    this.waitSum += wait;
    if (wait > this.waitMax) this.waitMax = wait;
    if (wait <= this.targetSeconds) this.withinTarget++;
    this.parent?.countAnswer(wait);
  }

  /** The call hung up after `wait` seconds in the queue. */
  abandon(wait: number): void {
    this.abandoned++;
    this.abandonWaitSum += wait;
    if (wait <= this.targetSeconds) this.abandonedWithinTarget++;
    this.parent?.abandon(wait);
  }

  /** The figures, given the time-average queue length measured over the window. */
  figures(meanQueueLength: number): CallFigures {
    const resolved = this.blocked + this.selfServed + this.answered + this.abandoned;
    const waits = this.waits;
    return {
      offered: this.offered,
      uniqueCallers: this.uniqueCallers,
      redials: this.offered - this.uniqueCallers,
      blocked: this.blocked,
      selfServed: this.selfServed,
      queued: this.queued,
      answered: this.answered,
      abandoned: this.abandoned,
      stillInSystem: this.offered - resolved,
      serviceLevel: this.withinTarget / (this.answered + this.abandoned),
      probWait: this.waited / this.queued,
      meanWaitSeconds: this.waitSum / this.answered,
      waitP50Seconds: waits.quantile(0.5),
      waitP90Seconds: waits.quantile(0.9),
      waitP99Seconds: waits.quantile(0.99),
      maxWaitSeconds: this.answered > 0 ? this.waitMax : NaN,
      meanQueueLength,
      abandonRate: this.abandoned / this.queued,
      blockRate: this.blocked / this.offered,
      serviceLevelAnswered: this.withinTarget / this.answered,
      meanTimeToAbandonSeconds: this.abandonWaitSum / this.abandoned,
      meanQueueTimeSeconds: (this.waitSum + this.abandonWaitSum) / (this.answered + this.abandoned),
      queueWithinTargetShare: (this.withinTarget + this.abandonedWithinTarget) / (this.answered + this.abandoned),
    };
  }
}

/** One replication's figures for a group of agents. */
export interface PoolFigures {
  /** Time-average busy agents ÷ time-average agents present. */
  occupancy: number;
  /** Time-average agents present (on duty, or finishing a call after duty). */
  meanSeatsOnDuty: number;
  meanBusySeats: number;
  maxSeatsOnDuty: number;
  /** Agent-hours present in the measured window. */
  seatHours: number;
}

/** Call at the end of the window: levels integrate up to `windowEnd`. */
export function poolFigures(busy: Level, present: Level, windowStart: number, windowEnd: number): PoolFigures {
  const meanBusy = busy.mean(windowEnd);
  const meanPresent = present.mean(windowEnd);
  return {
    occupancy: meanBusy / meanPresent,
    meanSeatsOnDuty: meanPresent,
    meanBusySeats: meanBusy,
    maxSeatsOnDuty: present.maximum(),
    seatHours: (meanPresent * (windowEnd - windowStart)) / 3600,
  };
}
