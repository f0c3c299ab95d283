/**
 * The back office: 20 secretaries who process work orders and take live transfers, and 10
 * consular officers who review and approve work orders, take the transfers that need them
 * and send cases on to embassies and consulates. Each is a pool with three lines, highest
 * first: callers transferred live (they are on the phone), emergency work orders, the rest.
 * A caller transferred live waits a second time, still holding their trunk line, and may
 * hang up again.
 */
import type { Kernel } from '../../src/engine/kernel.ts';
import { Pool, type Agent } from '../../src/engine/pool.ts';
import { Call } from '../phone/call.ts';
import type { Tracer } from '../results/trace.ts';
import { missionClock, type MissionClock } from '../missions/office-clock.ts';
import { MISSIONS } from '../missions/catalogue.ts';
import { officeRulesFor, type OfficeRulesSpec } from '../missions/office-rules.ts';
import type { BackOfficeSpec } from '../scenario/scenario.ts';
import { followSchedule, seatsByHalfHourOfWeek } from '../phone/staffing.ts';
import { TransferTally } from './transfers.ts';
import { MISSION, OFFICER, SECRETARY, WorkOrder, WorkOrderTally } from './work-orders.ts';
import type { FunnelOutcome } from '../results/funnel.ts';

export type BackOfficeJob = Call | WorkOrder;
export const BACK_OFFICE_LINES = [
  { name: 'transfers', reservedSeats: 0 },
  { name: 'urgent-orders', reservedSeats: 0 },
  { name: 'orders', reservedSeats: 0 },
] as const;
/** Lines of the back-office pools, by name. */
const TRANSFER_LINE = 0;
const URGENT_ORDER_LINE = 1;
const ORDER_LINE = 2;

export interface BackOfficeHooks {
  /** A caller transferred live has finished talking to the back office. */
  readonly transferEnded: (call: Call) => void;
  /** A caller transferred live hung up while waiting for the back office. */
  readonly transferAbandoned: (call: Call) => void;
  /** A work order is complete: the tier that finished the case. */
  readonly workOrderDone: (order: WorkOrder, outcome: FunnelOutcome) => void;
  /** A secretary went off duty in the back office (may be moving to the phones). */
  readonly secretaryOffDuty?: () => void;
}

export interface BackOfficeOptions {
  readonly kernel: Kernel;
  readonly spec: BackOfficeSpec;
  /** The run's start, for the missions' local clocks. */
  readonly startBeijing: string;
  /** Missions' office hours are known up to this time (the end of the drain phase). */
  readonly clockUntilSeconds: number;
  /** The scenario's lunch break and holidays for the missions' clocks (none: the catalogue's hours). */
  readonly officeRules?: OfficeRulesSpec;
  readonly tracer: Tracer;
  readonly hooks: BackOfficeHooks;
}

export class BackOffice {
  readonly secretaries: Pool<BackOfficeJob>;
  readonly officers: Pool<BackOfficeJob>;
  readonly tally: WorkOrderTally;
  /** Live transfers of counted calls. */
  readonly transfers = new TransferTally();
  private readonly kernel: Kernel;
  private readonly spec: BackOfficeSpec;
  private readonly startBeijing: string;
  private readonly clockUntil: number;
  private readonly officeRules: OfficeRulesSpec | undefined;
  private readonly tracer: Tracer;
  private readonly hooks: BackOfficeHooks;
  private readonly clocks: (MissionClock | undefined)[] = MISSIONS.map(() => undefined);
  private nextOrderId = 1;

  constructor(options: BackOfficeOptions) {
    const { kernel, hooks } = options;
    this.kernel = kernel;
    this.spec = options.spec;
    this.startBeijing = options.startBeijing;
    this.clockUntil = options.clockUntilSeconds;
    this.officeRules = options.officeRules;
    this.tracer = options.tracer;
    this.hooks = hooks;
    this.secretaries = new Pool<BackOfficeJob>(kernel, {
      name: 'secretaries',
      lines: BACK_OFFICE_LINES,
      groups: ['secretaries'],
      onStart: this.start,
      onOffDuty: () => hooks.secretaryOffDuty?.(),
    });
    this.officers = new Pool<BackOfficeJob>(kernel, { name: 'officers', lines: BACK_OFFICE_LINES, groups: ['officers'], onStart: this.start });
    this.tally = new WorkOrderTally(MISSIONS.map((m) => m.id));
  }

  /** Starts the shifts; `staffSecretaries` decides how the secretaries on duty are split with the phones. */
  startShifts(weekOffsetSeconds: number, staffSecretaries: (seats: number) => void): void {
    followSchedule(this.kernel, seatsByHalfHourOfWeek(this.spec.secretaries.seats), weekOffsetSeconds, staffSecretaries);
    followSchedule(this.kernel, seatsByHalfHourOfWeek(this.spec.officers.seats), weekOffsetSeconds, (n) => this.officers.setStaffed(0, n));
  }

