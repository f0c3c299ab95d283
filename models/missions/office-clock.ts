/**
 * When a mission's office is open, in simulated seconds. A work order forwarded to an embassy
 * waits for the office to open in the mission's own time zone (docs/domain.md: "missions
 * abroad keep their own local office hours"), so the clock turns each mission's local hours,
 * working week and daylight-saving rules into open intervals of simulated time, once per run.
 *
 * Simulated time 0 is a Beijing wall-clock time (UTC+8 all year). Without office rules every
 * day that is not a weekend day is a working day, open from the catalogue's opening to its
 * closing time. A scenario's rules (`office-rules.ts`) may add a lunch break, local time, and
 * public holidays, local dates, on which the office stays shut, and spans of 24-hour duty
 * in a major incident, in simulated time, in which it is open whatever the rest says.
 */
import { wallClockMs } from '../../src/engine/time.ts';
import type { Mission } from './catalogue.ts';
import { rulesKey, type OfficeRules } from './office-rules.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The UTC instant, in milliseconds since the epoch, of a Beijing wall-clock time `YYYY-MM-DDTHH:MM`.
 * Throws on a malformed or impossible date such as `2025-02-30T00:00`.
 */
export function beijingStartUtcMs(startBeijing: string): number {
  const wall = wallClockMs(startBeijing);
  if (wall === undefined) throw new Error(`invalid Beijing start time: expected YYYY-MM-DDTHH:MM, got ${JSON.stringify(startBeijing)}`);
  return wall - BEIJING_OFFSET_MS;
}

/** Minutes after midnight of an `HH:MM` time; throws, naming the mission, when malformed. */
function minutesOfDay(hhmm: string, what: string, mission: Mission): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`mission ${mission.id}: invalid ${what} ${JSON.stringify(hhmm)}, expected HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Reads a zone's UTC offset (ms) at an instant from Intl's `longOffset` name, e.g. `GMT+05:45`. */
function offsetReader(timeZone: string, missionId: string): (utcMs: number) => number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      throw new Error(`mission ${missionId}: unknown time zone ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, formatter);
  }
  const f = formatter;
  return (utcMs) => offsetOfName(f.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value ?? '', timeZone);
}

/**
 * The UTC offset (ms) that Intl's `longOffset` name says: `GMT+05:45`, `GMT-03:30`, a historic
 * `GMT+00:17:30` with seconds, and a zero offset written `GMT+00:00` (Node 20) or plain `GMT`
 * or `UTC` (Chromium). Throws, naming the zone, on anything else.
 */
export function offsetOfName(name: string, timeZone: string): number {
  if (name === 'GMT' || name === 'UTC') return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`time zone ${timeZone}: cannot read the UTC offset from ${JSON.stringify(name)}`);
  const ms = ((Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

/**
 * A zone's UTC offsets over a span, as the instants where they change. Intl is sampled once a
 * week and bisected to the minute where two samples differ, so a year costs ~52 + 2 × 11 Intl
 * calls. This assumes no zone changes its offset and back again within one week (none does).
 */
class OffsetTable {
  /** `offsets[i]` applies from `changes[i]` (ms since the epoch) on; `changes[0]` is -Infinity. */
  private readonly changes: number[] = [-Infinity];
  private readonly offsets: number[];

  constructor(read: (utcMs: number) => number, fromUtcMs: number, toUtcMs: number) {
    let a = Math.floor(fromUtcMs / MINUTE_MS);
    let offA = read(a * MINUTE_MS);
    this.offsets = [offA];
    while (a * MINUTE_MS < toUtcMs) {
      const b = a + WEEK_MS / MINUTE_MS;
      const offB = read(b * MINUTE_MS);
      // Each pass finds the first change after `a`, so several changes in one week are all found.
      while (offA !== offB) {
        let lo = a;
        let hi = b; // read(lo) = offA, read(hi) ≠ offA
        while (hi - lo > 1) {
          const mid = lo + Math.floor((hi - lo) / 2);
          if (read(mid * MINUTE_MS) === offA) lo = mid;
          else hi = mid;
        }
        a = hi;
        offA = read(hi * MINUTE_MS);
        this.changes.push(hi * MINUTE_MS);
        this.offsets.push(offA);
      }
      a = b;
    }
  }

  at(utcMs: number): number {
    let lo = 0;
    let hi = this.changes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.changes[mid]! <= utcMs) lo = mid;
      else hi = mid - 1;
    }
    return this.offsets[lo]!;
  }

  /**
   * The UTC instant of a local wall time (given as ms since the epoch, as if it were UTC). A wall
   * time that occurs twice when clocks go back is its first occurrence; one skipped when clocks
   * go forward is read with the offset before the jump, so 02:30 becomes 03:30 (as Temporal's
   * "compatible"). Offsets a day either side are the candidates: changes are days apart.
   */
  wallToUtc(wallMs: number): number {
    const before = this.at(wallMs - DAY_MS);
    const after = this.at(wallMs + DAY_MS);
    if (this.at(wallMs - before) === before) return wallMs - before;
    if (this.at(wallMs - after) === after) return wallMs - after;
    return wallMs - before;
  }
}

