/**
 * One replication's result, assembled from the parts of the run: time averages over the
 * measured window [warm-up, horizon], taken when the horizon is reached (before the drain
 * phase moves the clock on), and the per-call tallies, taken at the very end.
 */
import type { BucketCounts, Level } from '../../src/engine/stats.ts';
import { HOUR, MINUTE } from '../../src/engine/time.ts';
import type { BackOffice } from '../back-office/back-office.ts';
import type { PhonesCounters } from '../back-office/secretary-phones.ts';
import { TransferTally } from '../back-office/transfers.ts';
import { STAGES, WorkOrderTally, type Stage } from '../back-office/work-orders.ts';
import { MISSIONS } from '../missions/catalogue.ts';
import type { NotificationTally } from '../missions/notification.ts';
import { DESK_GROUPS, type FrontDesk } from '../phone/front-desk.ts';
import type { IncidentWindow } from '../phone/incident.ts';
import type { StandbyCounters } from '../phone/standby.ts';
import type { TrunkLines } from '../phone/trunk.ts';
import { poolFigures, type PoolFigures } from './metrics.ts';
import type { PhoneTallies } from './phone-tallies.ts';
import type { ReplicationResult } from './run-result.ts';

const OFFICE_POOLS = ['secretaries', 'officers'] as const;

/** What the result is made of. */
export interface RunParts {
  readonly callTypeIds: readonly string[];
  readonly laneIds: readonly string[];
  readonly frontDesk: FrontDesk;
  readonly trunk: TrunkLines;
  readonly backOffice: BackOffice | undefined;
  readonly tallies: PhoneTallies;
  readonly standby: StandbyCounters | undefined;
  readonly phones: PhonesCounters | undefined;
  readonly notifications: NotificationTally;
  readonly bucketSeconds: number;
  readonly warmupSeconds: number;
  readonly horizonSeconds: number;
  /** Service-level goal of each lane, by lane index. */
  readonly laneGoals: readonly number[];
  readonly incident: IncidentWindow | undefined;
  /** Stand-downs per bucket. */
  readonly standDowns: Record<'standby' | 'secretaryPhones', BucketCounts>;
}

/** The levels averaged over the measured window: reset at its start. */
export function windowLevels(parts: Pick<RunParts, 'frontDesk' | 'trunk' | 'backOffice'>): Level[] {
  const { seats, waitingByType } = parts.frontDesk;
  const levels = [...seats.queueLevels, ...seats.busyLevels, ...seats.presentLevels, ...waitingByType, parts.trunk.inUse];
  const office = parts.backOffice;
  if (office) {
    const { secretaries, officers, tally } = office;
    levels.push(...secretaries.busyLevels, ...secretaries.presentLevels, ...officers.busyLevels, ...officers.presentLevels, ...tally.backlog);
  }
  return levels;
}

export type MeasuredWindow = ReturnType<typeof measureWindow>;

/** Time averages over [warm-up, horizon]: call when the clock stands at the horizon. */
export function measureWindow(parts: RunParts) {
  const end = parts.horizonSeconds;
  const start = parts.warmupSeconds;
  const { seats, waitingByType } = parts.frontDesk;
  const office = parts.backOffice;
  const officePools = office ? [office.secretaries, office.officers] : [];
  const byOfficePool = <T>(value: (i: number) => T): Record<string, T> => Object.fromEntries(officePools.map((_, i) => [OFFICE_POOLS[i], value(i)]));
  return {
    officePools: byOfficePool((i) => poolFigures(officePools[i]!.busyLevels[0]!, officePools[i]!.presentLevels[0]!, start, end)),
    officeBusy: byOfficePool((i) => Array.from(officePools[i]!.busyLevels[0]!.bucketMeans(end))),
    officePresent: byOfficePool((i) => Array.from(officePools[i]!.presentLevels[0]!.bucketMeans(end))),
    backlog: office?.tally.backlogWindow(end),
    laneQueue: seats.queueLevels.map((l) => l.mean(end)),
    typeQueue: waitingByType.map((l) => l.mean(end)),
    pools: Object.fromEntries(DESK_GROUPS.map((g, i) => [g, poolFigures(seats.busyLevels[i]!, seats.presentLevels[i]!, start, end)])) as Record<string, PoolFigures>,
    lines: { meanLinesInUse: parts.trunk.inUse.mean(end), maxLinesInUse: parts.trunk.inUse.maximum() },
    linesInUse: Array.from(parts.trunk.inUse.bucketMeans(end)),
    busy: seats.busyLevels.map((l) => Array.from(l.bucketMeans(end))),
    present: seats.presentLevels.map((l) => Array.from(l.bucketMeans(end))),
    queue: seats.queueLevels.map((l) => Array.from(l.bucketMeans(end))),
  };
}

