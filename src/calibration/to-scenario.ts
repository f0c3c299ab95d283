/**
 * A scenario from a fit: start from a base scenario (the bundled baseline by default) and
 * replace what the log determines — the run's period, arrivals, call types (mix, lanes,
 * self-service, talk, after-call work, patience, transfer and work-order shares) and
 * redials — keeping the rest (seats, lanes' targets, trunk lines, back office, missions,
 * notifications), each kept part named in `notes`. The caller validates the result with
 * `parseScenario`; this only builds JSON.
 */
import { MAX_CV, MIN_CV } from '../../models/limits.ts';
import { formatWallClock } from './call-log.ts';
import { round } from './arrivals-fit.ts';
import type { FittedDistribution } from './duration-fit.ts';
import type { LogFit } from './fit-log.ts';

type Json = Record<string, unknown>;

export interface BuiltScenario {
  readonly json: Json;
  /** What came from the base scenario rather than the log, and any other caveat. */
  readonly notes: readonly string[];
}

const DEFAULT_LANE = 'general';
/** Fewest redials (and, for each probability, attempts that could have been redialled) to replace the base's. */
export const MIN_REDIALS = 20;

/** A fitted distribution as the scenario writes a duration in seconds. */
export function durationJson(d: FittedDistribution): Json {
  const meanSeconds = round(d.meanSeconds, 1);
  if (d.family === 'exponential') return { kind: 'exponential', meanSeconds };
  return { kind: d.family, meanSeconds, cv: round(Math.min(MAX_CV, Math.max(MIN_CV, d.cv)), 3) };
}

