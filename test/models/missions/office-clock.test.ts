import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beijingStartUtcMs, MissionClock, missionClock, offsetOfName } from '../../../models/missions/office-clock.ts';
import type { OfficeRules } from '../../../models/missions/office-rules.ts';
import { type Mission, MISSIONS, missionById } from '../../../models/missions/catalogue.ts';

/** Monday 6 January 2025, midnight in Beijing. */
const START = '2025-01-06T00:00';
const DAY = 86_400;
const WEEK = 7 * DAY;
const YEAR = 365 * DAY;

function mission(id: string): Mission {
  const m = missionById(id);
  if (!m) throw new Error(`no mission ${id}`);
  return m;
}

/** Simulated seconds of an ISO instant with its offset, e.g. `2025-01-07T09:00+09:00`, in a run from START. */
function at(iso: string, start = START): number {
  return (Date.parse(iso) - beijingStartUtcMs(start)) / 1000;
}

describe('beijingStartUtcMs', () => {
  it('reads a Beijing wall-clock time as UTC+8', () => {
    expect(beijingStartUtcMs(START)).toBe(Date.parse('2025-01-05T16:00Z'));
  });

  it('rejects malformed and impossible times', () => {
    for (const bad of ['2025-02-30T00:00', '2025-01-06 00:00', '2025-01-06T24:00', '']) {
      expect(() => beijingStartUtcMs(bad)).toThrow(/invalid Beijing start time/);
    }
  });
});

describe('offsetOfName', () => {
  const HOUR_MS = 3_600_000;
  it('reads the offsets Intl names: hours and minutes either side, seconds of a historic offset, and zero written as Node or Chromium write it', () => {
    expect(offsetOfName('GMT+05:45', 'Asia/Kathmandu')).toBe(5.75 * HOUR_MS);
    expect(offsetOfName('GMT-03:30', 'America/St_Johns')).toBe(-3.5 * HOUR_MS);
    expect(offsetOfName('GMT+9', 'Asia/Tokyo')).toBe(9 * HOUR_MS);
    expect(offsetOfName('GMT+00:17:30', 'Europe/Dublin')).toBe(1_050_000);
    expect(offsetOfName('GMT-00:25:21', 'Europe/Dublin')).toBe(-1_521_000);
    expect(offsetOfName('UTC+01:00', 'Europe/Paris')).toBe(HOUR_MS);
    for (const zero of ['GMT+00:00', 'GMT', 'UTC']) expect(offsetOfName(zero, 'Europe/London')).toBe(0);
  });

  it('refuses any other name, naming the zone', () => {
    for (const bad of ['', 'BST', 'GMT+', 'GMT+05:4', 'xGMT+01:00', 'GMT+01:00x', 'GMT 01:00']) {
      expect(() => offsetOfName(bad, 'Europe/London'), bad).toThrow(`time zone Europe/London: cannot read the UTC offset from ${JSON.stringify(bad)}`);
    }
  });
});

