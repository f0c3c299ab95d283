/**
 * Electronic work orders: the front desk's after-call work writes one, a secretary
 * processes it, a consular officer reviews and approves it, and a share goes on to an
 * embassy or consulate, where it is received when the office opens (emergencies go to the
 * duty officer at once). The tally keeps streaming counts and sketches per stage.
 */
import type { Agent, PoolJob } from '../../src/engine/pool.ts';
import { type BucketGrid, Level, QuantileSketch } from '../../src/engine/stats.ts';
import { HOUR } from '../../src/engine/time.ts';
import type { Call } from '../phone/call.ts';

export const STAGES = ['secretary', 'officer', 'mission'] as const;
export type Stage = (typeof STAGES)[number];
/** Indices into `STAGES`. */
export const SECRETARY = 0;
export const OFFICER = 1;
export const MISSION = 2;
export type StageIndex = typeof SECRETARY | typeof OFFICER | typeof MISSION;

export class WorkOrder implements PoolJob {
  waitTicket = 0;
  waitLine = 0;
  stage: StageIndex = SECRETARY;
  /** When it entered its current stage. */
  stageSince: number;
  /** The secretary or officer working on it. */
  agent: Agent | undefined = undefined;

  constructor(
    readonly id: number,
    /** The call that left it (its caller carries the case's route). */
    readonly call: Call,
    readonly createdAt: number,
  ) {
    this.stageSince = createdAt;
  }

  get counted(): boolean {
    return this.call.counted;
  }
}

export interface StageFigures {
  /** Counted work orders that entered the stage. */
  entered: number;
  /** Time-average work orders in the stage (waiting or being worked on), all work orders. */
  meanBacklog: number;
  maxBacklog: number;
  /** Time spent in the stage by counted work orders that left it. */
  ageP50Hours: number;
  ageP90Hours: number;
  ageP99Hours: number;
}

export interface WorkOrderFigures {
  created: number;
  completed: number;
  /** Created but not completed when the run stopped following them. */
  open: number;
  escalated: number;
  forwarded: number;
  callToMissionMeanHours: number;
  callToMissionP90Hours: number;
  stages: Record<Stage, StageFigures>;
  /** Counted work orders received per mission id. */
  byMission: Record<string, number>;
}

export class WorkOrderTally {
  created = 0;
  completed = 0;
  escalated = 0;
  forwarded = 0;
  readonly backlog: readonly Level[] = STAGES.map((s) => new Level(`work-orders.${s}`));
  private readonly entered = STAGES.map(() => 0);
  private readonly ages = STAGES.map(() => new QuantileSketch());
  private readonly callToMission = new QuantileSketch();
  private callToMissionSum = 0;
  private readonly byMission: number[];

  constructor(private readonly missionIds: readonly string[]) {
    this.byMission = missionIds.map(() => 0);
  }

  trackBuckets(grid: BucketGrid): void {
    for (const level of this.backlog) level.trackBuckets(grid);
  }

  create(order: WorkOrder, now: number): void {
    if (order.counted) this.created++;
    this.enter(order, SECRETARY, now);
  }

  /** The order leaves its stage for `next` (a stage, or undefined when done). */
  advance(order: WorkOrder, now: number, next: StageIndex | undefined): void {
    this.backlog[order.stage]!.add(now, -1);
    if (order.counted) this.ages[order.stage]!.accept((now - order.stageSince) / HOUR);
    if (next === undefined) {
      if (order.counted) this.completed++;
      return;
    }
    this.enter(order, next, now);
  }

  /** The mission received the order: `mission` indexes the ids given to the constructor. */
  received(order: WorkOrder, mission: number, now: number): void {
    if (!order.counted) return;
    this.byMission[mission]!++;
    const hours = (now - order.call.arrivedAt) / HOUR;
    this.callToMission.accept(hours);
    this.callToMissionSum += hours;
  }

  private enter(order: WorkOrder, stage: StageIndex, now: number): void {
    order.stage = stage;
    order.stageSince = now;
    this.backlog[stage]!.add(now, 1);
    if (order.counted) this.entered[stage]!++;
  }

  /** Backlog time averages end at `windowEnd`; call before the drain phase moves the clock on. */
  backlogWindow(windowEnd: number): { mean: number[]; max: number[]; series: number[][] } {
    return {
      mean: this.backlog.map((l) => l.mean(windowEnd)),
      max: this.backlog.map((l) => l.maximum()),
      series: this.backlog.map((l) => Array.from(l.bucketMeans(windowEnd))),
    };
  }

  figures(window: { mean: number[]; max: number[] }): WorkOrderFigures {
    const receipts = this.callToMission.count;
    return {
      created: this.created,
      completed: this.completed,
      open: this.created - this.completed,
      escalated: this.escalated,
      forwarded: this.forwarded,
      callToMissionMeanHours: receipts > 0 ? this.callToMissionSum / receipts : NaN,
      callToMissionP90Hours: this.callToMission.quantile(0.9),
      stages: Object.fromEntries(
        STAGES.map((s, i) => [
          s,
          {
            entered: this.entered[i]!,
            meanBacklog: window.mean[i]!,
            maxBacklog: window.max[i]!,
            ageP50Hours: this.ages[i]!.quantile(0.5),
            ageP90Hours: this.ages[i]!.quantile(0.9),
            ageP99Hours: this.ages[i]!.quantile(0.99),
          },
        ]),
      ) as Record<Stage, StageFigures>,
      byMission: Object.fromEntries(this.missionIds.map((id, i) => [id, this.byMission[i]!])),
    };
  }
}
