/**
 * The trainer's picture of the hotline at one moment, as a reducer over the trace: every
 * call in the system (where it is, its seat, its steps so far), the seats on duty, standby
 * seats on their way, the work-order backlog per stage, and the running counts of the
 * replication (offered, blocked, self-served, queued, answered, abandoned and service level
 * per lane; work orders per stage; notifications). The counts follow the engine's rules
 * (only calls arriving after the warm-up and before the horizon are counted), so at the end
 * of a replication they equal its figures (a property test). Plain data throughout: the
 * worker can send a snapshot of it to the page with structured clone.
 */
import type { TraceRecord } from '../../models/results/trace.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';

export const STAGE_IDS = ['secretary', 'officer', 'mission'] as const;
export const DESK_GROUP_IDS = ['front', 'standby', 'secretaryPhones'] as const;

/** What the floor must know of the run that the records do not say. */
export interface FloorConfig {
  readonly warmupSeconds: number;
  readonly horizonSeconds: number;
  /** Lane ids, highest priority first. */
  readonly laneIds: readonly string[];
  /** Service-level target of each lane, by lane id. */
  readonly laneTargetSeconds: Readonly<Record<string, number>>;
  readonly callTypeIds: readonly string[];
  readonly channelIds: readonly string[];
  /** Run start, Beijing wall clock `YYYY-MM-DDTHH:MM`. */
  readonly startBeijing: string;
}

/** Where a call (or its case) is now. */
export type Place = 'ivr' | 'queue' | 'talk' | 'wrap' | 'transfer-wait' | 'transfer-talk' | 'office' | 'desk' | 'gone';

/** One step of a call's journey: time, event, and a number (wait, seconds, agent…) or a name (stage, channel). */
export type Step = readonly [t: number, event: string, detail?: string | number];

export interface LiveCall {
  readonly id: number;
  readonly caller: number;
  readonly callType: string;
  readonly lane: string;
  readonly arrivedAt: number;
  readonly attempt: number;
  readonly counted: boolean;
  place: Place;
  since: number;
  /** The seat taking the call: its pool group and agent id. */
  group?: string;
  agent?: number;
  /** The work order's stage and mission. */
  stage?: string;
  mission?: string;
  steps: Step[];
}

export interface LaneCounts {
  offered: number;
  blocked: number;
  selfServed: number;
  queued: number;
  answered: number;
  abandoned: number;
  withinTarget: number;
}

export interface FloorState {
  readonly config: FloorConfig;
  /** Time of the latest record applied. */
  t: number;
  /** Records applied. */
  records: number;
  /** Calls on the line or with an open case, by call id. */
  readonly calls: Map<number, LiveCall>;
  /** Calls whose case closed at time `closingAt`: later records of that instant may still name them. */
  readonly closing: Map<number, LiveCall>;
  closingAt: number;
  /** Counted calls, per lane id. */
  readonly lanes: Record<string, LaneCounts>;
  /** Seats on duty per front-desk group. */
  readonly duty: Record<string, number>;
  /** Standby seats called, each with the time it comes on line. */
  standbyComing: number[];
  /** Work orders in each stage now (all orders). */
  readonly backlog: Record<string, number>;
  /** Counted work orders: created, entered per stage, completed, forwarded. */
  readonly orders: { created: number; completed: number; forwarded: number; entered: Record<string, number> };
  /** Counted emergency notifications. */
  readonly notifications: { sent: number; delivered: number; failed: number; byChannel: Record<string, number> };
  /** The followed call (kept after its case closes). */
  followed: LiveCall | undefined;
  /** Cases escalated to the Consular Protection Center (all calls). */
  cpc: number;
}

