/**
 * The only module that touches the `simjs` package (see ../shared/NOTES.md): it loads
 * the bundle with a lent `window`, keeps the namespace under a global symbol so that a
 * re-evaluated module (vitest's resetModules) finds it again although Node's require
 * cache does not re-run the bundle, and re-exports the parts we use with types.
 */
import { lentWindow } from './simjs-global.ts';
import 'simjs';

/** The subset of simjs's binary-heap calendar that the kernel relies on. */
export interface SimjsCalendarEntry {
  deliverAt: number;
  /** Insertion counter written by `PQueue.insert`; breaks ties between equal times. */
  order?: number;
}

export interface SimjsPQueue<E extends SimjsCalendarEntry> {
  data: E[];
  insert(entry: E): void;
  remove(): E | null;
}

export interface SimjsSim {
  simTime: number;
  queue: SimjsPQueue<SimjsCalendarEntry>;
  time(): number;
}

export interface SimjsEntity {
  setTimer(duration: number): SimjsRequest;
  time(): number;
}

export interface SimjsRequest {
  done(callback: () => void): SimjsRequest;
  cancel(): void;
  deliverAt: number;
}

export interface SimjsRandom {
  random(): number;
  genrandRes53(): number;
  genrandInt32(): number;
  initByArray(key: number[], length: number): void;
  normal(mu: number, sigma: number): number;
  exponential(lambda: number): number;
}

interface SimjsNamespace {
  Sim: new () => SimjsSim & {
    addEntity<T extends object>(klass: new (...args: never[]) => T, name?: string): T & SimjsEntity;
    simulate(until: number): boolean;
  };
  PQueue: new <E extends SimjsCalendarEntry>() => SimjsPQueue<E>;
  Entity: new (sim: SimjsSim, name?: string) => SimjsEntity;
  Random: new (seed: number) => SimjsRandom;
}

const stash = Symbol.for('cc12308.simjs');
const scope = globalThis as { Sim?: SimjsNamespace; window?: unknown; [stash]?: SimjsNamespace };

const namespace = scope[stash] ?? scope.Sim;
if (!namespace) throw new Error('simjs did not register window.Sim; is the package 2.0.3?');
scope[stash] = namespace;
delete scope.Sim;
if (lentWindow) delete scope.window;

export const Sim = namespace.Sim;
export const PQueue = namespace.PQueue;
/** Used only by the benchmark's bare simjs loop. */
export const Entity = namespace.Entity;
export const Random = namespace.Random;
