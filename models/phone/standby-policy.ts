/**
 * The 20 standby seats: dual-skill call-takers trained to come on line at short notice,
 * "no idle staff when it is quiet, capacity when a big case floods the lines". A policy
 * decides, at each check, whether to call more of them in, stand them down, or hold;
 * each called seat comes on line after its own call-in delay. In a major incident the centre
 * calls them in by hand (`at-incident`: at each surge's start, "all standby staff on the
 * phones").
 */
import type { Kernel } from '../../src/engine/kernel.ts';
import { HOUR, MINUTE } from '../../src/engine/time.ts';
import type { StandbySpec } from '../scenario/scenario.ts';

/** What a policy reads of its spec: the standby seats, or the secretaries who join the phones. */
export type PolicySpec = Pick<StandbySpec, 'seats' | 'activation' | 'standDown' | 'checkEveryMinutes'>;

export type StandbyDecision = 'activate' | 'stand-down' | 'hold';

/** What the policy may look at when it decides. */
export interface StandbyView {
  readonly now: number;
  /** Seats called in (on line or on their way). */
  readonly seatsCalled: number;
  /** Seats called but not yet on line. */
  readonly seatsPending: number;
  /** When the current activation began, or undefined when stood down. */
  readonly activeSince: number | undefined;
  /** Callers waiting in the lane with this id. */
  waiting(laneId: string): number;
  /** Callers waiting in all lanes. */
  waitingTotal(): number;
  /** Share answered within target among calls resolved in the lane over the last minutes (NaN if none). */
  recentServiceLevel(laneId: string, windowMinutes: number): number;
  /**
   * Busy signals and front-desk hang-ups since the run began (every attempt, every lane): a
   * saturated trunk keeps the queue short, so the queue alone cannot tell quiet from full.
   */
  lostCalls(): number;
}

export class StandbyPolicy {
  private quietSince: number | undefined;
  /** `lostCalls()` at the previous check. */
  private lostCallsSeen = 0;

  /** For `at-incident`: the seconds at which seats are called in by hand (each surge's start, plus the lag). */
  private readonly incidentTimes: readonly number[];

  /** @param incidentHours the surges' start hours, for an `at-incident` activation */
  constructor(
    private readonly spec: PolicySpec,
    private readonly laneIds: readonly string[],
    incidentHours: readonly number[] = [],
  ) {
    const a = spec.activation;
    this.incidentTimes = a.kind === 'at-incident' ? incidentHours.map((h) => h * HOUR + a.afterMinutes * MINUTE) : [];
  }

  /** Times (seconds) at which the policy must be asked besides the regular checks. */
  scheduledTimes(): number[] {
    const times: number[] = [...this.incidentTimes];
    if (this.spec.activation.kind === 'at-times') times.push(...this.spec.activation.hours.map((h) => h * HOUR));
    if (this.spec.standDown.kind === 'at-times') times.push(...this.spec.standDown.hours.map((h) => h * HOUR));
    return times.sort((a, b) => a - b);
  }

  /** Whether periodic checks are needed at all. */
  needsChecks(): boolean {
    return this.spec.activation.kind === 'queue-length' || this.spec.activation.kind === 'service-level' || this.spec.standDown.kind === 'when-quiet';
  }

  decide(view: StandbyView): StandbyDecision {
    const lostSome = this.callsLostSinceLastCheck(view);
    if (view.seatsCalled > 0 && this.shouldStandDown(view, lostSome)) return 'stand-down';
    if (view.seatsCalled < this.spec.seats && view.seatsPending === 0 && this.shouldActivate(view)) return 'activate';
    return 'hold';
  }

  private shouldActivate(view: StandbyView): boolean {
    const a = this.spec.activation;
    switch (a.kind) {
      case 'never':
        return false;
      case 'at-times':
        return a.hours.some((h) => Math.abs(h * HOUR - view.now) < 1e-6);
      case 'at-incident':
        return this.incidentTimes.some((t) => Math.abs(t - view.now) < 1e-6);
      case 'queue-length': {
        const lanes = a.lanes ?? this.laneIds;
        return lanes.reduce((sum, id) => sum + view.waiting(id), 0) >= a.atLeast;
      }
      case 'service-level': {
        const sl = view.recentServiceLevel(a.lane, a.windowMinutes);
        return sl < a.below;
      }
    }
  }

  /** Whether a busy signal or a hang-up happened since the previous check. */
  private callsLostSinceLastCheck(view: StandbyView): boolean {
    if (this.spec.standDown.kind !== 'when-quiet') return false;
    const lostCalls = view.lostCalls();
    const lostSome = lostCalls > this.lostCallsSeen;
    this.lostCallsSeen = lostCalls;
    return lostSome;
  }

  private shouldStandDown(view: StandbyView, lostSome: boolean): boolean {
    const d = this.spec.standDown;
    switch (d.kind) {
      case 'never':
        return false;
      case 'at-times':
        return d.hours.some((h) => Math.abs(h * HOUR - view.now) < 1e-6);
      case 'when-quiet': {
        // Quiet: the queue at most `queueAtMost` at every check, and no busy signal and no hang-up in between.
        if (lostSome || view.waitingTotal() > d.queueAtMost) {
          this.quietSince = undefined;
          return false;
        }
        this.quietSince ??= view.now;
        const quietLongEnough = view.now - this.quietSince >= d.forMinutes * MINUTE;
        const servedLongEnough = view.activeSince !== undefined && view.now - view.activeSince >= d.minOnDutyMinutes * MINUTE;
        if (quietLongEnough && servedLongEnough) {
          this.quietSince = undefined;
          return true;
        }
        return false;
      }
    }
  }
}

/**
 * Runs the policies' checks: each at its own scheduled times, and all those with the same
 * period on one shared tick (the standby seats and the secretaries usually share theirs).
 */
export class PolicyClock {
  private readonly periodic = new Map<number, (() => void)[]>();

  constructor(
    private readonly kernel: Kernel,
    /** No check after this time. */
    private readonly until: number,
  ) {}

  add(policy: StandbyPolicy, spec: PolicySpec, check: () => void): void {
    const { kernel, until } = this;
    for (const t of policy.scheduledTimes()) if (t <= until) kernel.at(t, check, undefined);
    if (!policy.needsChecks()) return;
    const every = spec.checkEveryMinutes * MINUTE;
    const checks = this.periodic.get(every);
    if (checks) {
      checks.push(check);
      return;
    }
    const shared = [check];
    this.periodic.set(every, shared);
    const tick = () => {
      for (const c of shared) c();
      if (kernel.now() + every <= until) kernel.after(every, tick, undefined);
    };
    kernel.after(every, tick, undefined);
  }
}