/** The floor's configuration for a run of `scenario` (with the run's horizon and warm-up, in seconds). */
export function floorConfig(scenario: Scenario, run: { readonly horizonSeconds: number; readonly warmupSeconds: number }): FloorConfig {
  const lanes = [...scenario.lanes].sort((a, b) => a.priority - b.priority);
  return {
    warmupSeconds: run.warmupSeconds,
    horizonSeconds: run.horizonSeconds,
    laneIds: lanes.map((l) => l.id),
    laneTargetSeconds: Object.fromEntries(lanes.map((l) => [l.id, l.serviceLevelTargetSeconds])),
    callTypeIds: scenario.callTypes.map((t) => t.id),
    channelIds: scenario.notifications?.channels.map((c) => c.id) ?? [],
    startBeijing: scenario.run.startBeijing,
  };
}

export function emptyFloor(config: FloorConfig): FloorState {
  const zeroLane = (): LaneCounts => ({ offered: 0, blocked: 0, selfServed: 0, queued: 0, answered: 0, abandoned: 0, withinTarget: 0 });
  return {
    config,
    t: 0,
    records: 0,
    calls: new Map(),
    closing: new Map(),
    closingAt: -1,
    lanes: Object.fromEntries(config.laneIds.map((id) => [id, zeroLane()])),
    duty: Object.fromEntries(DESK_GROUP_IDS.map((g) => [g, 0])),
    standbyComing: [],
    backlog: Object.fromEntries(STAGE_IDS.map((s) => [s, 0])),
    orders: { created: 0, completed: 0, forwarded: 0, entered: Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) },
    notifications: { sent: 0, delivered: 0, failed: 0, byChannel: Object.fromEntries(config.channelIds.map((c) => [c, 0])) },
    followed: undefined,
    cpc: 0,
  };
}

/** Service level so far in a lane: answered within target ÷ (answered + abandoned), NaN before any. */
export function serviceLevel(counts: LaneCounts): number {
  return counts.withinTarget / (counts.answered + counts.abandoned);
}

/** Callers waiting now per lane id (all calls, counted or not). */
export function waitingByLane(state: FloorState): Record<string, number> {
  const waiting: Record<string, number> = Object.fromEntries(state.config.laneIds.map((id) => [id, 0]));
  for (const call of state.calls.values()) if (call.place === 'queue') waiting[call.lane] = (waiting[call.lane] ?? 0) + 1;
  return waiting;
}

/** Follows call `id` (undefined: nobody), if it is on the floor. */
export function follow(state: FloorState, id: number | undefined): void {
  state.followed = id === undefined ? undefined : (state.calls.get(id) ?? state.closing.get(id));
}

function find(state: FloorState, id: number | undefined): LiveCall | undefined {
  if (id === undefined) return undefined;
  return state.calls.get(id) ?? (state.closingAt === state.t ? state.closing.get(id) : undefined);
}

function move(call: LiveCall, place: Place, t: number): void {
  call.place = place;
  call.since = t;
}

