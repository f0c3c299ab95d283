/**
 * The hotline of one replication, built and wired: the phone side (arrivals, trunk lines,
 * IVR, front desk, standby seats, redials), the back office (live transfers, work orders,
 * secretaries on the phones) and the missions (notification). The parts report what happens
 * to a call through their hooks; the hooks here decide what comes next — free the trunk line,
 * transfer, write a work order, notify a mission, count the outcome, close the case. The run
 * loop (warm-up, window, drain) is `call-centre.ts`'s.
 */
import { compileSampler } from '../src/engine/distributions.ts';
import { Kernel } from '../src/engine/kernel.ts';
import { RandomStreams, type RandomStream } from '../src/engine/random.ts';
import { BucketCounts, BucketGrid } from '../src/engine/stats.ts';
import { DAY, HOUR, MINUTE, secondsIntoWeek } from '../src/engine/time.ts';
import { BackOffice } from './back-office/back-office.ts';
import { CaseRouter } from './back-office/case-route.ts';
import { SecretaryPhones, SecretaryRoster } from './back-office/secretary-phones.ts';
import type { WorkOrder } from './back-office/work-orders.ts';
import { officeRulesSpecOf } from './missions/office-rules.ts';
import { Notifier, NotificationTally } from './missions/notification.ts';
import { ArrivalProcess, ArrivalRates } from './phone/arrivals.ts';
import { DAILY_VOLUME_STREAM, DailyVolume } from './phone/daily-volume.ts';
import { forwardingSources, type ForwardingSource } from './phone/forwarded-calls.ts';
import { Call, type Caller } from './phone/call.ts';
import { Callers, callTypeRuntimes, type CallTypeRuntime } from './phone/callers.ts';
import { DESK_GROUPS, FRONT, FrontDesk, SECRETARY_PHONES, STANDBY } from './phone/front-desk.ts';
import { incidentWindow } from './phone/incident.ts';
import { Ivr } from './phone/ivr.ts';
import { orderLanes } from './phone/lanes.ts';
import { Redials } from './phone/redial.ts';
import { followSchedule, seatsByHalfHourOfWeek } from './phone/staffing.ts';
import { beijingSpan, RecentOutcomes, StandbyController } from './phone/standby.ts';
import { PolicyClock } from './phone/standby-policy.ts';
import { TrunkLines } from './phone/trunk.ts';
import { windowLevels, type RunParts } from './results/assemble.ts';
import type { FunnelOutcome } from './results/funnel.ts';
import { PhoneTallies } from './results/phone-tallies.ts';
import { NO_TRACE, type TraceSink, type Tracer } from './results/trace.ts';
import { TraceRecorder } from './results/trace-recorder.ts';
import { fromDuration } from './scenario/durations.ts';
import type { Scenario } from './scenario/scenario.ts';

/** Series longer than this many buckets use wider buckets (a multiple of the asked width). */
const MAX_BUCKETS = 3000;

export interface HotlineOptions {
  readonly seed: number;
  /** Replication index: a different, independent set of streams for the same seed. */
  readonly replication?: number;
  /** Overrides the scenario's `run.days`. */
  readonly days?: number;
  /** Receives the run's story, event by event; observing never changes the run. */
  readonly trace?: TraceSink;
}

