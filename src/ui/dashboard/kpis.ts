/**
 * The headline cards: the figures planners quote, each with its 95% interval and, where
 * the scenario sets a target, a status. A status compares the whole interval with the
 * target, so a card is green only when the simulation is confident the target is met:
 * meets (the interval lies on the good side), uncertain (the target lies inside the
 * interval: run more replications), misses (the interval lies on the bad side).
 */
import type { Estimate, Summary } from '../../engine/summary.ts';
import type { HourFigures } from '../../../models/results/hours.ts';
import type { CallFigures } from '../../../models/results/metrics.ts';
import { missionById } from '../../../models/missions/catalogue.ts';
import type { LaneSpec, Scenario } from '../../../models/scenario/scenario.ts';
import { beijingClock, formatBeijing } from '../../charts/axis.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { formatAuto, formatNumber, formatPercent, isValue, MISSING } from '../../charts/format.ts';
import { m, runStatusText, stageText, statusIcon, known, windowStatusText } from './messages.ts';
import { formatSeconds } from './units.ts';
import { WORK_ORDER_STAGES, laneGoals, laneLabel, lanesByPriority, notificationTargetMinutes, type DashboardSummary } from './results.ts';

export type Status = 'meets' | 'uncertain' | 'misses' | 'none';

/** Compares an estimate's 95% interval with a target; without an interval, the mean alone. */
export function judge(e: Estimate | undefined, target: number | undefined, better: 'higher' | 'lower'): Status {
  if (!e || !isValue(e.mean) || target === undefined || !isValue(target)) return 'none';
  const h = isValue(e.halfWidth95) ? e.halfWidth95 : 0;
  const lo = e.mean - h;
  const hi = e.mean + h;
  if (better === 'higher') return lo >= target ? 'meets' : hi < target ? 'misses' : 'uncertain';
  return hi <= target ? 'meets' : lo > target ? 'misses' : 'uncertain';
}

export interface KpiDetail {
  readonly label: string;
  readonly value: string;
}

export interface KpiCard {
  readonly id: string;
  readonly title: string;
  /** The mean, formatted. */
  readonly value: string;
  /** The 95% interval as a range, or a note that there is none yet. */
  readonly interval: string;
  readonly target: string;
  readonly status: Status;
  readonly details: readonly KpiDetail[];
  /** The figure itself, and what it measures (a comparison writes its difference from it). */
  readonly estimate?: Estimate | undefined;
  readonly unit?: KpiUnit;
  /** With a pinned A: the difference from A and its paired 95% interval, as text. */
  readonly delta?: string;
  /** Replaces the plain status words (e.g. "run average meets target" beside an hours check). */
  readonly statusLabel?: string;
  /** A line under the target (e.g. the incident window's times). */
  readonly note?: string;
  /** The lane's hours judged on their own: the card's status is the worse of the two. */
  readonly hoursCheck?: HoursCheck;
}

/** The worst hour and the hours below goal, with their own status. */
export interface HoursCheck {
  readonly text: string;
  readonly status: Status;
}

const RANK: Readonly<Record<Status, number>> = { none: 0, meets: 1, uncertain: 2, misses: 3 };

