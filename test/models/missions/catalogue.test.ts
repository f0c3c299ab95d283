import { describe, expect, it } from 'vitest';
import { MISSION_IDS, MISSIONS, missionById, missionsInCountry } from '../../../models/missions/catalogue.ts';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

describe('missions catalogue', () => {
  it('lists at least 34 missions abroad plus the catch-all "other"', () => {
    expect(MISSIONS.filter((m) => m.kind !== 'other').length).toBeGreaterThanOrEqual(34);
    expect(missionById('other')?.kind).toBe('other');
    expect(MISSIONS.filter((m) => m.kind === 'other')).toHaveLength(1);
  });

  it('gives every mission a unique kebab-case id, and MISSION_IDS lists them in order', () => {
    expect(new Set(MISSION_IDS).size).toBe(MISSIONS.length);
    expect(MISSION_IDS).toEqual(MISSIONS.map((m) => m.id));
    for (const id of MISSION_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('prefixes each id with its lower-case country code', () => {
    for (const m of MISSIONS) if (m.country) expect(m.id.startsWith(`${m.country.toLowerCase()}-`)).toBe(true);
  });

  it('uses time zones that Intl accepts', () => {
    for (const m of MISSIONS) expect(() => new Intl.DateTimeFormat('en', { timeZone: m.timeZone }), m.id).not.toThrow();
  });

  it('has office hours HH:MM with open before close', () => {
    for (const m of MISSIONS) {
      expect(m.officeHours.open, m.id).toMatch(HHMM);
      expect(m.officeHours.close, m.id).toMatch(HHMM);
      expect(m.officeHours.open < m.officeHours.close, m.id).toBe(true);
    }
  });

  it('has weekend days that are distinct ISO weekdays 1..7, leaving at least one working day', () => {
    for (const m of MISSIONS) {
      expect(new Set(m.weekendDays).size, m.id).toBe(m.weekendDays.length);
      expect(m.weekendDays.length, m.id).toBeLessThan(7);
      for (const d of m.weekendDays) expect(Number.isInteger(d) && d >= 1 && d <= 7, `${m.id}: ${d}`).toBe(true);
    }
  });

  it('keeps the host countries’ working weeks: Friday–Saturday in Riyadh, Saturday–Sunday in Dubai since 2022', () => {
    expect(missionById('sa-riyadh')?.weekendDays).toEqual([5, 6]);
    expect(missionById('eg-cairo')?.weekendDays).toEqual([5, 6]);
    expect(missionById('il-tel-aviv')?.weekendDays).toEqual([5, 6]);
    expect(missionById('ae-dubai')?.weekendDays).toEqual([6, 7]);
    expect(missionById('de-berlin')?.weekendDays).toEqual([6, 7]);
  });

  it('names every mission and city in Chinese and English', () => {
    for (const m of MISSIONS) {
      for (const text of [m.name.zh, m.name.en, m.city.zh, m.city.en]) expect(text.trim(), m.id).not.toBe('');
    }
    expect(missionById('jp-tokyo')?.name.zh).toBe('中国驻日本国大使馆');
    expect(missionById('us-new-york')?.name.zh).toBe('中国驻纽约总领事馆');
  });

  it('gives each mission abroad a two-letter upper-case country, and the catch-all none', () => {
    for (const m of MISSIONS) {
      if (m.kind === 'other') expect(m.country).toBeUndefined();
      else expect(m.country, m.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('finds the missions in a country, embassy first, in any case', () => {
    expect(missionsInCountry('us').map((m) => m.id)).toEqual(['us-washington', 'us-new-york', 'us-los-angeles', 'us-san-francisco']);
    expect(missionsInCountry('JP').map((m) => m.kind)).toEqual(['embassy', 'consulate-general']);
    expect(missionsInCountry('XX')).toEqual([]);
  });

  it('returns undefined for an unknown id', () => {
    expect(missionById('xx-nowhere')).toBeUndefined();
  });
});
