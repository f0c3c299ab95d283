/**
 * The phone side's bookkeeping, by call type and by lane: what the model tells it as a call
 * goes (offered, blocked, self-served, queued, answered, abandoned, its case closed), kept
 * as streaming tallies and bucketed series. Per-call figures count only calls of the
 * measured window; series count every call.
 */
import { BucketCounts, type BucketGrid } from '../../src/engine/stats.ts';
import type { Call } from '../phone/call.ts';
import { FunnelTally, type FunnelOutcome } from './funnel.ts';
import { LaneSeries } from './lane-series.ts';
import { CallTally } from './metrics.ts';

export interface PhoneTalliesOptions {
  readonly grid: BucketGrid;
  /** Service-level target of each lane, by lane index. */
  readonly laneTargetSeconds: readonly number[];
  /** The lane of each call type, by call type index. */
  readonly laneIndexOfType: readonly number[];
}

export class PhoneTallies {
  readonly byType: readonly CallTally[];
  readonly byLane: readonly CallTally[];
  readonly funnels: readonly FunnelTally[];
  /** Attempts per bucket, by call type. */
  readonly arrivals: readonly BucketCounts[];
  readonly laneSeries: readonly LaneSeries[];
  private readonly laneIndexOfType: readonly number[];
  private openCases = 0;

  constructor(options: PhoneTalliesOptions) {
    const { grid, laneTargetSeconds, laneIndexOfType } = options;
    this.laneIndexOfType = laneIndexOfType;
    this.byLane = laneTargetSeconds.map((target) => new CallTally(target));
    this.byType = laneIndexOfType.map((lane) => new CallTally(laneTargetSeconds[lane]!, this.byLane[lane]));
    this.funnels = laneIndexOfType.map(() => new FunnelTally());
    this.arrivals = laneIndexOfType.map(() => new BucketCounts(grid));
    this.laneSeries = laneTargetSeconds.map((target) => new LaneSeries(grid, target));
  }

  /** Counted calls whose case is not finished yet: the run follows them until this is 0. */
  get openCountedCases(): number {
    return this.openCases;
  }

  arrived(call: Call): void {
    const type = call.caller.typeIndex;
    this.arrivals[type]!.add(call.arrivedAt);
    if (!call.counted) return;
    this.openCases++;
    this.byType[type]!.offer(call.attempt === 1);
    this.funnels[type]!.offer();
  }

  blocked(call: Call): void {
    if (call.counted) this.byType[call.caller.typeIndex]!.block();
  }

  selfServed(call: Call): void {
    if (call.counted) this.byType[call.caller.typeIndex]!.selfServe();
  }

  /** The call joined its lane's queue. */
  queued(call: Call): void {
    if (call.counted) this.byType[call.caller.typeIndex]!.queue();
  }

  /** The call found no free seat. */
  waits(call: Call): void {
    if (call.counted) this.byType[call.caller.typeIndex]!.wait();
  }

  /** Returns whether the wait was within the lane's target. */
  answered(call: Call, now: number, waitSeconds: number): boolean {
    const within = this.laneSeries[this.laneIndexOfType[call.caller.typeIndex]!]!.answer(now, waitSeconds);
    if (call.counted) this.byType[call.caller.typeIndex]!.answer(waitSeconds);
    return within;
  }

  abandoned(call: Call, now: number): void {
    this.laneSeries[this.laneIndexOfType[call.caller.typeIndex]!]!.abandon(now);
    if (call.counted) this.byType[call.caller.typeIndex]!.abandon();
  }

  /** The case has found its tier in the funnel. */
  caseClosed(call: Call, outcome: FunnelOutcome): void {
    if (!call.counted) return;
    this.openCases--;
    this.funnels[call.caller.typeIndex]!.resolve(outcome);
  }
}
