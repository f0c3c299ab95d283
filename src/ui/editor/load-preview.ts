/**
 * Expected load against seats on duty, before a run: the offered load in Erlangs is the
 * arrival rate of agent-handled calls times their mean handle time (talk plus after-call
 * work), per half hour of the run, surges included, redials not. Where the load comes near
 * or above the seats, queues and hang-ups follow. d3 computes the geometry; lit draws it.
 */
import { area, line, curveStepAfter, scaleLinear } from 'd3';
import { ArrivalRates } from '../../../models/phone/arrivals.ts';
import { fromDuration } from '../../../models/scenario/durations.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { seatsByHalfHourOfWeek } from '../../../models/phone/staffing.ts';
import { meanOf } from '../../engine/distributions.ts';
import { HALF_HOUR, HOUR, secondsIntoWeek } from '../../engine/time.ts';

export interface LoadPoint {
  /** Hours since the start of the run. */
  readonly hour: number;
  /** Expected busy seats if every call were answered at once (offered load). */
  readonly erlangs: number;
  /** Front-desk seats on duty. */
  readonly seats: number;
  /** Front-desk plus every standby seat, the most the phones can have. */
  readonly withStandby: number;
}

/** Mean seconds of agent work per arriving call of each type (after IVR self-service). */
export function workSecondsPerCall(scenario: Scenario): number[] {
  return scenario.callTypes.map((t) => {
    const talk = meanOf(fromDuration(t.handleSeconds, 'Seconds'));
    const after = t.afterCallWorkSeconds ? meanOf(fromDuration(t.afterCallWorkSeconds, 'Seconds')) : 0;
    return (1 - t.selfServiceShare) * (talk + after);
  });
}

/** The expected load per half hour over the first `days` of the run (at most the run's length). */
export function expectedLoad(scenario: Scenario, days = scenario.run.days): LoadPoint[] {
  const offset = secondsIntoWeek(scenario.run.startBeijing) ?? 0;
  const rates = new ArrivalRates(scenario, offset);
  const work = workSecondsPerCall(scenario);
  const seats = seatsByHalfHourOfWeek(scenario.frontDesk.seats);
  const standby = scenario.standby?.seats ?? 0;
  const steps = Math.max(1, Math.ceil((Math.min(days, scenario.run.days) * 24 * HOUR) / HALF_HOUR));
  const points: LoadPoint[] = [];
  for (let k = 0; k < steps; k++) {
    const mid = k * HALF_HOUR + HALF_HOUR / 2;
    let erlangs = 0;
    for (let type = 0; type < work.length; type++) erlangs += rates.rate(type, mid) * work[type]!;
    const onDuty = seats[Math.floor((k * HALF_HOUR + offset) / HALF_HOUR) % 336]!;
    points.push({ hour: (k * HALF_HOUR) / HOUR, erlangs, seats: onDuty, withStandby: onDuty + standby });
  }
  return points;
}

export interface PreviewGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly loadArea: string;
  readonly seatsLine: string;
  readonly standbyLine: string;
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly xTicks: readonly { readonly x: number; readonly day: number }[];
  /** Half hours where the expected load exceeds the front seats on duty. */
  readonly overloadedHalfHours: number;
  readonly peakErlangs: number;
  readonly warmupX: number;
}

export function previewGeometry(points: readonly LoadPoint[], size: { width: number; height: number }, warmupHours = 0): PreviewGeometry {
  const margin = { top: 10, right: 12, bottom: 24, left: 40 };
  const hours = points.length ? points[points.length - 1]!.hour + 0.5 : 24;
  const top = Math.max(1, ...points.map((p) => Math.max(p.erlangs, p.withStandby)));
  const x = scaleLinear().domain([0, hours]).range([margin.left, size.width - margin.right]);
  const y = scaleLinear().domain([0, top * 1.08]).nice().range([size.height - margin.bottom, margin.top]);
  // Repeat the last point at the end so step curves reach the right edge.
  const extended = points.length ? [...points, { ...points[points.length - 1]!, hour: hours }] : [];
  const loadArea =
    area<LoadPoint>()
      .x((p) => x(p.hour))
      .y0(y(0))
      .y1((p) => y(p.erlangs))
      .curve(curveStepAfter)(extended) ?? '';
  const stepLine = (value: (p: LoadPoint) => number) =>
    line<LoadPoint>()
      .x((p) => x(p.hour))
      .y((p) => y(value(p)))
      .curve(curveStepAfter)(extended) ?? '';
  const days = hours / 24;
  const dayStep = days <= 8 ? 1 : days <= 31 ? 7 : Math.ceil(days / 8 / 7) * 7;
  const xTicks: { x: number; day: number }[] = [];
  for (let d = 0; d <= days + 1e-9; d += dayStep) xTicks.push({ x: x(d * 24), day: d });
  return {
    width: size.width,
    height: size.height,
    margin,
    loadArea,
    seatsLine: stepLine((p) => p.seats),
    standbyLine: stepLine((p) => p.withStandby),
    yTicks: y.ticks(5).map((value) => ({ y: y(value), value })),
    xTicks,
    overloadedHalfHours: points.filter((p) => p.erlangs > p.seats).length,
    peakErlangs: points.reduce((m, p) => Math.max(m, p.erlangs), 0),
    warmupX: x(Math.min(warmupHours, hours)),
  };
}
