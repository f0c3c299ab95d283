/**
 * The phone side's bookkeeping, by call type and by lane: what the model tells it as a call
 * goes (offered, blocked, self-served, queued, answered, abandoned, its case closed), kept
 * as streaming tallies and bucketed series. Per-call figures count only calls of the
 * measured window (and, by lane, those of it that arrived in the incident window once
 * more); series count every call.
 */
import { BucketCounts, type BucketGrid } from '../../src/engine/stats.ts';
import type { Call } from '../phone/call.ts';
import type { IncidentWindow } from '../phone/incident.ts';
import { FunnelTally, type FunnelOutcome } from './funnel.ts';
import { LaneSeries } from './lane-series.ts';
import { CallTally } from './metrics.ts';

export interface PhoneTalliesOptions {
  readonly grid: BucketGrid;
  /** Service-level target of each lane, by lane index. */
  readonly laneTargetSeconds: readonly number[];
  /** The lane of each call type, by call type index. */
  readonly laneIndexOfType: readonly number[];
  /** Counted calls arriving in this window are tallied by lane once more. */
  readonly incident?: IncidentWindow;
}

export class PhoneTallies {
  readonly byType: readonly CallTally[];
  readonly byLane: readonly CallTally[];
  readonly funnels: readonly FunnelTally[];
  /** Attempts per bucket, by call type. */
  readonly arrivals: readonly BucketCounts[];
  readonly laneSeries: readonly LaneSeries[];
  /** Busy signals per bucket, all lanes. */
  readonly busySignals: BucketCounts;
  /** By lane, the counted calls that arrived in the incident window. */
  readonly incidentByLane: readonly CallTally[];
  private readonly laneIndexOfType: readonly number[];
  private readonly incident: IncidentWindow | undefined;
  private openCases = 0;

  constructor(options: PhoneTalliesOptions) {
    const { grid, laneTargetSeconds, laneIndexOfType } = options;
    this.laneIndexOfType = laneIndexOfType;
    this.incident = options.incident;
    this.incidentByLane = laneTargetSeconds.map((target) => new CallTally(target));
    this.busySignals = new BucketCounts(grid);
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

  /** Its lane's incident tally, for a counted call that arrived in the incident window. */
  private incidentTally(call: Call): CallTally | undefined {
    const incident = this.incident;
    if (!incident || call.arrivedAt < incident.start || call.arrivedAt >= incident.end) return undefined;
    return this.incidentByLane[this.laneIndexOfType[call.caller.typeIndex]!];
  }

  arrived(call: Call): void {
    const type = call.caller.typeIndex;
    this.arrivals[type]!.add(call.arrivedAt);
    if (!call.counted) return;
    this.openCases++;
    this.byType[type]!.offer(call.attempt === 1);
    this.incidentTally(call)?.offer(call.attempt === 1);
    this.funnels[type]!.offer();
  }

  blocked(call: Call): void {
    this.busySignals.add(call.arrivedAt);
    if (call.counted) {
      this.byType[call.caller.typeIndex]!.block();
      this.incidentTally(call)?.block();
    }
  }

  selfServed(call: Call): void {
    if (call.counted) {
      this.byType[call.caller.typeIndex]!.selfServe();
      this.incidentTally(call)?.selfServe();
    }
  }

  /** The call joined its lane's queue. */
  queued(call: Call): void {
    if (call.counted) {
      this.byType[call.caller.typeIndex]!.queue();
      this.incidentTally(call)?.queue();
    }
  }

  /** The call found no free seat. */
  waits(call: Call): void {
    if (call.counted) {
      this.byType[call.caller.typeIndex]!.wait();
      this.incidentTally(call)?.wait();
    }
  }

  /** Returns whether the wait was within the lane's target. */
  answered(call: Call, now: number, waitSeconds: number): boolean {
    const within = this.laneSeries[this.laneIndexOfType[call.caller.typeIndex]!]!.answer(now, waitSeconds);
    if (call.counted) {
      this.byType[call.caller.typeIndex]!.answer(waitSeconds);
      this.incidentTally(call)?.answer(waitSeconds);
    }
    return within;
  }

  /** The call hung up after `waitSeconds` in the queue. */
  abandoned(call: Call, now: number, waitSeconds: number): void {
    this.laneSeries[this.laneIndexOfType[call.caller.typeIndex]!]!.abandon(now);
    if (call.counted) {
      this.byType[call.caller.typeIndex]!.abandon(waitSeconds);
      this.incidentTally(call)?.abandon(waitSeconds);
    }
  }

  /** The case has found its tier in the funnel. */
  caseClosed(call: Call, outcome: FunnelOutcome): void {
    if (!call.counted) return;
    this.openCases--;
    this.funnels[call.caller.typeIndex]!.resolve(outcome);
  }
}
