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
import { ArrivalProcess, ArrivalRates } from './arrivals.ts';
import { Call, type Caller } from './call.ts';
import { fromDuration } from './durations.ts';
import { orderLanes } from './lanes.ts';
import { CallTally, poolFigures, type CallFigures, type PoolFigures } from './metrics.ts';
import type { Scenario } from './scenario.ts';
import { followSchedule, seatsByHalfHourOfWeek } from './staffing.ts';
import { RecentOutcomes, StandbyController } from './standby.ts';
import type { TraceEventName, TraceSink } from './trace.ts';

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

/** Per-bucket series over the whole run (warm-up included), for charts. */
export interface RunSeries {
  readonly bucketSeconds: number;
  readonly arrivals: Record<string, number[]>;
  readonly queueLength: Record<string, number[]>;
  /** Answered within target ÷ resolved in the bucket, NaN where none resolved. */
  readonly serviceLevel: Record<string, number[]>;
  readonly abandoned: Record<string, number[]>;
  readonly busySeats: Record<string, number[]>;
  readonly seatsOnDuty: Record<string, number[]>;
}

export interface StandbyFigures {
  activations: number;
  seatsOnLine: number;
  meanCallInMinutes: number;
  standDowns: number;
}

export interface ReplicationResult {
  readonly byCallType: Record<string, CallFigures>;
  readonly byLane: Record<string, CallFigures>;
  readonly pools: Record<string, PoolFigures>;
  readonly standby: StandbyFigures;
  readonly trunk: { meanLinesInUse: number; maxLinesInUse: number };
  readonly series: RunSeries;
  readonly run: {
    seed: number;
    replication: number;
    horizonSeconds: number;
    warmupSeconds: number;
    events: number;
    attempts: number;
    endSeconds: number;
  };
}

/** Series longer than this many buckets use wider buckets (a multiple of the asked width). */
const MAX_BUCKETS = 3000;
export const FRONT = 0;
export const STANDBY = 1;
export const POOL_GROUPS = ['front', 'standby'] as const;

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
}

/** Simulates one replication and returns its figures. */
export function simulateCallCentre(scenario: Scenario, options: RunOptions): ReplicationResult {
  return new CallCentreRun(scenario, options).run();
}

