/**
 * The embassies and consulates that 12308 forwards electronic work orders to. China has about
 * 274 embassies and consulates (../shared/DOMAIN.md); this catalogue lists the ones where most
 * Chinese travellers and residents are, plus one catch-all, `other`, for the rest. Each mission
 * keeps its local office hours in its own time zone and its host country's working week, so a
 * work order sent at night, local time, waits for the office to open (`mission-clock.ts`).
 *
 * Simplifications: the usual 09:00–12:00 and 14:00–17:30 with a lunch break are one interval
 * (here 09:00–17:30 local); hours are representative, not read from each mission's notice; public
 * holidays are not modelled. The emergency duty officer who answers out of hours is not an
 * office hour either: that path is the notification channel, not this catalogue.
 */

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

export type MissionKind = 'embassy' | 'consulate-general' | 'other';

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
/** Friday and Saturday: the working week of Saudi Arabia, Egypt, Israel, Sudan and most Arab states. */
const FRI_SAT = [5, 6] as const;
/** Thursday and Friday: Iranian government offices work Saturday to Wednesday. */
const THU_FRI = [4, 5] as const;
/** Saturday only: Nepal works Sunday to Friday. */
const SAT = [6] as const;

const USUAL_HOURS: OfficeHours = { open: '09:00', close: '17:30' };

interface Options {
  readonly weekendDays?: readonly number[];
  readonly officeHours?: OfficeHours;
}

function embassy(id: string, country: string, countryName: LocalizedName, city: LocalizedName, timeZone: string, options: Options = {}): Mission {
  return Object.freeze({
    id,
    name: { zh: `中国驻${countryName.zh}大使馆`, en: `Embassy of the People's Republic of China in ${countryName.en}` },
    country,
    city,
    timeZone,
    officeHours: options.officeHours ?? USUAL_HOURS,
    weekendDays: options.weekendDays ?? SAT_SUN,
    kind: 'embassy',
  });
}

function consulate(id: string, country: string, city: LocalizedName, timeZone: string, options: Options = {}): Mission {
  return Object.freeze({
    id,
    name: { zh: `中国驻${city.zh}总领事馆`, en: `Consulate-General of the People's Republic of China in ${city.en}` },
    country,
    city,
    timeZone,
    officeHours: options.officeHours ?? USUAL_HOURS,
    weekendDays: options.weekendDays ?? SAT_SUN,
    kind: 'consulate-general',
  });
}

/** Id of the catch-all for every mission not in the catalogue. */
export const OTHER_MISSION_ID = 'other';