export function assembleResult(parts: RunParts, measured: MeasuredWindow, run: ReplicationResult['run']): ReplicationResult {
  const byId = <T>(ids: readonly string[], values: (i: number) => T) => Object.fromEntries(ids.map((id, i) => [id, values(i)]));
  const { callTypeIds, laneIds, tallies, standby } = parts;
  const orders = parts.backOffice?.tally ?? new WorkOrderTally(MISSIONS.map((m) => m.id));
  const backlog = measured.backlog ?? { mean: STAGES.map(() => 0), max: STAGES.map(() => 0), series: STAGES.map(() => [] as number[]) };
  return {
    byCallType: byId(callTypeIds, (i) => tallies.byType[i]!.figures(measured.typeQueue[i]!)),
    byLane: byId(laneIds, (i) => tallies.byLane[i]!.figures(measured.laneQueue[i]!)),
    pools: { ...measured.pools, ...measured.officePools },
    standby: {
      activations: standby?.activations ?? 0,
      seatsOnLine: standby?.seatsOnLine ?? 0,
      meanCallInMinutes: standby ? standby.callInSeconds / standby.seatsOnLine / MINUTE : NaN,
      standDowns: standby?.standDowns ?? 0,
      peakSeatsOnDuty: measured.pools.standby!.maxSeatsOnDuty,
    },
    funnel: byId(callTypeIds, (i) => tallies.funnels[i]!.figures()),
    transfers: (parts.backOffice?.transfers ?? new TransferTally()).figures(),
    workOrders: {
      ...orders.figures(backlog),
      secretaryPhoneActivations: parts.phones?.activations ?? 0,
      secretaryPhoneHours: measured.pools.secretaryPhones!.seatHours,
      secretaryPhoneStandDowns: parts.phones?.standDowns ?? 0,
    },
    notifications: parts.notifications.figures(),
    trunk: measured.lines,
    hours: byId(laneIds, (i) => tallies.laneSeries[i]!.hours(parts.warmupSeconds, parts.horizonSeconds, parts.laneGoals[i]!)),
    incident: incidentFigures(parts, measured),
    series: {
      bucketSeconds: parts.bucketSeconds,
      arrivals: byId(callTypeIds, (i) => Array.from(tallies.arrivals[i]!.values)),
      queueLength: byId(laneIds, (i) => measured.queue[i]!),
      serviceLevel: byId(laneIds, (i) => tallies.laneSeries[i]!.serviceLevel()),
      abandoned: byId(laneIds, (i) => tallies.laneSeries[i]!.abandoned()),
      answered: byId(laneIds, (i) => tallies.laneSeries[i]!.answeredCounts()),
      busySeats: { ...byId(DESK_GROUPS, (i) => measured.busy[i]!), ...measured.officeBusy },
      seatsOnDuty: { ...byId(DESK_GROUPS, (i) => measured.present[i]!), ...measured.officePresent },
      backlog: byId(STAGES, (i) => backlog.series[i]!) as Record<Stage, number[]>,
      linesInUse: measured.linesInUse,
      busySignals: Array.from(tallies.busySignals.values),
      standDowns: { standby: Array.from(parts.standDowns.standby.values), secretaryPhones: Array.from(parts.standDowns.secretaryPhones.values) },
    },
    run,
  };
}

/**
 * The incident window's figures by lane: calls that arrived in it (clipped to the measured
 * window), its whole hours, and the mean queue over the buckets that start in it.
 */
function incidentFigures(parts: RunParts, measured: MeasuredWindow): ReplicationResult['incident'] {
  const window = parts.incident;
  const from = window ? Math.max(window.start, parts.warmupSeconds) : 0;
  const to = window ? Math.min(window.end, parts.horizonSeconds) : 0;
  const byLane = Object.fromEntries(
    parts.laneIds.map((id, i) => {
      const queue = measured.queue[i]!;
      let sum = 0;
      let n = 0;
      for (let b = Math.ceil(from / parts.bucketSeconds); b * parts.bucketSeconds < to && b < queue.length; b++, n++) sum += queue[b]!;
      const calls = parts.tallies.incidentByLane[i]!.figures(n > 0 ? sum / n : NaN);
      return [id, { ...calls, ...parts.tallies.laneSeries[i]!.hours(from, to, parts.laneGoals[i]!) }];
    }),
  );
  return { startHour: window ? window.start / HOUR : NaN, endHour: window ? window.end / HOUR : NaN, byLane };
}
