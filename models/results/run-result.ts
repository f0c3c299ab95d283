/**
 * What one replication returns: the figures planners quote (averaged over replications by
 * `runReplications`), the series for charts, and metadata about the run.
 */
import type { FunnelFigures } from './funnel.ts';
import type { HourFigures } from './hours.ts';
import type { CallFigures, PoolFigures } from './metrics.ts';
import type { NotificationFigures } from '../missions/notification.ts';
import type { TransferFigures } from '../back-office/transfers.ts';
import type { Stage, WorkOrderFigures } from '../back-office/work-orders.ts';

/** Per-bucket series over the whole run (warm-up included), for charts. */
export interface RunSeries {
  readonly bucketSeconds: number;
  readonly arrivals: Record<string, number[]>;
  readonly queueLength: Record<string, number[]>;
  /** Answered within target ÷ resolved in the bucket, NaN where none resolved. */
  readonly serviceLevel: Record<string, number[]>;
  readonly abandoned: Record<string, number[]>;
  /** Calls answered per lane in the bucket (with `abandoned`, a lane's abandonment per bucket). */
  readonly answered: Record<string, number[]>;
  readonly busySeats: Record<string, number[]>;
  readonly seatsOnDuty: Record<string, number[]>;
  /** Work orders in each stage (waiting or being worked on). */
  readonly backlog: Record<Stage, number[]>;
  /** Time-average trunk lines in use. */
  readonly linesInUse: number[];
  /** Attempts that heard a busy signal. */
  readonly busySignals: number[];
  /** Stand-downs of the standby seats and of the secretaries on the phones. */
  readonly standDowns: Record<'standby' | 'secretaryPhones', number[]>;
}

/** A lane's figures for the calls that arrived in the incident window, and its hours there. */
export type IncidentLaneFigures = CallFigures & HourFigures;

/** The incident window (see models/phone/incident.ts) and its figures; hours NaN and counts 0 without a surge. */
export interface IncidentFigures {
  /** Hours from the run's start (time 0): the first surge's start, and when the rate is back within 10% of normal. */
  startHour: number;
  endHour: number;
  byLane: Record<string, IncidentLaneFigures>;
}

export interface StandbyFigures {
  activations: number;
  seatsOnLine: number;
  meanCallInMinutes: number;
  standDowns: number;
  /** Most standby seats on duty at once in the measured window. */
  peakSeatsOnDuty: number;
}

export interface ReplicationResult {
  readonly byCallType: Record<string, CallFigures>;
  readonly byLane: Record<string, CallFigures>;
  /** front, standby, secretaryPhones (secretaries on the phones), secretaries and officers (in the back office). */
  readonly pools: Record<string, PoolFigures>;
  readonly standby: StandbyFigures;
  /** Per call type: the tier that finished each counted call, or how it was lost. */
  readonly funnel: Record<string, FunnelFigures>;
  readonly transfers: TransferFigures;
  readonly workOrders: WorkOrderFigures & { secretaryPhoneActivations: number; secretaryPhoneHours: number; secretaryPhoneStandDowns: number };
  readonly notifications: NotificationFigures;
  readonly trunk: { meanLinesInUse: number; maxLinesInUse: number };
  /** Per lane, its whole hours in the measured window against its goal. */
  readonly hours: Record<string, HourFigures>;
  readonly incident: IncidentFigures;
  readonly series: RunSeries;
  readonly run: {
    seed: number;
    replication: number;
    horizonSeconds: number;
    warmupSeconds: number;
    events: number;
    attempts: number;
    endSeconds: number;
  };
}
