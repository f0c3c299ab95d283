/**
 * Events on a time chart (stand-downs on the seats chart): short vertical ticks hanging from
 * the plot's top edge (clear of the lines, which crowd the floor) at each bucket where events happened, longer with more events (a mean
 * over replications, so 0.5 is a stand-down in half the replications), capped at one.
 * Counts are not on the chart's y scale: the ticks mark when, the tooltip says how many.
 */
import { isValue } from './format.ts';

export interface EventTicksInput {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** Events per bucket (mean over replications); 0, NaN or null draw nothing. */
  readonly counts: readonly (number | null)[];
}

export interface EventTicksLayer {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** SVG path of the ticks; empty when no bucket has an event. */
  readonly path: string;
}

/** Shortest and tallest tick, in px. */
export const TICK_MIN = 6;
export const TICK_MAX = 20;

/** The ticks' path: one per bucket with events, at its centre `x0 + i·dx` (shifted by `offset` so layers sit side by side), down from `top`. */
export function eventTicksPath(counts: readonly (number | null)[], x0: number, dx: number, top: number, offset = 0): string {
  let d = '';
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!isValue(c) || c <= 0) continue;
    const h = TICK_MIN + (TICK_MAX - TICK_MIN) * Math.min(1, c);
    d += `M${(x0 + i * dx + offset).toFixed(1)} ${top.toFixed(1)}V${(top + h).toFixed(1)}`;
  }
  return d;
}

export function eventTicksLayers(ticks: readonly EventTicksInput[], x0: number, dx: number, top: number): EventTicksLayer[] {
  return ticks.map((t, k) => ({ id: t.id, label: t.label, color: t.color, path: eventTicksPath(t.counts, x0, dx, top, k * 2) }));
}
