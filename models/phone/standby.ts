/**
 * Runs the standby policy during a simulation: asks it at the scheduled times and every
 * `checkEveryMinutes`, calls seats in (each after its own call-in delay drawn from the
 * `standby.call-in` stream; at night, with `standby.nightCallIn`, from the night's delay) and
 * stands them down (a seat on a call finishes it first).
 */
import type { Sampler } from '../../src/engine/distributions.ts';
import type { Kernel, ScheduledEvent } from '../../src/engine/kernel.ts';
import type { Pool, PoolJob } from '../../src/engine/pool.ts';
import type { RandomStream } from '../../src/engine/random.ts';
import { DAY, MINUTE } from '../../src/engine/time.ts';
import type { StandbySpec } from '../scenario/scenario.ts';
import { StandbyPolicy, type PolicyClock, type StandbyView } from './standby-policy.ts';

/** Answered-within-target counts per lane and minute over the last day: the policy's recent service level. */
export class RecentOutcomes {
  private static readonly MINUTES = 1440;
  private readonly resolved: Float64Array[];
  private readonly within: Float64Array[];
  private lastMinute = 0;

  constructor(laneCount: number) {
    this.resolved = Array.from({ length: laneCount }, () => new Float64Array(RecentOutcomes.MINUTES));
    this.within = Array.from({ length: laneCount }, () => new Float64Array(RecentOutcomes.MINUTES));
  }

  record(laneIndex: number, now: number, withinTarget: boolean): void {
    const minute = this.advance(now);
    this.resolved[laneIndex]![minute]!++;
    if (withinTarget) this.within[laneIndex]![minute]!++;
  }

  serviceLevel(laneIndex: number, now: number, windowMinutes: number): number {
    const current = this.advance(now);
    let resolved = 0;
    let within = 0;
    const span = Math.min(Math.ceil(windowMinutes), RecentOutcomes.MINUTES);
    for (let k = 0; k < span; k++) {
      const m = (current - k + RecentOutcomes.MINUTES) % RecentOutcomes.MINUTES;
      resolved += this.resolved[laneIndex]![m]!;
      within += this.within[laneIndex]![m]!;
    }
    return resolved > 0 ? within / resolved : NaN;
  }

  /** Clears the minutes passed since the last call; returns the ring index of `now`. */
  private advance(now: number): number {
    const minute = Math.floor(now / MINUTE);
    const steps = Math.min(minute - this.lastMinute, RecentOutcomes.MINUTES);
    for (let k = 1; k <= steps; k++) {
      const m = (this.lastMinute + k) % RecentOutcomes.MINUTES;
      for (const lane of this.resolved) lane[m] = 0;
      for (const lane of this.within) lane[m] = 0;
    }
    if (minute > this.lastMinute) this.lastMinute = minute;
    return minute % RecentOutcomes.MINUTES;
  }
}

export interface StandbyCounters {
  /** Times the policy called seats in. */
  activations: number;
  /** Seats that came on line. */
  seatsOnLine: number;
  /** Sum of their call-in delays, seconds. */
  callInSeconds: number;
  standDowns: number;
}

export interface StandbyLog {
  /** `standby-called`: one seat called in, `seats` being its call-in delay in seconds. */
  (event: 'standby-activate' | 'standby-called' | 'standby-on-line' | 'standby-stand-down', seats: number): void;
}

/** Seats called in at some hours of the day take another call-in delay (at night, from home). */
export interface TimeOfDayCallIn {
  /** Whether simulated second `t` falls in the span. */
  readonly applies: (t: number) => boolean;
  readonly delay: Sampler;
}

/**
 * A span of the Beijing day from `from` to `to` (`HH:MM`; it may cross midnight), as a test on
 * simulated seconds; `secondsIntoDay` is the Beijing time of day of simulated time 0.
 */
