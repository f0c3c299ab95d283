/**
 * The composition root: one replication of the 12308 phone side. A call arrives, takes a
 * trunk line (or hears a busy signal), passes the IVR (self-service, or on to a person),
 * waits in its lane for a front-desk or standby seat (or hangs up), talks, and leaves the
 * agent some after-call work; busy signals and hang-ups may dial again. Each caller's
 * attributes are drawn at arrival from streams of its own call type, so two scenarios run
 * with the same seed see the same callers.
 */
import { compileSampler, type Sampler } from '../src/engine/distributions.ts';
import { Kernel } from '../src/engine/kernel.ts';
import { Pool, type Agent } from '../src/engine/pool.ts';
import { RandomStreams, type RandomStream } from '../src/engine/random.ts';
import { BucketCounts, BucketGrid, Level } from '../src/engine/stats.ts';
import { HOUR, MINUTE, secondsIntoWeek } from '../src/engine/time.ts';
import { ArrivalProcess, ArrivalRates } from './phone/arrivals.ts';
import { BackOffice } from './back-office/back-office.ts';
import { Call, DrawnCaller, type Caller } from './phone/call.ts';
import { CaseRouter } from './back-office/case-route.ts';
import { fromDuration } from './scenario/durations.ts';
import { FunnelTally, type FunnelOutcome } from './results/funnel.ts';
import { orderLanes } from './phone/lanes.ts';
import { CallTally, poolFigures } from './results/metrics.ts';
import { MISSIONS } from './missions/catalogue.ts';
import { Notifier, NotificationTally } from './missions/notification.ts';
import type { Scenario } from './scenario/scenario.ts';
import { SecretaryPhones, SecretaryRoster } from './back-office/secretary-phones.ts';
import { followSchedule, seatsByHalfHourOfWeek } from './phone/staffing.ts';
import { RecentOutcomes, StandbyController } from './phone/standby.ts';
import { PolicyClock } from './phone/standby-policy.ts';
import type { ReplicationResult } from './results/run-result.ts';
import type { TraceEventName, TraceRecord, TraceSink } from './results/trace.ts';
import { TransferTally } from './back-office/transfers.ts';
import { STAGES, WorkOrderTally, type Stage, type WorkOrder } from './back-office/work-orders.ts';

export type { ReplicationResult, RunSeries, StandbyFigures } from './results/run-result.ts';

export interface RunOptions {
  readonly seed: number;
  /** Replication index: a different, independent set of streams for the same seed. */
  readonly replication?: number;
  /** Overrides the scenario's `run.days`. */
  readonly days?: number;
  readonly trace?: TraceSink;
  /** Called every `progressEverySeconds` of simulated time and at the end. */
  readonly onProgress?: (progress: RunProgress) => void;
  readonly progressEverySeconds?: number;
}

export interface RunProgress {
  readonly simulatedSeconds: number;
  readonly horizonSeconds: number;
  readonly events: number;
}

/** Series longer than this many buckets use wider buckets (a multiple of the asked width). */
const MAX_BUCKETS = 3000;
export const FRONT = 0;
export const STANDBY = 1;
export const SECRETARY_PHONES = 2;
export const POOL_GROUPS = ['front', 'standby', 'secretaryPhones'] as const;
const BACK_OFFICE_POOLS = ['secretaries', 'officers'] as const;

interface CallTypeRuntime {
  readonly id: string;
  readonly lane: number;
  readonly selfServiceShare: number;
  readonly handle: Sampler;
  readonly afterCallWork: Sampler | undefined;
  readonly patience: Sampler | undefined;
  readonly arrivals: RandomStream;
  readonly caller: RandomStream;
  readonly redial: RandomStream;
  readonly case: RandomStream;
}

/** Simulates one replication and returns its figures. */
export function simulateCallCentre(scenario: Scenario, options: RunOptions): ReplicationResult {
  return new CallCentreRun(scenario, options).run();
}