/** Applies one record (records come in time order). */
export function applyRecord(state: FloorState, r: TraceRecord): void {
  if (r.t > state.closingAt && state.closing.size > 0) state.closing.clear();
  state.t = r.t;
  state.records++;
  const { config } = state;
  if (r.event === 'arrive') {
    const call: LiveCall = {
      id: r.call!,
      caller: r.caller!,
      callType: r.callType!,
      lane: r.lane!,
      arrivedAt: r.t,
      attempt: r.value ?? 1,
      counted: r.t >= config.warmupSeconds && r.t < config.horizonSeconds,
      place: 'ivr',
      since: r.t,
      steps: [[r.t, 'arrive', r.value ?? 1]],
    };
    state.calls.set(call.id, call);
    if (call.counted) state.lanes[call.lane]!.offered++;
    return;
  }
  if (r.event === 'duty') {
    state.duty[r.group!] = r.value!;
    return;
  }
  if (r.event === 'standby-called') {
    state.standbyComing.push(r.t + r.value!);
    state.standbyComing.sort((a, b) => a - b);
    return;
  }
  if (r.event === 'standby-on-line') {
    state.standbyComing.shift();
    return;
  }
  if (r.event === 'standby-stand-down') {
    state.standbyComing = [];
    return;
  }
  if (r.event === 'standby-activate' || r.event === 'secretaries-to-phones' || r.event === 'secretaries-back') return;
  if (r.event === 'notified' || r.event === 'notify-attempt') {
    applyNotification(state, r);
    return;
  }
  const call = find(state, r.call);
  if (!call) return;
  call.steps.push([r.t, r.event, r.outcome ?? r.stage ?? r.value]);
  const lane = state.lanes[call.lane]!;
  const counted = call.counted;
  switch (r.event) {
    case 'ivr':
      break;
    case 'blocked':
      if (counted) lane.blocked++;
      move(call, 'gone', r.t);
      break;
    case 'self-served':
      if (counted) lane.selfServed++;
      move(call, 'gone', r.t);
      break;
    case 'queued':
      if (counted) lane.queued++;
      move(call, 'queue', r.t);
      break;
    case 'answered':
      if (counted) {
        if (call.place !== 'queue') lane.queued++;
        lane.answered++;
        if (r.value! <= config.laneTargetSeconds[call.lane]!) lane.withinTarget++;
      }
      call.group = r.group;
      call.agent = r.agent;
      move(call, 'talk', r.t);
      break;
    case 'abandoned':
      if (counted) lane.abandoned++;
      move(call, 'gone', r.t);
      break;
    case 'talk-ended':
      move(call, 'wrap', r.t);
      break;
    case 'wrap-up-ended':
      // A caller transferred live is with the back office while the seat writes up.
      if (call.place === 'wrap') move(call, 'gone', r.t);
      break;
    case 'transferred':
      call.group = r.group;
      call.agent = undefined;
      move(call, 'transfer-wait', r.t);
      break;
    case 'transfer-answered':
      call.agent = r.agent;
      move(call, 'transfer-talk', r.t);
      break;
    case 'transfer-abandoned':
    case 'transfer-ended':
      move(call, 'gone', r.t);
      break;
    case 'notify-start':
      // Counted when decided, as the engine does (the delivery may fall after the end of the run).
      if (counted) countNotification(state, r.outcome!);
      break;
    default:
      if (r.event.startsWith('work-order')) applyWorkOrder(state, call, r);
      else if (r.event === 'case-closed') {
        if (r.outcome === 'consularProtectionCenter') state.cpc++;
        closeCase(state, call);
      }
  }
}

function applyWorkOrder(state: FloorState, call: LiveCall, r: TraceRecord): void {
  const { orders, backlog } = state;
  const stage = r.stage!;
  switch (r.event) {
    case 'work-order-created':
      if (call.counted) {
        orders.created++;
        orders.entered[stage]!++;
      }
      backlog[stage]!++;
      call.mission = r.mission;
      break;
    case 'work-order-stage':
      backlog[call.stage!]!--;
      backlog[stage]!++;
      if (call.counted) {
        orders.entered[stage]!++;
        if (stage === 'mission') orders.forwarded++;
      }
      break;
    case 'work-order-done':
      backlog[stage]!--;
      if (call.counted) orders.completed++;
      break;
    case 'work-order-taken':
      // At a secretary's or an officer's desk until the stage ends.
      call.group = r.group;
      call.agent = r.agent;
      call.stage = stage;
      move(call, 'desk', r.t);
      return;
  }
  call.stage = stage;
  if (r.event !== 'work-order-received' && r.event !== 'work-order-done') move(call, 'office', r.t);
}

function closeCase(state: FloorState, call: LiveCall): void {
  move(call, 'gone', call.since);
  state.calls.delete(call.id);
  if (state.closingAt !== state.t) state.closing.clear();
  state.closingAt = state.t;
  state.closing.set(call.id, call);
}

function countNotification(state: FloorState, outcome: string): void {
  const n = state.notifications;
  n.sent++;
  if (outcome === 'failed') n.failed++;
  else {
    n.delivered++;
    n.byChannel[outcome] = (n.byChannel[outcome] ?? 0) + 1;
  }
}

/** Attempts and deliveries come after the call may have left: they only add to its journey. */
function applyNotification(state: FloorState, r: TraceRecord): void {
  const call = find(state, r.call) ?? (state.followed?.id === r.call ? state.followed : undefined);
  call?.steps.push([r.t, r.event, r.outcome ?? '']);
}
