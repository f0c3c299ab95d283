/**
 * What the page remembers in the browser: the working scenario (autosaved as the planner
 * types, even while it has errors, so nothing typed is lost), the chosen language, and an
 * in-memory undo history of the last edits. Pure logic over a `Storage`-like object, so it
 * is tested in Node.
 */
import { checkInputShape } from '../../models/scenario/input-shape.ts';
import type { Lang } from '../i18n/i18n.ts';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const WORKING_KEY = 'cc12308.working-scenario.v1';
const LANG_KEY = 'cc12308.lang';

export interface SavedWorking {
  /** The scenario JSON as edited, valid or not. */
  readonly json: unknown;
  /** Text the user typed that the JSON cannot hold as typed ("20." or "1e3"), by path. */
  readonly raw: Readonly<Record<string, string>>;
  /** The library entry it started from, if any. */
  readonly origin: string | undefined;
  readonly savedAt: string;
}

/** The page's localStorage, or undefined when the browser blocks it (reading it can throw). */
export function browserStorage(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves the working scenario; returns false when the browser refuses (quota, private mode). */
export function saveWorking(store: KeyValueStore, working: Omit<SavedWorking, 'savedAt'>, now = new Date()): boolean {
  try {
    store.setItem(WORKING_KEY, JSON.stringify({ ...working, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

/** The autosaved working scenario, or undefined when there is none or it is unreadable. */
export function loadWorking(store: KeyValueStore): SavedWorking | undefined {
  let text: string | null;
  try {
    text = store.getItem(WORKING_KEY);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const saved = JSON.parse(text) as Partial<SavedWorking> | null;
    if (!saved || typeof saved !== 'object' || saved.json === undefined || saved.json === null || typeof saved.json !== 'object') return undefined;
    // Nothing the editor can write nests this deep or holds this much: a tampered save would only stall the page's start.
    if (checkInputShape(saved.json)) return undefined;
    const raw: Record<string, string> = {};
    if (saved.raw && typeof saved.raw === 'object') {
      for (const [path, value] of Object.entries(saved.raw)) if (typeof value === 'string') raw[path] = value;
    }
    return {
      json: saved.json,
      raw,
      origin: typeof saved.origin === 'string' ? saved.origin : undefined,
      savedAt: typeof saved.savedAt === 'string' ? saved.savedAt : '',
    };
  } catch {
    return undefined;
  }
}

export function clearWorking(store: KeyValueStore): void {
  try {
    store.removeItem(WORKING_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

export function saveLang(store: KeyValueStore, lang: Lang): void {
  try {
    store.setItem(LANG_KEY, lang);
  } catch {
    // The choice then lasts for this visit only.
  }
}

export function loadLang(store: KeyValueStore): Lang | undefined {
  try {
    const value = store.getItem(LANG_KEY);
    return value === 'zh' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last edits, newest last. Typing into one field makes many edits in a row; those
 * within `coalesceMs` of each other on the same field undo together, like a text editor.
 */
export class UndoStack<T> {
  private readonly entries: T[] = [];
  private lastKey: string | undefined;
  private lastTime = -Infinity;

  constructor(
    private readonly limit = 100,
    private readonly coalesceMs = 1000,
  ) {}

  /** Records `before`, the state the edit `key` at time `now` (ms) started from. */
  record(before: T, key: string, now: number): void {
    const sameBurst = key === this.lastKey && now - this.lastTime < this.coalesceMs && this.entries.length > 0;
    this.lastKey = key;
    this.lastTime = now;
    if (sameBurst) return;
    this.entries.push(before);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** The state before the last edit, removed from the history; undefined when there is none. */
  undo(): T | undefined {
    this.lastKey = undefined;
    return this.entries.pop();
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries.length = 0;
    this.lastKey = undefined;
  }
}