export function buildScenario(base: Json, fit: LogFit, options: { source?: string } = {}): BuiltScenario {
  const notes: string[] = [];
  const json: Json = structuredClone(base);
  const { arrivals } = fit;
  const source = options.source ?? 'a call log';
  const warmupHours = ((base.run as Json | undefined)?.warmupHours as number | undefined) ?? 24;

  json.name = `Calibrated from ${source}`.slice(0, 120);
  json.nameZh = `由通话记录校准：${source}`.slice(0, 120);
  const start = formatWallClock(arrivals.startMs);
  const end = formatWallClock(arrivals.startMs + arrivals.hours * 3_600_000);
  json.description = `Fitted to ${source}: ${arrivals.firstCalls} first calls (${arrivals.attempts} attempts) from ${start} to ${end} Beijing time. From the log: volume, hour-of-week profile, call-type mix, lanes, IVR self-service, talk and after-call times, patience (from censored waits), transfer and work-order shares, redials. From "${String(base.name)}": seats, lane targets, trunk lines, the IVR's durations, the back office, missions and notifications.`;
  json.descriptionZh = `按 ${source} 校准：${start} 至 ${end}（北京时间）首次来电 ${arrivals.firstCalls} 次（呼叫 ${arrivals.attempts} 次）。来自通话记录：话务量、每周逐小时分布、来电构成、通道、自助服务比例、通话和话后处理时长、放弃前可容忍等待时长（由删失等待时间估计）、转接和工单比例、重拨。来自“${String(base.nameZh ?? base.name)}”：坐席、通道目标、中继线、自动语音时长、后台、使领馆和通知。`;

  // The run covers the log's period, after the base's warm-up.
  json.run = {
    ...(base.run as Json),
    startBeijing: formatWallClock(arrivals.startMs - warmupHours * 3_600_000).slice(0, 16).replace(' ', 'T'),
    days: round((arrivals.hours + warmupHours) / 24, 6),
    warmupHours,
  };
  json.arrivals = arrivals.hourOfWeekWeights
    ? { callsPerHour: round(arrivals.callsPerHour, 3), hourOfWeekWeights: arrivals.hourOfWeekWeights }
    : { callsPerHour: round(arrivals.callsPerHour, 3), hourOfDayWeights: arrivals.hourOfDayWeights };
  if (!arrivals.hourOfWeekWeights) notes.push('the log is shorter than a week: an hour-of-day profile, the same every day');
  // The day-to-day spread goes in `arrivals.dailyVolumeCv` where the schema has it (see `withoutDailySpread`).
  // Between MIN_CV and the realism schema's maximum of 2; a spread below MIN_CV is none.
  if (arrivals.dailyCv !== undefined && arrivals.dailyCv >= MIN_CV) (json.arrivals as Json)[DAILY_SPREAD_FIELD] = Math.min(2, round(arrivals.dailyCv, 3));
  if (Array.isArray(base.surges) && base.surges.length > 0) notes.push('the base scenario\'s surges are dropped: the log\'s profile is the period as it was');
  json.surges = [];
  // Calls a mission forwarded after hours reached 12308 and are in the log's volume already.
  const baseMissions = base.missions as Json | undefined;
  if (baseMissions && Array.isArray(baseMissions.afterHoursForwarding)) {
    const { afterHoursForwarding: _, ...rest } = baseMissions;
    json.missions = rest;
    if ((baseMissions.afterHoursForwarding as unknown[]).length > 0) notes.push('the base scenario\'s after-hours forwarding is dropped: the calls missions forwarded are in the log\'s volume');
  }

  const baseTypes = new Map(((base.callTypes as Json[] | undefined) ?? []).map((t) => [t.id as string, t]));
  const baseLanes = (base.lanes as Json[] | undefined) ?? [];
  const laneIds = new Set(baseLanes.map((l) => l.id as string));
  const lanes = [...baseLanes];
  // The base's call types first, in its order; then the log's others as they came.
  const order = [...baseTypes.keys()];
  const rank = (id: string) => (order.includes(identifierOf(id)) ? order.indexOf(identifierOf(id)) : order.length);
  const fitted = [...fit.callTypes].sort((a, b) => rank(a.id) - rank(b.id));
  const shares = roundShares(fitted.map((t) => t.share));
  const hasBackOffice = base.backOffice !== undefined;
  json.callTypes = fitted.map((t, i) => {
    const id = identifierOf(t.id);
    if (id !== t.id) notes.push(`call type "${t.id}" is written as the identifier ${id}`);
    const from = baseTypes.get(id);
    if (!from) notes.push(`call type ${t.id}: not in the base scenario; its label is its id and no work order goes on to a mission`);
    const lane = t.lane !== undefined ? identifierOf(t.lane) : ((from?.lane as string | undefined) ?? DEFAULT_LANE);
    if (!laneIds.has(lane)) {
      laneIds.add(lane);
      const priority = Math.max(-1, ...lanes.map((l) => l.priority as number)) + 1;
      lanes.push({ id: lane, priority, serviceLevelTargetSeconds: 20 });
      notes.push(`lane ${lane}: not in the base scenario; added last in priority, target 20 s`);
    }
    const keep = (what: string, value: unknown) => {
      notes.push(`call type ${t.id}: ${what} kept from the base scenario (too few values in the log)`);
      return value;
    };
    const type: Json = { ...(from ?? { id }), lane, share: shares[i], selfServiceShare: round(t.selfServiceShare, 4) };
    type.handleSeconds = t.handle ? durationJson(t.handle.best) : keep('talk time', from?.handleSeconds ?? { kind: 'exponential', meanSeconds: 300 });
    if (t.afterCall) type.afterCallWorkSeconds = durationJson(t.afterCall.best);
    else if (t.noAfterCallWork) delete type.afterCallWorkSeconds;
    else if (from?.afterCallWorkSeconds) keep('after-call work', from.afterCallWorkSeconds);
    type.patienceSeconds = t.patience ? durationJson(t.patience.best) : keep('patience', from?.patienceSeconds ?? { kind: 'exponential', meanSeconds: 150 });
    if (hasBackOffice) type.afterCall = { ...((from?.afterCall as Json | undefined) ?? {}), liveTransferShare: round(t.transferShare, 4), workOrderShare: round(t.workOrderShare, 4) };
    else if (t.transferShare > 0 || t.workOrderShare > 0) notes.push(`call type ${t.id}: transfers and work orders need a back office, which the base scenario lacks; left out`);
    return type;
  });
  json.lanes = lanes;
  if (!json.ivr && fit.callTypes.some((t) => t.selfServiceShare > 0)) {
    json.ivr = { menuSeconds: { kind: 'fixed', seconds: 15 }, selfServiceSeconds: { kind: 'lognormal', meanSeconds: 90, cv: 0.6 } };
    notes.push('the base scenario has no IVR: one added with a 15 s menu and 90 s of self-service (not in the log)');
  }

  const redial = fit.redial;
  const baseRedial = base.redial as Json | undefined;
  if (redial && redial.delay && redial.redials >= MIN_REDIALS) {
    const probability = (kind: 'afterBusy' | 'afterAbandon') => {
      if (redial[kind].eligible >= MIN_REDIALS || baseRedial === undefined) return round(redial[kind].probability, 4);
      notes.push(`redial ${kind === 'afterBusy' ? 'after a busy signal' : 'after a hang-up'}: only ${redial[kind].eligible} such attempts in the log, probability kept from the base`);
      return baseRedial[`${kind}Probability`];
    };
    const baseMax = (baseRedial?.maxAttempts as number | undefined) ?? 1;
    if (baseMax > redial.maxAttempts) notes.push(`redial: the longest chain in the log has ${redial.maxAttempts} attempts, a lower bound; maxAttempts ${baseMax} kept from the base`);
    json.redial = {
      afterBusyProbability: probability('afterBusy'),
      afterAbandonProbability: probability('afterAbandon'),
      delaySeconds: durationJson(redial.delay.best),
      maxAttempts: Math.max(baseMax, redial.maxAttempts),
    };
    const { needs, pairs, sameWait } = redial.patienceOnRedial;
    if (needs) {
      (json.redial as Json)[REDIAL_NEEDS_FIELD] = needs;
      notes.push(`redial: ${sameWait} of ${pairs} repeated hang-ups waited as long as the first: a redial ${needs === 'keep' ? 'keeps' : 'draws afresh'} the caller's patience (redial.needs "${needs}")`);
    }
  } else if (redial) {
    notes.push(`only ${redial.redials} redial(s) in the log (fewer than ${MIN_REDIALS}): redials kept from the base scenario`);
  } else {
    notes.push('the log has no caller column: redials kept from the base scenario');
  }
  notes.push('not in the log, kept from the base: seats and shifts, standby, trunk lines, lane targets, IVR durations, back office, missions, notifications');
  return { json, notes };
}