class CallCentreRun {
  private readonly kernel = new Kernel();
  private readonly streams: RandomStreams;
  private readonly horizon: number;
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
  private nextCallId = 1;
  private nextCallerId = 1;
  private attempts = 0;
  /** Counted calls not yet answered or gone: the drain phase runs until this is 0. */
  private countedInSystem = 0;

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
    }));
    this.ivrMenu = scenario.ivr && compileSampler(fromDuration(scenario.ivr.menuSeconds, 'Seconds'));
    this.ivrSelfService = scenario.ivr && compileSampler(fromDuration(scenario.ivr.selfServiceSeconds, 'Seconds'));
    this.redialDelay = scenario.redial && compileSampler(fromDuration(scenario.redial.delaySeconds, 'Seconds'));

    this.desk = new Pool<Call>(this.kernel, {
      name: 'front-desk',
      lines: order.poolLines,
      groups: POOL_GROUPS,
      onStart: this.answer,
    });
    this.lineLimit = scenario.trunk?.lines ?? Infinity;
    this.lines = new Level('trunk.lines-in-use');
    this.typeQueues = this.types.map((t) => new Level(`${t.id}.waiting`));
    this.laneTallies = order.lanes.map((l) => new CallTally(l.serviceLevelTargetSeconds));
    this.typeTallies = this.types.map((t) => new CallTally(order.lanes[t.lane]!.serviceLevelTargetSeconds, this.laneTallies[t.lane]));
    this.recent = scenario.standby?.activation.kind === 'service-level' ? new RecentOutcomes(order.lanes.length) : undefined;

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
        {
          waiting: (laneId) => this.desk.waiting(this.laneIds.indexOf(laneId)),
          waitingTotal: () => this.laneIds.reduce((sum, _, i) => sum + this.desk.waiting(i), 0),
          recentServiceLevel: (laneId, minutes) => this.recent!.serviceLevel(this.laneIds.indexOf(laneId), this.kernel.now(), minutes),
        },
        this.laneIds,
        this.trace && ((event, seats) => this.log(event, undefined, { value: seats, group: 'standby' })),
      );
  }

  run(): ReplicationResult {
    const { kernel } = this;
    followSchedule(kernel, this.desk, FRONT, seatsByHalfHourOfWeek(this.scenario.frontDesk.seats), this.weekOffset);
    this.standby?.start(this.horizon);
    this.types.forEach((_, i) => this.scheduleArrival(i, 0));
    kernel.at(this.warmup, this.startWindow, undefined);

    const step = this.options.progressEverySeconds ?? Math.max(HOUR, this.horizon / 100);
    for (let t = 0; t < this.horizon; ) {
      t = Math.min(t + step, this.horizon);
      kernel.runUntil(t);
      this.options.onProgress?.({ simulatedSeconds: t, horizonSeconds: this.horizon, events: kernel.eventCount });
    }
    const window = this.closeWindow();
    // Follow the calls that arrived inside the window until they are answered or gone.
    const drainEnd = this.horizon + this.scenario.run.drainLimitHours * HOUR;
    while (this.countedInSystem > 0 && kernel.now() < drainEnd && kernel.nextEventTime() <= drainEnd) {
      kernel.runUntil(Math.min(kernel.nextEventTime(), drainEnd));
    }
    return this.result(window);
  }

  private readonly startWindow = (): void => {
    const now = this.kernel.now();
    for (const level of [...this.desk.queueLevels, ...this.desk.busyLevels, ...this.desk.presentLevels, ...this.typeQueues, this.lines]) {
      level.reset(now);
    }
  };

  /** Time averages over [warm-up, horizon], taken before the drain phase moves the clock on. */
  private closeWindow() {
    const end = this.horizon;
    return {
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
    return {
      byCallType: byId(typeIds, (i) => this.typeTallies[i]!.figures(window.typeQueue[i]!)),
      byLane: byId(this.laneIds, (i) => this.laneTallies[i]!.figures(window.laneQueue[i]!)),
      pools: window.pools,
      standby: {
        activations: counters?.activations ?? 0,
        seatsOnLine: counters?.seatsOnLine ?? 0,
        meanCallInMinutes: counters ? counters.callInSeconds / counters.seatsOnLine / MINUTE : NaN,
        standDowns: counters?.standDowns ?? 0,
      },
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
        busySeats: byId(POOL_GROUPS, (i) => window.busy[i]!),
        seatsOnDuty: byId(POOL_GROUPS, (i) => window.present[i]!),
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

  /** The caller's needs, drawn now from the type's own stream whatever happens to the call. */
  private newCaller(type: number): Caller {
    const t = this.types[type]!;
    const rng = t.caller;
    return {
      id: this.nextCallerId++,
      type,
      handleSeconds: t.handle(rng),
      patienceSeconds: t.patience ? t.patience(rng) : Infinity,
      afterCallWorkSeconds: t.afterCallWork ? t.afterCallWork(rng) : 0,
      ivrSeconds: this.ivrMenu ? this.ivrMenu(rng) : 0,
      wantsAgent: this.ivrSelfService ? !rng.bernoulli(t.selfServiceShare) : true,
      selfServiceSeconds: this.ivrSelfService ? this.ivrSelfService(rng) : 0,
    };
  }

  private arrive(call: Call): void {
    const now = call.arrivedAt;
    const { caller } = call;
    this.attempts++;
    this.arrivalSeries[caller.type]!.add(now);
    if (call.counted) {
      this.countedInSystem++;
      this.typeTallies[caller.type]!.offer(call.attempt === 1);
    }
    if (this.trace) this.log('arrive', call, { value: call.attempt });
    if (this.lines.value >= this.lineLimit) {
      if (call.counted) this.resolved(call).block();
      if (this.trace) this.log('blocked', call);
      this.maybeRedial(call, this.scenario.redial?.afterBusyProbability ?? 0);
      return;
    }
    this.lines.add(now, 1);
    if (caller.ivrSeconds > 0) this.kernel.after(caller.ivrSeconds, this.leaveIvr, call);
    else this.leaveIvr(call);
  }

  private readonly leaveIvr = (call: Call): void => {
    const { caller } = call;
    if (!caller.wantsAgent) {
      this.kernel.after(caller.selfServiceSeconds, this.finishSelfService, call);
      return;
    }
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
    this.lines.add(this.kernel.now(), -1);
    if (this.trace) this.log('talk-ended', call, { agent: call.agent!.id });
    if (call.caller.afterCallWorkSeconds > 0) this.kernel.after(call.caller.afterCallWorkSeconds, this.endWrapUp, call);
    else this.desk.release(call.agent!);
  };

  private readonly endWrapUp = (call: Call): void => {
    if (this.trace) this.log('wrap-up-ended', call, { agent: call.agent!.id });
    this.desk.release(call.agent!);
  };

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

  private log(event: TraceEventName, call: Call | undefined, extra: { value?: number; agent?: number; group?: string } = {}): void {
    const t = this.kernel.now();
    if (!call) {
      this.trace!({ t, event, ...extra });
      return;
    }
    const type = this.types[call.caller.type]!;
    this.trace!({ t, event, call: call.id, caller: call.caller.id, callType: type.id, lane: this.laneIds[type.lane], ...extra });
  }
}
