/**
 * Trunk lines: the calls the hotline's number can hold at once (talking, in the IVR, waiting,
 * or on a live transfer). A call that finds every line in use hears a busy signal. Each call
 * takes at most one line and frees it once: a second free is a bug in the model, and throws.
 */
import { Level } from '../../src/engine/stats.ts';

/** What the trunk keeps on a call. */
export interface LineHolder {
  holdsLine: boolean;
}

export class TrunkLines {
  /** Lines in use over time. */
  readonly inUse = new Level('trunk.lines-in-use');

  /** `limit`: the number of lines (Infinity: no trunk limit in the scenario). */
  constructor(readonly limit: number) {}

  /** Takes a line for the call at `now`; false (a busy signal) when every line is in use. */
  take(call: LineHolder, now: number): boolean {
    if (call.holdsLine) throw new Error('trunk: the call already holds a line');
    if (this.inUse.value >= this.limit) return false;
    call.holdsLine = true;
    this.inUse.add(now, 1);
    return true;
  }

  /** The call hangs up at `now` and its line is free. */
  free(call: LineHolder, now: number): void {
    if (!call.holdsLine) throw new Error('trunk: the call holds no line (freed twice?)');
    call.holdsLine = false;
    this.inUse.add(now, -1);
  }
}
