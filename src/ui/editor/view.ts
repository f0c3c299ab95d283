/**
 * What every editor component is given to render: the working JSON, the texts kept as
 * typed, the issues by path (already translated), the language, and the id lists that
 * choices offer. A new view is made after each edit; components only read it.
 */
import type { Bilingual, Lang } from '../../i18n/i18n.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import type { DescribedIssue } from './issues.ts';
import type { IdSource } from './descriptor.ts';
import { getAt } from './json-path.ts';

export interface IdOption {
  readonly id: string;
  readonly label: Bilingual | undefined;
}

export interface EditorView {
  readonly json: unknown;
  readonly raw: Readonly<Record<string, string>>;
  /** Issues by exact path. */
  readonly issues: ReadonlyMap<string, readonly DescribedIssue[]>;
  readonly lang: Lang;
  /** The mission catalogue (models/missions/catalogue.ts), for per-mission weights. */
  readonly missions: readonly IdOption[];
  /** The last valid scenario (for previews), and whether it is the working one. */
  readonly lastValid: Scenario | undefined;
  readonly valid: boolean;
}

export function issuesAt(view: EditorView, path: string): readonly DescribedIssue[] {
  return view.issues.get(path) ?? [];
}

/** Whether `path` is `base` or lies below it. */
export function isUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

/** Issues at `path` or below it, except those at or below `shownBelow` (rendered by sub-inputs). */
export function issuesUnder(view: EditorView, path: string, shownBelow: readonly string[] = []): DescribedIssue[] {
  const out: DescribedIssue[] = [];
  for (const [p, list] of view.issues) {
    if (isUnder(p, path) && !shownBelow.some((s) => isUnder(p, s))) out.push(...list);
  }
  return out;
}

/** The ids a choice offers, from the working JSON (lanes, call types) or the mission catalogue. */
export function idOptions(view: EditorView, source: IdSource): IdOption[] {
  if (source === 'missions') return [...view.missions];
  const list = getAt(view.json, source);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return [];
    const label = (item as { label?: unknown }).label;
    return [{ id, label: label && typeof label === 'object' ? (label as Bilingual) : undefined }];
  });
}

/** A stable element id from a path, for label/aria links inside one shadow root. */
export function domId(path: string, suffix = ''): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '_')}${suffix ? `-${suffix}` : ''}`;
}