export class Hotline {
  readonly kernel = new Kernel();
  readonly horizonSeconds: number;
  readonly warmupSeconds: number;
  /** The run follows counted cases no later than this. */
  readonly drainEndSeconds: number;
  private readonly weekOffset: number;
  readonly tracer: Tracer;
  private readonly types: readonly CallTypeRuntime[];
  private readonly laneIndexOfType: readonly number[];
  private readonly arrivalProcesses: readonly ArrivalProcess[];
  /** Missions forwarding their after-hours calls: arrivals, the call type, own streams. */
  private readonly forwarding: readonly ForwardingSource[];
  private readonly callers: Callers;
  private readonly trunk: TrunkLines;
  private readonly ivr: Ivr;
  private readonly frontDesk: FrontDesk;
  private readonly redials: Redials;
  /** `redial.needs: "redraw"`: a redial draws talk time, after-call work and patience afresh. */
  private readonly redrawNeeds: boolean;
  readonly tallies: PhoneTallies;
  /** Recent service level per lane, kept only when a policy looks at it. */
  private readonly recent: RecentOutcomes | undefined;
  private readonly standby: StandbyController<Call> | undefined;
  private readonly backOffice: BackOffice | undefined;
  private readonly roster: SecretaryRoster<WorkOrder | Call, Call> | undefined;
  private readonly phones: SecretaryPhones | undefined;
  private readonly notifier: Notifier | undefined;
  private readonly notifyStream: RandomStream;
  private readonly notifications: NotificationTally;
  /** What the result is assembled from. */
  readonly parts: RunParts;
  private nextCallId = 1;
  /** Attempts that reached the number so far. */
  attempts = 0;
  /** Busy signals and front-desk hang-ups so far: what the stand-down rule sees besides the queue. */
  private lostCalls = 0;
  /** The call whose emergency notification is being decided (for the trace of its attempts). */
  private notifying: Call | undefined;

