/**
 * What a reviewer from the centre checked in the bundled scenarios, kept as tests: the back
 * office rostered within its headcount, the ordinary weeks off the Spring Festival peak, the
 * mission weights agreeing with what the descriptions say (Thailand and Japan first, the
 * "other" share as stated, the tourist posts weighted), and every description in two languages.
 */
import { describe, expect, it } from 'vitest';
import { missionById } from '../../models/missions/catalogue.ts';
import { seatsByHalfHourOfWeek } from '../../models/phone/staffing.ts';
import { bundled, type BundledName } from '../support/scenarios.ts';

const ALL: readonly BundledName[] = ['baseline', 'major-incident', 'spring-festival-2025', 'replay-covid-2020', 'replay-2015'];
/** A 40-hour week less about 15% for leave, holidays in lieu, sickness and training. */
const HOURS_AVAILABLE = 40 * 0.85;

/** Person-hours a week of a seat schedule. */
function weeklyHours(seats: Parameters<typeof seatsByHalfHourOfWeek>[0]): number {
  return seatsByHalfHourOfWeek(seats).reduce((a, b) => a + b, 0) / 2;
}

function countryShares(weights: Readonly<Record<string, number>>): Map<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const shares = new Map<string, number>();
  for (const [id, w] of Object.entries(weights)) {
    const country = missionById(id)?.country ?? 'other';
    shares.set(country, (shares.get(country) ?? 0) + w / total);
  }
  return shares;
}