/**
 * The ~230 missions not listed, as one office. Their zones run from the Americas to the Pacific;
 * no single zone is right, and UTC, near the middle of the many missions in Europe and Africa,
 * is the least wrong. It also has no daylight saving. It has no host country, so `country` is
 * undefined and `missionsInCountry` never returns it.
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

/** The catalogue: embassies first, grouped by region, then consulates-general, then `other`. */
export const MISSIONS: readonly Mission[] = Object.freeze([
  // East and South-East Asia
  embassy('jp-tokyo', 'JP', { zh: '日本国', en: 'Japan' }, { zh: '东京', en: 'Tokyo' }, 'Asia/Tokyo'),
  embassy('kr-seoul', 'KR', { zh: '韩国', en: 'the Republic of Korea' }, { zh: '首尔', en: 'Seoul' }, 'Asia/Seoul'),
  embassy('th-bangkok', 'TH', { zh: '泰国', en: 'Thailand' }, { zh: '曼谷', en: 'Bangkok' }, 'Asia/Bangkok'),
  embassy('my-kuala-lumpur', 'MY', { zh: '马来西亚', en: 'Malaysia' }, { zh: '吉隆坡', en: 'Kuala Lumpur' }, 'Asia/Kuala_Lumpur'),
  embassy('sg-singapore', 'SG', { zh: '新加坡', en: 'Singapore' }, { zh: '新加坡', en: 'Singapore' }, 'Asia/Singapore'),
  embassy('vn-hanoi', 'VN', { zh: '越南', en: 'Viet Nam' }, { zh: '河内', en: 'Hanoi' }, 'Asia/Ho_Chi_Minh'),
  embassy('id-jakarta', 'ID', { zh: '印度尼西亚', en: 'Indonesia' }, { zh: '雅加达', en: 'Jakarta' }, 'Asia/Jakarta'),
  embassy('ph-manila', 'PH', { zh: '菲律宾', en: 'the Philippines' }, { zh: '马尼拉', en: 'Manila' }, 'Asia/Manila'),
  embassy('kh-phnom-penh', 'KH', { zh: '柬埔寨', en: 'Cambodia' }, { zh: '金边', en: 'Phnom Penh' }, 'Asia/Phnom_Penh'),
  embassy('mm-yangon', 'MM', { zh: '缅甸', en: 'Myanmar' }, { zh: '仰光', en: 'Yangon' }, 'Asia/Yangon'),
  embassy('la-vientiane', 'LA', { zh: '老挝', en: 'Laos' }, { zh: '万象', en: 'Vientiane' }, 'Asia/Vientiane'),
  // South Asia
  embassy('np-kathmandu', 'NP', { zh: '尼泊尔', en: 'Nepal' }, { zh: '加德满都', en: 'Kathmandu' }, 'Asia/Kathmandu', { weekendDays: SAT }),
  embassy('pk-islamabad', 'PK', { zh: '巴基斯坦', en: 'Pakistan' }, { zh: '伊斯兰堡', en: 'Islamabad' }, 'Asia/Karachi'),
  embassy('in-new-delhi', 'IN', { zh: '印度', en: 'India' }, { zh: '新德里', en: 'New Delhi' }, 'Asia/Kolkata'),
  // Oceania
  embassy('au-canberra', 'AU', { zh: '澳大利亚', en: 'Australia' }, { zh: '堪培拉', en: 'Canberra' }, 'Australia/Sydney'),
  embassy('nz-wellington', 'NZ', { zh: '新西兰', en: 'New Zealand' }, { zh: '惠灵顿', en: 'Wellington' }, 'Pacific/Auckland'),
  // Europe
  embassy('gb-london', 'GB', { zh: '英国', en: 'the United Kingdom' }, { zh: '伦敦', en: 'London' }, 'Europe/London'),
  embassy('fr-paris', 'FR', { zh: '法国', en: 'France' }, { zh: '巴黎', en: 'Paris' }, 'Europe/Paris'),
  embassy('de-berlin', 'DE', { zh: '德国', en: 'Germany' }, { zh: '柏林', en: 'Berlin' }, 'Europe/Berlin'),
  embassy('it-rome', 'IT', { zh: '意大利', en: 'Italy' }, { zh: '罗马', en: 'Rome' }, 'Europe/Rome'),
  embassy('es-madrid', 'ES', { zh: '西班牙', en: 'Spain' }, { zh: '马德里', en: 'Madrid' }, 'Europe/Madrid'),
  embassy('ru-moscow', 'RU', { zh: '俄罗斯联邦', en: 'the Russian Federation' }, { zh: '莫斯科', en: 'Moscow' }, 'Europe/Moscow'),
  embassy('ua-kyiv', 'UA', { zh: '乌克兰', en: 'Ukraine' }, { zh: '基辅', en: 'Kyiv' }, 'Europe/Kyiv'),
  embassy('tr-ankara', 'TR', { zh: '土耳其', en: 'Türkiye' }, { zh: '安卡拉', en: 'Ankara' }, 'Europe/Istanbul'),
  // Middle East: the Arab states and Israel work Sunday to Thursday; the UAE moved to Saturday–Sunday in 2022.
  embassy('ae-abu-dhabi', 'AE', { zh: '阿拉伯联合酋长国', en: 'the United Arab Emirates' }, { zh: '阿布扎比', en: 'Abu Dhabi' }, 'Asia/Dubai'),
  embassy('sa-riyadh', 'SA', { zh: '沙特阿拉伯', en: 'Saudi Arabia' }, { zh: '利雅得', en: 'Riyadh' }, 'Asia/Riyadh', { weekendDays: FRI_SAT }),
  embassy('il-tel-aviv', 'IL', { zh: '以色列', en: 'Israel' }, { zh: '特拉维夫', en: 'Tel Aviv' }, 'Asia/Jerusalem', { weekendDays: FRI_SAT }),
  embassy('ir-tehran', 'IR', { zh: '伊朗', en: 'Iran' }, { zh: '德黑兰', en: 'Tehran' }, 'Asia/Tehran', { weekendDays: THU_FRI }),
  // Africa
  embassy('eg-cairo', 'EG', { zh: '埃及', en: 'Egypt' }, { zh: '开罗', en: 'Cairo' }, 'Africa/Cairo', { weekendDays: FRI_SAT }),
  embassy('sd-khartoum', 'SD', { zh: '苏丹', en: 'Sudan' }, { zh: '喀土穆', en: 'Khartoum' }, 'Africa/Khartoum', { weekendDays: FRI_SAT }),
  embassy('ng-abuja', 'NG', { zh: '尼日利亚', en: 'Nigeria' }, { zh: '阿布贾', en: 'Abuja' }, 'Africa/Lagos'),
  embassy('ke-nairobi', 'KE', { zh: '肯尼亚', en: 'Kenya' }, { zh: '内罗毕', en: 'Nairobi' }, 'Africa/Nairobi'),
  embassy('za-pretoria', 'ZA', { zh: '南非', en: 'South Africa' }, { zh: '比勒陀利亚', en: 'Pretoria' }, 'Africa/Johannesburg'),
  // The Americas
  embassy('us-washington', 'US', { zh: '美国', en: 'the United States' }, { zh: '华盛顿', en: 'Washington, D.C.' }, 'America/New_York'),
  embassy('ca-ottawa', 'CA', { zh: '加拿大', en: 'Canada' }, { zh: '渥太华', en: 'Ottawa' }, 'America/Toronto'),
  embassy('mx-mexico-city', 'MX', { zh: '墨西哥', en: 'Mexico' }, { zh: '墨西哥城', en: 'Mexico City' }, 'America/Mexico_City'),
  embassy('br-brasilia', 'BR', { zh: '巴西', en: 'Brazil' }, { zh: '巴西利亚', en: 'Brasília' }, 'America/Sao_Paulo'),
  embassy('ar-buenos-aires', 'AR', { zh: '阿根廷', en: 'Argentina' }, { zh: '布宜诺斯艾利斯', en: 'Buenos Aires' }, 'America/Argentina/Buenos_Aires'),
  // Busy consulates-general
  consulate('jp-osaka', 'JP', { zh: '大阪', en: 'Osaka' }, 'Asia/Tokyo'),
  consulate('th-chiang-mai', 'TH', { zh: '清迈', en: 'Chiang Mai' }, 'Asia/Bangkok'),
  consulate('au-sydney', 'AU', { zh: '悉尼', en: 'Sydney' }, 'Australia/Sydney'),
  consulate('ae-dubai', 'AE', { zh: '迪拜', en: 'Dubai' }, 'Asia/Dubai'),
  consulate('us-new-york', 'US', { zh: '纽约', en: 'New York' }, 'America/New_York'),
  consulate('us-los-angeles', 'US', { zh: '洛杉矶', en: 'Los Angeles' }, 'America/Los_Angeles'),
  consulate('us-san-francisco', 'US', { zh: '旧金山', en: 'San Francisco' }, 'America/Los_Angeles'),
  OTHER,
]);

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
  return MISSIONS.filter((m) => m.country === code);
}