describe('MissionClock', () => {
  const tokyo = new MissionClock(mission('jp-tokyo'), START, 4 * WEEK);

  it('a work order reaching Tokyo at 03:00 on a Tuesday waits until 09:00 there', () => {
    const t = at('2025-01-07T03:00+09:00');
    expect(tokyo.isOpen(t)).toBe(false);
    expect(tokyo.nextOpening(t)).toBe(at('2025-01-07T09:00+09:00'));
    expect(tokyo.nextOpening(t)).toBe(115_200);
  });

  it('Tokyo is open at 09:00 and 17:29 and shut at 17:30 on a weekday', () => {
    expect(tokyo.isOpen(at('2025-01-07T09:00+09:00'))).toBe(true);
    expect(tokyo.isOpen(at('2025-01-07T17:29+09:00'))).toBe(true);
    expect(tokyo.isOpen(at('2025-01-07T17:30+09:00'))).toBe(false);
    expect(tokyo.nextOpening(at('2025-01-07T12:00+09:00'))).toBe(at('2025-01-07T12:00+09:00'));
  });

  it('at the start of the run (01:00 Monday in Tokyo) Tokyo first opens eight hours later', () => {
    expect(tokyo.nextOpening(0)).toBe(8 * 3600);
  });

  it('New York opens at 09:00 local on both sides of the March 2025 change to daylight time', () => {
    const ny = new MissionClock(mission('us-new-york'), START, 20 * WEEK);
    expect(ny.nextOpening(at('2025-03-07T06:00-05:00'))).toBe(at('2025-03-07T09:00-05:00'));
    expect(ny.nextOpening(at('2025-03-07T18:00-05:00'))).toBe(at('2025-03-10T09:00-04:00'));
    expect(ny.isOpen(at('2025-03-10T09:15-04:00'))).toBe(true); // 08:15 if the offset were still -05:00
    expect(ny.isOpen(at('2025-03-10T17:45-04:00'))).toBe(false); // 16:45 if the offset were still -05:00
  });

  it('an office open every day opens at 09:00 local on the DST-change Sundays themselves', () => {
    const daily: Mission = { ...mission('us-new-york'), id: 'test-daily', weekendDays: [] };
    const clock = new MissionClock(daily, START, YEAR);
    expect(clock.nextOpening(at('2025-03-09T00:00-05:00'))).toBe(at('2025-03-09T09:00-04:00'));
    expect(clock.nextOpening(at('2025-11-02T00:00-04:00'))).toBe(at('2025-11-02T09:00-05:00'));
  });

  it('a skipped wall time opens just after the jump; a repeated one opens at its first occurrence', () => {
    const early: Mission = { ...mission('us-new-york'), id: 'test-early', weekendDays: [], officeHours: { open: '02:30', close: '04:00' } };
    const late: Mission = { ...mission('us-new-york'), id: 'test-late', weekendDays: [], officeHours: { open: '01:30', close: '04:00' } };
    expect(new MissionClock(early, START, YEAR).nextOpening(at('2025-03-09T00:00-05:00'))).toBe(at('2025-03-09T03:30-04:00'));
    expect(new MissionClock(late, START, YEAR).nextOpening(at('2025-11-02T00:00-04:00'))).toBe(at('2025-11-02T01:30-04:00'));
  });

  it('a Friday in Riyadh is closed; the next opening is Sunday 09:00 there', () => {
    const riyadh = new MissionClock(mission('sa-riyadh'), START, 2 * WEEK);
    const friday = at('2025-01-10T11:00+03:00');
    expect(riyadh.isOpen(friday)).toBe(false);
    expect(riyadh.nextOpening(friday)).toBe(at('2025-01-12T09:00+03:00'));
  });

  it('a Saturday in Berlin is closed until Monday 09:00', () => {
    const berlin = new MissionClock(mission('de-berlin'), START, 2 * WEEK);
    expect(berlin.isOpen(at('2025-01-11T10:00+01:00'))).toBe(false);
    expect(berlin.nextOpening(at('2025-01-11T10:00+01:00'))).toBe(at('2025-01-13T09:00+01:00'));
  });

  it('Kathmandu, at UTC+05:45, opens on the quarter hour', () => {
    const kathmandu = new MissionClock(mission('np-kathmandu'), START, WEEK);
    expect(kathmandu.nextOpening(at('2025-01-06T08:00+05:45'))).toBe(at('2025-01-06T09:00+05:45'));
  });

  it('still finds the next opening when asked at the very end of the run', () => {
    const berlin = new MissionClock(mission('de-berlin'), START, at('2025-01-10T20:00+01:00'));
    expect(berlin.nextOpening(at('2025-01-10T20:00+01:00'))).toBe(at('2025-01-13T09:00+01:00'));
  });

  it('throws on an unknown time zone, naming it', () => {
    const lost: Mission = { ...mission('jp-tokyo'), timeZone: 'Mars/Olympus_Mons' };
    expect(() => new MissionClock(lost, START, DAY)).toThrow(/unknown time zone "Mars\/Olympus_Mons"/);
  });

  it('throws on times outside the precomputed span', () => {
    expect(() => tokyo.nextOpening(-1)).toThrow(/outside/);
    expect(() => tokyo.isOpen(10 * WEEK)).toThrow(/outside/);
    expect(() => tokyo.isOpen(Number.NaN)).toThrow(/outside/);
  });

  it('precomputes ten years in well under 200 ms', () => {
    const began = performance.now();
    const clock = new MissionClock(mission('us-new-york'), START, 10 * YEAR);
    const elapsed = performance.now() - began;
    expect(clock.nextOpening(10 * YEAR)).toBeGreaterThanOrEqual(10 * YEAR);
    expect(elapsed).toBeLessThan(200);
  });
});