  // ——— live transfers ———

  /** The front desk transfers the caller live; they keep their trunk line while waiting. */
  transfer(call: Call): void {
    call.transferredAt = this.kernel.now();
    if (call.counted) this.transfers.transfer();
    this.tracer.call('transferred', call);
    this.poolFor(call).request(call, TRANSFER_LINE);
    const patience = call.caller.route.transferPatienceSeconds;
    if (call.backOfficeAgent === undefined && patience !== Infinity) call.abandonTimer = this.kernel.after(patience, this.abandonTransfer, call);
  }

  private transferAnswered(call: Call, agent: Agent): void {
    const wait = this.kernel.now() - call.transferredAt;
    call.backOfficeAgent = agent;
    call.abandonTimer?.cancel();
    if (call.counted) this.transfers.answer(wait);
    this.tracer.call('transfer-answered', call, wait, agent);
    this.kernel.after(call.caller.route.transferTalkSeconds, this.endTransferTalk, call);
  }

  private readonly endTransferTalk = (call: Call): void => {
    this.poolFor(call).release(call.backOfficeAgent!);
    this.tracer.call('transfer-ended', call, undefined, call.backOfficeAgent);
    this.hooks.transferEnded(call);
  };

  private readonly abandonTransfer = (call: Call): void => {
    this.poolFor(call).withdraw(call);
    if (call.counted) this.transfers.abandon();
    this.tracer.call('transfer-abandoned', call, this.kernel.now() - call.transferredAt);
    this.hooks.transferAbandoned(call);
  };

  private poolFor(call: Call): Pool<BackOfficeJob> {
    return call.caller.route.toOfficer ? this.officers : this.secretaries;
  }

  // ——— work orders ———

  createWorkOrder(call: Call): WorkOrder {
    const order = new WorkOrder(this.nextOrderId++, call, this.kernel.now());
    this.tally.create(order, order.createdAt);
    // Told before it is offered: a free secretary takes it at once.
    this.tracer.workOrder('work-order-created', order);
    this.secretaries.request(order, this.orderLine(order));
    return order;
  }

  private orderLine(order: WorkOrder): number {
    return order.call.caller.route.urgent ? URGENT_ORDER_LINE : ORDER_LINE;
  }

  private readonly start = (job: BackOfficeJob, agent: Agent): void => {
    if (job instanceof Call) {
      this.transferAnswered(job, agent);
      return;
    }
    job.agent = agent;
    this.tracer.workOrder('work-order-taken', job);
    const route = job.call.caller.route;
    this.kernel.after(job.stage === SECRETARY ? route.secretarySeconds : route.officerSeconds, this.workDone, job);
  };

  private readonly workDone = (order: WorkOrder): void => {
    const now = this.kernel.now();
    const agent = order.agent!;
    order.agent = undefined;
    const route = order.call.caller.route;
    if (order.stage === SECRETARY) {
      this.tally.advance(order, now, OFFICER);
      this.tracer.workOrder('work-order-stage', order);
      this.secretaries.release(agent);
      this.officers.request(order, this.orderLine(order));
      return;
    }
    // Approved by an officer.
    if (order.counted && route.escalate) this.tally.escalated++;
    if (!route.forward) {
      this.tally.advance(order, now, undefined);
      this.officers.release(agent);
      this.finish(order, route.escalate ? 'consularProtectionCenter' : 'backOffice');
      return;
    }
    if (order.counted) this.tally.forwarded++;
    this.tally.advance(order, now, MISSION);
    this.tracer.workOrder('work-order-stage', order);
    this.officers.release(agent);
    // Emergencies go to the mission's duty officer at once; the rest wait for the office to open.
    const receivedAt = route.urgent ? now : this.clock(route.mission).nextOpening(now);
    this.kernel.at(receivedAt, this.received, order);
  };

  private readonly received = (order: WorkOrder): void => {
    const now = this.kernel.now();
    const route = order.call.caller.route;
    this.tally.received(order, route.mission, now);
    this.tally.advance(order, now, undefined);
    this.tracer.workOrder('work-order-received', order);
    this.finish(order, route.escalate ? 'consularProtectionCenter' : 'mission');
  };

  private finish(order: WorkOrder, outcome: FunnelOutcome): void {
    this.tracer.workOrder('work-order-done', order);
    this.hooks.workOrderDone(order, outcome);
  }

  private clock(mission: number): MissionClock {
    const m = MISSIONS[mission]!;
    return (this.clocks[mission] ??= missionClock(m, this.startBeijing, this.clockUntil, officeRulesFor(this.officeRules, m)));
  }
}
