/**
 * The Erlang calculator's arithmetic, without a page: the planner's inputs as typed (checked
 * field by field, with the allowed range in Chinese and English), the formulas' answers from
 * src/theory/queueing.ts (Erlang B, C and A, and the fewest seats meeting a goal), and the
 * textbook scenarios whose simulation answers the same questions: one lane, Poisson arrivals,
 * exponential handle times, fixed seats, no IVR; Erlang B with trunk lines = seats, Erlang C
 * with infinite patience, Erlang A with exponential patience.
 */
import type { Bilingual } from '../i18n/i18n.ts';
import type { Figures } from '../../models/replications.ts';
import type { Estimate, Summary } from '../engine/summary.ts';
import { erlangA, erlangB, mmc } from '../theory/queueing.ts';

export type CalculatorField = 'callsPerHour' | 'handleSeconds' | 'seats' | 'targetSeconds' | 'patienceSeconds' | 'serviceLevelGoal' | 'maxAbandon';
export const CALCULATOR_FIELDS: readonly CalculatorField[] = ['callsPerHour', 'handleSeconds', 'seats', 'targetSeconds', 'patienceSeconds', 'serviceLevelGoal', 'maxAbandon'];

/** What the planner typed, as text: kept as typed, valid or not. */
export type CalculatorText = Record<CalculatorField, string>;
/** The inputs as numbers; the goals are shares (0.8, not 80 %). */
export type CalculatorInputs = Record<CalculatorField, number>;

interface FieldRule {
  readonly label: Bilingual;
  readonly unit: Bilingual;
  readonly min: number;
  readonly max: number;
  /** The minimum itself is not allowed. */
  readonly above?: boolean;
  readonly integer?: boolean;
  /** Typed as a percentage, used as a share. */
  readonly percent?: boolean;
}

export const FIELD_RULES: Readonly<Record<CalculatorField, FieldRule>> = {
  callsPerHour: { label: { zh: '每小时来电', en: 'Calls per hour' }, unit: { zh: '次/小时', en: 'calls/h' }, min: 0, max: 20_000, above: true },
  handleSeconds: { label: { zh: '平均处理时长', en: 'Mean handle time' }, unit: { zh: '秒', en: 's' }, min: 1, max: 7200 },
  seats: { label: { zh: '坐席数', en: 'Seats' }, unit: { zh: '个', en: 'seats' }, min: 1, max: 2000, integer: true },
  targetSeconds: { label: { zh: '目标接通时间', en: 'Target answer time' }, unit: { zh: '秒', en: 's' }, min: 0, max: 600 },
  patienceSeconds: { label: { zh: '平均耐心时长（Erlang A）', en: 'Mean patience (Erlang A)' }, unit: { zh: '秒', en: 's' }, min: 1, max: 1800 },
  serviceLevelGoal: { label: { zh: '服务水平目标', en: 'Service-level goal' }, unit: { zh: '%', en: '%' }, min: 1, max: 99.9, percent: true },
  maxAbandon: { label: { zh: '放弃率上限（Erlang A）', en: 'Abandonment maximum (Erlang A)' }, unit: { zh: '%', en: '%' }, min: 0.1, max: 100, percent: true },
};

export const DEFAULT_TEXT: CalculatorText = {
  callsPerHour: '300',
  handleSeconds: '240',
  seats: '23',
  targetSeconds: '20',
  patienceSeconds: '120',
  serviceLevelGoal: '80',
  maxAbandon: '5',
};

export interface FieldIssue {
  readonly field: CalculatorField;
  readonly message: Bilingual;
}

/** A plain decimal, as a planner types it (no hex, exponents or blanks). */
const DECIMAL = /^\s*\d+(?:\.\d+)?\s*$/;

function rangeText(rule: FieldRule): Bilingual {
  const zhLabel = rule.label.zh.replace(/（.*）/, '');
  const zhKind = rule.integer ? '整数' : '数';
  const enKind = rule.integer ? 'a whole number' : 'a number';
  return {
    zh: rule.above
      ? `${zhLabel}须为大于 ${rule.min}、不超过 ${rule.max} 的${zhKind}（${rule.unit.zh}）`
      : `${zhLabel}须为 ${rule.min} 至 ${rule.max} 之间的${zhKind}（${rule.unit.zh}）`,
    en: `${rule.label.en} must be ${enKind} ${rule.above ? `> ${rule.min}` : `≥ ${rule.min}`} and ≤ ${rule.max} (${rule.unit.en})`,
  };
}

/** Checks one field; undefined when it is valid. */
export function checkField(field: CalculatorField, raw: string): FieldIssue | undefined {
  const rule = FIELD_RULES[field];
  const value = DECIMAL.test(raw) ? Number(raw) : NaN;
  const ok = Number.isFinite(value) && (rule.above ? value > rule.min : value >= rule.min) && value <= rule.max && (!rule.integer || Number.isInteger(value));
  return ok ? undefined : { field, message: rangeText(rule) };
}