/** The worse of two statuses ('none' is no judgement, so the other wins). */
export function worseStatus(a: Status, b: Status): Status {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * A lane's hours against its goal: "worst hour 62% · 11 of 96 h below goal". Meets when no
 * hour fell below the goal in any replication; otherwise the worst hour's interval is
 * judged like any figure. Undefined when the results have no hours (older engine, or an
 * incident window without a surge).
 */
export function hoursCheck(h: Summary<HourFigures> | undefined, goal: number, lang: Lang): HoursCheck | undefined {
  if (!h || !isValue(h.hours.mean)) return undefined;
  if (h.hours.mean === 0) return { text: text(m.noHours, lang), status: 'none' };
  const status = h.hoursBelowGoal.mean === 0 ? 'meets' : judge(h.worstHourServiceLevel, goal, 'higher');
  const words = text(m.worstHour(formatPercent(h.worstHourServiceLevel.mean, 0), count(h.hoursBelowGoal.mean), count(h.hours.mean)), lang);
  return { text: `${statusIcon[status]} ${words}`, status };
}

/** What a card's figure measures: a share (differences in percentage points), a time, or a count. */
export type KpiUnit = 'share' | 'seconds' | 'minutes' | 'count';

/** The interval of an estimate as "95% CI lo – hi"; lower ends below zero print as zero for counts and shares. */
export function intervalText(e: Estimate | undefined, format: (x: number) => string, lang: Lang, floorAtZero = true): string {
  if (!e || !isValue(e.mean)) return '';
  if (!isValue(e.halfWidth95)) return text(m.noCi, lang);
  const lo = floorAtZero ? Math.max(0, e.mean - e.halfWidth95) : e.mean - e.halfWidth95;
  return text(m.ci(format(lo), format(e.mean + e.halfWidth95)), lang);
}

const pct = (x: number) => formatPercent(x, 1);
/** A mean count over replications: whole where it is whole (11 h), else one decimal (10.5 h). */
const count = (x: number | undefined) => formatNumber(x, isValue(x) && Number.isInteger(x) ? 0 : 1);

function card(id: string, title: string, e: Estimate | undefined, format: (x: number) => string, unit: KpiUnit, lang: Lang, target: string, status: Status, details: KpiDetail[] = []): KpiCard {
  return { id, title, value: e && isValue(e.mean) ? format(e.mean) : MISSING, interval: intervalText(e, format, lang), target, status, details, estimate: e, unit };
}

/**
 * The busy-signal share over all lanes: lane shares weighted by calls offered. The
 * summary has no interval for this pooled share, so the half-width is the same weighted
 * sum of the lanes' half-widths, which is never narrower than the true one.
 */
export function pooledBlockRate(summary: DashboardSummary): Estimate {
  let offered = 0;
  let blocked = 0;
  let halfWidth = 0;
  for (const lane of Object.values(summary.byLane)) {
    const w = lane.offered.mean;
    if (!isValue(w) || w <= 0 || !isValue(lane.blockRate.mean)) continue;
    offered += w;
    blocked += w * lane.blockRate.mean;
    halfWidth += w * (isValue(lane.blockRate.halfWidth95) ? lane.blockRate.halfWidth95 : NaN);
  }
  return offered > 0 ? { mean: blocked / offered, halfWidth95: halfWidth / offered } : { mean: NaN, halfWidth95: NaN };
}

/** The cards, in the order planners read them: per-lane service, waits, losses, then capacity and back office. */
export function kpiCards(summary: DashboardSummary, scenario: Scenario, lang: Lang): KpiCard[] {
  const lanes = lanesByPriority(scenario).filter((l) => summary.byLane[l.id]);
  const cards: KpiCard[] = [];
  const secs = (x: number) => formatSeconds(x, lang);

  for (const lane of lanes) {
    const name = laneLabel(scenario, lane.id, lang);
    const hours = (summary.hours as DashboardSummary['hours'] | undefined)?.[lane.id];
    cards.push(serviceLevelCard(`sl-${lane.id}`, text(m.serviceLevelOf(name), lang), summary.byLane[lane.id]!, hours, lane, lang));
  }
  cards.push(...incidentCards(summary, scenario, lang));

  const first = lanes[0];
  if (first) {
    const f = summary.byLane[first.id]!;
    cards.push(
      card(`wait-${first.id}`, text(m.meanWaitOf(laneLabel(scenario, first.id, lang)), lang), f.meanWaitSeconds, secs, 'seconds', lang, text(m.waitNoTarget, lang), 'none', [
        { label: 'P90', value: secs(f.waitP90Seconds.mean) },
        { label: 'P99', value: secs(f.waitP99Seconds.mean) },
      ]),
    );
  }

  for (const lane of lanes) {
    const f = summary.byLane[lane.id]!;
    const { maxAbandonRate } = laneGoals(lane);
    cards.push(
      card(`abandon-${lane.id}`, text(m.abandonmentOf(laneLabel(scenario, lane.id, lang)), lang), f.abandonRate, pct, 'share', lang,
        text(m.atMost(formatPercent(maxAbandonRate, 0)), lang), judge(f.abandonRate, maxAbandonRate, 'lower'), [
          { label: text(m.timeToAbandon, lang), value: secs(f.meanTimeToAbandonSeconds?.mean ?? NaN) },
          { label: text(m.queueTime, lang), value: secs(f.meanQueueTimeSeconds?.mean ?? NaN) },
        ]),
    );
  }

  const block = pooledBlockRate(summary);
  cards.push(
    card('busy', text(m.busySignals, lang), block, pct, 'share', lang, text(m.busyTarget, lang), judge(block, 0.05, 'lower'),
      lanes.map((l) => ({ label: laneLabel(scenario, l.id, lang), value: pct(summary.byLane[l.id]!.blockRate.mean) }))),
  );

  const sb = summary.standby;
  cards.push(
    card('standby', text(m.standbyActivations, lang), sb.activations, (x) => formatNumber(x, 1), 'count', lang, text(m.noTarget, lang), 'none', [
      { label: text(m.peakStandbySeats, lang), value: count(sb.peakSeatsOnDuty?.mean) },
      { label: text(m.standbySeats, lang), value: count(sb.seatsOnLine.mean) },
      { label: text(m.callInMinutes, lang), value: isValue(sb.meanCallInMinutes.mean) ? text(m.minutes(formatNumber(sb.meanCallInMinutes.mean, 1)), lang) : MISSING },
      { label: text(m.standDowns, lang), value: formatNumber(sb.standDowns.mean, 1) },
    ]),
  );

  const n = summary.notifications;
  if (n) {
    const target = notificationTargetMinutes(scenario);
    const mins = (x: number) => text(m.minutes(formatNumber(x, 1)), lang);
    cards.push(
      card('notification', text(m.notificationTime, lang), n.meanMinutes, mins, 'minutes', lang,
        target === undefined ? text(m.noTarget, lang) : text(m.notificationTarget(mins(target)), lang), judge(n.meanMinutes, target, 'lower'), [
          { label: 'P90', value: n.p90Minutes && isValue(n.p90Minutes.mean) ? mins(n.p90Minutes.mean) : MISSING },
          { label: text(m.withinTarget, lang), value: pct(n.withinTargetShare?.mean ?? NaN) },
          { label: text(m.failed, lang), value: formatAuto(n.failed?.mean) },
        ]),
    );
  }

  const w = summary.workOrders;
  if (w) {
    const details: KpiDetail[] = [
      { label: text(m.created, lang), value: formatAuto(w.created?.mean) },
      { label: text(m.completed, lang), value: formatAuto(w.completed?.mean) },
    ];
    for (const stage of WORK_ORDER_STAGES) {
      const s = w.stages?.[stage];
      if (s?.meanBacklog) details.push({ label: text(m.meanBacklog(text(known(stageText, stage), lang)), lang), value: formatAuto(s.meanBacklog.mean) });
    }
    if (w.callToMissionMeanHours && isValue(w.callToMissionMeanHours.mean)) {
      details.push({ label: text(m.callToMission, lang), value: text(m.hours(formatNumber(w.callToMissionMeanHours.mean, 1)), lang) });
    }
    if (w.secretaryPhoneHours) details.push({ label: text(m.secretaryPhoneHours, lang), value: formatAuto(w.secretaryPhoneHours.mean) });
    cards.push(card('backlog', text(m.workOrderBacklog, lang), w.open, formatAuto, 'count', lang, text(m.noTarget, lang), 'none', details));
  }

  const t = summary.transfers;
  if (t && isValue(t.transferred.mean) && t.transferred.mean > 0) {
    cards.push(
      card('transfers', text(m.transfers, lang), t.abandonRate, pct, 'share', lang, text(m.noTarget, lang), 'none', [
        { label: text(m.transferred, lang), value: formatAuto(t.transferred.mean) },
        { label: text(m.transferWait, lang), value: secs(t.meanWaitSeconds.mean) },
        { label: 'P90', value: secs(t.waitP90Seconds.mean) },
      ]),
    );
  }

  const byMission = w?.byMission;
  if (byMission) {
    const received = Object.entries(byMission).flatMap(([id, e]) => (e && isValue(e.mean) && e.mean > 0 ? [{ id, e }] : []));
    received.sort((a, b) => b.e.mean - a.e.mean);
    if (received.length > 0) {
      // The five missions that received most, under the number forwarded (with its interval).
      const busiest = received.slice(0, 5).map(({ id, e }) => ({ label: missionName(id, lang), value: formatAuto(e.mean) }));
      cards.push(card('missions', text(m.missions, lang), summary.workOrders.forwarded, formatAuto, 'count', lang, text(m.noTarget, lang), 'none', busiest));
    }
  }
  return cards;
}

/**
 * A lane's service level: the figure with its interval, judged; beside it the planners'
 * variants, and (with hours in the results) the worst hour judged on its own, the card
 * taking the worse status so that a run average never reads "meets" beside hours that miss.
 */
export function serviceLevelCard(id: string, title: string, f: Summary<CallFigures>, hours: Summary<HourFigures> | undefined, lane: LaneSpec, lang: Lang, scope: 'run' | 'window' = 'run'): KpiCard {
  const { serviceLevelGoal } = laneGoals(lane);
  const run = judge(f.serviceLevel, serviceLevelGoal, 'higher');
  const check = hoursCheck(hours, serviceLevelGoal, lang);
  const target = text(m.slTarget(formatPercent(serviceLevelGoal, 0), formatSeconds(lane.serviceLevelTargetSeconds, lang)), lang);
  const details: KpiDetail[] = [
    { label: text(m.slAnswered, lang), value: pct(f.serviceLevelAnswered?.mean ?? NaN) },
    { label: text(m.queueWithinTarget, lang), value: pct(f.queueWithinTargetShare?.mean ?? NaN) },
  ];
  const base = card(id, title, f.serviceLevel, pct, 'share', lang, target, run, details);
  if (!check) return base;
  return { ...base, status: worseStatus(run, check.status), statusLabel: text((scope === 'run' ? runStatusText : windowStatusText)[run], lang), hoursCheck: check };
}

/**
 * With a surge: per lane, the service level of the calls that arrived in the incident
 * window, its hours there judged on their own, the window, abandonment and busy signals.
 * None without a surge (the window's hours are NaN then).
 */
export function incidentCards(summary: DashboardSummary, scenario: Scenario, lang: Lang): KpiCard[] {
  const inc = summary.incident as DashboardSummary['incident'] | undefined;
  if (!inc || !isValue(inc.startHour.mean) || !isValue(inc.endHour.mean)) return [];
  const clock = beijingClock(scenario.run.startBeijing);
  const at = (hour: number) => formatBeijing(clock, hour * 3600, lang, 'weekdayClock');
  const windowText = `${at(inc.startHour.mean)} – ${at(inc.endHour.mean)}`;
  return lanesByPriority(scenario).flatMap((lane) => {
    const f = inc.byLane[lane.id];
    if (!f) return [];
    const c = serviceLevelCard(`incident-${lane.id}`, text(m.incidentOf(laneLabel(scenario, lane.id, lang)), lang), f, f, lane, lang, 'window');
    const details: KpiDetail[] = [
      { label: text(m.incidentAbandonment, lang), value: pct(f.abandonRate.mean) },
      { label: text(m.incidentBusy, lang), value: pct(f.blockRate.mean) },
      ...c.details,
    ];
    return [{ ...c, details, note: text(m.incidentWindow(windowText), lang) }];
  });
}

/** A mission's name in the page's language (its city, short enough for a card). */
function missionName(id: string, lang: Lang): string {
  const mission = missionById(id);
  return mission ? text(mission.city, lang) : id;
}