/** The scenario field of the random daily multiplier's CV (added by the realism work; older schemas refuse it). */
export const DAILY_SPREAD_FIELD = 'dailyVolumeCv';
/** Whether a redial keeps the caller's needs (the realism work too). */
export const REDIAL_NEEDS_FIELD = 'needs';

/**
 * The same scenario without the fields a schema before the realism work refuses
 * (`arrivals.dailyVolumeCv`, `redial.needs`), each named in a note: what they say stays in
 * the fit report.
 */
export function withoutNewerFields(built: BuiltScenario): BuiltScenario {
  const json = { ...built.json };
  const notes: string[] = [];
  const arrivals = { ...(json.arrivals as Json) };
  if (arrivals[DAILY_SPREAD_FIELD] !== undefined) {
    notes.push(`day-to-day spread (daily multiplier CV ${String(arrivals[DAILY_SPREAD_FIELD])}) is in the fit report only: this version's scenario has no arrivals.${DAILY_SPREAD_FIELD}`);
    delete arrivals[DAILY_SPREAD_FIELD];
    json.arrivals = arrivals;
  }
  const redial: Json | undefined = json.redial ? { ...(json.redial as Json) } : undefined;
  if (redial && redial[REDIAL_NEEDS_FIELD] !== undefined) {
    notes.push(`redial.${REDIAL_NEEDS_FIELD} "${String(redial[REDIAL_NEEDS_FIELD])}" is in the fit report only: this version's scenario has no such field (a redial keeps its needs)`);
    delete redial[REDIAL_NEEDS_FIELD];
    json.redial = redial;
  }
  return { json, notes: [...notes, ...built.notes] };
}

/** A log's name for a call type or lane as a scenario identifier: lower case, hyphens for anything else. */
export function identifierOf(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return /^[a-z]/.test(slug) ? slug : `t-${slug}`.slice(0, 40);
}

/** Shares rounded to 4 decimals that still add up to 1: the largest takes the remainder. */
function roundShares(shares: readonly number[]): number[] {
  const rounded = shares.map((s) => round(s, 4));
  const largest = rounded.indexOf(Math.max(...rounded));
  rounded[largest] = round(1 - rounded.reduce((s, r, i) => (i === largest ? s : s + r), 0), 4);
  return rounded;
}
