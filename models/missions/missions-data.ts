/**
 * China's embassies and consulates-general abroad, as data: host country, the post's city in
 * English and Chinese, and the IANA time zone of its office.
 *
 * Source: the Ministry of Foreign Affairs' list of missions abroad (驻外使领馆, fmprc.gov.cn,
 * under each country's page in "国家和地区"); about 274 posts in 2024 (docs/domain.md).
 * Transcribed by hand in November 2026, on a machine without access to fmprc.gov.cn, so from
 * the list as published up to then rather than from the live page, and cross-checked post by
 * post against a copy of the list of Chinese visa-issuing posts kept in a public repository
 * (about 2021–2023: it still lists Houston, closed in 2020, and Vilnius, downgraded in 2021).
 * The embassies opened since that copy (Solomon Islands, Kiribati, Nicaragua, Honduras) are
 * from the ministry's announcements of the new relations. Check a post against the ministry's
 * page before relying on it, and add posts opened since. Not transcribed: missions to international organisations (they take no
 * consular cases), the office in Ramallah and the chargé d'affaires office in Vilnius,
 * consular offices that belong to a mission (Phuket under Songkhla, Siem Reap under Phnom Penh:
 * their cases are that mission's here), the trade office in Haiti, the closed Consulate-General
 * in Houston, the embassy to San Marino (its ambassador sits in Rome), and posts opened after the transcription. Posts in suspended operation
 * (Tripoli, Sana'a, Kabul, Khartoum at times) are listed: their cases still go to them.
 *
 * Conventions:
 * - The first post of a country is its embassy, usually in the capital (Tel Aviv, Abidjan,
 *   Dar es Salaam, Cotonou and Yangon are where the embassy sits); the rest are
 *   consulates-general (总领事馆), except the two consulates (领事馆) in `CONSULATE_IDS`.
 * - A post's id is `<ISO 3166-1 alpha-2 in lower case>-<city in kebab case, ASCII>`. Ids never
 *   change once published: scenarios refer to missions by id.
 * - Chinese names use the short country name of the ministry's country list, never the
 *   formal one: 中国驻日本大使馆, 中国驻韩国大使馆, 中国驻美国大使馆 (not 日本国, 大韩民国,
 *   美利坚合众国); 国 stays only where it is part of the short name (孟加拉国, 蒙古国).
 *   Consulates-general are named by city: 中国驻大阪总领事馆.
 * - Time zones are canonical IANA ids that every browser's data knows. Where a zone was
 *   renamed recently the old id is kept: `Europe/Kiev`, not `Europe/Kyiv` (2022; older ICU
 *   data rejects the new name). Khabarovsk is in `Asia/Vladivostok`'s zone; Canberra in
 *   `Australia/Sydney`'s; Astana in `Asia/Almaty`'s.
 * - Weekend days are the host country's, for the few countries whose working week is not
 *   Monday to Friday (see `catalogue.ts`).
 */

/** One post: its id suffix (the city in kebab case), city in English and Chinese, and its zone when not the country's. */
export type PostRow = readonly [slug: string, cityEn: string, cityZh: string, timeZone?: string];

/** The posts in one host country, embassy first. */
export interface CountryRow {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** As it reads in "Embassy of the People's Republic of China in …". */
  readonly nameEn: string;
  /** The ministry's short name, as it reads in 中国驻…大使馆. */
  readonly nameZh: string;
  /** The zone of every post that names none. */
  readonly timeZone: string;
  /** ISO weekdays the host country's offices are shut (1 = Monday … 7 = Sunday); Saturday and Sunday when absent. */
  readonly weekendDays?: readonly number[];
  readonly posts: readonly PostRow[];
}

/** Posts that are consulates (领事馆), not consulates-general. */
export const CONSULATE_IDS: readonly string[] = ['ph-laoag', 'fr-papeete'];

/** Friday and Saturday: Saudi Arabia, Egypt, Israel and most Arab states. */
const FRI_SAT = [5, 6] as const;
/** Thursday and Friday: Iran and Afghanistan. */
const THU_FRI = [4, 5] as const;
/** Saturday only: Nepal works Sunday to Friday. */
const SAT = [6] as const;
/** Friday and Sunday: Brunei. */
const FRI_SUN = [5, 7] as const;

function c(country: string, nameEn: string, nameZh: string, timeZone: string, posts: readonly PostRow[], weekendDays?: readonly number[]): CountryRow {
  return weekendDays ? { country, nameEn, nameZh, timeZone, weekendDays, posts } : { country, nameEn, nameZh, timeZone, posts };
}