/** Local weekday (ISO) and minute of day of an instant, read independently with Intl. */
const localFormats = new Map<string, Intl.DateTimeFormat>();
function localWeekdayAndMinute(timeZone: string, utcMs: number): [number, number] {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    localFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(utcMs);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return [weekday, Number(get('hour')) * 60 + Number(get('minute'))];
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

describe('MissionClock properties', () => {
  const until = 2 * YEAR;
  const start = '2025-03-01T13:00';
  const clocks = MISSIONS.map((m) => new MissionClock(m, start, until));

  it('nextOpening(t) >= t, the office is open then, and no opening between is skipped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: clocks.length - 1 }), fc.integer({ min: 0, max: until }), (i, t) => {
        const clock = clocks[i]!;
        const next = clock.nextOpening(t);
        expect(next).toBeGreaterThanOrEqual(t);
        expect(clock.isOpen(next)).toBe(true);
        expect(clock.isOpen(t)).toBe(next === t);
        const step = Math.max(60, Math.ceil((next - t) / 200));
        let openBefore = 0;
        for (let s = t; s < next; s += step) if (clock.isOpen(s)) openBefore += 1;
        expect(openBefore).toBe(0);
        if (next > t) expect(clock.isOpen(next - 1)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('isOpen agrees with the local weekday and wall clock read from Intl', () => {
    const startMs = beijingStartUtcMs(start);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: clocks.length - 1 }), fc.integer({ min: 0, max: until / 60 }), (i, minute) => {
        const clock = clocks[i]!;
        const m = clock.mission;
        const [weekday, ofDay] = localWeekdayAndMinute(m.timeZone, startMs + minute * 60_000);
        const expected = !m.weekendDays.includes(weekday) && ofDay >= minutes(m.officeHours.open) && ofDay < minutes(m.officeHours.close);
        expect(clock.isOpen(minute * 60), `${m.id} at minute ${minute}`).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Daylight saving beyond New York, at UTC instants chosen so that the wrong offset gives the
 * wrong answer: each "closed" would be open, and each "open" closed, an hour (or the DST step)
 * off. Office hours are 09:00–17:30 local. The zones' rules as of the tz data (2025):
 * Sydney is UTC+11 from the first Sunday of October to the first Sunday of April, else +10;
 * London +1 from the last Sunday of March to the last Sunday of October; Cairo brought DST
 * back in 2023 (+3 from the last Friday of April to the last Thursday of October, else +2);
 * Mexico City (−6) and Tehran (+3:30) have had none since 2022.
 */
describe('MissionClock across daylight-saving rules', () => {
  const utc = (iso: string) => at(iso);
  const clockFor = (id: string) => new MissionClock(mission(id), START, YEAR);

  it('Sydney: 09:00 is 22:00 UTC the day before in January (AEDT, +11) and 23:00 UTC in July (AEST, +10)', () => {
    const sydney = clockFor('au-sydney');
    expect(sydney.isOpen(utc('2025-01-06T22:30Z'))).toBe(true); // Tue 7 Jan 09:30 AEDT
    expect(sydney.isOpen(utc('2025-01-06T21:30Z'))).toBe(false); // 08:30 AEDT
    expect(sydney.isOpen(utc('2025-07-07T22:30Z'))).toBe(false); // Tue 8 Jul 08:30 AEST, 09:30 at +11
    expect(sydney.isOpen(utc('2025-07-08T07:15Z'))).toBe(true); // 17:15 AEST, 18:15 at +11
  });

  it('Sydney: after the April change the Monday opens an hour later in UTC; after the October change an hour earlier', () => {
    const sydney = clockFor('au-sydney');
    // Friday 4 April 18:00 AEDT → Monday 7 April 09:00 AEST (DST ended on Sunday 6 April)
    expect(sydney.nextOpening(utc('2025-04-04T07:00Z'))).toBe(utc('2025-04-06T23:00Z'));
    expect(sydney.isOpen(utc('2025-04-06T22:30Z'))).toBe(false); // 08:30 AEST
    // Friday 3 October 18:00 AEST → Monday 6 October 09:00 AEDT (DST began on Sunday 5 October)
    expect(sydney.nextOpening(utc('2025-10-03T08:00Z'))).toBe(utc('2025-10-05T22:00Z'));
  });

  it('London: 09:00 is 09:00 UTC in winter (GMT) and 08:00 UTC in summer (BST)', () => {
    const london = clockFor('gb-london');
    expect(london.isOpen(utc('2025-01-15T08:59Z'))).toBe(false);
    expect(london.isOpen(utc('2025-01-15T09:00Z'))).toBe(true);
    expect(london.isOpen(utc('2025-01-15T17:15Z'))).toBe(true);
    expect(london.isOpen(utc('2025-07-16T08:15Z'))).toBe(true); // 09:15 BST
    expect(london.isOpen(utc('2025-07-16T16:45Z'))).toBe(false); // 17:45 BST
    // Friday 28 March 18:00 GMT → Monday 31 March 09:00 BST (clocks went forward on Sunday 30 March)
    expect(london.nextOpening(utc('2025-03-28T18:00Z'))).toBe(utc('2025-03-31T08:00Z'));
    // Friday 24 October 18:00 BST → Monday 27 October 09:00 GMT
    expect(london.nextOpening(utc('2025-10-24T17:00Z'))).toBe(utc('2025-10-27T09:00Z'));
  });

  it('London: a run that ends before the clocks go forward still opens the Monday after at 09:00 BST (offsets are read beyond the horizon)', () => {
    const untilSeconds = utc('2025-03-29T12:00Z'); // Saturday; clocks go forward on Sunday 30 March
    const london = new MissionClock(mission('gb-london'), START, untilSeconds);
    expect(london.nextOpening(utc('2025-03-28T18:00Z'))).toBe(utc('2025-03-31T08:00Z'));
  });

  it('Cairo keeps the daylight saving it brought back in 2023: +3 in summer, +2 in winter, Sunday to Thursday', () => {
    const cairo = clockFor('eg-cairo');
    expect(cairo.isOpen(utc('2025-01-12T06:30Z'))).toBe(false); // Sun 12 Jan 08:30 EET
    expect(cairo.isOpen(utc('2025-01-12T07:30Z'))).toBe(true); // 09:30 EET
    expect(cairo.isOpen(utc('2025-07-13T06:30Z'))).toBe(true); // Sun 13 Jul 09:30 EEST; 08:30 without DST
    expect(cairo.isOpen(utc('2025-07-13T14:45Z'))).toBe(false); // 17:45 EEST; 16:45 without DST
    // DST began at midnight on Friday 25 April: the Sunday after opens at 06:00 UTC
    expect(cairo.nextOpening(utc('2025-04-24T16:00Z'))).toBe(utc('2025-04-27T06:00Z'));
    // and ended at the end of Thursday 30 October: the Sunday after opens at 07:00 UTC
    expect(cairo.nextOpening(utc('2025-10-30T16:00Z'))).toBe(utc('2025-11-02T07:00Z'));
    expect(cairo.isOpen(utc('2025-07-11T08:00Z'))).toBe(false); // a Friday
  });

  it('Mexico City stays at −6 all year since 2022: 09:00 is 15:00 UTC in January and in July', () => {
    const mexico = clockFor('mx-mexico-city');
    for (const day of ['2025-01-15', '2025-07-09']) {
      expect(mexico.isOpen(utc(`${day}T14:30Z`)), day).toBe(false); // 08:30 (09:30 under the old summer time)
      expect(mexico.isOpen(utc(`${day}T15:00Z`)), day).toBe(true);
      expect(mexico.isOpen(utc(`${day}T23:15Z`)), day).toBe(true); // 17:15 (18:15 under the old summer time)
      expect(mexico.isOpen(utc(`${day}T23:30Z`)), day).toBe(false);
    }
  });

  it('Tehran stays at +3:30 all year since 2022, and works Saturday to Wednesday', () => {
    const tehran = clockFor('ir-tehran');
    for (const day of ['2025-01-12', '2025-07-13']) {
      // both Sundays
      expect(tehran.isOpen(utc(`${day}T05:15Z`)), day).toBe(false); // 08:45 (09:45 under the old summer time)
      expect(tehran.isOpen(utc(`${day}T05:30Z`)), day).toBe(true);
      expect(tehran.isOpen(utc(`${day}T13:45Z`)), day).toBe(true); // 17:15 (18:15 under the old summer time)
      expect(tehran.isOpen(utc(`${day}T14:00Z`)), day).toBe(false);
    }
    expect(tehran.isOpen(utc('2025-07-10T06:00Z'))).toBe(false); // Thursday
    expect(tehran.isOpen(utc('2025-07-12T06:00Z'))).toBe(true); // Saturday
  });
});

describe('MissionClock with a lunch break and holidays (local time, local dates)', () => {
  /** A mission of our own, so the test does not depend on the catalogue's list. */
  const office = (id: string, timeZone: string, country: string): Mission => ({
    id,
    name: { zh: id, en: id },
    country,
    city: { zh: id, en: id },
    timeZone,
    officeHours: { open: '09:00', close: '17:30' },
    weekendDays: [6, 7],
    kind: 'consulate-general',
  });
  const lunch = { startMinute: 12 * 60, endMinute: 14 * 60 };
  const rules = (dates: string[] = []): OfficeRules => ({ lunch, holidays: new Set(dates) });
  const newYork = new MissionClock(office('t-new-york', 'America/New_York', 'US'), START, 52 * WEEK, rules(['2025-07-04', '2025-11-27']));
  const sydney = new MissionClock(office('t-sydney', 'Australia/Sydney', 'AU'), START, 52 * WEEK, rules(['2025-04-18', '2025-04-21']));
  const london = new MissionClock(office('t-london', 'Europe/London', 'GB'), START, 52 * WEEK, rules(['2025-05-05', '2025-12-25', '2025-12-26']));

  it('New York shuts 12:00–14:00 local on both sides of the March change to daylight time', () => {
    // Friday 7 March: EST (−05:00); Monday 10 March: EDT (−04:00).
    expect(newYork.isOpen(at('2025-03-07T11:59-05:00'))).toBe(true);
    expect(newYork.isOpen(at('2025-03-07T12:00-05:00'))).toBe(false);
    expect(newYork.nextOpening(at('2025-03-07T12:30-05:00'))).toBe(at('2025-03-07T14:00-05:00'));
    expect(newYork.nextOpening(at('2025-03-10T12:30-04:00'))).toBe(at('2025-03-10T14:00-04:00'));
    expect(newYork.isOpen(at('2025-03-10T13:30-05:00'))).toBe(true); // 14:30 in New York, not 13:30
  });

  it('a holiday is a local date: New York is shut on 4 July although Beijing is already on the 5th', () => {
    expect(newYork.isOpen(at('2025-07-04T15:00-04:00'))).toBe(false); // = 5 July 03:00 in Beijing
    expect(newYork.isOpen(at('2025-07-03T15:00-04:00'))).toBe(true);
    expect(newYork.nextOpening(at('2025-07-03T18:00-04:00'))).toBe(at('2025-07-07T09:00-04:00')); // Friday holiday, then the weekend
    // Thanksgiving (Thursday 27 November, EST again): Wednesday evening to Friday 09:00.
    expect(newYork.nextOpening(at('2025-11-26T18:00-05:00'))).toBe(at('2025-11-28T09:00-05:00'));
  });

  it('Sydney keeps lunch at 12:00 local when daylight saving ends (6 April) and closes for Easter', () => {
    // Friday 4 April: AEDT (+11:00); Monday 7 April: AEST (+10:00).
    expect(sydney.nextOpening(at('2025-04-04T12:15+11:00'))).toBe(at('2025-04-04T14:00+11:00'));
    expect(sydney.nextOpening(at('2025-04-07T12:15+10:00'))).toBe(at('2025-04-07T14:00+10:00'));
    // Good Friday 18 April and Easter Monday 21 April: Thursday 17:30 until Tuesday 09:00.
    expect(sydney.nextOpening(at('2025-04-17T17:30+10:00'))).toBe(at('2025-04-22T09:00+10:00'));
    // Daylight saving starts on Sunday 5 October: Monday 6 October opens at 09:00 +11:00.
    expect(sydney.nextOpening(at('2025-10-03T17:30+10:00'))).toBe(at('2025-10-06T09:00+11:00'));
  });

  it('London: the May bank holiday in summer time, Christmas and Boxing Day in winter time', () => {
    expect(london.nextOpening(at('2025-05-02T18:00+01:00'))).toBe(at('2025-05-06T09:00+01:00'));
    expect(london.isOpen(at('2025-05-05T10:00+01:00'))).toBe(false);
    expect(london.nextOpening(at('2025-12-24T18:00+00:00'))).toBe(at('2025-12-29T09:00+00:00'));
    // Lunch in British summer time (30 March on): 12:00–14:00 BST, i.e. 11:00–13:00 UTC.
    expect(london.isOpen(at('2025-04-01T11:30+00:00'))).toBe(false);
    expect(london.isOpen(at('2025-04-01T10:30+00:00'))).toBe(true);
  });

  it('a lunch break outside the office hours changes nothing; one overlapping the opening shortens the morning', () => {
    const plain = new MissionClock(office('t-tokyo', 'Asia/Tokyo', 'JP'), START, 4 * WEEK);
    const late = new MissionClock(office('t-tokyo', 'Asia/Tokyo', 'JP'), START, 4 * WEEK, { lunch: { startMinute: 18 * 60, endMinute: 19 * 60 } });
    const early = new MissionClock(office('t-tokyo', 'Asia/Tokyo', 'JP'), START, 4 * WEEK, { lunch: { startMinute: 8 * 60, endMinute: 10 * 60 } });
    for (let t = 0; t < 4 * WEEK - DAY; t += 900) expect(late.isOpen(t)).toBe(plain.isOpen(t));
    expect(early.nextOpening(at('2025-01-07T08:00+09:00'))).toBe(at('2025-01-07T10:00+09:00'));
    expect(early.isOpen(at('2025-01-07T17:29+09:00'))).toBe(true);
  });

  it('a span of 24-hour duty opens the office around the clock, over nights, lunch, weekends and holidays, and only in the span', () => {
    const m = office('t-khartoum', 'Africa/Khartoum', 'SD');
    // Duty from Wednesday 8 January 10:00 Beijing (04:00 in Khartoum, UTC+2) for 72 hours.
    const from = at('2025-01-08T10:00+08:00');
    const duty = new MissionClock(m, START, 4 * WEEK, { ...rules(['2025-01-09']), onDuty: [{ fromSeconds: from, toSeconds: from + 72 * 3600 }] });
    const usual = new MissionClock(m, START, 4 * WEEK, rules(['2025-01-09']));
    expect(usual.isOpen(at('2025-01-08T04:30+02:00'))).toBe(false); // before office hours
    expect(duty.isOpen(at('2025-01-08T03:59+02:00'))).toBe(false); // the minute before the span
    expect(duty.nextOpening(at('2025-01-08T03:00+02:00'))).toBe(from);
    for (const local of ['2025-01-08T04:00+02:00', '2025-01-08T12:30+02:00', '2025-01-08T23:00+02:00', '2025-01-09T10:00+02:00', '2025-01-11T03:59+02:00']) {
      expect(duty.isOpen(at(local)), local).toBe(true); // night, lunch, the holiday, Saturday night
      expect(duty.nextOpening(at(local))).toBe(at(local));
    }
    // Saturday 11 January 04:00 the span ends: the weekend, then Monday 09:00 as usual.
    expect(duty.isOpen(at('2025-01-11T04:00+02:00'))).toBe(false);
    expect(duty.nextOpening(at('2025-01-11T04:00+02:00'))).toBe(at('2025-01-13T09:00+02:00'));
    // Outside the span the clock is the usual one.
    for (let t = from + 72 * 3600; t < 4 * WEEK - DAY; t += 900) expect(duty.isOpen(t)).toBe(usual.isOpen(t));
    for (let t = 0; t < from; t += 900) expect(duty.isOpen(t)).toBe(usual.isOpen(t));
  });

  it('a span of duty overlapping office hours, or starting before time 0, joins them into one opening', () => {
    const m = office('t-duty', 'Asia/Tokyo', 'JP');
    const clock = new MissionClock(m, START, 2 * WEEK, { onDuty: [{ fromSeconds: -3600, toSeconds: at('2025-01-06T10:00+09:00') }] });
    expect(clock.isOpen(0)).toBe(true);
    // The span runs into Monday's opening (09:00): open without a break until 17:30.
    expect(clock.nextOpening(at('2025-01-06T09:30+09:00'))).toBe(at('2025-01-06T09:30+09:00'));
    expect(clock.isOpen(at('2025-01-06T17:30+09:00'))).toBe(false);
    expect(clock.nextOpening(at('2025-01-06T17:30+09:00'))).toBe(at('2025-01-07T09:00+09:00'));
  });

  it('throws, naming the mission, when lunch covers the whole office day', () => {
    expect(() => new MissionClock(office('t-tokyo', 'Asia/Tokyo', 'JP'), START, WEEK, { lunch: { startMinute: 8 * 60, endMinute: 18 * 60 } })).toThrow(/t-tokyo: the lunch break covers the office hours/);
  });

  it('caches clocks by their rules: the same rules share a clock, other rules do not', () => {
    const m = office('t-cache', 'Asia/Tokyo', 'JP');
    const a = missionClock(m, START, WEEK, rules(['2025-01-07']));
    expect(missionClock(m, START, WEEK, rules(['2025-01-07']))).toBe(a);
    expect(missionClock(m, START, WEEK, rules(['2025-01-08']))).not.toBe(a);
    expect(missionClock(m, START, WEEK)).not.toBe(a);
  });
});

describe('MissionClock: what it refuses, UTC, the run’s first local day, duty spans and its cache', () => {
  const tokyoWith = (over: Partial<Mission>): Mission => ({ ...mission('jp-tokyo'), id: 't-checks', ...over });

  it('refuses malformed office hours, naming the field', () => {
    for (const bad of ['24:00', '9:00', '109:00', '09:000', '29:00']) {
      expect(() => new MissionClock(tokyoWith({ officeHours: { open: bad, close: '17:30' } }), START, DAY), bad).toThrow(`mission t-checks: invalid officeHours.open ${JSON.stringify(bad)}`);
      expect(() => new MissionClock(tokyoWith({ officeHours: { open: '09:00', close: bad } }), START, DAY), bad).toThrow(`invalid officeHours.close ${JSON.stringify(bad)}`);
    }
  });

  it('refuses an office that never opens, and a span that is not a finite time ≥ 0', () => {
    expect(() => new MissionClock(tokyoWith({ officeHours: { open: '17:00', close: '09:00' } }), START, DAY)).toThrow(/must be before close/);
    expect(() => new MissionClock(tokyoWith({ officeHours: { open: '09:00', close: '09:00' } }), START, DAY)).toThrow(/must be before close/);
    expect(() => new MissionClock(tokyoWith({ weekendDays: [1, 2, 3, 4, 5, 6, 7] }), START, DAY)).toThrow(/every day is a weekend day/);
    for (const until of [-1, Number.NaN, Infinity]) expect(() => new MissionClock(mission('jp-tokyo'), START, until), String(until)).toThrow(/untilSeconds must be a finite number/);
    expect(new MissionClock(mission('jp-tokyo'), START, 0).nextOpening(0)).toBe(at('2025-01-06T09:00+09:00'));
  });

  it('names the span it knows when asked outside it', () => {
    const clock = new MissionClock(mission('jp-tokyo'), START, DAY);
    const end = at('2025-01-07T17:30+09:00'); // the first opening after the day ends at Tuesday's close
    expect(() => clock.isOpen(-1)).toThrow(`[0, ${end}) s`);
  });

  it('keeps office hours in UTC for the catch-all mission', () => {
    const other = new MissionClock(mission('other'), START, WEEK);
    // Start: Sunday 16:00 UTC. Open Monday 09:00–17:00 UTC.
    expect(other.nextOpening(0)).toBe(at('2025-01-06T09:00Z'));
    expect(other.isOpen(at('2025-01-06T16:59Z'))).toBe(true);
    expect(other.isOpen(at('2025-01-06T17:00Z'))).toBe(false);
  });

  it('counts the first local day from the start’s local time behind UTC (New York, 15:00 on Monday)', () => {
    const start = '2025-01-07T04:00'; // Monday 6 January, 15:00 in New York
    const ny = new MissionClock(mission('us-new-york'), start, WEEK);
    expect(ny.isOpen(0)).toBe(true);
    expect(ny.isOpen(at('2025-01-06T17:29-05:00', start))).toBe(true);
    expect(ny.isOpen(at('2025-01-06T17:30-05:00', start))).toBe(false);
  });

  it('reads the offset of the start’s own day when daylight time begins a few days later', () => {
    // Thursday 6 March 2025, 11:00 in New York (EST); clocks go forward on Sunday 9 March.
    const start = '2025-03-07T00:00';
    const ny = new MissionClock(mission('us-new-york'), start, 2 * WEEK);
    expect(ny.isOpen(at('2025-03-06T17:29-05:00', start))).toBe(true);
    expect(ny.isOpen(at('2025-03-06T17:30-05:00', start))).toBe(false);
    expect(ny.nextOpening(at('2025-03-09T12:00-04:00', start))).toBe(at('2025-03-10T09:00-04:00', start));
  });

  it('opens for a span of duty only from its start, and stays open after a span inside office hours', () => {
    const m = tokyoWith({ id: 't-duty-later' });
    const clock = new MissionClock(m, START, 2 * WEEK, { onDuty: [{ fromSeconds: at('2025-01-08T20:00+09:00'), toSeconds: at('2025-01-09T02:00+09:00') }] });
    expect(clock.isOpen(at('2025-01-07T20:00+09:00'))).toBe(false);
    expect(clock.isOpen(at('2025-01-08T21:00+09:00'))).toBe(true);
    // A span from 10:00 to 11:00 on Monday, inside the office's 09:00–17:30: open at 12:00 as usual.
    const inside = new MissionClock(tokyoWith({ id: 't-duty-inside' }), START, 2 * WEEK, { onDuty: [{ fromSeconds: at('2025-01-06T10:00+09:00'), toSeconds: at('2025-01-06T11:00+09:00') }] });
    expect(inside.isOpen(at('2025-01-06T12:00+09:00'))).toBe(true);
    expect(inside.nextOpening(at('2025-01-06T12:00+09:00'))).toBe(at('2025-01-06T12:00+09:00'));
  });

  it('keeps one clock per mission in its cache when no rules are given', () => {
    const tokyo = missionClock(mission('jp-tokyo'), START, 3 * DAY);
    const newYork = missionClock(mission('us-new-york'), START, 3 * DAY);
    expect(newYork).not.toBe(tokyo);
    expect(newYork.mission.id).toBe('us-new-york');
    expect(missionClock(mission('jp-tokyo'), START, 3 * DAY)).toBe(tokyo);
  });
});
