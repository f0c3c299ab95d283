/**
 * The tracer of a traced run: turns what the model tells it into `TraceRecord`s with ids
 * (call type, lane, agent group, stage, mission, channel) and hands them to the sink in time
 * order. A notification is decided when the call ends but delivered later; its record is
 * held until the trace reaches that time, so that the run itself schedules nothing extra.
 */
import type { Agent } from '../../src/engine/pool.ts';
import { STAGES, type WorkOrder } from '../back-office/work-orders.ts';
import { MISSIONS } from '../missions/catalogue.ts';
import type { Call } from '../phone/call.ts';
import type { FunnelOutcome } from './funnel.ts';
import type { CallEventName, SeatsEventName, TraceRecord, TraceSink, Tracer, WorkOrderEventName } from './trace.ts';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

export interface TraceNames {
  /** Call type ids, by call type index. */
  readonly callTypeIds: readonly string[];
  /** Lane ids, by call type index. */
  readonly laneIdOfType: readonly string[];
  /** Front-desk agent groups, by group index. */
  readonly deskGroups: readonly string[];
  /** Notification channel ids, by channel index. */
  readonly channelIds: readonly string[];
}

export class TraceRecorder implements Tracer {
  /** Records decided ahead of their time, earliest first. */
  private readonly held: TraceRecord[] = [];
  /** Seats on duty last told, per front-desk group: only changes are recorded. */
  private readonly dutySeats = new Map<string, number>();
  /** Attempts of the notification being decided. */
  private readonly attempts: TraceRecord[] = [];

  constructor(
    private readonly now: () => number,
    private readonly names: TraceNames,
    private readonly sink: TraceSink,
  ) {}

  call(event: CallEventName, call: Call, value?: number, agent?: Agent): void {
    const record = this.callRecord(event, call);
    if (value !== undefined) record.value = value;
    if (agent) record.agent = agent.id;
    if (event === 'answered') record.group = this.names.deskGroups[agent!.group];
    else if (event === 'transferred') record.group = call.caller.route.toOfficer ? 'officers' : 'secretaries';
    this.emit(record);
  }

  redialScheduled(call: Call, delaySeconds: number): void {
    const record = this.callRecord('redial-scheduled', call);
    record.value = delaySeconds;
    this.emit(record);
  }

  ivr(call: Call, wantsAgent: boolean, seconds: number): void {
    const record = this.callRecord('ivr', call);
    record.value = seconds;
    record.outcome = wantsAgent ? 'agent' : 'self-service';
    this.emit(record);
  }

  duty(group: 'front' | 'standby' | 'secretaryPhones', seats: number): void {
    if (this.dutySeats.get(group) === seats) return;
    this.dutySeats.set(group, seats);
    this.emit({ t: this.now(), event: 'duty', group, value: seats });
  }

  notifyAttempt(call: Call, channelIndex: number, atSeconds: number, delivered: boolean): void {
    const record = this.callRecord('notify-attempt', call);
    record.t += atSeconds;
    record.value = delivered ? 1 : 0;
    record.outcome = this.names.channelIds[channelIndex];
    // Held once the notification's start is recorded (`notified`), so that the start comes first.
    this.attempts.push(record);
  }

  workOrder(event: WorkOrderEventName, order: WorkOrder): void {
    const record = this.callRecord(event, order.call);
    record.order = order.id;
    record.stage = STAGES[order.stage];
    record.mission = MISSIONS[order.call.caller.route.mission]!.id;
    if (event === 'work-order-taken') {
      record.agent = order.agent!.id;
      record.group = order.stage === 0 ? 'secretaries' : 'officers';
    }
    this.emit(record);
  }

  notified(call: Call, seconds: number, channelIndex: number): void {
    const start = this.callRecord('notify-start', call);
    start.value = seconds;
    start.outcome = this.names.channelIds[channelIndex] ?? 'failed';
    this.emit(start);
    for (const attempt of this.attempts) this.hold(attempt);
    this.attempts.length = 0;
    const record = this.callRecord('notified', call);
    record.t += seconds;
    record.value = seconds;
    record.outcome = this.names.channelIds[channelIndex] ?? 'failed';
    this.hold(record);
  }

  caseClosed(call: Call, outcome: FunnelOutcome): void {
    const record = this.callRecord('case-closed', call);
    record.outcome = outcome;
    this.emit(record);
  }

  seats(event: SeatsEventName, group: 'standby' | 'secretaryPhones', seats: number): void {
    this.emit({ t: this.now(), event, value: seats, group });
  }

  flush(untilSeconds: number): void {
    while (this.held.length > 0 && this.held[0]!.t <= untilSeconds) this.sink(this.held.shift()!);
  }

  close(endSeconds: number): void {
    while (this.held.length > 0 && this.held[0]!.t <= endSeconds) this.sink(this.held.shift()!);
    this.held.length = 0;
  }

  private callRecord(event: TraceRecord['event'], call: Call): Writable<TraceRecord> {
    const type = call.caller.typeIndex;
    return { t: this.now(), event, call: call.id, caller: call.caller.id, callType: this.names.callTypeIds[type], lane: this.names.laneIdOfType[type] };
  }

  private emit(record: TraceRecord): void {
    while (this.held.length > 0 && this.held[0]!.t <= record.t) this.sink(this.held.shift()!);
    this.sink(record);
  }

  /** Keeps the held records in time order (a later one with the same time goes after). */
  private hold(record: TraceRecord): void {
    let i = this.held.length;
    while (i > 0 && this.held[i - 1]!.t > record.t) i--;
    this.held.splice(i, 0, record);
  }
}