describe('the bundled scenarios', () => {
  it('roster the ordinary back office within 20 secretaries and 10 officers on a 40-hour week, weekdays and weekends apart', () => {
    const office = bundled('baseline').backOffice!;
    expect(weeklyHours(office.secretaries.seats)).toBeLessThanOrEqual(20 * HOURS_AVAILABLE);
    expect(weeklyHours(office.officers.seats)).toBeLessThanOrEqual(10 * HOURS_AVAILABLE);
    const week = seatsByHalfHourOfWeek(office.secretaries.seats);
    const middayOf = (day: number) => week[day * 48 + 24]!;
    expect(middayOf(5)).toBeLessThan(middayOf(2)); // Saturday against Wednesday
  });

  it('keep the ordinary four weeks clear of the Spring Festival holiday, and give the holiday its own scenario', () => {
    const holiday = [Date.parse('2025-01-28T00:00+08:00'), Date.parse('2025-02-05T00:00+08:00')] as const;
    const span = (name: BundledName) => {
      const s = bundled(name);
      const start = Date.parse(`${s.run.startBeijing}+08:00`);
      return [start, start + s.run.days * 86_400_000] as const;
    };
    const [from, to] = span('baseline');
    expect(to <= holiday[0] || from >= holiday[1]).toBe(true);
    const [festivalFrom, festivalTo] = span('spring-festival-2025');
    expect(festivalFrom).toBeLessThanOrEqual(holiday[0]);
    expect(festivalTo).toBeGreaterThanOrEqual(holiday[1]);
  });

  it.each(['baseline', 'major-incident'] as const)('%s weights Thailand and Japan first, "other" at the share the baseline description states, and the tourist posts', (name) => {
    const s = bundled(name);
    const shares = countryShares(s.missions!.weights);
    const ranked = [...shares].filter(([c]) => c !== 'other').sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 2).map(([c]) => c)).toEqual(['TH', 'JP']);
    expect(shares.get('other')).toBeCloseTo(0.152, 3);
    expect(bundled('baseline').description).toContain('15.2% at the ~200 posts not named');
    expect(bundled('baseline').description).toMatch(/Thailand 12\.5%.*Japan 9\.8%/);
    for (const id of ['th-songkhla', 'id-denpasar', 'kr-jeju', 'vn-ho-chi-minh-city', 'ca-toronto', 'ca-vancouver']) {
      expect(s.missions!.weights[id], id).toBeGreaterThan(0);
    }
  });

  it('size the major incident below the COVID-2020 record peak it is compared with, and call standby in at the incident', () => {
    const s = bundled('major-incident');
    const surge = s.surges[0]!;
    expect(surge.peakMultiplier).toBeLessThanOrEqual(5);
    expect(s.standby?.activation).toEqual({ kind: 'at-incident', afterMinutes: 0 });
    expect(s.description).toContain('called in by hand at the incident');
  });

  it('major-incident calls standby in later at night, puts Sudan’s missions on 24-hour duty, and times notification from the decision with an acknowledgement timeout', () => {
    const s = bundled('major-incident');
    expect(s.standby?.nightCallIn).toMatchObject({ from: '22:00', to: '07:00', callInDelayMinutes: { kind: 'uniform', minMinutes: 45, maxMinutes: 90 } });
    expect(s.description).toContain('come from home in 45-90 minutes');
    expect(s.surges[0]).toMatchObject({ country: 'SD', missionsOnDutyHours: 168 });
    expect(s.description).toContain('24-hour duty for a week');
    expect(s.notifications).toMatchObject({ ackTimeoutMinutes: 5, targetFrom: 'decision' });
    expect(s.description).toMatch(/unacknowledged within 5 minutes.*from the decision to notify/);
  });

  it.each(['baseline', 'major-incident', 'spring-festival-2025'] as const)('%s uses the realism rules its description states: lunch, holidays, forwarding, daily spread, redials, notification', (name) => {
    const s = bundled(name);
    const missions = s.missions!;
    expect(missions.lunch).toEqual({ start: '12:00', end: '14:00' });
    expect(missions.afterHoursForwarding?.map((f) => [f.mission, f.callsPerHour])).toEqual([['jp-tokyo', 1], ['my-kuala-lumpur', 0.5], ['us-new-york', 0.5]]);
    expect(s.redial?.needs).toBe('keep');
    expect(s.notifications).toMatchObject({ ackTimeoutMinutes: 5, targetFrom: 'decision' });
    const cv = s.arrivals.dailyVolumeCv!;
    expect(cv).toBeGreaterThanOrEqual(0.05); // call centres' usual daily CV, 0.05–0.15, as the descriptions say
    expect(cv).toBeLessThanOrEqual(0.15);
    // Each country's holidays touch the run or the cases' follow-up after it (local dates, UTC−12 to UTC+14).
    const start = Date.parse(`${s.run.startBeijing}+08:00`);
    const end = start + (s.run.days * 24 + s.run.drainLimitHours) * 3_600_000;
    const touches = (date: string) => Date.parse(`${date}T23:59+14:00`) >= start && Date.parse(`${date}T00:00-12:00`) <= end;
    for (const [country, dates] of Object.entries(missions.holidaysByCountry ?? {})) expect(dates.some(touches), country).toBe(true);
  });

  it('closes the missions on the host countries’ public holidays the descriptions name: Tết and Seollal in the festival, Japan’s equinox in March', () => {
    const festival = bundled('spring-festival-2025').missions!.holidaysByCountry!;
    expect(festival['VN']).toEqual(expect.arrayContaining(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']));
    expect(festival['KR']).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30']);
    expect(bundled('spring-festival-2025').description).toMatch(/Tết, 25 January–2 February.*Seollal, 27–30 January/);
    const march = bundled('baseline').missions!.holidaysByCountry!;
    expect(march['JP']).toEqual(['2025-03-20']);
    expect(bundled('baseline').description).toContain('Japan 20 March (Vernal Equinox Day)');
    expect(bundled('major-incident').missions!.holidaysByCountry).toEqual({ KR: march['KR'] }); // the only one in its days
  });

  it.each(ALL)('%s has its name and description in English and Chinese', (name) => {
    const s = bundled(name);
    for (const text of [s.name, s.nameZh, s.description, s.descriptionZh]) expect((text ?? '').length, name).toBeGreaterThan(0);
    expect(s.descriptionZh).toMatch(/[\u4e00-\u9fff]/);
  });
});
