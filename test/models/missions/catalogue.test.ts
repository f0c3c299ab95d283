import { describe, expect, it } from 'vitest';
import { MISSION_IDS, MISSIONS, missionById, missionsInCountry } from '../../../models/missions/catalogue.ts';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

describe('missions catalogue', () => {
  it('lists China\'s embassies and consulates-general abroad (about 270) plus the catch-all "other", last', () => {
    expect(MISSIONS.filter((m) => m.kind !== 'other').length).toBeGreaterThanOrEqual(260);
    expect(MISSIONS.filter((m) => m.kind === 'embassy').length).toBeGreaterThanOrEqual(170);
    expect(MISSIONS.at(-1)?.id).toBe('other');
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

  it('uses time zones that Intl accepts and resolves to an offset', () => {
    for (const m of MISSIONS) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: m.timeZone }), m.id).not.toThrow();
      const offset = new Intl.DateTimeFormat('en-US', { timeZone: m.timeZone, timeZoneName: 'longOffset' })
        .formatToParts(Date.UTC(2025, 0, 6))
        .find((p) => p.type === 'timeZoneName')?.value;
      expect(offset, m.id).toMatch(/^GMT([+-]\d{2}:\d{2})?$/);
    }
  });

  it('uses Europe/Kiev, which older browsers know, and never Europe/Kyiv', () => {
    expect(missionById('ua-kyiv')?.timeZone).toBe('Europe/Kiev');
    expect(missionById('ua-odesa')?.timeZone).toBe('Europe/Kiev');
    expect(MISSIONS.filter((m) => m.timeZone === 'Europe/Kyiv')).toEqual([]);
  });

  it('keeps the first catalogue\'s 45 missions first and in their order, so older scenarios draw the same missions', () => {
    expect(MISSION_IDS.slice(0, 45)).toEqual([
      'jp-tokyo', 'kr-seoul', 'th-bangkok', 'my-kuala-lumpur', 'sg-singapore', 'vn-hanoi', 'id-jakarta', 'ph-manila',
      'kh-phnom-penh', 'mm-yangon', 'la-vientiane', 'np-kathmandu', 'pk-islamabad', 'in-new-delhi', 'au-canberra',
      'nz-wellington', 'gb-london', 'fr-paris', 'de-berlin', 'it-rome', 'es-madrid', 'ru-moscow', 'ua-kyiv', 'tr-ankara',
      'ae-abu-dhabi', 'sa-riyadh', 'il-tel-aviv', 'ir-tehran', 'eg-cairo', 'sd-khartoum', 'ng-abuja', 'ke-nairobi',
      'za-pretoria', 'us-washington', 'ca-ottawa', 'mx-mexico-city', 'br-brasilia', 'ar-buenos-aires', 'jp-osaka',
      'th-chiang-mai', 'au-sydney', 'ae-dubai', 'us-new-york', 'us-los-angeles', 'us-san-francisco',
    ]);
  });

  it('has the posts that handle many tourist incidents, in their own zones', () => {
    expect(missionById('th-songkhla')?.timeZone).toBe('Asia/Bangkok');
    expect(missionById('id-denpasar')?.timeZone).toBe('Asia/Makassar');
    expect(missionById('kr-jeju')?.timeZone).toBe('Asia/Seoul');
    expect(missionById('vn-ho-chi-minh-city')?.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(missionById('ca-toronto')?.timeZone).toBe('America/Toronto');
    expect(missionById('ca-vancouver')?.timeZone).toBe('America/Vancouver');
    for (const id of ['th-songkhla', 'id-denpasar', 'kr-jeju', 'vn-ho-chi-minh-city', 'ca-toronto', 'ca-vancouver']) {
      expect(missionById(id)?.kind, id).toBe('consulate-general');
    }
  });

  it('names the two consulates (领事馆) as such: Laoag and Papeete', () => {
    expect(MISSIONS.filter((m) => m.kind === 'consulate').map((m) => m.id).sort()).toEqual(['fr-papeete', 'ph-laoag']);
    expect(missionById('ph-laoag')?.name).toEqual({ zh: '中国驻拉瓦格领事馆', en: "Consulate of the People's Republic of China in Laoag" });
  });

  it('has exactly one embassy in each host country', () => {
    const embassies = new Map<string, number>();
    for (const m of MISSIONS) if (m.kind === 'embassy') embassies.set(m.country!, (embassies.get(m.country!) ?? 0) + 1);
    for (const m of MISSIONS) if (m.country) expect(embassies.get(m.country), m.id).toBe(1);
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
    expect(missionById('jp-tokyo')?.name.zh).toBe('中国驻日本大使馆');
    expect(missionById('kr-seoul')?.name.zh).toBe('中国驻韩国大使馆');
    expect(missionById('ru-moscow')?.name.zh).toBe('中国驻俄罗斯大使馆');
    expect(missionById('us-new-york')?.name.zh).toBe('中国驻纽约总领事馆');
  });

  it('names embassies 中国驻<country>大使馆 and consulates-general 中国驻<city>总领事馆, one style throughout', () => {
    for (const m of MISSIONS) {
      if (m.kind === 'embassy') expect(m.name.zh, m.id).toMatch(/^中国驻.+大使馆$/);
      if (m.kind === 'consulate-general') expect(m.name.zh, m.id).toBe(`中国驻${m.city.zh}总领事馆`);
      if (m.kind === 'consulate') expect(m.name.zh, m.id).toBe(`中国驻${m.city.zh}领事馆`);
    }
    // the ministry's short country names, not the formal ones
    for (const formal of ['日本国', '大韩民国', '美利坚合众国', '俄罗斯联邦', '阿拉伯联合酋长国']) {
      expect(MISSIONS.filter((m) => m.name.zh.includes(formal)).map((m) => m.id), formal).toEqual([]);
    }
  });

  it('gives each mission abroad a two-letter upper-case country, and the catch-all none', () => {
    for (const m of MISSIONS) {
      if (m.kind === 'other') expect(m.country).toBeUndefined();
      else expect(m.country, m.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('finds the missions in a country, embassy first, in any case', () => {
    expect(missionsInCountry('us').map((m) => m.id)).toEqual(['us-washington', 'us-new-york', 'us-los-angeles', 'us-san-francisco', 'us-chicago']);
    expect(missionsInCountry('JP').map((m) => m.kind)).toEqual(['embassy', ...Array(6).fill('consulate-general')]);
    expect(missionsInCountry('th').map((m) => m.id)).toEqual(['th-bangkok', 'th-chiang-mai', 'th-songkhla', 'th-khon-kaen']);
    expect(missionsInCountry('XX')).toEqual([]);
  });

  it('returns undefined for an unknown id', () => {
    expect(missionById('xx-nowhere')).toBeUndefined();
  });
});