  constructor(
    private readonly scenario: Scenario,
    options: HotlineOptions,
  ) {
    const { kernel } = this;
    const days = options.days ?? scenario.run.days;
    this.horizonSeconds = days * 24 * HOUR;
    this.warmupSeconds = Math.min(scenario.run.warmupHours * HOUR, this.horizonSeconds);
    this.drainEndSeconds = this.horizonSeconds + scenario.run.drainLimitHours * HOUR;
    this.weekOffset = secondsIntoWeek(scenario.run.startBeijing) ?? 0;
    const streams = new RandomStreams(options.seed, options.replication ?? 0);

    const order = orderLanes(scenario);
    const laneIds = order.lanes.map((l) => l.id);
    this.laneIndexOfType = order.laneIndexOfType;
    this.types = callTypeRuntimes(scenario, order.laneIndexOfType, streams);
    const callTypeIds = this.types.map((t) => t.id);
    const notify = scenario.notifications;
    this.tracer = options.trace
      ? new TraceRecorder(
          () => kernel.now(),
          { callTypeIds, laneIdOfType: order.laneIndexOfType.map((l) => laneIds[l]!), deskGroups: DESK_GROUPS, channelIds: notify?.channels.map((c) => c.id) ?? [] },
          options.trace,
        )
      : NO_TRACE;

    const dailyCv = scenario.arrivals.dailyVolumeCv ?? 0;
    const daily = dailyCv > 0 ? new DailyVolume(dailyCv, this.weekOffset % DAY, streams.stream(DAILY_VOLUME_STREAM)) : undefined;
    const rates = new ArrivalRates(scenario, this.weekOffset, daily);
    this.arrivalProcesses = this.types.map((t, i) => new ArrivalProcess(rates, i, t.arrivals, this.horizonSeconds));
    this.forwarding = forwardingSources(scenario, streams, this.horizonSeconds);
    this.trunk = new TrunkLines(scenario.trunk?.lines ?? Infinity);
    this.frontDesk = new FrontDesk({
      kernel,
      lines: order.poolLines,
      callTypeIds,
      laneIndexOfType: order.laneIndexOfType,
      tracer: this.tracer,
      hooks: {
        queued: (call) => this.tallies.queued(call),
        waits: (call) => this.tallies.waits(call),
        answered: this.answered,
        abandoned: this.abandoned,
        talkEnded: this.talkEnded,
        seatFree: this.seatFree,
        seatOffDuty: (agent) => {
          this.roster?.leftPhones(agent);
          this.traceDuty();
        },
      },
    });
    this.ivr = new Ivr(kernel, scenario.ivr, { selfServed: this.selfServed, choseAgent: this.frontDesk.join });
    this.callers = new Callers(this.types, this.ivr, new CaseRouter(scenario, rates));
    this.redrawNeeds = scenario.redial?.needs === 'redraw';
    this.redials = new Redials({ kernel, spec: scenario.redial, streams: this.types.map((t) => t.redial), horizonSeconds: this.horizonSeconds, tracer: this.tracer, dial: this.redial });

    const base = scenario.run.bucketMinutes * MINUTE;
    const width = base * Math.max(1, Math.ceil(this.horizonSeconds / (base * MAX_BUCKETS)));
    const grid = new BucketGrid(width, Math.max(1, Math.ceil(this.horizonSeconds / width)));
    const incident = incidentWindow(scenario.surges, this.horizonSeconds);
    this.tallies = new PhoneTallies({ grid, laneTargetSeconds: order.lanes.map((l) => l.serviceLevelTargetSeconds), laneIndexOfType: order.laneIndexOfType, incident });
    const { seats } = this.frontDesk;
    for (const level of [...seats.queueLevels, ...seats.busyLevels, ...seats.presentLevels, this.trunk.inUse]) level.trackBuckets(grid);
    const standDowns = { standby: new BucketCounts(grid), secretaryPhones: new BucketCounts(grid) };
    const byServiceLevel = [scenario.standby?.activation.kind, scenario.backOffice?.phones?.activation.kind].includes('service-level');
    this.recent = byServiceLevel ? new RecentOutcomes(order.lanes.length) : undefined;

    const office = scenario.backOffice;
    this.backOffice =
      office &&
      new BackOffice({
        kernel,
        spec: office,
        startBeijing: scenario.run.startBeijing,
        clockUntilSeconds: this.drainEndSeconds,
        officeRules: officeRulesSpecOf(scenario),
        tracer: this.tracer,
        hooks: {
          transferEnded: this.transferEnded,
          transferAbandoned: this.transferAbandoned,
          workOrderDone: (workOrder, outcome) => this.closeCase(workOrder.call, outcome),
          secretaryOffDuty: () => {
            this.roster?.leftOffice();
            this.traceDuty();
          },
        },
      });
    if (this.backOffice) {
      const { secretaries, officers, tally } = this.backOffice;
      for (const level of [...secretaries.busyLevels, ...secretaries.presentLevels, ...officers.busyLevels, ...officers.presentLevels]) level.trackBuckets(grid);
      tally.trackBuckets(grid);
      this.roster = new SecretaryRoster(secretaries, seats, SECRETARY_PHONES);
    }
    const policyView = {
      waiting: (laneId: string) => this.frontDesk.waiting(laneIds.indexOf(laneId)),
      waitingTotal: () => laneIds.reduce((sum, _, i) => sum + this.frontDesk.waiting(i), 0),
      recentServiceLevel: (laneId: string, minutes: number) => this.recent!.serviceLevel(laneIds.indexOf(laneId), kernel.now(), minutes),
      lostCalls: () => this.lostCalls,
    };
    this.phones =
      office?.phones &&
      this.roster &&
      new SecretaryPhones(kernel, office.phones, this.roster, policyView, laneIds, (event, n) => {
        if (event === 'secretaries-back') standDowns.secretaryPhones.add(kernel.now());
        this.tracer.seats(event, 'secretaryPhones', n);
        this.traceDuty();
      });
    this.notifier = notify && new Notifier(notify);
    this.notifications = new NotificationTally(notify?.channels.map((c) => c.id) ?? [], notify?.targetMinutes ?? 0, notify?.targetFrom === 'decision');
    this.notifyStream = streams.stream('notifications');

    const standby = scenario.standby;
    this.standby =
      standby &&
      new StandbyController(
        kernel,
        standby,
        seats,
        STANDBY,
        compileSampler(fromDuration(standby.callInDelayMinutes, 'Minutes')),
        streams.stream('standby.call-in'),
        policyView,
        laneIds,
        (event, n) => {
          if (event === 'standby-stand-down') standDowns.standby.add(kernel.now());
          this.tracer.seats(event, 'standby', n);
          this.traceDuty();
        },
        {
          incidentHours: scenario.surges.map((sg) => sg.startHour),
          ...(standby.nightCallIn && {
            timeOfDay: {
              applies: beijingSpan(standby.nightCallIn.from, standby.nightCallIn.to, this.weekOffset % DAY),
              delay: compileSampler(fromDuration(standby.nightCallIn.callInDelayMinutes, 'Minutes')),
            },
          }),
        },
      );

    this.parts = {
      callTypeIds,
      laneIds,
      frontDesk: this.frontDesk,
      trunk: this.trunk,
      backOffice: this.backOffice,
      tallies: this.tallies,
      standby: this.standby?.counters,
      phones: this.phones?.counters,
      notifications: this.notifications,
      bucketSeconds: grid.widthSeconds,
      warmupSeconds: this.warmupSeconds,
      horizonSeconds: this.horizonSeconds,
      laneGoals: order.lanes.map((l) => l.serviceLevelGoal),
      incident,
      standDowns,
    };
  }

