/**
 * The page's planning memory, a lit reactive controller: the run pinned as A (while it is
 * pinned, Run compares the working scenario, as B, with it) and the run history kept in
 * IndexedDB (history-store.ts): each finished run is added, and any can be reopened or
 * pinned as A. Without IndexedDB (a private window that refuses it) the history is simply
 * off; comparing still works.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Figures } from '../../../models/replications.ts';
import type { Summary } from '../../engine/summary.ts';
import type { CurrentRun, FinishedRun, Versus } from '../current-run.ts';
import type { RunSettings } from '../events.ts';
import { HistoryStore, type HistoryMeta } from './history-store.ts';

/** The run compared with: its scenario, settings and figures. */
export interface PinnedRun {
  readonly name: string;
  /** When it finished (ms since 1970). */
  readonly at: number;
  readonly json: unknown;
  readonly settings: RunSettings;
  readonly summary: Summary<Figures>;
  readonly replicationsDone: number;
}

export type CompareAction = 'pin-current' | 'unpin' | 'reopen' | 'pin-history' | 'delete' | 'clear';

export interface ComparePlannerOptions {
  /** Opens the history; undefined or a rejection: no history. Tests pass fake-indexeddb. */
  readonly openStore?: () => Promise<HistoryStore>;
  readonly now?: () => number;
}

export class ComparePlanner implements ReactiveController {
  /** The run pinned as A; undefined: Run makes single runs. */
  pinned: PinnedRun | undefined;
  /** The history, newest first (without summaries). */
  history: readonly HistoryMeta[] = [];
  /** False until the store opens, and for good if it cannot. */
  historyAvailable = false;
  /** Why the last history operation failed, if it did. */
  historyError = '';

  private store: Promise<HistoryStore | undefined> | undefined;
  private readonly openStore: (() => Promise<HistoryStore>) | undefined;
  private readonly now: () => number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ComparePlannerOptions = {},
  ) {
    this.openStore = options.openStore ?? (typeof indexedDB === 'undefined' ? undefined : () => HistoryStore.open(indexedDB));
    this.now = options.now ?? Date.now;
    host.addController(this);
  }

  hostConnected(): void {
    void this.ready();
  }

  /** Opens the store once and lists the history. */
  async ready(): Promise<HistoryStore | undefined> {
    this.store ??= (async () => {
      if (!this.openStore) return undefined;
      try {
        const store = await this.openStore();
        this.historyAvailable = true;
        this.history = await store.list();
        return store;
      } catch (error) {
        this.historyError = String(error);
        return undefined;
      } finally {
        this.host.requestUpdate();
      }
    })();
    return this.store;
  }

  /** What Run should do with these settings: while A is pinned, compare with A's seed, replications and days. */
  plan(settings: RunSettings): { settings: RunSettings; versus?: Versus } {
    const a = this.pinned;
    if (!a) return { settings };
    return { settings: a.settings, versus: { json: a.json, label: a.name } };
  }

  /** Pins the results on screen as A (a finished run only). */
  pinCurrent(run: CurrentRun): void {
    if (run.status !== 'done' || !run.summary || !run.scenario || !run.settings) return;
    this.pinned = { name: run.scenario.name, at: this.now(), json: run.json, settings: run.settings, summary: run.summary, replicationsDone: run.replicationsDone };
    this.host.requestUpdate();
  }

  unpin(): void {
    this.pinned = undefined;
    this.host.requestUpdate();
  }

  /** Adds a finished run to the history (the B side of a comparison too). */
  async record(run: FinishedRun): Promise<void> {
    const store = await this.ready();
    if (!store) return;
    await this.guard(async () => {
      await store.add({
        at: this.now(),
        name: run.scenario.name,
        scenarioJson: run.json,
        settings: run.settings,
        replicationsDone: run.replicationsDone,
        summary: run.summary,
        ...(run.comparedWith !== undefined ? { comparedWith: run.comparedWith } : {}),
        serviceLevels: [...run.scenario.lanes]
          .sort((x, y) => x.priority - y.priority)
          .map((lane) => ({ label: lane.label ?? { zh: lane.id, en: lane.id }, mean: (run.summary.byLane as Record<string, { serviceLevel: { mean: number } } | undefined>)[lane.id]?.serviceLevel.mean ?? NaN })),
      });
    });
  }

  /** Carries out an action of the compare panel. */
  async act(action: CompareAction, id: number | undefined, run: CurrentRun): Promise<void> {
    if (action === 'pin-current') return this.pinCurrent(run);
    if (action === 'unpin') return this.unpin();
    const store = await this.ready();
    if (!store) return;
    await this.guard(async () => {
      if (action === 'clear') return store.clear();
      if (id === undefined) return;
      if (action === 'delete') return store.delete(id);
      const entry = await store.get(id);
      if (!entry) return;
      if (action === 'reopen') run.show({ json: entry.scenarioJson, settings: entry.settings, summary: entry.summary, replicationsDone: entry.replicationsDone });
      else this.pinned = { name: entry.name, at: entry.at, json: entry.scenarioJson, settings: entry.settings, summary: entry.summary, replicationsDone: entry.replicationsDone };
    });
  }

  /** Runs a store operation, then lists the history again; a failure is kept to show. */
  private async guard(operation: () => Promise<unknown>): Promise<void> {
    const store = await this.ready();
    try {
      await operation();
      this.historyError = '';
      if (store) this.history = await store.list();
    } catch (error) {
      this.historyError = String(error);
    }
    this.host.requestUpdate();
  }
}
