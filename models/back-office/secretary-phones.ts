/**
 * "In a major incident the back-office secretaries take calls directly." A policy of the
 * same kinds as the standby seats' decides when they go to the phones and when they come
 * back. A secretary called to the phones first finishes the work order in hand, and one
 * sent back first finishes the call in hand; meanwhile the work-order backlog grows.
 */
import type { Kernel } from '../../src/engine/kernel.ts';
import type { Agent, Pool, PoolJob } from '../../src/engine/pool.ts';
import type { PhonesSpec } from '../scenario/scenario.ts';
import { StandbyPolicy, type PolicyClock, type StandbyView } from '../phone/standby-policy.ts';

/**
 * Splits the secretaries on duty (by their shift schedule) between the back office and a
 * group of the front-desk pool. Moves happen when an agent goes off duty in one pool: it
 * reappears in the other if that one is short, else it has gone home.
 */
export class SecretaryRoster<O extends PoolJob, D extends PoolJob> {
  private scheduled = 0;
  private wanted = 0;

  constructor(
    private readonly office: Pool<O>,
    private readonly desk: Pool<D>,
    /** The secretaries' group in the front-desk pool. */
    private readonly deskGroup: number,
  ) {}

  /** Secretaries on duty now, by the shift schedule. */
  readonly staff = (seats: number): void => {
    this.scheduled = seats;
    this.rebalance();
  };

  /** How many of them the policy wants on the phones. */
  callToPhones(seats: number): void {
    this.wanted = seats;
    this.rebalance();
  }

  get onPhonesWanted(): number {
    return this.wanted;
  }

  /** Hook for the office pool's `onOffDuty`. */
  readonly leftOffice = (): void => {
    if (this.desk.staffedCount(this.deskGroup) < this.phoneTarget) this.desk.setStaffed(this.deskGroup, this.desk.staffedCount(this.deskGroup) + 1);
  };

  /** Hook for the desk pool's `onOffDuty`. */
  readonly leftPhones = (agent: Agent): void => {
    if (agent.group !== this.deskGroup) return;
    if (this.office.staffedCount(0) < this.officeTarget) this.office.setStaffed(0, this.office.staffedCount(0) + 1);
  };

  private get phoneTarget(): number {
    return Math.min(this.wanted, this.scheduled);
  }

  private get officeTarget(): number {
    return this.scheduled - this.phoneTarget;
  }

  private rebalance(): void {
    const { desk, office, deskGroup } = this;
    const phones = this.phoneTarget;
    const atDesks = this.officeTarget;
    // Shrink first: those leaving finish their job, and the hooks move them across.
    if (desk.staffedCount(deskGroup) > phones) desk.setStaffed(deskGroup, phones);
    if (office.staffedCount(0) > atDesks) office.setStaffed(0, atDesks);
    // Whatever those on their way across will not fill is filled by secretaries starting their shift.
    const phonesShort = phones - desk.staffedCount(deskGroup) - office.leavingCount(0);
    if (phonesShort > 0) desk.setStaffed(deskGroup, desk.staffedCount(deskGroup) + phonesShort);
    const officeShort = atDesks - office.staffedCount(0) - desk.leavingCount(deskGroup);
    if (officeShort > 0) office.setStaffed(0, office.staffedCount(0) + officeShort);
  }
}

export interface PhonesCounters {
  activations: number;
  standDowns: number;
}

/** Asks the policy at its checks and moves the secretaries accordingly. */
export class SecretaryPhones {
  readonly counters: PhonesCounters = { activations: 0, standDowns: 0 };
  private readonly policy: StandbyPolicy;
  private readonly state: { -readonly [K in keyof StandbyView]: StandbyView[K] };

  constructor(
    private readonly kernel: Kernel,
    private readonly spec: PhonesSpec,
    private readonly roster: Pick<SecretaryRoster<PoolJob, PoolJob>, 'callToPhones' | 'onPhonesWanted'>,
    view: Pick<StandbyView, 'waiting' | 'waitingTotal' | 'recentServiceLevel' | 'lostCalls'>,
    laneIds: readonly string[],
    private readonly log: ((event: 'secretaries-to-phones' | 'secretaries-back', seats: number) => void) | undefined,
  ) {
    this.policy = new StandbyPolicy(spec, laneIds);
    this.state = { ...view, now: 0, seatsCalled: 0, seatsPending: 0, activeSince: undefined };
  }

  start(clock: PolicyClock): void {
    clock.add(this.policy, this.spec, this.check);
  }

  private readonly check = (): void => {
    const state = this.state;
    state.now = this.kernel.now();
    state.seatsCalled = this.roster.onPhonesWanted;
    const decision = this.policy.decide(state);
    if (decision === 'activate') {
      this.counters.activations++;
      state.activeSince ??= state.now;
      this.roster.callToPhones(this.spec.seats);
      this.log?.('secretaries-to-phones', this.spec.seats);
    } else if (decision === 'stand-down') {
      this.counters.standDowns++;
      state.activeSince = undefined;
      this.roster.callToPhones(0);
      this.log?.('secretaries-back', 0);
    }
  }
}