  /** Starts the shifts, the policies and the arrivals. */
  begin(): void {
    const { kernel } = this;
    followSchedule(kernel, seatsByHalfHourOfWeek(this.scenario.frontDesk.seats), this.weekOffset, (n) => {
      this.frontDesk.seats.setStaffed(FRONT, n);
      this.traceDuty();
    });
    this.backOffice?.startShifts(this.weekOffset, (n) => {
      this.roster!.staff(n);
      this.traceDuty();
    });
    const policies = new PolicyClock(kernel, this.horizonSeconds);
    this.standby?.start(policies);
    this.phones?.start(policies);
    this.types.forEach((_, i) => this.scheduleArrival(i, 0));
    this.forwarding.forEach((_, i) => this.scheduleForwarded(i, 0));
    kernel.at(this.warmupSeconds, this.startWindow, undefined);
  }

  /** Tells the tracer the seats on duty per front-desk group (it records only changes). */
  private traceDuty(): void {
    const { seats } = this.frontDesk;
    this.tracer.duty('front', seats.staffedCount(FRONT));
    this.tracer.duty('standby', seats.staffedCount(STANDBY));
    this.tracer.duty('secretaryPhones', seats.staffedCount(SECRETARY_PHONES));
  }

  private readonly traceAttempt = (channel: number, atSeconds: number, delivered: boolean): void => {
    this.tracer.notifyAttempt(this.notifying!, channel, atSeconds, delivered);
  };

  private readonly startWindow = (): void => {
    const now = this.kernel.now();
    for (const level of windowLevels(this.parts)) level.reset(now);
  };

  // ——— the caller's journey ———

  private scheduleArrival(typeIndex: number, from: number): void {
    const t = this.arrivalProcesses[typeIndex]!.next(from);
    if (t < this.horizonSeconds) this.kernel.at(t, this.firstAttempt, typeIndex);
  }

  private readonly firstAttempt = (typeIndex: number): void => {
    const now = this.kernel.now();
    this.scheduleArrival(typeIndex, now);
    this.dial(this.callers.draw(typeIndex, now), 1, now >= this.warmupSeconds);
  };

  private scheduleForwarded(index: number, from: number): void {
    const t = this.forwarding[index]!.arrivals.next(from);
    if (t < this.horizonSeconds) this.kernel.at(t, this.forwardedAttempt, index);
  }

  /** A call a mission forwarded after hours reaches 12308 as a first attempt of its call type. */
  private readonly forwardedAttempt = (index: number): void => {
    const now = this.kernel.now();
    this.scheduleForwarded(index, now);
    const f = this.forwarding[index]!;
    this.dial(this.callers.drawForwarded(f.typeIndex, now, f.streams, f.missionIndex), 1, now >= this.warmupSeconds);
  };

