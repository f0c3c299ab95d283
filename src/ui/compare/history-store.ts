/**
 * The run history in IndexedDB, used directly (no wrapper library: four small requests,
 * and the page's bundle stays as it is). Two object stores with the same auto-increment
 * key: `runs` holds what the list shows (name, time, seed, settings), `summaries` the
 * figures (with their time series, the larger part), read only when a run is reopened or
 * pinned. Keys grow with each run, so the newest are the highest; after each add the oldest
 * beyond the cap are deleted.
 */
import type { Figures } from '../../../models/replications.ts';
import type { Summary } from '../../engine/summary.ts';
import type { Bilingual } from '../../i18n/i18n.ts';

/** Runs kept: the newest this many. */
export const HISTORY_CAP = 30;
const DB_NAME = 'cc12308-history';
const DB_VERSION = 1;

export interface RunSettingsRecord {
  readonly seed: number;
  readonly replications: number;
  /** Undefined: the scenario's own `run.days`. */
  readonly days: number | undefined;
}

/** One finished run as listed. */
export interface HistoryMeta {
  readonly id: number;
  /** When it finished (ms since 1970). */
  readonly at: number;
  readonly name: string;
  /** The scenario JSON as run. */
  readonly scenarioJson: unknown;
  readonly settings: RunSettingsRecord;
  /** Replications the summary covers. */
  readonly replicationsDone: number;
  /** Set for the B side of a comparison: the name of the A it was compared with. */
  readonly comparedWith?: string;
  /** Service level per lane (by priority), to tell runs apart in the list. */
  readonly serviceLevels?: readonly { readonly label: Bilingual; readonly mean: number }[];
}

export interface HistoryEntry extends HistoryMeta {
  readonly summary: Summary<Figures>;
}

export type NewHistoryEntry = Omit<HistoryEntry, 'id'>;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('history: transaction aborted'));
  });
}

export class HistoryStore {
  private constructor(
    private readonly db: IDBDatabase,
    readonly cap: number,
  ) {}

  /** Opens (creating if need be) the history database. */
  static async open(factory: IDBFactory, options: { name?: string; cap?: number } = {}): Promise<HistoryStore> {
    const open = factory.open(options.name ?? DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('runs')) db.createObjectStore('runs', { keyPath: 'id', autoIncrement: true });
      if (!db.objectStoreNames.contains('summaries')) db.createObjectStore('summaries');
    };
    return new HistoryStore(await request(open), options.cap ?? HISTORY_CAP);
  }

  /** Adds a run and drops the oldest beyond the cap; resolves with the run as listed. */
  async add(entry: NewHistoryEntry): Promise<HistoryMeta> {
    const { summary, ...meta } = entry;
    const tx = this.db.transaction(['runs', 'summaries'], 'readwrite');
    const runs = tx.objectStore('runs');
    const summaries = tx.objectStore('summaries');
    const id = (await request(runs.add(meta))) as number;
    summaries.put(summary, id);
    const keys = (await request(runs.getAllKeys())) as number[];
    const excess = keys.length - this.cap;
    for (const key of keys.slice(0, Math.max(0, excess))) {
      runs.delete(key);
      summaries.delete(key);
    }
    await done(tx);
    return { ...meta, id };
  }

  /** Every run kept, newest first, without summaries. */
  async list(): Promise<HistoryMeta[]> {
    const tx = this.db.transaction('runs', 'readonly');
    const all = (await request(tx.objectStore('runs').getAll())) as HistoryMeta[];
    return all.reverse();
  }

  /** A run with its summary; undefined if it is not kept (deleted, or dropped by the cap). */
  async get(id: number): Promise<HistoryEntry | undefined> {
    const tx = this.db.transaction(['runs', 'summaries'], 'readonly');
    const [meta, summary] = await Promise.all([
      request(tx.objectStore('runs').get(id)) as Promise<HistoryMeta | undefined>,
      request(tx.objectStore('summaries').get(id)) as Promise<Summary<Figures> | undefined>,
    ]);
    return meta && summary ? { ...meta, summary } : undefined;
  }

  async delete(id: number): Promise<void> {
    const tx = this.db.transaction(['runs', 'summaries'], 'readwrite');
    tx.objectStore('runs').delete(id);
    tx.objectStore('summaries').delete(id);
    await done(tx);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(['runs', 'summaries'], 'readwrite');
    tx.objectStore('runs').clear();
    tx.objectStore('summaries').clear();
    await done(tx);
  }

  close(): void {
    this.db.close();
  }
}