export type Checked = { readonly ok: true; readonly inputs: CalculatorInputs } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Every field checked; the numbers only when all are valid. */
export function checkInputs(typed: CalculatorText): Checked {
  const issues = CALCULATOR_FIELDS.map((f) => checkField(f, typed[f])).filter((i): i is FieldIssue => i !== undefined);
  if (issues.length > 0) return { ok: false, issues };
  const inputs = Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, Number(typed[f]) / (FIELD_RULES[f].percent ? 100 : 1)])) as CalculatorInputs;
  return { ok: true, inputs };
}

export interface ErlangCAnswer {
  readonly probWait: number;
  readonly meanWaitSeconds: number;
  readonly serviceLevel: number;
  readonly occupancy: number;
}
export interface ErlangAAnswer {
  readonly probAbandon: number;
  readonly probWait: number;
  readonly serviceLevel: number;
  readonly meanWaitServedSeconds: number;
}
export interface FormulaAnswer {
  /** Offered load in Erlangs. */
  readonly load: number;
  readonly erlangB: { readonly blocking: number };
  /** Undefined when the load is not below the seats (the queue grows without end). */
  readonly erlangC: ErlangCAnswer | undefined;
  /** Undefined when the chain is too long to evaluate. */
  readonly erlangA: ErlangAAnswer | undefined;
  /** Fewest seats with Erlang C service level ≥ the goal. */
  readonly fewestSeatsC: number;
  /** Fewest seats with Erlang A service level ≥ the goal and abandonment ≤ the maximum. */
  readonly fewestSeatsA: number;
}

/** The most seats the search for the fewest tries. */
export const MAX_SEARCH_SEATS = 2000;

const rates = (i: CalculatorInputs) => ({ arrivalRate: i.callsPerHour / 3600, serviceRate: 1 / i.handleSeconds });

/** The formulas' answers for valid inputs. */
export function formulaAnswer(i: CalculatorInputs): FormulaAnswer {
  const { arrivalRate, serviceRate } = rates(i);
  const load = arrivalRate / serviceRate;
  let erlangC: ErlangCAnswer | undefined;
  if (load < i.seats) {
    const q = mmc({ arrivalRate, serviceRate, servers: i.seats });
    erlangC = { probWait: q.probWait, meanWaitSeconds: q.meanWait, serviceLevel: q.serviceLevel(i.targetSeconds), occupancy: q.occupancy };
  }
  let a: ErlangAAnswer | undefined;
  try {
    const q = erlangA({ arrivalRate, serviceRate, abandonRate: 1 / i.patienceSeconds, servers: i.seats });
    a = { probAbandon: q.probAbandon, probWait: q.probWait, serviceLevel: q.serviceLevel(i.targetSeconds), meanWaitServedSeconds: q.meanWaitServed };
  } catch {
    a = undefined;
  }
  return {
    load,
    erlangB: { blocking: erlangB(i.seats, load) },
    erlangC,
    erlangA: a,
    fewestSeatsC: fewestSeatsC(i),
    fewestSeatsA: fewestSeatsA(i),
  };
}

/**
 * The smallest c in [lo, MAX_SEARCH_SEATS] with `meets(c)`, for a `meets` that is false then
 * true as c grows (service level rises and waits fall with more seats); MAX_SEARCH_SEATS when none.
 */
