import { describe, expect, it } from 'vitest';
import type { Mission } from '../../../models/missions/catalogue.ts';
import { minutesOf, officeRulesFor, officeRulesSpecOf, rulesKey } from '../../../models/missions/office-rules.ts';

const mission = (id: string, country: string | undefined): Mission => ({
  id,
  name: { zh: id, en: id },
  country,
  city: { zh: id, en: id },
  timeZone: 'Asia/Tokyo',
  officeHours: { open: '09:00', close: '17:30' },
  weekendDays: [6, 7],
  kind: 'embassy',
});

describe('office rules from the scenario', () => {
  it('none when the scenario sets no lunch and no holiday for the mission', () => {
    expect(officeRulesFor(undefined, mission('jp-tokyo', 'JP'))).toBeUndefined();
    expect(officeRulesFor({ holidaysByCountry: { TH: ['2025-04-14'] } }, mission('jp-tokyo', 'JP'))).toBeUndefined();
  });

  it('gives the catch-all mission, which has no country, no span of duty when the scenario has none', () => {
    expect(officeRulesFor({ holidaysByCountry: { TH: ['2025-04-14'] } }, mission('other', undefined))).toBeUndefined();
    expect(officeRulesFor({ lunch: { start: '12:00', end: '14:00' } }, mission('other', undefined))).toEqual({ lunch: { startMinute: 720, endMinute: 840 } });
  });

  it('joins the country’s holidays and the mission’s own, and reads the lunch break in minutes', () => {
    const rules = officeRulesFor(
      { lunch: { start: '12:00', end: '13:30' }, holidaysByCountry: { JP: ['2025-01-01', '2025-01-13'] }, holidaysByMission: { 'jp-osaka': ['2025-05-05'], 'jp-tokyo': ['2025-02-11'] } },
      mission('jp-tokyo', 'JP'),
    );
    expect(rules?.lunch).toEqual({ startMinute: 720, endMinute: 810 });
    expect([...(rules?.holidays ?? [])].sort()).toEqual(['2025-01-01', '2025-01-13', '2025-02-11']);
  });

  it('gives the catch-all mission, which has no country, only its own holidays', () => {
    const rules = officeRulesFor({ holidaysByCountry: { JP: ['2025-01-01'] }, holidaysByMission: { other: ['2025-01-02'] } }, mission('other', undefined));
    expect([...(rules?.holidays ?? [])]).toEqual(['2025-01-02']);
  });

  it('tells rule sets apart for the clock cache, whatever the order of the dates', () => {
    expect(rulesKey({ holidays: new Set(['2025-01-02', '2025-01-01']) })).toBe(rulesKey({ holidays: new Set(['2025-01-01', '2025-01-02']) }));
    expect(rulesKey({ lunch: { startMinute: 720, endMinute: 840 } })).not.toBe(rulesKey({}));
    expect(minutesOf('23:59')).toBe(1439);
  });

  it('puts the missions of a surge’s country on duty from its start for missionsOnDutyHours, and no others', () => {
    const surges = [
      { startHour: 58, country: 'SD', missionsOnDutyHours: 120 },
      { startHour: 10, country: 'JP' }, // no duty asked
      { startHour: 20, missionsOnDutyHours: 5 }, // no country: the schema refuses it; nothing here
    ];
    const spec = officeRulesSpecOf({ missions: { holidaysByCountry: { SD: ['2025-03-06'] } }, surges });
    expect(spec?.onDuty).toEqual([{ country: 'SD', fromSeconds: 58 * 3600, toSeconds: 178 * 3600 }]);
    expect(officeRulesFor(spec, mission('sd-khartoum', 'SD'))).toEqual({ holidays: new Set(['2025-03-06']), onDuty: [{ fromSeconds: 58 * 3600, toSeconds: 178 * 3600 }] });
    expect(officeRulesFor(spec, mission('jp-tokyo', 'JP'))).toBeUndefined();
    expect(officeRulesFor(spec, mission('other', undefined))).toBeUndefined();
  });

  it('without duty the scenario’s missions section is the spec itself, so older scenarios build the same clocks', () => {
    const missions = { lunch: { start: '12:00', end: '14:00' } };
    expect(officeRulesSpecOf({ missions, surges: [{ startHour: 1, country: 'SD' }] })).toBe(missions);
    expect(officeRulesSpecOf({ surges: [] })).toBeUndefined();
    expect(officeRulesSpecOf({ surges: [{ startHour: 1, country: 'SD', missionsOnDutyHours: 2 }] })?.onDuty).toHaveLength(1);
    const sd = mission('sd-khartoum', 'SD');
    expect(rulesKey(officeRulesFor(officeRulesSpecOf({ surges: [{ startHour: 1, country: 'SD', missionsOnDutyHours: 2 }] }), sd)!)).not.toBe(
      rulesKey(officeRulesFor(officeRulesSpecOf({ surges: [{ startHour: 1, country: 'SD', missionsOnDutyHours: 3 }] }), sd)!),
    );
  });
});
