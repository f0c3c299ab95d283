/**
 * The trainer's player: the animation clock (simulated seconds, moved by wall-clock time ×
 * speed), the records fetched ahead of it from the worker in batches, and the floor they are
 * applied to as the clock passes them. The clock never runs past the records it has: if the
 * worker falls behind, the picture waits for it rather than the page blocking.
 */
import type { TraceRecord } from '../../models/results/trace.ts';
import type { TrainerApi, TrainerBatch, TrainerSnapshot } from '../worker/protocol.ts';
import { applyRecord, emptyFloor, follow, type FloorConfig, type FloorState } from './floor-state.ts';

/** The worker as the player sees it: every call may be asynchronous (comlink). */
export type TrainerPort = { readonly [K in 'advance' | 'jump']: (...args: Parameters<TrainerApi[K]>) => Promise<ReturnType<TrainerApi[K]>> | ReturnType<TrainerApi[K]> };

/** Speeds offered: simulated seconds per wall-clock second, from real time to a day a minute. */
export const SPEEDS = [1, 10, 60, 360, 1440] as const;

/** Records applied per frame at most, so that a frame stays short whatever the speed. */
const MAX_PER_FRAME = 4000;

export class Player {
  floor: FloorState;
  /** Simulated seconds shown. */
  clock = 0;
  speed: number = SPEEDS[2];
  playing = false;
  /** The worker has no more records. */
  done = false;
  /** Records fetched and not applied yet, in time order. */
  private buffer: TraceRecord[] = [];
  private head = 0;
  /** Records are known up to this time. */
  private known = 0;
  private asking: Promise<void> | undefined;
  /** Bumped by a jump: batches asked for before it are dropped. */
  private generation = 0;
  /** Called after records are applied (the page redraws its panels). */
  onChange: (() => void) | undefined;
  /** Hears every record as it is applied (narration). */
  onRecord: ((record: TraceRecord, floor: FloorState) => void) | undefined;

  constructor(
    private readonly port: TrainerPort,
    readonly config: FloorConfig,
  ) {
    this.floor = emptyFloor(config);
  }

  /** How far ahead of the clock records are fetched: two seconds of play, and at least a minute. */
  private get lookahead(): number {
    return Math.max(60, this.speed * 2);
  }

  /** Moves the clock on by `wallMs` of play; returns whether the clock moved. */
  tick(wallMs: number): boolean {
    this.fetch();
    if (!this.playing) return false;
    let to = this.clock + (wallMs / 1000) * this.speed;
    if (!this.done) to = Math.min(to, this.known);
    const capped = this.applyUntil(to);
    // Stopped by the per-frame cap: the clock waits at the last record applied.
    this.clock = Math.max(this.clock, capped ? this.floor.t : to);
    // The replication is over and every record shown.
    if (this.done && this.head >= this.buffer.length) this.playing = false;
    return true;
  }

  /** Pauses and applies the next record (and any at the same instant); resolves when done. */
  async step(): Promise<void> {
    this.playing = false;
    while (this.head >= this.buffer.length && !this.done) {
      this.ensureAsk(Math.max(this.known, this.clock) + this.lookahead);
      await this.asking;
    }
    const next = this.buffer[this.head];
    if (!next) return;
    this.applyUntil(next.t);
    this.clock = next.t;
  }

  /** Jumps to `to` seconds: the worker sends the floor then, and play goes on from there. */
  async jump(to: number): Promise<void> {
    const followed = this.floor.followed?.id;
    this.generation++;
    this.asking = undefined;
    const snapshot: TrainerSnapshot = await this.port.jump(to);
    this.floor = snapshot.floor;
    follow(this.floor, followed);
    if (followed !== undefined && !this.floor.followed) this.floor.followed = undefined;
    this.buffer = [];
    this.head = 0;
    this.clock = to;
    this.known = Math.max(to, this.floor.t);
    this.done = snapshot.done;
    this.onChange?.();
  }

  /** Follows a call (undefined: nobody). */
  follow(id: number | undefined): void {
    follow(this.floor, id);
    this.onChange?.();
  }

  /** Records up to the clock are in hand, or being fetched. */
  private fetch(): void {
    if (!this.done && this.known < this.clock + this.lookahead) this.ensureAsk(this.clock + this.lookahead * 2);
  }

  private ensureAsk(until: number): void {
    if (this.asking || this.done) return;
    const generation = this.generation;
    this.asking = Promise.resolve(this.port.advance(until)).then((batch: TrainerBatch) => {
      if (generation !== this.generation) return;
      this.asking = undefined;
      if (this.head > 0) {
        this.buffer = this.buffer.slice(this.head);
        this.head = 0;
      }
      for (const r of batch.records) this.buffer.push(r);
      this.known = batch.until;
      this.done = batch.done;
    });
  }

  /** Applies buffered records up to `t` (at most MAX_PER_FRAME); returns whether the cap stopped it. */
  private applyUntil(t: number): boolean {
    const { buffer, floor } = this;
    let n = 0;
    while (this.head < buffer.length && buffer[this.head]!.t <= t) {
      const r = buffer[this.head++]!;
      applyRecord(floor, r);
      this.onRecord?.(r, floor);
      if (++n >= MAX_PER_FRAME) break;
    }
    if (n > 0) this.onChange?.();
    return n >= MAX_PER_FRAME;
  }
}