/** Host countries by region, as the ministry groups them; within a country, the embassy first. */
export const MISSION_ROWS: readonly CountryRow[] = [
  // East Asia
  c('JP', 'Japan', '日本', 'Asia/Tokyo', [
    ['tokyo', 'Tokyo', '东京'],
    ['osaka', 'Osaka', '大阪'],
    ['fukuoka', 'Fukuoka', '福冈'],
    ['nagasaki', 'Nagasaki', '长崎'],
    ['nagoya', 'Nagoya', '名古屋'],
    ['niigata', 'Niigata', '新潟'],
    ['sapporo', 'Sapporo', '札幌'],
  ]),
  c('KR', 'the Republic of Korea', '韩国', 'Asia/Seoul', [
    ['seoul', 'Seoul', '首尔'],
    ['busan', 'Busan', '釜山'],
    ['gwangju', 'Gwangju', '光州'],
    ['jeju', 'Jeju', '济州'],
  ]),
  c('KP', "the Democratic People's Republic of Korea", '朝鲜', 'Asia/Pyongyang', [
    ['pyongyang', 'Pyongyang', '平壤'],
    ['chongjin', 'Chongjin', '清津'],
  ]),
  c('MN', 'Mongolia', '蒙古国', 'Asia/Ulaanbaatar', [
    ['ulaanbaatar', 'Ulaanbaatar', '乌兰巴托'],
    ['zamyn-uud', 'Zamyn-Üüd', '扎门乌德'],
  ]),
  // South-East Asia
  c('VN', 'Viet Nam', '越南', 'Asia/Ho_Chi_Minh', [
    ['hanoi', 'Hanoi', '河内'],
    ['ho-chi-minh-city', 'Ho Chi Minh City', '胡志明市'],
    ['da-nang', 'Da Nang', '岘港'],
  ]),
  c('LA', 'Laos', '老挝', 'Asia/Vientiane', [
    ['vientiane', 'Vientiane', '万象'],
    ['luang-prabang', 'Luang Prabang', '琅勃拉邦'],
  ]),
  c('KH', 'Cambodia', '柬埔寨', 'Asia/Phnom_Penh', [['phnom-penh', 'Phnom Penh', '金边']]),
  c('TH', 'Thailand', '泰国', 'Asia/Bangkok', [
    ['bangkok', 'Bangkok', '曼谷'],
    ['chiang-mai', 'Chiang Mai', '清迈'],
    // Songkhla's consular district takes in Phuket, where its consular office is.
    ['songkhla', 'Songkhla', '宋卡'],
    ['khon-kaen', 'Khon Kaen', '孔敬'],
  ]),
  c('MM', 'Myanmar', '缅甸', 'Asia/Yangon', [
    ['yangon', 'Yangon', '仰光'],
    ['mandalay', 'Mandalay', '曼德勒'],
  ]),
  c('MY', 'Malaysia', '马来西亚', 'Asia/Kuala_Lumpur', [
    ['kuala-lumpur', 'Kuala Lumpur', '吉隆坡'],
    ['penang', 'Penang', '槟城'],
    ['kuching', 'Kuching', '古晋', 'Asia/Kuching'],
    ['kota-kinabalu', 'Kota Kinabalu', '哥打基纳巴卢', 'Asia/Kuching'],
  ]),
  c('SG', 'Singapore', '新加坡', 'Asia/Singapore', [['singapore', 'Singapore', '新加坡']]),
  c('ID', 'Indonesia', '印度尼西亚', 'Asia/Jakarta', [
    ['jakarta', 'Jakarta', '雅加达'],
    ['surabaya', 'Surabaya', '泗水'],
    ['medan', 'Medan', '棉兰'],
    // Bali.
    ['denpasar', 'Denpasar', '登巴萨', 'Asia/Makassar'],
  ]),
  c('PH', 'the Philippines', '菲律宾', 'Asia/Manila', [
    ['manila', 'Manila', '马尼拉'],
    ['cebu', 'Cebu', '宿务'],
    ['laoag', 'Laoag', '拉瓦格'],
    ['davao', 'Davao', '达沃'],
  ]),
  c('BN', 'Brunei Darussalam', '文莱', 'Asia/Brunei', [['bandar-seri-begawan', 'Bandar Seri Begawan', '斯里巴加湾市']], FRI_SUN),
  c('TL', 'Timor-Leste', '东帝汶', 'Asia/Dili', [['dili', 'Dili', '帝力']]),
  // South Asia
  c('IN', 'India', '印度', 'Asia/Kolkata', [
    ['new-delhi', 'New Delhi', '新德里'],
    ['mumbai', 'Mumbai', '孟买'],
    ['kolkata', 'Kolkata', '加尔各答'],
  ]),
  c('PK', 'Pakistan', '巴基斯坦', 'Asia/Karachi', [
    ['islamabad', 'Islamabad', '伊斯兰堡'],
    ['karachi', 'Karachi', '卡拉奇'],
    ['lahore', 'Lahore', '拉合尔'],
  ]),
  c('BD', 'Bangladesh', '孟加拉国', 'Asia/Dhaka', [['dhaka', 'Dhaka', '达卡']], FRI_SAT),
  c('LK', 'Sri Lanka', '斯里兰卡', 'Asia/Colombo', [['colombo', 'Colombo', '科伦坡']]),
  c('NP', 'Nepal', '尼泊尔', 'Asia/Kathmandu', [['kathmandu', 'Kathmandu', '加德满都']], SAT),
  c('MV', 'Maldives', '马尔代夫', 'Indian/Maldives', [['male', 'Malé', '马累']], FRI_SAT),
  c('AF', 'Afghanistan', '阿富汗', 'Asia/Kabul', [['kabul', 'Kabul', '喀布尔']], THU_FRI),
  // West Asia
  c('IR', 'Iran', '伊朗', 'Asia/Tehran', [['tehran', 'Tehran', '德黑兰']], THU_FRI),
  c('IQ', 'Iraq', '伊拉克', 'Asia/Baghdad', [
    ['baghdad', 'Baghdad', '巴格达'],
    ['erbil', 'Erbil', '埃尔比勒'],
  ], FRI_SAT),
  c('KW', 'Kuwait', '科威特', 'Asia/Kuwait', [['kuwait-city', 'Kuwait City', '科威特城']], FRI_SAT),
  c('SA', 'Saudi Arabia', '沙特阿拉伯', 'Asia/Riyadh', [
    ['riyadh', 'Riyadh', '利雅得'],
    ['jeddah', 'Jeddah', '吉达'],
  ], FRI_SAT),
  c('QA', 'Qatar', '卡塔尔', 'Asia/Qatar', [['doha', 'Doha', '多哈']], FRI_SAT),
  c('BH', 'Bahrain', '巴林', 'Asia/Bahrain', [['manama', 'Manama', '麦纳麦']], FRI_SAT),
  // The UAE moved to a Saturday–Sunday weekend in 2022.
  c('AE', 'the United Arab Emirates', '阿联酋', 'Asia/Dubai', [
    ['abu-dhabi', 'Abu Dhabi', '阿布扎比'],
    ['dubai', 'Dubai', '迪拜'],
  ]),
  c('OM', 'Oman', '阿曼', 'Asia/Muscat', [['muscat', 'Muscat', '马斯喀特']], FRI_SAT),
  c('YE', 'Yemen', '也门', 'Asia/Aden', [['sanaa', "Sana'a", '萨那']], FRI_SAT),
  c('JO', 'Jordan', '约旦', 'Asia/Amman', [['amman', 'Amman', '安曼']], FRI_SAT),
  c('SY', 'Syria', '叙利亚', 'Asia/Damascus', [['damascus', 'Damascus', '大马士革']], FRI_SAT),
  c('LB', 'Lebanon', '黎巴嫩', 'Asia/Beirut', [['beirut', 'Beirut', '贝鲁特']]),
  c('IL', 'Israel', '以色列', 'Asia/Jerusalem', [['tel-aviv', 'Tel Aviv', '特拉维夫']], FRI_SAT),
  c('TR', 'Türkiye', '土耳其', 'Europe/Istanbul', [
    ['ankara', 'Ankara', '安卡拉'],
    ['istanbul', 'Istanbul', '伊斯坦布尔'],
  ]),
  c('CY', 'Cyprus', '塞浦路斯', 'Asia/Nicosia', [['nicosia', 'Nicosia', '尼科西亚']]),
  c('GE', 'Georgia', '格鲁吉亚', 'Asia/Tbilisi', [['tbilisi', 'Tbilisi', '第比利斯']]),
  c('AM', 'Armenia', '亚美尼亚', 'Asia/Yerevan', [['yerevan', 'Yerevan', '埃里温']]),
  c('AZ', 'Azerbaijan', '阿塞拜疆', 'Asia/Baku', [['baku', 'Baku', '巴库']]),
  // Central Asia
  c('KZ', 'Kazakhstan', '哈萨克斯坦', 'Asia/Almaty', [
    ['astana', 'Astana', '阿斯塔纳'],
    ['almaty', 'Almaty', '阿拉木图'],
  ]),
  c('KG', 'Kyrgyzstan', '吉尔吉斯斯坦', 'Asia/Bishkek', [
    ['bishkek', 'Bishkek', '比什凯克'],
    ['osh', 'Osh', '奥什'],
  ]),
  c('TJ', 'Tajikistan', '塔吉克斯坦', 'Asia/Dushanbe', [['dushanbe', 'Dushanbe', '杜尚别']]),
  c('UZ', 'Uzbekistan', '乌兹别克斯坦', 'Asia/Tashkent', [['tashkent', 'Tashkent', '塔什干']]),
  c('TM', 'Turkmenistan', '土库曼斯坦', 'Asia/Ashgabat', [['ashgabat', 'Ashgabat', '阿什哈巴德']]),
  // Europe
  c('GB', 'the United Kingdom', '英国', 'Europe/London', [
    ['london', 'London', '伦敦'],
    ['manchester', 'Manchester', '曼彻斯特'],
    ['edinburgh', 'Edinburgh', '爱丁堡'],
    ['belfast', 'Belfast', '贝尔法斯特'],
  ]),
  c('IE', 'Ireland', '爱尔兰', 'Europe/Dublin', [['dublin', 'Dublin', '都柏林']]),
  c('FR', 'France', '法国', 'Europe/Paris', [
    ['paris', 'Paris', '巴黎'],
    ['marseille', 'Marseille', '马赛'],
    ['lyon', 'Lyon', '里昂'],
    ['strasbourg', 'Strasbourg', '斯特拉斯堡'],
    ['papeete', 'Papeete', '帕皮提', 'Pacific/Tahiti'],
    ['saint-denis', 'Saint-Denis (Réunion)', '圣但尼', 'Indian/Reunion'],
  ]),
  c('DE', 'Germany', '德国', 'Europe/Berlin', [
    ['berlin', 'Berlin', '柏林'],
    ['hamburg', 'Hamburg', '汉堡'],
    ['munich', 'Munich', '慕尼黑'],
    ['frankfurt', 'Frankfurt', '法兰克福'],
    ['dusseldorf', 'Düsseldorf', '杜塞尔多夫'],
  ]),
  c('IT', 'Italy', '意大利', 'Europe/Rome', [
    ['rome', 'Rome', '罗马'],
    ['milan', 'Milan', '米兰'],
    ['florence', 'Florence', '佛罗伦萨'],
  ]),
  c('ES', 'Spain', '西班牙', 'Europe/Madrid', [
    ['madrid', 'Madrid', '马德里'],
    ['barcelona', 'Barcelona', '巴塞罗那'],
  ]),
  c('PT', 'Portugal', '葡萄牙', 'Europe/Lisbon', [['lisbon', 'Lisbon', '里斯本']]),
  c('NL', 'the Netherlands', '荷兰', 'Europe/Amsterdam', [
    ['the-hague', 'The Hague', '海牙'],
    // Curaçao, in the Caribbean.
    ['willemstad', 'Willemstad', '威廉斯塔德', 'America/Curacao'],
  ]),
  c('BE', 'Belgium', '比利时', 'Europe/Brussels', [['brussels', 'Brussels', '布鲁塞尔']]),
  c('LU', 'Luxembourg', '卢森堡', 'Europe/Luxembourg', [['luxembourg', 'Luxembourg', '卢森堡']]),
  c('CH', 'Switzerland', '瑞士', 'Europe/Zurich', [
    ['bern', 'Bern', '伯尔尼'],
    ['zurich', 'Zurich', '苏黎世'],
  ]),
  c('AT', 'Austria', '奥地利', 'Europe/Vienna', [['vienna', 'Vienna', '维也纳']]),
  c('PL', 'Poland', '波兰', 'Europe/Warsaw', [
    ['warsaw', 'Warsaw', '华沙'],
    ['gdansk', 'Gdańsk', '格但斯克'],
  ]),
  c('CZ', 'the Czech Republic', '捷克', 'Europe/Prague', [['prague', 'Prague', '布拉格']]),
  c('SK', 'Slovakia', '斯洛伐克', 'Europe/Bratislava', [['bratislava', 'Bratislava', '布拉迪斯拉发']]),
  c('HU', 'Hungary', '匈牙利', 'Europe/Budapest', [['budapest', 'Budapest', '布达佩斯']]),
  c('SI', 'Slovenia', '斯洛文尼亚', 'Europe/Ljubljana', [['ljubljana', 'Ljubljana', '卢布尔雅那']]),
  c('HR', 'Croatia', '克罗地亚', 'Europe/Zagreb', [['zagreb', 'Zagreb', '萨格勒布']]),
  c('BA', 'Bosnia and Herzegovina', '波黑', 'Europe/Sarajevo', [['sarajevo', 'Sarajevo', '萨拉热窝']]),
  c('RS', 'Serbia', '塞尔维亚', 'Europe/Belgrade', [['belgrade', 'Belgrade', '贝尔格莱德']]),
  c('ME', 'Montenegro', '黑山', 'Europe/Podgorica', [['podgorica', 'Podgorica', '波德戈里察']]),
  c('MK', 'North Macedonia', '北马其顿', 'Europe/Skopje', [['skopje', 'Skopje', '斯科普里']]),
  c('AL', 'Albania', '阿尔巴尼亚', 'Europe/Tirane', [['tirana', 'Tirana', '地拉那']]),
  c('BG', 'Bulgaria', '保加利亚', 'Europe/Sofia', [['sofia', 'Sofia', '索非亚']]),
  c('RO', 'Romania', '罗马尼亚', 'Europe/Bucharest', [['bucharest', 'Bucharest', '布加勒斯特']]),
  c('GR', 'Greece', '希腊', 'Europe/Athens', [['athens', 'Athens', '雅典']]),
  c('MT', 'Malta', '马耳他', 'Europe/Malta', [['valletta', 'Valletta', '瓦莱塔']]),
  c('MD', 'Moldova', '摩尔多瓦', 'Europe/Chisinau', [['chisinau', 'Chișinău', '基希讷乌']]),
  // Europe/Kiev, not Europe/Kyiv: see the header.
  c('UA', 'Ukraine', '乌克兰', 'Europe/Kiev', [
    ['kyiv', 'Kyiv', '基辅'],
    ['odesa', 'Odesa', '敖德萨'],
  ]),
  c('BY', 'Belarus', '白俄罗斯', 'Europe/Minsk', [['minsk', 'Minsk', '明斯克']]),
  c('RU', 'the Russian Federation', '俄罗斯', 'Europe/Moscow', [
    ['moscow', 'Moscow', '莫斯科'],
    ['st-petersburg', 'St Petersburg', '圣彼得堡'],
    ['kazan', 'Kazan', '喀山'],
    ['yekaterinburg', 'Yekaterinburg', '叶卡捷琳堡', 'Asia/Yekaterinburg'],
    ['irkutsk', 'Irkutsk', '伊尔库茨克', 'Asia/Irkutsk'],
    ['khabarovsk', 'Khabarovsk', '哈巴罗夫斯克', 'Asia/Vladivostok'],
    ['vladivostok', 'Vladivostok', '符拉迪沃斯托克', 'Asia/Vladivostok'],
  ]),
  c('LV', 'Latvia', '拉脱维亚', 'Europe/Riga', [['riga', 'Riga', '里加']]),
  c('EE', 'Estonia', '爱沙尼亚', 'Europe/Tallinn', [['tallinn', 'Tallinn', '塔林']]),
  c('FI', 'Finland', '芬兰', 'Europe/Helsinki', [['helsinki', 'Helsinki', '赫尔辛基']]),
  c('SE', 'Sweden', '瑞典', 'Europe/Stockholm', [
    ['stockholm', 'Stockholm', '斯德哥尔摩'],
    ['gothenburg', 'Gothenburg', '哥德堡'],
  ]),
  c('NO', 'Norway', '挪威', 'Europe/Oslo', [['oslo', 'Oslo', '奥斯陆']]),
  c('DK', 'Denmark', '丹麦', 'Europe/Copenhagen', [['copenhagen', 'Copenhagen', '哥本哈根']]),
  c('IS', 'Iceland', '冰岛', 'Atlantic/Reykjavik', [['reykjavik', 'Reykjavík', '雷克雅未克']]),
  // North America
  c('US', 'the United States', '美国', 'America/New_York', [
    ['washington', 'Washington, D.C.', '华盛顿'],
    ['new-york', 'New York', '纽约'],
    ['chicago', 'Chicago', '芝加哥', 'America/Chicago'],
    ['san-francisco', 'San Francisco', '旧金山', 'America/Los_Angeles'],
    ['los-angeles', 'Los Angeles', '洛杉矶', 'America/Los_Angeles'],
  ]),
  c('CA', 'Canada', '加拿大', 'America/Toronto', [
    ['ottawa', 'Ottawa', '渥太华'],
    ['toronto', 'Toronto', '多伦多'],
    ['vancouver', 'Vancouver', '温哥华', 'America/Vancouver'],
    ['calgary', 'Calgary', '卡尔加里', 'America/Edmonton'],
    ['montreal', 'Montréal', '蒙特利尔'],
  ]),
  // Latin America and the Caribbean
  c('MX', 'Mexico', '墨西哥', 'America/Mexico_City', [
    ['mexico-city', 'Mexico City', '墨西哥城'],
    ['tijuana', 'Tijuana', '蒂华纳', 'America/Tijuana'],
  ]),
  c('BR', 'Brazil', '巴西', 'America/Sao_Paulo', [
    ['brasilia', 'Brasília', '巴西利亚'],
    ['sao-paulo', 'São Paulo', '圣保罗'],
    ['rio-de-janeiro', 'Rio de Janeiro', '里约热内卢'],
    ['recife', 'Recife', '累西腓', 'America/Recife'],
  ]),
  c('AR', 'Argentina', '阿根廷', 'America/Argentina/Buenos_Aires', [['buenos-aires', 'Buenos Aires', '布宜诺斯艾利斯']]),
  c('CL', 'Chile', '智利', 'America/Santiago', [
    ['santiago', 'Santiago', '圣地亚哥'],
    ['iquique', 'Iquique', '伊基克'],
  ]),
  c('PE', 'Peru', '秘鲁', 'America/Lima', [['lima', 'Lima', '利马']]),
  c('CO', 'Colombia', '哥伦比亚', 'America/Bogota', [['bogota', 'Bogotá', '波哥大']]),
  c('EC', 'Ecuador', '厄瓜多尔', 'America/Guayaquil', [
    ['quito', 'Quito', '基多'],
    ['guayaquil', 'Guayaquil', '瓜亚基尔'],
  ]),
  c('VE', 'Venezuela', '委内瑞拉', 'America/Caracas', [['caracas', 'Caracas', '加拉加斯']]),
  c('BO', 'Bolivia', '玻利维亚', 'America/La_Paz', [
    ['la-paz', 'La Paz', '拉巴斯'],
    ['santa-cruz', 'Santa Cruz', '圣克鲁斯'],
  ]),
  c('UY', 'Uruguay', '乌拉圭', 'America/Montevideo', [['montevideo', 'Montevideo', '蒙得维的亚']]),
  c('CU', 'Cuba', '古巴', 'America/Havana', [['havana', 'Havana', '哈瓦那']]),
  c('PA', 'Panama', '巴拿马', 'America/Panama', [['panama-city', 'Panama City', '巴拿马城']]),
  c('CR', 'Costa Rica', '哥斯达黎加', 'America/Costa_Rica', [['san-jose', 'San José', '圣何塞']]),
  c('NI', 'Nicaragua', '尼加拉瓜', 'America/Managua', [['managua', 'Managua', '马那瓜']]),
  c('SV', 'El Salvador', '萨尔瓦多', 'America/El_Salvador', [['san-salvador', 'San Salvador', '圣萨尔瓦多']]),
  c('HN', 'Honduras', '洪都拉斯', 'America/Tegucigalpa', [['tegucigalpa', 'Tegucigalpa', '特古西加尔巴']]),
  c('DO', 'the Dominican Republic', '多米尼加', 'America/Santo_Domingo', [['santo-domingo', 'Santo Domingo', '圣多明各']]),
  c('JM', 'Jamaica', '牙买加', 'America/Jamaica', [['kingston', 'Kingston', '金斯敦']]),
  c('TT', 'Trinidad and Tobago', '特立尼达和多巴哥', 'America/Port_of_Spain', [['port-of-spain', 'Port of Spain', '西班牙港']]),
  c('GY', 'Guyana', '圭亚那', 'America/Guyana', [['georgetown', 'Georgetown', '乔治敦']]),
  c('SR', 'Suriname', '苏里南', 'America/Paramaribo', [['paramaribo', 'Paramaribo', '帕拉马里博']]),
  c('GD', 'Grenada', '格林纳达', 'America/Grenada', [['st-georges', "St George's", '圣乔治']]),
  c('BB', 'Barbados', '巴巴多斯', 'America/Barbados', [['bridgetown', 'Bridgetown', '布里奇敦']]),
  c('AG', 'Antigua and Barbuda', '安提瓜和巴布达', 'America/Antigua', [['st-johns', "St John's", '圣约翰']]),
  c('BS', 'the Bahamas', '巴哈马', 'America/Nassau', [['nassau', 'Nassau', '拿骚']]),
  c('DM', 'Dominica', '多米尼克', 'America/Dominica', [['roseau', 'Roseau', '罗索']]),
  // Oceania
  c('AU', 'Australia', '澳大利亚', 'Australia/Sydney', [
    ['canberra', 'Canberra', '堪培拉'],
    ['sydney', 'Sydney', '悉尼'],
    ['melbourne', 'Melbourne', '墨尔本', 'Australia/Melbourne'],
    ['brisbane', 'Brisbane', '布里斯班', 'Australia/Brisbane'],
    ['perth', 'Perth', '珀斯', 'Australia/Perth'],
    ['adelaide', 'Adelaide', '阿德莱德', 'Australia/Adelaide'],
  ]),
  c('NZ', 'New Zealand', '新西兰', 'Pacific/Auckland', [
    ['wellington', 'Wellington', '惠灵顿'],
    ['auckland', 'Auckland', '奥克兰'],
    ['christchurch', 'Christchurch', '克赖斯特彻奇'],
  ]),
  c('PG', 'Papua New Guinea', '巴布亚新几内亚', 'Pacific/Port_Moresby', [['port-moresby', 'Port Moresby', '莫尔兹比港']]),
  c('FJ', 'Fiji', '斐济', 'Pacific/Fiji', [['suva', 'Suva', '苏瓦']]),
  c('WS', 'Samoa', '萨摩亚', 'Pacific/Apia', [['apia', 'Apia', '阿皮亚']]),
  c('TO', 'Tonga', '汤加', 'Pacific/Tongatapu', [['nukualofa', "Nuku'alofa", '努库阿洛法']]),
  c('VU', 'Vanuatu', '瓦努阿图', 'Pacific/Efate', [['port-vila', 'Port Vila', '维拉港']]),
  c('FM', 'the Federated States of Micronesia', '密克罗尼西亚联邦', 'Pacific/Pohnpei', [['pohnpei', 'Pohnpei', '波恩佩']]),
  c('KI', 'Kiribati', '基里巴斯', 'Pacific/Tarawa', [['tarawa', 'Tarawa', '塔拉瓦']]),
  c('SB', 'Solomon Islands', '所罗门群岛', 'Pacific/Guadalcanal', [['honiara', 'Honiara', '霍尼亚拉']]),
  // North Africa
  c('EG', 'Egypt', '埃及', 'Africa/Cairo', [
    ['cairo', 'Cairo', '开罗'],
    ['alexandria', 'Alexandria', '亚历山大'],
  ], FRI_SAT),
  c('LY', 'Libya', '利比亚', 'Africa/Tripoli', [['tripoli', 'Tripoli', '的黎波里']], FRI_SAT),
  c('TN', 'Tunisia', '突尼斯', 'Africa/Tunis', [['tunis', 'Tunis', '突尼斯']]),
  c('DZ', 'Algeria', '阿尔及利亚', 'Africa/Algiers', [['algiers', 'Algiers', '阿尔及尔']], FRI_SAT),
  c('MA', 'Morocco', '摩洛哥', 'Africa/Casablanca', [['rabat', 'Rabat', '拉巴特']]),
  c('MR', 'Mauritania', '毛里塔尼亚', 'Africa/Nouakchott', [['nouakchott', 'Nouakchott', '努瓦克肖特']]),
  c('SD', 'Sudan', '苏丹', 'Africa/Khartoum', [['khartoum', 'Khartoum', '喀土穆']], FRI_SAT),
  // East Africa
  c('SS', 'South Sudan', '南苏丹', 'Africa/Juba', [['juba', 'Juba', '朱巴']]),
  c('ET', 'Ethiopia', '埃塞俄比亚', 'Africa/Addis_Ababa', [['addis-ababa', 'Addis Ababa', '亚的斯亚贝巴']]),
  c('ER', 'Eritrea', '厄立特里亚', 'Africa/Asmara', [['asmara', 'Asmara', '阿斯马拉']]),
  c('DJ', 'Djibouti', '吉布提', 'Africa/Djibouti', [['djibouti', 'Djibouti', '吉布提']]),
  c('SO', 'Somalia', '索马里', 'Africa/Mogadishu', [['mogadishu', 'Mogadishu', '摩加迪沙']]),
  c('KE', 'Kenya', '肯尼亚', 'Africa/Nairobi', [['nairobi', 'Nairobi', '内罗毕']]),
  c('UG', 'Uganda', '乌干达', 'Africa/Kampala', [['kampala', 'Kampala', '坎帕拉']]),
  c('TZ', 'Tanzania', '坦桑尼亚', 'Africa/Dar_es_Salaam', [
    ['dar-es-salaam', 'Dar es Salaam', '达累斯萨拉姆'],
    ['zanzibar', 'Zanzibar', '桑给巴尔'],
  ]),
  c('RW', 'Rwanda', '卢旺达', 'Africa/Kigali', [['kigali', 'Kigali', '基加利']]),
  c('BI', 'Burundi', '布隆迪', 'Africa/Bujumbura', [['bujumbura', 'Bujumbura', '布琼布拉']]),
  c('SC', 'Seychelles', '塞舌尔', 'Indian/Mahe', [['victoria', 'Victoria', '维多利亚']]),
  c('MG', 'Madagascar', '马达加斯加', 'Indian/Antananarivo', [['antananarivo', 'Antananarivo', '塔那那利佛']]),
  c('MU', 'Mauritius', '毛里求斯', 'Indian/Mauritius', [['port-louis', 'Port Louis', '路易港']]),
  c('KM', 'the Comoros', '科摩罗', 'Indian/Comoro', [['moroni', 'Moroni', '莫罗尼']]),
  // Central Africa
  c('CD', 'the Democratic Republic of the Congo', '刚果（金）', 'Africa/Kinshasa', [['kinshasa', 'Kinshasa', '金沙萨']]),
  c('CG', 'the Republic of the Congo', '刚果（布）', 'Africa/Brazzaville', [['brazzaville', 'Brazzaville', '布拉柴维尔']]),
  c('GA', 'Gabon', '加蓬', 'Africa/Libreville', [['libreville', 'Libreville', '利伯维尔']]),
  c('GQ', 'Equatorial Guinea', '赤道几内亚', 'Africa/Malabo', [
    ['malabo', 'Malabo', '马拉博'],
    ['bata', 'Bata', '巴塔'],
  ]),
  c('CM', 'Cameroon', '喀麦隆', 'Africa/Douala', [['yaounde', 'Yaoundé', '雅温得']]),
  c('CF', 'the Central African Republic', '中非', 'Africa/Bangui', [['bangui', 'Bangui', '班吉']]),
  c('TD', 'Chad', '乍得', 'Africa/Ndjamena', [['ndjamena', "N'Djamena", '恩贾梅纳']]),
  c('ST', 'São Tomé and Príncipe', '圣多美和普林西比', 'Africa/Sao_Tome', [['sao-tome', 'São Tomé', '圣多美']]),
  // West Africa
  c('NG', 'Nigeria', '尼日利亚', 'Africa/Lagos', [
    ['abuja', 'Abuja', '阿布贾'],
    ['lagos', 'Lagos', '拉各斯'],
  ]),
  c('NE', 'Niger', '尼日尔', 'Africa/Niamey', [['niamey', 'Niamey', '尼亚美']]),
  c('BJ', 'Benin', '贝宁', 'Africa/Porto-Novo', [['cotonou', 'Cotonou', '科托努']]),
  c('TG', 'Togo', '多哥', 'Africa/Lome', [['lome', 'Lomé', '洛美']]),
  c('GH', 'Ghana', '加纳', 'Africa/Accra', [['accra', 'Accra', '阿克拉']]),
  c('CI', "Côte d'Ivoire", '科特迪瓦', 'Africa/Abidjan', [['abidjan', 'Abidjan', '阿比让']]),
  c('LR', 'Liberia', '利比里亚', 'Africa/Monrovia', [['monrovia', 'Monrovia', '蒙罗维亚']]),
  c('SL', 'Sierra Leone', '塞拉利昂', 'Africa/Freetown', [['freetown', 'Freetown', '弗里敦']]),
  c('GN', 'Guinea', '几内亚', 'Africa/Conakry', [['conakry', 'Conakry', '科纳克里']]),
  c('GW', 'Guinea-Bissau', '几内亚比绍', 'Africa/Bissau', [['bissau', 'Bissau', '比绍']]),
  c('SN', 'Senegal', '塞内加尔', 'Africa/Dakar', [['dakar', 'Dakar', '达喀尔']]),
  c('GM', 'the Gambia', '冈比亚', 'Africa/Banjul', [['banjul', 'Banjul', '班珠尔']]),
  c('ML', 'Mali', '马里', 'Africa/Bamako', [['bamako', 'Bamako', '巴马科']]),
  c('BF', 'Burkina Faso', '布基纳法索', 'Africa/Ouagadougou', [['ouagadougou', 'Ouagadougou', '瓦加杜古']]),
  c('CV', 'Cabo Verde', '佛得角', 'Atlantic/Cape_Verde', [['praia', 'Praia', '普拉亚']]),
  // Southern Africa
  c('AO', 'Angola', '安哥拉', 'Africa/Luanda', [['luanda', 'Luanda', '罗安达']]),
  c('ZM', 'Zambia', '赞比亚', 'Africa/Lusaka', [['lusaka', 'Lusaka', '卢萨卡']]),
  c('ZW', 'Zimbabwe', '津巴布韦', 'Africa/Harare', [['harare', 'Harare', '哈拉雷']]),
  c('MW', 'Malawi', '马拉维', 'Africa/Blantyre', [['lilongwe', 'Lilongwe', '利隆圭']]),
  c('MZ', 'Mozambique', '莫桑比克', 'Africa/Maputo', [['maputo', 'Maputo', '马普托']]),
  c('NA', 'Namibia', '纳米比亚', 'Africa/Windhoek', [['windhoek', 'Windhoek', '温得和克']]),
  c('BW', 'Botswana', '博茨瓦纳', 'Africa/Gaborone', [['gaborone', 'Gaborone', '哈博罗内']]),
  c('ZA', 'South Africa', '南非', 'Africa/Johannesburg', [
    ['pretoria', 'Pretoria', '比勒陀利亚'],
    ['johannesburg', 'Johannesburg', '约翰内斯堡'],
    ['cape-town', 'Cape Town', '开普敦'],
    ['durban', 'Durban', '德班'],
  ]),
  c('LS', 'Lesotho', '莱索托', 'Africa/Maseru', [['maseru', 'Maseru', '马塞卢']]),
];
