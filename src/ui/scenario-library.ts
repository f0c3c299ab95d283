/**
 * The bundled scenarios (scenarios/*.json), the baseline first. They are bundled as data
 * at build time; each is copied before the editor changes it.
 */
import type { Bilingual } from '../i18n/i18n.ts';
import type { ScenarioTexts } from '../../models/scenario/scenario-text.ts';

const files = import.meta.glob('/scenarios/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** A bundled scenario: its name and description in both languages (see scenario-text.ts), and its JSON. */
export interface LibraryEntry extends ScenarioTexts {
  /** The file name without `.json`, e.g. `major-incident`. */
  readonly id: string;
  readonly json: unknown;
}

function field(json: unknown, key: keyof ScenarioTexts): string {
  const value = json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
}

export const LIBRARY: readonly LibraryEntry[] = Object.entries(files)
  .map(([path, json]) => ({
    id: path.replace(/^.*\//, '').replace(/\.json$/, ''),
    name: field(json, 'name'),
    nameZh: field(json, 'nameZh'),
    description: field(json, 'description'),
    descriptionZh: field(json, 'descriptionZh'),
    json,
  }))
  .sort((a, b) => (a.id === 'baseline' ? -1 : b.id === 'baseline' ? 1 : a.id.localeCompare(b.id)));

export const DEFAULT_SCENARIO_ID = 'baseline';

/** A fresh copy of a bundled scenario's JSON. */
export function libraryScenario(id: string): unknown {
  const entry = LIBRARY.find((e) => e.id === id) ?? LIBRARY[0];
  if (!entry) throw new Error('scenario library: no scenarios/*.json was bundled');
  return structuredClone(entry.json);
}

/**
 * One-line summaries of the bundled scenarios in both languages, for the library's cards
 * (the names and the full descriptions are the files' own, in both languages).
 */
export const LIBRARY_SUMMARY: Record<string, Bilingual> = {
  baseline: {
    zh: '平常的四周（2025 年 3 月）：前台 20 个坐席全天值守，20 个备用坐席在排队时启用；语音导航自助服务与紧急求助通道；每年 60 万次来电。',
    en: 'An ordinary four weeks (March 2025): 20 front seats around the clock, 20 standby seats called in when queues build, IVR self-service and an emergency lane; 600,000 calls a year.',
  },
  'major-incident': {
    zh: '第 3 天 10:00 海外发生重大突发事件（苏丹规模撤离，约 1,500 人）：来电在一小时内升至平时的 4 倍，每 24 小时减半；立即召集备用坐席。',
    en: 'A major incident abroad on day 3 at 10:00 (a Sudan-scale evacuation, about 1,500 people): calls rise to 4 times normal within an hour and halve every 24 hours; standby seats called in at once.',
  },
  'spring-festival-2025': {
    zh: '2025 年春节假期（1 月 28 日至 2 月 4 日）：出境游高峰，来电多 40%，案件集中在泰国、日本、越南、韩国等旅游目的地。',
    en: 'The 2025 Spring Festival holiday (28 Jan–4 Feb): the outbound travel peak, 40% more calls, cases concentrated in Thailand, Japan, Viet Nam, Korea and other destinations.',
  },
  'replay-covid-2020': {
    zh: '重现 2020 年春新冠疫情：每天约 3,600 次来电，前台和备用坐席共 40 个全部上线；对比只有 20 或 30 个坐席时的情况。',
    en: 'Replay of the COVID-19 spring of 2020: about 3,600 calls a day with all 40 front and standby seats on the phones; what 20 or 30 seats would have done.',
  },
  'replay-2015': {
    zh: '重现 2015 年初的热线：每天约 341 次来电，人工接听占 32%（公布数字 61,466 次中的 19,606 次），其余为自助服务。',
    en: 'Replay of the early 2015 hotline: about 341 calls a day, 32% handled by staff (19,606 of the 61,466 published), the rest self-served.',
  },
};
