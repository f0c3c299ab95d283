/**
 * The event calendar. simjs's binary heap orders events by (time, insertion order), so
 * events at the same instant run in the order they were scheduled: ties break
 * deterministically. The kernel dispatches events itself instead of calling simjs's
 * `Request.deliver`, which spreads array arguments and drops falsy ones, and peeks at the
 * heap before removing an event so that running in slices loses nothing (simjs's own
 * `simulate(until)` drops the first event past `until`).
 */
import { PQueue, type SimjsPQueue } from './simjs.ts';

export type Handler<T> = (payload: T) => void;

/** A scheduled event; `cancel()` makes the kernel skip it when its time comes. */
export class ScheduledEvent<T = unknown> {
  deliverAt: number;
  order = 0;
  cancelled = false;
  readonly handler: Handler<T>;
  readonly payload: T;

  constructor(deliverAt: number, handler: Handler<T>, payload: T) {
    this.deliverAt = deliverAt;
    this.handler = handler;
    this.payload = payload;
  }

  cancel(): void {
    this.cancelled = true;
  }

  fire(): void {
    this.handler(this.payload);
  }
}

/** What the calendar holds: events of any payload type. */
type CalendarEvent = Pick<ScheduledEvent, 'deliverAt' | 'order' | 'cancelled' | 'fire'>;

export class Kernel {
  private readonly calendar: SimjsPQueue<CalendarEvent> = new PQueue();
  private time = 0;
  /** Events dispatched so far (cancelled ones are not counted). */
  eventCount = 0;

  now(): number {
    return this.time;
  }

  /** Schedules `handler(payload)` after `delay` seconds of simulated time. */
  after<T>(delay: number, handler: Handler<T>, payload: T): ScheduledEvent<T> {
    if (!(delay >= 0) || delay === Infinity) {
      throw new RangeError(`Kernel.after: delay must be a finite number ≥ 0, got ${delay} at t=${this.time}`);
    }
    return this.schedule(this.time + delay, handler, payload);
  }

  /** Schedules `handler(payload)` at absolute simulated time `time` (not in the past). */
  at<T>(time: number, handler: Handler<T>, payload: T): ScheduledEvent<T> {
    if (!(time >= this.time) || time === Infinity) {
      throw new RangeError(`Kernel.at: time must be finite and ≥ now (${this.time}), got ${time}`);
    }
    return this.schedule(time, handler, payload);
  }

  /** Time of the next pending event, or Infinity when the calendar is empty. */
  nextEventTime(): number {
    const head = this.calendar.data[0];
    return head === undefined ? Infinity : head.deliverAt;
  }

  /**
   * Runs every event due at or before `until`, then sets the clock to `until`.
   * Calling it repeatedly with increasing limits gives exactly the same events as one call.
   */
  runUntil(until: number): void {
    if (!(until >= this.time)) {
      throw new RangeError(`Kernel.runUntil: until must be ≥ now (${this.time}), got ${until}`);
    }
    const heap = this.calendar.data;
    while (heap.length > 0) {
      const next = heap[0]!;
      if (next.deliverAt > until) break;
      this.calendar.remove();
      if (next.cancelled) continue;
      this.time = next.deliverAt;
      this.eventCount++;
      next.fire();
    }
    if (until !== Infinity) this.time = until;
  }

  private schedule<T>(time: number, handler: Handler<T>, payload: T): ScheduledEvent<T> {
    const event = new ScheduledEvent(time, handler, payload);
    this.calendar.insert(event);
    return event;
  }
}