/** The local date `YYYY-MM-DD` of a day starting at `dayMs` (local midnight, as epoch ms read as UTC). */
function localDate(dayMs: number): string {
  const d = new Date(dayMs);
  const year = d.getUTCFullYear();
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day starting at `dayMs` (epoch ms; 1970-01-01 was a Thursday). */
function isoWeekday(dayMs: number): number {
  const days = Math.floor(dayMs / DAY_MS);
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/**
 * Adds spans of 24-hour duty to ascending open intervals, in place: the union, still ascending
 * and with no two intervals touching. Spans before time 0 or empty are left out.
 */
function mergeDuty(opens: number[], closes: number[], duty: readonly { readonly fromSeconds: number; readonly toSeconds: number }[]): void {
  const spells = opens.map((open, i) => [open, closes[i]!] as [number, number]);
  for (const d of duty) if (d.toSeconds > Math.max(0, d.fromSeconds)) spells.push([Math.max(0, d.fromSeconds), d.toSeconds]);
  spells.sort((a, b) => a[0] - b[0]);
  opens.length = 0;
  closes.length = 0;
  for (const [open, close] of spells) {
    const last = closes.length - 1;
    if (last >= 0 && open <= closes[last]!) closes[last] = Math.max(closes[last]!, close);
    else {
      opens.push(open);
      closes.push(close);
    }
  }
}

/**
 * A mission's open intervals in simulated seconds over [0, untilSeconds], plus the first opening
 * after untilSeconds. Built once per run (10 years take a few milliseconds); queries are binary
 * searches over typed arrays.
 */
export class MissionClock {
  readonly mission: Mission;
  /** Start (inclusive) and end (exclusive) of each open interval, ascending, in simulated seconds. */
  private readonly opens: Float64Array;
  private readonly closes: Float64Array;

  /**
   * @param rules a lunch break and holidays (local time and dates) and spans of 24-hour duty
   *   (simulated time); none: the catalogue's hours every working day.
   */
  constructor(mission: Mission, startBeijing: string, untilSeconds: number, rules?: OfficeRules) {
    if (!(untilSeconds >= 0 && Number.isFinite(untilSeconds))) {
      throw new Error(`mission ${mission.id}: untilSeconds must be a finite number ≥ 0, got ${untilSeconds}`);
    }
    const weekend = new Set(mission.weekendDays);
    if ([1, 2, 3, 4, 5, 6, 7].every((d) => weekend.has(d))) throw new Error(`mission ${mission.id}: every day is a weekend day, so the office never opens`);
    const openMin = minutesOfDay(mission.officeHours.open, 'officeHours.open', mission);
    const closeMin = minutesOfDay(mission.officeHours.close, 'officeHours.close', mission);
    if (openMin >= closeMin) throw new Error(`mission ${mission.id}: officeHours.open ${mission.officeHours.open} must be before close ${mission.officeHours.close}`);
    this.mission = mission;
    // Each working day's open spells in minutes after local midnight: the office hours, less lunch.
    const spells: [number, number][] = [[openMin, closeMin]];
    if (rules?.lunch) {
      const { startMinute, endMinute } = rules.lunch;
      spells.length = 0;
      if (Math.min(closeMin, startMinute) > openMin) spells.push([openMin, Math.min(closeMin, startMinute)]);
      if (closeMin > Math.max(openMin, endMinute)) spells.push([Math.max(openMin, endMinute), closeMin]);
      if (spells.length === 0) throw new Error(`mission ${mission.id}: the lunch break covers the office hours ${mission.officeHours.open}–${mission.officeHours.close}, so the office never opens`);
    }
    const holidays = rules?.holidays;

    const startUtcMs = beijingStartUtcMs(startBeijing);
    const endUtcMs = startUtcMs + untilSeconds * 1000;
    // Margins: the first local day may begin a day and a half before the start, the opening after
    // untilSeconds is at most a week away, and wallToUtc looks a day either side.
    const offsets = new OffsetTable(offsetReader(mission.timeZone, mission.id), startUtcMs - 4 * DAY_MS, endUtcMs + 12 * DAY_MS);
    const opens: number[] = [];
    const closes: number[] = [];
    const local0 = startUtcMs + offsets.at(startUtcMs);
    let beyond = false;
    for (let dayMs = Math.floor(local0 / DAY_MS) * DAY_MS; !beyond; dayMs += DAY_MS) {
      if (weekend.has(isoWeekday(dayMs))) continue;
      if (holidays?.has(localDate(dayMs))) continue;
      for (const [fromMin, toMin] of spells) {
        const open = (offsets.wallToUtc(dayMs + fromMin * MINUTE_MS) - startUtcMs) / 1000;
        const close = (offsets.wallToUtc(dayMs + toMin * MINUTE_MS) - startUtcMs) / 1000;
        if (close <= 0 || close <= open) continue;
        opens.push(open);
        closes.push(close);
        if (open > untilSeconds) {
          beyond = true;
          break;
        }
      }
    }
    if (rules?.onDuty) mergeDuty(opens, closes, rules.onDuty);
    this.opens = Float64Array.from(opens);
    this.closes = Float64Array.from(closes);
  }

  /** Whether the office is open at simulated second `t`. */
  isOpen(t: number): boolean {
    const i = this.lastOpeningAtOrBefore(t);
    return i >= 0 && t < this.closes[i]!;
  }

  /** `t` itself when the office is open at `t`, else the start of its next opening. */
  nextOpening(t: number): number {
    const i = this.lastOpeningAtOrBefore(t);
    if (i >= 0 && t < this.closes[i]!) return t;
    return this.opens[i + 1]!; // exists: the horizon check ensures t < the last close
  }

  /** Index of the last interval opening at or before `t`, or -1; throws outside the precomputed span. */
  private lastOpeningAtOrBefore(t: number): number {
    const n = this.opens.length;
    if (!(t >= 0 && t < this.closes[n - 1]!)) {
      throw new Error(`mission ${this.mission.id}: simulated time ${t} s is outside the precomputed office hours [0, ${this.closes[n - 1]}) s`);
    }
    let lo = 0;
    let hi = n; // first index with opens[i] > t is in [lo, hi]
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.opens[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** Clocks already built: replications of one scenario share them (a clock is never changed after it is built). */
const built = new Map<string, MissionClock>();
const MAX_BUILT = 500;

/** The clock of `mission` from `startBeijing` up to `untilSeconds` under `rules`, built once per process. */
export function missionClock(mission: Mission, startBeijing: string, untilSeconds: number, rules?: OfficeRules): MissionClock {
  const key = rules ? `${mission.id} ${startBeijing} ${untilSeconds} ${rulesKey(rules)}` : `${mission.id} ${startBeijing} ${untilSeconds}`;
  let clock = built.get(key);
  if (!clock) {
    if (built.size >= MAX_BUILT) built.clear();
    clock = new MissionClock(mission, startBeijing, untilSeconds, rules);
    built.set(key, clock);
  }
  return clock;
}
