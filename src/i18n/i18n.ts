/**
 * The page speaks Chinese and English. Every module keeps its own strings next to the code
 * that shows them, as `{ zh, en }` pairs, and picks one with `text(pair, lang)`; a pair can
 * be a function of arguments for messages with numbers in them.
 */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The text of a pair in `lang`; a missing Chinese text falls back to English. */
export function text(pair: Bilingual | undefined, lang: Lang): string {
  if (!pair) return '';
  return (lang === 'zh' ? pair.zh : pair.en) || pair.en;
}

/** Declares a table of strings; the identity function, for type inference and grep. */
export function messages<T extends Record<string, Bilingual | ((...args: never[]) => Bilingual)>>(table: T): T {
  return table;
}

/** The language to start in: Chinese unless the browser prefers something else first. */
export function defaultLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh';
}
