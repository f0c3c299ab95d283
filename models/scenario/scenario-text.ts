/**
 * A scenario's name and description in one of the two languages of the users. `name` and
 * `description` are the English text (or the only text, in whatever language it was written);
 * `nameZh` and `descriptionZh` the Chinese. Each language falls back to the other when its own
 * is missing or empty. The command line reads English.
 */

export interface ScenarioTexts {
  readonly name: string;
  readonly description: string;
  readonly nameZh?: string | undefined;
  readonly descriptionZh?: string | undefined;
}

type Lang = 'zh' | 'en';

function pick(en: string, zh: string | undefined, lang: Lang): string {
  const first = lang === 'zh' ? zh : en;
  return first?.trim() ? first : (lang === 'zh' ? en : zh) ?? '';
}

/** The scenario's name in `lang`, else in the other language. */
export function scenarioName(s: ScenarioTexts, lang: Lang): string {
  return pick(s.name, s.nameZh, lang);
}

/** The scenario's description in `lang`, else in the other language ('' when there is none). */
export function scenarioDescription(s: ScenarioTexts, lang: Lang): string {
  return pick(s.description, s.descriptionZh, lang);
}