class CallCentreRun {
  private readonly kernel = new Kernel();
  private readonly streams: RandomStreams;
  private readonly horizon: number;
  /** The run follows counted cases no later than this. */
  private readonly drainEnd: number;
  private readonly warmup: number;
  private readonly weekOffset: number;
  private readonly types: CallTypeRuntime[];
  private readonly laneIds: string[];
  private readonly desk: Pool<Call>;
  private readonly typeTallies: CallTally[];
  private readonly laneTallies: CallTally[];
  private readonly typeQueues: Level[];
  private readonly lines: Level;
  private readonly lineLimit: number;
  /** Recent service level per lane, kept only when the standby policy looks at it. */
  private readonly recent: RecentOutcomes | undefined;
  private readonly standby: StandbyController<Call> | undefined;
  private readonly grid: BucketGrid;
  private readonly arrivalSeries: BucketCounts[];
  private readonly answeredSeries: BucketCounts[];
  private readonly withinSeries: BucketCounts[];
  private readonly abandonedSeries: BucketCounts[];
  private readonly arrivalProcesses: ArrivalProcess[];
  private readonly ivrMenu: Sampler | undefined;
  private readonly ivrSelfService: Sampler | undefined;
  private readonly redialDelay: Sampler | undefined;
  private readonly trace: TraceSink | undefined;
  private readonly router: CaseRouter;
  private readonly funnels: FunnelTally[];
  private readonly transfers = new TransferTally();
  private readonly backOffice: BackOffice | undefined;
  private readonly roster: SecretaryRoster<WorkOrder | Call, Call> | undefined;
  private readonly phones: SecretaryPhones | undefined;
  private readonly notifier: Notifier | undefined;
  private readonly notifications: NotificationTally;
  private readonly notifyStream: RandomStream;
  private nextCallId = 1;
  private nextCallerId = 1;
  private attempts = 0;
  /** Counted calls not yet answered or gone from the front desk. */
  private countedInSystem = 0;
  /** Counted calls whose case is not finished (funnel not resolved): the drain phase runs until this is 0. */
  private countedOpen = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly options: RunOptions,
  ) {
    const days = options.days ?? scenario.run.days;
    this.horizon = days * 24 * HOUR;
    this.warmup = Math.min(scenario.run.warmupHours * HOUR, this.horizon);
    this.weekOffset = secondsIntoWeek(scenario.run.startBeijing) ?? 0;
    this.streams = new RandomStreams(options.seed, options.replication ?? 0);
    this.trace = options.trace;

    const order = orderLanes(scenario);
    this.laneIds = order.lanes.map((l) => l.id);
    this.types = scenario.callTypes.map((t, i) => ({
      id: t.id,
      lane: order.laneOfType[i]!,
      selfServiceShare: t.selfServiceShare,
      handle: compileSampler(fromDuration(t.handleSeconds, 'Seconds')),
      afterCallWork: t.afterCallWorkSeconds && compileSampler(fromDuration(t.afterCallWorkSeconds, 'Seconds')),
      patience: t.patienceSeconds.kind === 'infinite' ? undefined : compileSampler(fromDuration(t.patienceSeconds, 'Seconds')),
      arrivals: this.streams.stream(`arrivals.${t.id}`),
      caller: this.streams.stream(`caller.${t.id}`),
      redial: this.streams.stream(`redial.${t.id}`),
      case: this.streams.stream(`case.${t.id}`),
    }));
    this.ivrMenu = scenario.ivr && compileSampler(fromDuration(scenario.ivr.menuSeconds, 'Seconds'));
    this.ivrSelfService = scenario.ivr && compileSampler(fromDuration(scenario.ivr.selfServiceSeconds, 'Seconds'));
    this.redialDelay = scenario.redial && compileSampler(fromDuration(scenario.redial.delaySeconds, 'Seconds'));

    this.desk = new Pool<Call>(this.kernel, {
      name: 'front-desk',
      lines: order.poolLines,
      groups: POOL_GROUPS,
      onStart: this.answer,
      onOffDuty: (agent) => this.roster?.leftPhones(agent),
    });
    this.lineLimit = scenario.trunk?.lines ?? Infinity;
    this.lines = new Level('trunk.lines-in-use');
    this.typeQueues = this.types.map((t) => new Level(`${t.id}.waiting`));
    this.laneTallies = order.lanes.map((l) => new CallTally(l.serviceLevelTargetSeconds));
    this.typeTallies = this.types.map((t) => new CallTally(order.lanes[t.lane]!.serviceLevelTargetSeconds, this.laneTallies[t.lane]));
    const byServiceLevel = [scenario.standby?.activation.kind, scenario.backOffice?.phones?.activation.kind].includes('service-level');
    this.recent = byServiceLevel ? new RecentOutcomes(order.lanes.length) : undefined;
    this.drainEnd = this.horizon + scenario.run.drainLimitHours * HOUR;

    const base = scenario.run.bucketMinutes * MINUTE;
    const width = base * Math.max(1, Math.ceil(this.horizon / (base * MAX_BUCKETS)));
    this.grid = new BucketGrid(width, Math.max(1, Math.ceil(this.horizon / width)));
    this.arrivalSeries = this.types.map(() => new BucketCounts(this.grid));
    this.answeredSeries = this.laneIds.map(() => new BucketCounts(this.grid));
    this.withinSeries = this.laneIds.map(() => new BucketCounts(this.grid));
    this.abandonedSeries = this.laneIds.map(() => new BucketCounts(this.grid));
    for (const level of [...this.desk.queueLevels, ...this.desk.busyLevels, ...this.desk.presentLevels]) level.trackBuckets(this.grid);

    const rates = new ArrivalRates(scenario, this.weekOffset);
    this.arrivalProcesses = this.types.map((t, i) => new ArrivalProcess(rates, i, t.arrivals, this.horizon));
    this.router = new CaseRouter(scenario, rates);
    this.funnels = this.types.map(() => new FunnelTally());

    const office = scenario.backOffice;
    this.backOffice =
      office &&
      new BackOffice(this.kernel, office, scenario.run.startBeijing, this.drainEnd, {
        transferAnswered: this.transferAnswered,
        workOrderDone: (order, outcome) => {
          if (this.trace) this.logOrder('work-order-done', order);
          this.closeCase(order.call, outcome);
        },
        secretaryOffDuty: () => this.roster?.leftOffice(),
        log: this.trace && ((event, order) => this.logOrder(event, order)),
      });
    if (this.backOffice) {
      const { secretaries, officers } = this.backOffice;
      for (const level of [...secretaries.busyLevels, ...secretaries.presentLevels, ...officers.busyLevels, ...officers.presentLevels]) level.trackBuckets(this.grid);
      this.backOffice.tally.trackBuckets(this.grid);
      this.roster = new SecretaryRoster(secretaries, this.desk, SECRETARY_PHONES);
    }
    this.phones =
      office?.phones &&
      this.roster &&
      new SecretaryPhones(
        this.kernel,
        office.phones,
        this.roster,
        this.policyView(),
        this.laneIds,
        this.trace && ((event, seats) => this.log(event, undefined, { value: seats, group: 'secretaryPhones' })),
      );
    const notify = scenario.notifications;
    this.notifier = notify && new Notifier(notify);
    this.notifications = new NotificationTally(notify?.channels.map((c) => c.id) ?? [], notify?.targetMinutes ?? 0);
    this.notifyStream = this.streams.stream('notifications');

    const spec = scenario.standby;
    this.standby =
      spec &&
      new StandbyController(
        this.kernel,
        spec,
        this.desk,
        STANDBY,
        compileSampler(fromDuration(spec.callInDelayMinutes, 'Minutes')),
        this.streams.stream('standby.call-in'),
        this.policyView(),
        this.laneIds,
        this.trace && ((event, seats) => this.log(event, undefined, { value: seats, group: 'standby' })),
      );
  }

  run(): ReplicationResult {
    const { kernel } = this;
    followSchedule(kernel, seatsByHalfHourOfWeek(this.scenario.frontDesk.seats), this.weekOffset, (n) => this.desk.setStaffed(FRONT, n));
    this.backOffice?.startShifts(this.weekOffset, this.roster!.staff);
    const policies = new PolicyClock(kernel, this.horizon);
    this.standby?.start(policies);
    this.phones?.start(policies);
    this.types.forEach((_, i) => this.scheduleArrival(i, 0));
    kernel.at(this.warmup, this.startWindow, undefined);

    const step = this.options.progressEverySeconds ?? Math.max(HOUR, this.horizon / 100);
    for (let t = 0; t < this.horizon; ) {
      t = Math.min(t + step, this.horizon);
      kernel.runUntil(t);
      this.options.onProgress?.({ simulatedSeconds: t, horizonSeconds: this.horizon, events: kernel.eventCount });
    }
    const window = this.closeWindow();
    // Follow the calls that arrived inside the window until their cases are finished.
    const drainEnd = this.drainEnd;
    while (this.countedOpen > 0 && kernel.now() < drainEnd && kernel.nextEventTime() <= drainEnd) {
      kernel.runUntil(Math.min(kernel.nextEventTime(), drainEnd));
    }
    return this.result(window);
  }

  private readonly startWindow = (): void => {
    const now = this.kernel.now();
    for (const level of [...this.desk.queueLevels, ...this.desk.busyLevels, ...this.desk.presentLevels, ...this.typeQueues, this.lines, ...this.backOfficeLevels()]) {
      level.reset(now);
    }
  };

  private backOfficeLevels(): Level[] {
    if (!this.backOffice) return [];
    const { secretaries, officers, tally } = this.backOffice;
    return [...secretaries.busyLevels, ...secretaries.presentLevels, ...officers.busyLevels, ...officers.presentLevels, ...tally.backlog];
  }

  private policyView() {
    return {
      waiting: (laneId: string) => this.desk.waiting(this.laneIds.indexOf(laneId)),
      waitingTotal: () => this.laneIds.reduce((sum, _, i) => sum + this.desk.waiting(i), 0),
      recentServiceLevel: (laneId: string, minutes: number) => this.recent!.serviceLevel(this.laneIds.indexOf(laneId), this.kernel.now(), minutes),
    };
  }

  /** Time averages over [warm-up, horizon], taken before the drain phase moves the clock on. */
  private closeWindow() {
    const end = this.horizon;
    const office = this.backOffice;
    const officePools = office ? [office.secretaries, office.officers] : [];
    return {
      officePools: Object.fromEntries(officePools.map((p, i) => [BACK_OFFICE_POOLS[i], poolFigures(p.busyLevels[0]!, p.presentLevels[0]!, this.warmup, end)])),
      officeBusy: Object.fromEntries(officePools.map((p, i) => [BACK_OFFICE_POOLS[i], Array.from(p.busyLevels[0]!.bucketMeans(end))])),
      officePresent: Object.fromEntries(officePools.map((p, i) => [BACK_OFFICE_POOLS[i], Array.from(p.presentLevels[0]!.bucketMeans(end))])),
      backlog: office?.tally.backlogWindow(end),
      laneQueue: this.desk.queueLevels.map((l) => l.mean(end)),
      typeQueue: this.typeQueues.map((l) => l.mean(end)),
      pools: Object.fromEntries(POOL_GROUPS.map((g, i) => [g, poolFigures(this.desk.busyLevels[i]!, this.desk.presentLevels[i]!, this.warmup, end)])),
      lines: { meanLinesInUse: this.lines.mean(end), maxLinesInUse: this.lines.maximum() },
      busy: this.desk.busyLevels.map((l) => Array.from(l.bucketMeans(end))),
      present: this.desk.presentLevels.map((l) => Array.from(l.bucketMeans(end))),
      queue: this.desk.queueLevels.map((l) => Array.from(l.bucketMeans(end))),
    };
  }

  private result(window: ReturnType<CallCentreRun['closeWindow']>): ReplicationResult {
    const byId = <T>(ids: readonly string[], values: (i: number) => T) => Object.fromEntries(ids.map((id, i) => [id, values(i)]));
    const typeIds = this.types.map((t) => t.id);
    const counters = this.standby?.counters;
    const orders = this.backOffice?.tally ?? new WorkOrderTally(MISSIONS.map((m) => m.id));
    const backlog = window.backlog ?? { mean: STAGES.map(() => 0), max: STAGES.map(() => 0), series: STAGES.map(() => [] as number[]) };
    return {
      byCallType: byId(typeIds, (i) => this.typeTallies[i]!.figures(window.typeQueue[i]!)),
      byLane: byId(this.laneIds, (i) => this.laneTallies[i]!.figures(window.laneQueue[i]!)),
      pools: { ...window.pools, ...window.officePools },
      standby: {
        activations: counters?.activations ?? 0,
        seatsOnLine: counters?.seatsOnLine ?? 0,
        meanCallInMinutes: counters ? counters.callInSeconds / counters.seatsOnLine / MINUTE : NaN,
        standDowns: counters?.standDowns ?? 0,
      },
      funnel: byId(typeIds, (i) => this.funnels[i]!.figures()),
      transfers: this.transfers.figures(),
      workOrders: {
        ...orders.figures(backlog),
        secretaryPhoneActivations: this.phones?.counters.activations ?? 0,
        secretaryPhoneHours: window.pools.secretaryPhones!.seatHours,
      },
      notifications: this.notifications.figures(),
      trunk: window.lines,
      series: {
        bucketSeconds: this.grid.widthSeconds,
        arrivals: byId(typeIds, (i) => Array.from(this.arrivalSeries[i]!.values)),
        queueLength: byId(this.laneIds, (i) => window.queue[i]!),
        serviceLevel: byId(this.laneIds, (i) =>
          Array.from(this.answeredSeries[i]!.values, (answered, b) => {
            const resolved = answered + this.abandonedSeries[i]!.values[b]!;
            return resolved > 0 ? this.withinSeries[i]!.values[b]! / resolved : NaN;
          }),
        ),
        abandoned: byId(this.laneIds, (i) => Array.from(this.abandonedSeries[i]!.values)),
        busySeats: { ...byId(POOL_GROUPS, (i) => window.busy[i]!), ...window.officeBusy },
        seatsOnDuty: { ...byId(POOL_GROUPS, (i) => window.present[i]!), ...window.officePresent },
        backlog: byId(STAGES, (i) => backlog.series[i]!) as Record<Stage, number[]>,
      },
      run: {
        seed: this.options.seed,
        replication: this.options.replication ?? 0,
        horizonSeconds: this.horizon,
        warmupSeconds: this.warmup,
        events: this.kernel.eventCount,
        attempts: this.attempts,
        endSeconds: this.kernel.now(),
      },
    };
  }

  // ——— the caller's journey ———

  private scheduleArrival(type: number, from: number): void {
    const t = this.arrivalProcesses[type]!.next(from);
    if (t < this.horizon) this.kernel.at(t, this.firstAttempt, type);
  }

  private readonly firstAttempt = (type: number): void => {
    const now = this.kernel.now();
    this.scheduleArrival(type, now);
    this.arrive(new Call(this.nextCallId++, this.newCaller(type), now, 1, now >= this.warmup));
  };

  private readonly redial = (previous: Call): void => {
    const now = this.kernel.now();
    this.arrive(new Call(this.nextCallId++, previous.caller, now, previous.attempt + 1, now >= this.warmup && now < this.horizon));
  };

  /** The caller's needs, drawn now from the type's own stream whatever happens to the call; their case, later, from a seed drawn now. */
  private newCaller(type: number): Caller {
    const t = this.types[type]!;
    const rng = t.caller;
    const handleSeconds = t.handle(rng);
    const patienceSeconds = t.patience ? t.patience(rng) : Infinity;
    const afterCallWorkSeconds = t.afterCallWork ? t.afterCallWork(rng) : 0;
    const ivrSeconds = this.ivrMenu ? this.ivrMenu(rng) : 0;
    const wantsAgent = this.ivrSelfService ? !rng.bernoulli(t.selfServiceShare) : true;
    const selfServiceSeconds = this.ivrSelfService ? this.ivrSelfService(rng) : 0;
    const now = this.kernel.now();
    return new DrawnCaller(this.nextCallerId++, type, handleSeconds, afterCallWorkSeconds, patienceSeconds, ivrSeconds, selfServiceSeconds, wantsAgent, now, t.case.seed32(), this.router);
  }

  private arrive(call: Call): void {
    const now = call.arrivedAt;
    const { caller } = call;
    this.attempts++;
    this.arrivalSeries[caller.type]!.add(now);
    if (call.counted) {
      this.countedInSystem++;
      this.countedOpen++;
      this.typeTallies[caller.type]!.offer(call.attempt === 1);
      this.funnels[caller.type]!.offer();
    }
    if (this.trace) this.log('arrive', call, { value: call.attempt });
    if (this.lines.value >= this.lineLimit) {
      if (call.counted) this.resolved(call).block();
      this.closeCase(call, 'blocked');
      if (this.trace) this.log('blocked', call);
      this.maybeRedial(call, this.scenario.redial?.afterBusyProbability ?? 0);
      return;
    }
    this.lines.add(now, 1);
    // Self-service is the menu and the recorded answers in one go: one event, not two.
    if (!caller.wantsAgent) this.kernel.after(caller.ivrSeconds + caller.selfServiceSeconds, this.finishSelfService, call);
    else if (caller.ivrSeconds > 0) this.kernel.after(caller.ivrSeconds, this.leaveIvr, call);
    else this.leaveIvr(call);
  }

  /** The caller chose a person in the IVR. */
  private readonly leaveIvr = (call: Call): void => {
    const { caller } = call;
    call.queuedAt = this.kernel.now();
    if (call.counted) this.typeTallies[caller.type]!.queue();
    this.desk.request(call, this.types[caller.type]!.lane);
    if (call.waitTicket !== 0) {
      call.waited = true;
      if (call.counted) this.typeTallies[caller.type]!.wait();
      this.typeQueues[caller.type]!.add(call.queuedAt, 1);
      if (caller.patienceSeconds !== Infinity) call.abandonTimer = this.kernel.after(caller.patienceSeconds, this.abandon, call);
      if (this.trace) this.log('queued', call);
    }
  };

  private readonly finishSelfService = (call: Call): void => {
    this.lines.add(this.kernel.now(), -1);
    if (call.counted) this.resolved(call).selfServe();
    this.closeCase(call, 'selfService');
    if (this.trace) this.log('self-served', call);
  };

  /** The pool gave the call an agent. */
  private readonly answer = (call: Call, agent: Agent): void => {
    const now = this.kernel.now();
    const wait = now - call.queuedAt;
    const type = call.caller.type;
    call.agent = agent;
    if (call.waited) {
      call.abandonTimer?.cancel();
      this.typeQueues[type]!.add(now, -1);
    }
    const lane = this.types[type]!.lane;
    const within = wait <= this.laneTallies[lane]!.targetSeconds;
    this.recent?.record(lane, now, within);
    this.answeredSeries[lane]!.add(now);
    if (within) this.withinSeries[lane]!.add(now);
    if (call.counted) this.resolved(call).answer(wait);
    if (this.trace) this.log('answered', call, { value: wait, agent: agent.id, group: POOL_GROUPS[agent.group] });
    this.kernel.after(call.caller.handleSeconds, this.endTalk, call);
  };

  private readonly endTalk = (call: Call): void => {
    if (this.trace) this.log('talk-ended', call, { agent: call.agent!.id });
    const transfer = call.caller.route.transfer && this.backOffice !== undefined;
    // A transferred caller keeps the line while waiting for the back office.
    if (transfer) this.transfer(call);
    else this.lines.add(this.kernel.now(), -1);
    if (call.caller.afterCallWorkSeconds > 0) {
      this.kernel.after(call.caller.afterCallWorkSeconds, this.endWrapUp, call);
      return;
    }
    this.desk.release(call.agent!);
    if (!transfer) this.afterConversation(call, false);
  };

  /** The front agent's after-call work is done: it writes the work order, if any. */
  private readonly endWrapUp = (call: Call): void => {
    if (this.trace) this.log('wrap-up-ended', call, { agent: call.agent!.id });
    this.desk.release(call.agent!);
    if (!(call.caller.route.transfer && this.backOffice)) this.afterConversation(call, false);
  };

  // ——— the back office ———

  private transfer(call: Call): void {
    const now = this.kernel.now();
    call.transferredAt = now;
    if (call.counted) this.transfers.transfer();
    if (this.trace) this.log('transferred', call, { group: call.caller.route.toOfficer ? 'officers' : 'secretaries' });
    this.backOffice!.transfer(call);
    if (call.backOfficeAgent === undefined && call.caller.route.transferPatienceSeconds !== Infinity) {
      call.abandonTimer = this.kernel.after(call.caller.route.transferPatienceSeconds, this.abandonTransfer, call);
    }
  }

  private readonly transferAnswered = (call: Call, agent: Agent): void => {
    const wait = this.kernel.now() - call.transferredAt;
    call.backOfficeAgent = agent;
    call.abandonTimer?.cancel();
    if (call.counted) this.transfers.answer(wait);
    if (this.trace) this.log('transfer-answered', call, { value: wait, agent: agent.id });
    this.kernel.after(call.caller.route.transferTalkSeconds, this.endTransferTalk, call);
  };

  private readonly endTransferTalk = (call: Call): void => {
    this.lines.add(this.kernel.now(), -1);
    this.backOffice!.endTransfer(call);
    if (this.trace) this.log('transfer-ended', call, { agent: call.backOfficeAgent!.id });
    this.afterConversation(call, true);
  };

  private readonly abandonTransfer = (call: Call): void => {
    const now = this.kernel.now();
    this.backOffice!.withdraw(call);
    this.lines.add(now, -1);
    if (call.counted) this.transfers.abandon();
    this.closeCase(call, 'abandonedTransfer');
    if (this.trace) this.log('transfer-abandoned', call, { value: now - call.transferredAt });
  };

  /** The hotline has heard the caller out: it notifies the mission in an emergency and writes up the case. */
  private afterConversation(call: Call, transferred: boolean): void {
    const route = call.caller.route;
    const office = this.backOffice;
    if (!office || !route.workOrder) {
      this.closeCase(call, transferred ? 'backOffice' : 'frontDesk');
      return;
    }
    if (route.urgent && route.forward && this.notifier) this.notify(call);
    const order = office.createWorkOrder(call);
    if (this.trace) this.logOrder('work-order-created', order);
  }

  private notify(call: Call): void {
    const outcome = this.notifier!.notify(this.notifyStream);
    if (call.counted) this.notifications.record(outcome, this.kernel.now() - call.arrivedAt);
    if (this.trace) {
      const channel = this.scenario.notifications!.channels[outcome.channel]?.id ?? 'failed';
      this.kernel.after(outcome.seconds, () => this.log('notified', call, { value: outcome.seconds, outcome: channel }), undefined);
    }
  }

  /** The case has found its tier in the funnel. */
  private closeCase(call: Call, outcome: FunnelOutcome): void {
    if (this.trace) this.log('case-closed', call, { outcome });
    if (!call.counted) return;
    this.countedOpen--;
    this.funnels[call.caller.type]!.resolve(outcome);
  }

  private readonly abandon = (call: Call): void => {
    const now = this.kernel.now();
    const type = call.caller.type;
    this.desk.withdraw(call);
    this.typeQueues[type]!.add(now, -1);
    this.lines.add(now, -1);
    const lane = this.types[type]!.lane;
    this.recent?.record(lane, now, false);
    this.abandonedSeries[lane]!.add(now);
    if (call.counted) this.resolved(call).abandon();
    this.closeCase(call, 'abandonedFront');
    if (this.trace) this.log('abandoned', call, { value: now - call.queuedAt });
    this.maybeRedial(call, this.scenario.redial?.afterAbandonProbability ?? 0);
  };

  private maybeRedial(call: Call, probability: number): void {
    const redial = this.scenario.redial;
    if (!redial || call.attempt >= redial.maxAttempts || probability === 0) return;
    const stream = this.types[call.caller.type]!.redial;
    if (!stream.bernoulli(probability)) return;
    const delay = this.redialDelay!(stream);
    if (this.kernel.now() + delay >= this.horizon) return;
    if (this.trace) this.log('redial-scheduled', call, { value: delay });
    this.kernel.after(delay, this.redial, call);
  }

  // ——— bookkeeping ———

  /** The tally to count a counted call's outcome in; the call is no longer in the system. */
  private resolved(call: Call): CallTally {
    this.countedInSystem--;
    return this.typeTallies[call.caller.type]!;
  }

  private logOrder(event: TraceEventName, order: WorkOrder): void {
    const route = order.call.caller.route;
    this.log(event, order.call, { order: order.id, stage: STAGES[order.stage], mission: MISSIONS[route.mission]!.id });
  }

  private log(event: TraceEventName, call: Call | undefined, extra: Partial<TraceRecord> = {}): void {
    const t = this.kernel.now();
    if (!call) {
      this.trace!({ t, event, ...extra });
      return;
    }
    const type = this.types[call.caller.type]!;
    this.trace!({ t, event, call: call.id, caller: call.caller.id, callType: type.id, lane: this.laneIds[type.lane], ...extra });
  }
}