export function beijingSpan(from: string, to: string, secondsIntoDay: number): (t: number) => boolean {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const a = minutes(from) * MINUTE;
  const b = minutes(to) * MINUTE;
  return (t) => {
    const s = (((t + secondsIntoDay) % DAY) + DAY) % DAY;
    return a < b ? s >= a && s < b : s >= a || s < b;
  };
}

export interface StandbyOptions {
  /** Start hours of the surges, for an `at-incident` activation. */
  readonly incidentHours?: readonly number[];
  /** Another call-in delay at some hours of the day (`standby.nightCallIn`). */
  readonly timeOfDay?: TimeOfDayCallIn;
}

export class StandbyController<J extends PoolJob> {
  readonly counters: StandbyCounters = { activations: 0, seatsOnLine: 0, callInSeconds: 0, standDowns: 0 };
  private readonly policy: StandbyPolicy;
  /** Seats called but not on line yet, each with its call-in event. */
  private readonly pending = new Map<{ readonly delay: number }, ScheduledEvent<{ readonly delay: number }>>();
  private seatsCalled = 0;
  private activeSince: number | undefined;

  constructor(
    private readonly kernel: Kernel,
    private readonly spec: StandbySpec,
    private readonly pool: Pool<J>,
    private readonly group: number,
    private readonly callInDelay: Sampler,
    private readonly rng: RandomStream,
    view: Omit<StandbyView, 'now' | 'seatsCalled' | 'seatsPending' | 'activeSince'>,
    laneIds: readonly string[],
    private readonly log: StandbyLog | undefined,
    private readonly options: StandbyOptions = {},
  ) {
    this.policy = new StandbyPolicy(spec, laneIds, options.incidentHours);
    this.state = { ...view, now: 0, seatsCalled: 0, seatsPending: 0, activeSince: undefined };
  }

  /** What the policy sees, updated in place at each check. */
  private readonly state: { -readonly [K in keyof StandbyView]: StandbyView[K] };

  /** Has the policy checked on the run's policy clock. */
  start(clock: PolicyClock): void {
    clock.add(this.policy, this.spec, this.check);
  }

  private readonly check = (): void => {
    const now = this.kernel.now();
    const state = this.state;
    state.now = now;
    state.seatsCalled = this.seatsCalled;
    state.seatsPending = this.pending.size;
    state.activeSince = this.activeSince;
    const decision = this.policy.decide(state);
    if (decision === 'activate') this.activate(now);
    else if (decision === 'stand-down') this.standDown();
  };

  private activate(now: number): void {
    const seats = Math.min(this.spec.seatsPerActivation ?? this.spec.seats, this.spec.seats - this.seatsCalled);
    if (seats <= 0) return;
    this.counters.activations++;
    this.seatsCalled += seats;
    this.activeSince ??= now;
    this.log?.('standby-activate', seats);
    const night = this.options.timeOfDay;
    const delay = night?.applies(now) ? night.delay : this.callInDelay;
    for (let i = 0; i < seats; i++) {
      const seat = { delay: delay(this.rng) };
      this.log?.('standby-called', seat.delay);
      this.pending.set(seat, this.kernel.after(seat.delay, this.comeOnLine, seat));
    }
  }

  private readonly comeOnLine = (seat: { readonly delay: number }): void => {
    this.pending.delete(seat);
    this.counters.seatsOnLine++;
    this.counters.callInSeconds += seat.delay;
    this.pool.setStaffed(this.group, this.pool.staffedCount(this.group) + 1);
    this.log?.('standby-on-line', this.pool.staffedCount(this.group));
  };

  private standDown(): void {
    for (const event of this.pending.values()) event.cancel();
    this.pending.clear();
    this.counters.standDowns++;
    const called = this.seatsCalled;
    this.seatsCalled = 0;
    this.activeSince = undefined;
    // Off duty before the log hears of it, so that what it reads is the stand-down's count
    // (a seat busy on a call is off duty at once, finishing the call after).
    this.pool.setStaffed(this.group, 0);
    this.log?.('standby-stand-down', called);
  }
}
