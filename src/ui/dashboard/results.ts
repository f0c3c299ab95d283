/**
 * What the dashboard reads from a summary. The phone side (`Summary<Figures>`) is always
 * there; the back-office sections (funnel, work orders, notifications, backlog series) come
 * with newer engines, so they are declared here as optional and read with `?.`: results
 * saved by an older engine still render. Summaries that went through JSON hold null where
 * the engine had NaN; every reader treats both as "no value".
 */
import type { Estimate, SeriesEstimate, Summary } from '../../engine/summary.ts';
import { FUNNEL_OUTCOMES } from '../../../models/results/funnel.ts';
import type { Stage } from '../../../models/back-office/work-orders.ts';
import type { Figures } from '../../../models/replications.ts';
import type { LaneSpec, Scenario } from '../../../models/scenario/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';

/** The funnel's rows, top to bottom: the calls offered, where they ended, those still open. */
export const FUNNEL_FIELDS = ['offered', ...FUNNEL_OUTCOMES, 'inProgress'] as const;
export type FunnelField = (typeof FUNNEL_FIELDS)[number];

/** The engine's stages (a type-only link: models/back-office/work-orders.ts would bring the quantile sketch into this chunk). */
export const WORK_ORDER_STAGES = ['secretary', 'officer', 'mission'] as const satisfies readonly Stage[];

export interface StageSummary {
  readonly entered?: Estimate;
  readonly meanBacklog?: Estimate;
  readonly maxBacklog?: Estimate;
  readonly ageP50Hours?: Estimate;
  readonly ageP90Hours?: Estimate;
  readonly ageP99Hours?: Estimate;
}

export interface WorkOrdersSummary {
  readonly created?: Estimate;
  readonly completed?: Estimate;
  readonly open?: Estimate;
  readonly escalated?: Estimate;
  readonly secretaryPhoneHours?: Estimate;
  readonly callToMissionMeanHours?: Estimate;
  readonly callToMissionP90Hours?: Estimate;
  readonly stages?: Readonly<Partial<Record<string, StageSummary>>>;
  readonly byMission?: Readonly<Partial<Record<string, Estimate>>>;
}

export interface NotificationsSummary {
  readonly sent?: Estimate;
  readonly delivered?: Estimate;
  readonly failed?: Estimate;
  readonly withinTargetShare?: Estimate;
  readonly meanMinutes?: Estimate;
  readonly p90Minutes?: Estimate;
  readonly byChannel?: Readonly<Partial<Record<string, Estimate>>>;
}

/** A summary as the dashboard reads it: the phone side, plus sections newer engines add. */
export type DashboardSummary = Summary<Figures> & {
  readonly funnel?: Readonly<Partial<Record<string, Partial<Record<FunnelField, Estimate>>>>>;
  readonly workOrders?: WorkOrdersSummary;
  readonly notifications?: NotificationsSummary;
  readonly series: { readonly backlog?: Readonly<Partial<Record<string, SeriesEstimate>>> };
};

/** Lane targets, with the defaults the scenario format gives when a lane leaves them out. */
export function laneGoals(lane: LaneSpec): { serviceLevelGoal: number; maxAbandonRate: number } {
  const l = lane as LaneSpec & { serviceLevelGoal?: number; maxAbandonRate?: number };
  return { serviceLevelGoal: l.serviceLevelGoal ?? 0.8, maxAbandonRate: l.maxAbandonRate ?? 0.05 };
}

/** Lanes highest priority first: the emergency lane leads every list. */
export function lanesByPriority(scenario: Scenario): LaneSpec[] {
  return [...scenario.lanes].sort((a, b) => a.priority - b.priority);
}

export function laneLabel(scenario: Scenario, id: string, lang: Lang): string {
  return text(scenario.lanes.find((l) => l.id === id)?.label, lang) || id;
}

export function callTypeLabel(scenario: Scenario, id: string, lang: Lang): string {
  return text(scenario.callTypes.find((t) => t.id === id)?.label, lang) || id;
}

/** The notification target, when the scenario has notifications. */
export function notificationTargetMinutes(scenario: Scenario): number | undefined {
  return (scenario as Scenario & { notifications?: { targetMinutes?: number } }).notifications?.targetMinutes;
}

/** The width of a series bucket in seconds (a summary holds it as an estimate). */
export function bucketSecondsOf(summary: DashboardSummary): number {
  const b = summary.series.bucketSeconds as Estimate | number;
  const value = typeof b === 'number' ? b : b.mean;
  return value > 0 ? value : 900;
}
