/**
 * The back office: 20 secretaries who process work orders and take live transfers, and 10
 * consular officers who review and approve work orders, take the transfers that need them
 * and send cases on to embassies and consulates. Each is a pool with three lines, highest
 * first: callers transferred live (they are on the phone), emergency work orders, the rest.
 */
import type { Kernel } from '../../src/engine/kernel.ts';
import { Pool, type Agent } from '../../src/engine/pool.ts';
import { Call } from '../phone/call.ts';
import { missionClock, type MissionClock } from '../missions/office-clock.ts';
import { MISSIONS } from '../missions/catalogue.ts';
import type { BackOfficeSpec } from '../scenario/scenario.ts';
import { followSchedule, seatsByHalfHourOfWeek } from '../phone/staffing.ts';
import { MISSION, OFFICER, SECRETARY, WorkOrder, WorkOrderTally } from './work-orders.ts';
import type { FunnelOutcome } from '../results/funnel.ts';

export type BackOfficeJob = Call | WorkOrder;
export const BACK_OFFICE_LINES = [
  { name: 'transfers', reservedSeats: 0 },
  { name: 'urgent-orders', reservedSeats: 0 },
  { name: 'orders', reservedSeats: 0 },
] as const;
const TRANSFER_LINE = 0;

export interface BackOfficeHooks {
  /** A secretary or officer picked up a caller transferred live. */
  readonly transferAnswered: (call: Call, agent: Agent) => void;
  /** A work order is complete: the tier that finished the case. */
  readonly workOrderDone: (order: WorkOrder, outcome: FunnelOutcome) => void;
  /** A secretary went off duty in the back office (may be moving to the phones). */
  readonly secretaryOffDuty?: () => void;
  readonly log?: (event: 'work-order-stage' | 'work-order-received', order: WorkOrder) => void;
}

export class BackOffice {
  readonly secretaries: Pool<BackOfficeJob>;
  readonly officers: Pool<BackOfficeJob>;
  readonly tally: WorkOrderTally;
  private readonly clocks: (MissionClock | undefined)[] = MISSIONS.map(() => undefined);
  private nextOrderId = 1;

  constructor(
    private readonly kernel: Kernel,
    private readonly spec: BackOfficeSpec,
    /** The run's start, for the missions' local clocks. */
    private readonly startBeijing: string,
    /** Missions' office hours are known up to this time (the end of the drain phase). */
    private readonly clockUntil: number,
    private readonly hooks: BackOfficeHooks,
  ) {
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

  transfer(call: Call): void {
    this.poolFor(call).request(call, TRANSFER_LINE);
  }

  /** The transferred caller hung up while waiting. */
  withdraw(call: Call): void {
    this.poolFor(call).withdraw(call);
  }

  endTransfer(call: Call): void {
    this.poolFor(call).release(call.backOfficeAgent!);
  }

  private poolFor(call: Call): Pool<BackOfficeJob> {
    return call.caller.route.toOfficer ? this.officers : this.secretaries;
  }

  // ——— work orders ———

  createWorkOrder(call: Call): WorkOrder {
    const order = new WorkOrder(this.nextOrderId++, call, this.kernel.now());
    this.tally.create(order, order.createdAt);
    this.secretaries.request(order, this.orderLine(order));
    return order;
  }

  private orderLine(order: WorkOrder): number {
    return order.call.caller.route.urgent ? 1 : 2;
  }

  private readonly start = (job: BackOfficeJob, agent: Agent): void => {
    if (job instanceof Call) {
      this.hooks.transferAnswered(job, agent);
      return;
    }
    job.agent = agent;
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
      this.hooks.log?.('work-order-stage', order);
      this.secretaries.release(agent);
      this.officers.request(order, this.orderLine(order));
      return;
    }
    // Approved by an officer.
    if (order.counted && route.escalate) this.tally.escalated++;
    if (!route.forward) {
      this.tally.advance(order, now, undefined);
      this.officers.release(agent);
      this.hooks.workOrderDone(order, route.escalate ? 'consularProtectionCenter' : 'backOffice');
      return;
    }
    if (order.counted) this.tally.forwarded++;
    this.tally.advance(order, now, MISSION);
    this.hooks.log?.('work-order-stage', order);
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
    this.hooks.log?.('work-order-received', order);
    this.hooks.workOrderDone(order, route.escalate ? 'consularProtectionCenter' : 'mission');
  };

  private clock(mission: number): MissionClock {
    return (this.clocks[mission] ??= missionClock(MISSIONS[mission]!, this.startBeijing, this.clockUntil));
  }
}