function smallestMeeting(lo: number, meets: (c: number) => boolean): number {
  let hi = MAX_SEARCH_SEATS;
  if (!meets(hi)) return MAX_SEARCH_SEATS;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/** The fewest seats (up to MAX_SEARCH_SEATS) whose Erlang C service level within the target meets the goal. */
export function fewestSeatsC(i: CalculatorInputs): number {
  const { arrivalRate, serviceRate } = rates(i);
  const lo = Math.max(1, Math.floor(arrivalRate / serviceRate) + 1);
  if (lo > MAX_SEARCH_SEATS) return MAX_SEARCH_SEATS;
  return smallestMeeting(lo, (c) => mmc({ arrivalRate, serviceRate, servers: c }).serviceLevel(i.targetSeconds) >= i.serviceLevelGoal);
}

/**
 * The fewest seats (up to MAX_SEARCH_SEATS) whose Erlang A service level meets the goal and
 * abandonment is within the maximum. The search starts at the throughput bound: at most
 * c·μ calls an hour are answered, so the service level is ≤ c/load and abandonment ≥ 1 − c/load.
 */
export function fewestSeatsA(i: CalculatorInputs): number {
  const { arrivalRate, serviceRate } = rates(i);
  const load = arrivalRate / serviceRate;
  const lo = Math.min(MAX_SEARCH_SEATS, Math.max(1, Math.ceil(Math.max(i.serviceLevelGoal, 1 - i.maxAbandon) * load)));
  return smallestMeeting(lo, (c) => {
    try {
      const q = erlangA({ arrivalRate, serviceRate, abandonRate: 1 / i.patienceSeconds, servers: c });
      return q.probAbandon <= i.maxAbandon && q.serviceLevel(i.targetSeconds) >= i.serviceLevelGoal;
    } catch {
      return false; // the queue too long to evaluate: far too few seats
    }
  });
}

// ——— The simulation's side ———

export type SimulationKind = 'B' | 'C' | 'A';
export const SIMULATION_KINDS: readonly SimulationKind[] = ['B', 'C', 'A'];

/** Calls a replication aims to see: enough for intervals of a few percent, a second or two of work. */
const CALLS_PER_REPLICATION = 40_000;

/** Simulated days per replication: about CALLS_PER_REPLICATION calls, from half a day to 14 days. */
export function simulationDays(i: CalculatorInputs): number {
  const days = CALLS_PER_REPLICATION / (i.callsPerHour * 24);
  return Math.round(Math.min(14, Math.max(0.5, days)) * 100) / 100;
}

/** Warm-up: 20 mean handle times (the queue forgets its empty start), at least an hour, at most 6 hours or a quarter of the run. */
export function simulationWarmupHours(i: CalculatorInputs): number {
  const hours = Math.min(6, Math.max(1, (20 * Math.max(i.handleSeconds, i.patienceSeconds)) / 3600), (simulationDays(i) * 24) / 4);
  return Math.round(hours * 100) / 100;
}

/**
 * The textbook scenario answering one formula's question (undefined for Erlang C when the
 * load is not below the seats: that queue has no steady state to simulate).
 */
export function simulationScenario(i: CalculatorInputs, kind: SimulationKind): unknown {
  if (kind === 'C' && i.callsPerHour / 3600 >= i.seats / i.handleSeconds) return undefined;
  const patience = kind === 'A' ? { kind: 'exponential', meanSeconds: i.patienceSeconds } : { kind: 'infinite' };
  return {
    version: 1,
    name: `Erlang ${kind}`,
    description: 'Erlang calculator: one lane, Poisson arrivals, exponential handle times, fixed seats.',
    run: { days: simulationDays(i), warmupHours: simulationWarmupHours(i) },
    arrivals: { callsPerHour: i.callsPerHour },
    callTypes: [{ id: 'call', lane: 'lane', share: 1, handleSeconds: { kind: 'exponential', meanSeconds: i.handleSeconds }, patienceSeconds: patience }],
    lanes: [{ id: 'lane', priority: 0, serviceLevelTargetSeconds: i.targetSeconds, serviceLevelGoal: i.serviceLevelGoal, maxAbandonRate: i.maxAbandon }],
    ...(kind === 'B' ? { trunk: { lines: i.seats } } : {}),
    frontDesk: { seats: i.seats },
  };
}

export interface SimulatedB {
  readonly blocking: Estimate;
}
export interface SimulatedC {
  readonly probWait: Estimate;
  readonly meanWaitSeconds: Estimate;
  readonly serviceLevel: Estimate;
  readonly occupancy: Estimate;
}
export interface SimulatedA {
  readonly probAbandon: Estimate;
  readonly probWait: Estimate;
  readonly serviceLevel: Estimate;
  readonly meanWaitServedSeconds: Estimate;
}
export interface SimulatedAnswer {
  readonly B?: SimulatedB;
  readonly C?: SimulatedC;
  readonly A?: SimulatedA;
}

const NO_ESTIMATE: Estimate = { mean: NaN, halfWidth95: NaN };

/** The simulated figures that answer the formula's question, from a run's summary. */
export function simulatedFigures(kind: 'B', summary: Summary<Figures>): SimulatedB;
export function simulatedFigures(kind: 'C', summary: Summary<Figures>): SimulatedC;
export function simulatedFigures(kind: 'A', summary: Summary<Figures>): SimulatedA;
export function simulatedFigures(kind: SimulationKind, summary: Summary<Figures>): SimulatedB | SimulatedC | SimulatedA {
  const lane = summary.byLane.lane;
  if (!lane) throw new Error('simulatedFigures: the summary has no lane "lane"');
  switch (kind) {
    case 'B':
      return { blocking: lane.blockRate };
    case 'C':
      return { probWait: lane.probWait, meanWaitSeconds: lane.meanWaitSeconds, serviceLevel: lane.serviceLevel, occupancy: summary.pools.front?.occupancy ?? NO_ESTIMATE };
    case 'A':
      return { probAbandon: lane.abandonRate, probWait: lane.probWait, serviceLevel: lane.serviceLevel, meanWaitServedSeconds: lane.meanWaitSeconds };
  }
}

/** True when the formula's value lies within `k` half-widths of the simulated mean (plus a small absolute slack). */
export function agrees(formula: number, simulated: Estimate, k = 3, slack = 1e-3): boolean {
  return Number.isFinite(simulated.mean) && Math.abs(formula - simulated.mean) <= k * (Number.isFinite(simulated.halfWidth95) ? simulated.halfWidth95 : 0) + slack;
}
