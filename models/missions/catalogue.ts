/**
 * The embassies and consulates that 12308 forwards electronic work orders to: every post in
 * `missions-data.ts` (China's embassies and consulates-general abroad, transcribed from the
 * Ministry of Foreign Affairs' list), plus one catch-all, `other`, for a case whose mission a
 * scenario does not name. Each mission keeps its local office hours in its own time zone and its
 * host country's working week, so a work order sent at night, local time, waits for the office
 * to open (`office-clock.ts`).
 *
 * Simplifications: the usual 09:00–12:00 and 14:00–17:30 with a lunch break are one interval
 * (here 09:00–17:30 local); hours are representative, not read from each mission's notice; public
 * holidays are not modelled. The emergency duty officer who answers out of hours is not an
 * office hour either: that path is the notification channel, not this catalogue.
 */
import { CONSULATE_IDS, MISSION_ROWS } from './missions-data.ts';

/** A name in Chinese and in English. */
export interface LocalizedName {
  readonly zh: string;
  readonly en: string;
}

/** Local wall-clock office hours, `HH:MM` (24-hour), with open < close on the same day. */
export interface OfficeHours {
  readonly open: string;
  readonly close: string;
}

export type MissionKind = 'embassy' | 'consulate-general' | 'consulate' | 'other';

export interface Mission {
  /** `<country code in lower case>-<city>`, e.g. `jp-tokyo`; the catch-all is `other`. */
  readonly id: string;
  readonly name: LocalizedName;
  /** ISO 3166-1 alpha-2 of the host country; undefined for the catch-all, which has none. */
  readonly country: string | undefined;
  readonly city: LocalizedName;
  /** IANA time zone of the office, e.g. `Asia/Tokyo`. */
  readonly timeZone: string;
  readonly officeHours: OfficeHours;
  /** Days the office is shut, as ISO weekdays: 1 = Monday … 7 = Sunday. */
  readonly weekendDays: readonly number[];
  readonly kind: MissionKind;
}

/** Saturday and Sunday. */
const SAT_SUN = [6, 7] as const;

const USUAL_HOURS: OfficeHours = { open: '09:00', close: '17:30' };

/** Id of the catch-all: cases whose mission the scenario does not name. */
export const OTHER_MISSION_ID = 'other';

/**
 * A case whose mission the scenario's weights do not name, as one office. Its zones run from the
 * Americas to the Pacific; no single zone is right, and UTC, near the middle of the many missions
 * in Europe and Africa, is the least wrong. It also has no daylight saving. It has no host
 * country, so `country` is undefined and `missionsInCountry` never returns it.
 */
const OTHER: Mission = Object.freeze({
  id: OTHER_MISSION_ID,
  name: { zh: '其他驻外使领馆', en: 'Other missions' },
  country: undefined,
  city: { zh: '多地', en: 'Various' },
  timeZone: 'UTC',
  officeHours: { open: '09:00', close: '17:00' },
  weekendDays: SAT_SUN,
  kind: 'other',
});

const consulates = new Set(CONSULATE_IDS);

/** Every post of the data file, embassies named by country, consulates(-general) by city. */
const POSTS: readonly Mission[] = MISSION_ROWS.flatMap((row) =>
  row.posts.map(([slug, cityEn, cityZh, timeZone], i): Mission => {
    const id = `${row.country.toLowerCase()}-${slug}`;
    const kind: MissionKind = i === 0 ? 'embassy' : consulates.has(id) ? 'consulate' : 'consulate-general';
    const names: Record<Exclude<MissionKind, 'other'>, LocalizedName> = {
      embassy: { zh: `中国驻${row.nameZh}大使馆`, en: `Embassy of the People's Republic of China in ${row.nameEn}` },
      'consulate-general': { zh: `中国驻${cityZh}总领事馆`, en: `Consulate-General of the People's Republic of China in ${cityEn}` },
      consulate: { zh: `中国驻${cityZh}领事馆`, en: `Consulate of the People's Republic of China in ${cityEn}` },
    };
    return Object.freeze({
      id,
      name: names[kind],
      country: row.country,
      city: { zh: cityZh, en: cityEn },
      timeZone: timeZone ?? row.timeZone,
      officeHours: USUAL_HOURS,
      weekendDays: row.weekendDays ?? SAT_SUN,
      kind,
    });
  }),
);

/**
 * The 45 missions of the first catalogue, in its order. A case's mission is drawn by walking the
 * catalogue in order (`case-route.ts`), so these come first and in this order: a scenario written
 * before the full list draws the same mission for the same caller, and its runs are unchanged to
 * the last bit. Posts it does not weight have weight 0 and are never drawn.
 */
const FIRST_CATALOGUE: readonly string[] = [
  'jp-tokyo', 'kr-seoul', 'th-bangkok', 'my-kuala-lumpur', 'sg-singapore', 'vn-hanoi', 'id-jakarta', 'ph-manila',
  'kh-phnom-penh', 'mm-yangon', 'la-vientiane', 'np-kathmandu', 'pk-islamabad', 'in-new-delhi', 'au-canberra',
  'nz-wellington', 'gb-london', 'fr-paris', 'de-berlin', 'it-rome', 'es-madrid', 'ru-moscow', 'ua-kyiv', 'tr-ankara',
  'ae-abu-dhabi', 'sa-riyadh', 'il-tel-aviv', 'ir-tehran', 'eg-cairo', 'sd-khartoum', 'ng-abuja', 'ke-nairobi',
  'za-pretoria', 'us-washington', 'ca-ottawa', 'mx-mexico-city', 'br-brasilia', 'ar-buenos-aires', 'jp-osaka',
  'th-chiang-mai', 'au-sydney', 'ae-dubai', 'us-new-york', 'us-los-angeles', 'us-san-francisco',
];

function catalogue(): readonly Mission[] {
  const byId = new Map(POSTS.map((m) => [m.id, m]));
  if (byId.size !== POSTS.length) throw new Error('missions-data.ts: two posts share an id');
  for (const id of CONSULATE_IDS) if (byId.get(id)?.kind !== 'consulate') throw new Error(`missions-data.ts: no consulate ${id}`);
  const first = FIRST_CATALOGUE.map((id) => {
    const m = byId.get(id);
    if (!m) throw new Error(`missions-data.ts: no post ${id}, which scenarios refer to`);
    return m;
  });
  const firstIds = new Set(FIRST_CATALOGUE);
  return Object.freeze([...first, ...POSTS.filter((m) => !firstIds.has(m.id)), OTHER]);
}

/**
 * The catalogue: the first catalogue's 45 missions in their order, then every other post of
 * `missions-data.ts` in its order (by region and country, embassy first), then `other`, last.
 */
export const MISSIONS: readonly Mission[] = catalogue();

/** Every mission id, in catalogue order; `other` is last. */
export const MISSION_IDS: readonly string[] = Object.freeze(MISSIONS.map((m) => m.id));

const byId = new Map(MISSIONS.map((m) => [m.id, m]));

/** The mission with this id, or undefined when the catalogue has none. */
export function missionById(id: string): Mission | undefined {
  return byId.get(id);
}

/** The missions in a host country (ISO alpha-2, any case), embassy first; never the catch-all. */
export function missionsInCountry(country: string): readonly Mission[] {
  const code = country.toUpperCase();
  const inCountry = MISSIONS.filter((m) => m.country === code);
  return [...inCountry.filter((m) => m.kind === 'embassy'), ...inCountry.filter((m) => m.kind !== 'embassy')];
}