  private readonly redial = (previous: Call): void => {
    const now = this.kernel.now();
    const caller = this.redrawNeeds ? this.callers.redraw(previous.caller) : previous.caller;
    this.dial(caller, previous.attempt + 1, now >= this.warmupSeconds && now < this.horizonSeconds);
  };

  /** An attempt reaches the number: a trunk line (or a busy signal), then the IVR. */
  private dial(caller: Caller, attempt: number, counted: boolean): void {
    const call = new Call({ id: this.nextCallId++, caller, arrivedAt: this.kernel.now(), attempt, counted });
    this.attempts++;
    this.tallies.arrived(call);
    this.tracer.call('arrive', call, attempt);
    if (!this.trunk.take(call, call.arrivedAt)) {
      this.tracer.call('blocked', call);
      this.lostCalls++;
      this.tallies.blocked(call);
      this.closeCase(call, 'blocked');
      this.redials.afterBusySignal(call);
      return;
    }
    const { caller: c } = call;
    this.tracer.ivr(call, c.wantsAgent, c.wantsAgent ? c.ivrSeconds : c.ivrSeconds + c.selfServiceSeconds);
    this.ivr.enter(call);
  }

  private readonly selfServed = (call: Call): void => {
    this.trunk.free(call, this.kernel.now());
    this.tracer.call('self-served', call);
    this.tallies.selfServed(call);
    this.closeCase(call, 'selfService');
  };

  private readonly answered = (call: Call, waitSeconds: number): void => {
    const now = this.kernel.now();
    const within = this.tallies.answered(call, now, waitSeconds);
    this.recent?.record(this.laneIndexOfType[call.caller.typeIndex]!, now, within);
  };

  private readonly abandoned = (call: Call): void => {
    const now = this.kernel.now();
    this.lostCalls++;
    this.trunk.free(call, now);
    this.recent?.record(this.laneIndexOfType[call.caller.typeIndex]!, now, false);
    this.tallies.abandoned(call, now, now - call.queuedAt);
    this.closeCase(call, 'abandonedFront');
    this.redials.afterAbandon(call);
  };

  /** A caller transferred live keeps the line while waiting for the back office. */
  private transfersLive(call: Call): boolean {
    return this.backOffice !== undefined && call.caller.route.transfer;
  }

  private readonly talkEnded = (call: Call): void => {
    if (this.transfersLive(call)) this.backOffice!.transfer(call);
    else this.trunk.free(call, this.kernel.now());
  };

  private readonly seatFree = (call: Call): void => {
    if (!this.transfersLive(call)) this.afterConversation(call, false);
  };

  private readonly transferEnded = (call: Call): void => {
    this.trunk.free(call, this.kernel.now());
    this.afterConversation(call, true);
  };

  private readonly transferAbandoned = (call: Call): void => {
    this.trunk.free(call, this.kernel.now());
    this.closeCase(call, 'abandonedTransfer');
  };

  /** The hotline has heard the caller out: it notifies the mission in an emergency and writes up the case. */
  private afterConversation(call: Call, transferred: boolean): void {
    // Without a back office the case ends here, and is never drawn.
    const route = this.backOffice && call.caller.route;
    if (!route?.workOrder) {
      this.closeCase(call, transferred ? 'backOffice' : 'frontDesk');
      return;
    }
    if (route.urgent && route.forward && this.notifier) this.notify(call);
    this.backOffice!.createWorkOrder(call);
  }

  private notify(call: Call): void {
    this.notifying = call;
    const outcome = this.notifier!.notify(this.notifyStream, this.tracer === NO_TRACE ? undefined : this.traceAttempt);
    if (call.counted) this.notifications.record(outcome, this.kernel.now() - call.arrivedAt);
    this.tracer.notified(call, outcome.seconds, outcome.channel);
  }

  /** The case has found its tier in the funnel. */
  private closeCase(call: Call, outcome: FunnelOutcome): void {
    this.tracer.caseClosed(call, outcome);
    this.tallies.caseClosed(call, outcome);
  }
}
