/**
 * The working scenario, the document of `<cc-app>`: the JSON as edited (valid or not), the
 * texts kept as typed, where it came from, its undo history (Ctrl+Z) and its autosave, and
 * the ways a scenario comes in or goes out: a bundled one, a file, a share link, an export.
 * A lit reactive controller: every change asks the host to render again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bilingual } from '../i18n/i18n.ts';
import { parseScenario, type Scenario, type ScenarioIssue } from '../../models/scenario/scenario.ts';
import { dropRawUnder } from './editor/draft.ts';
import { formatPath, parsePath, setAt } from './editor/json-path.ts';
import type { EditDetail } from './events.ts';
import { A } from './messages.ts';
import { downloadScenario, readScenarioFile } from './scenario-file.ts';
import { DEFAULT_SCENARIO_ID, LIBRARY, libraryScenario } from './scenario-library.ts';
import { loadWorking, saveWorking, UndoStack, type KeyValueStore } from './scenario-store.ts';
import { decodeShareParam, encodeShareFragment, shareParam } from './share-link.ts';

/** One version of the working scenario; each edit makes a new one (undo keeps the old). */
export interface Working {
  /** The scenario JSON as edited, valid or not. */
  readonly json: unknown;
  /** Text the planner typed that the JSON cannot hold as typed ("20." or "1e3"), by path. */
  readonly raw: Readonly<Record<string, string>>;
  /** The library id it came from, `file`, `link`, or '' when unknown. */
  readonly origin: string;
}

/** A message about the document (restored, imported, a broken link…), until dismissed. */
export interface Notice {
  readonly kind: 'info' | 'error';
  /** In both languages: the page shows it in the one chosen, even after a switch. */
  readonly message: Bilingual;
  /** The problems of a file or link that was turned down, and the JSON they are in. */
  readonly rejected?: { readonly issues: readonly ScenarioIssue[]; readonly json: unknown };
}

/** What the document uses of the browser window; the page passes `window`, tests a stand-in. */
export interface PageWindow extends Pick<EventTarget, 'addEventListener' | 'removeEventListener'> {
  readonly location: Pick<Location, 'hash' | 'origin' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState'>;
  readonly navigator: { readonly clipboard?: Pick<Clipboard, 'writeText'> };
}

export interface WorkingScenarioOptions {
  /** Where autosave writes; undefined when the browser offers no storage at all. */
  readonly storage: KeyValueStore | undefined;
  /** Heard for Ctrl+Z (keydown), share links (hashchange) and leaving the page (pagehide). */
  readonly window: PageWindow;
  /** Quiet time after the last edit before it is saved. */
  readonly autosaveMs?: number;
}

const AUTOSAVE_MS = 400;

export class WorkingScenario implements ReactiveController {
  /** The version being edited. */
  current: Working;
  /** The latest message about the document, if any. */
  notice: Notice | undefined;
  /** The last share link made, '' when none (or the scenario changed since). */
  shareUrl = '';
  /** Whether `shareUrl` is on the clipboard too. */
  shareCopied = false;
  /** The browser refused the last save: edits live in this tab only. Cleared by a save that works. */
  saveRefused = false;

  private readonly host: ReactiveControllerHost;
  private readonly storage: KeyValueStore | undefined;
  private readonly window: PageWindow;
  private readonly autosaveMs: number;
  private readonly history = new UndoStack<Working>();
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Parsed once per version: the page re-renders at every progress report of a run. */
  private checked: { readonly working: Working; readonly issues: readonly ScenarioIssue[] } | undefined;
  private lastValidScenario: Scenario | undefined;
  private modifiedFor: { readonly working: Working; readonly modified: boolean } | undefined;

  constructor(host: ReactiveControllerHost, options: WorkingScenarioOptions) {
    this.host = host;
    this.storage = options.storage;
    this.window = options.window;
    this.autosaveMs = options.autosaveMs ?? AUTOSAVE_MS;
    const saved = this.storage ? loadWorking(this.storage) : undefined;
    this.current = saved ? { json: saved.json, raw: saved.raw, origin: saved.origin ?? '' } : bundled(DEFAULT_SCENARIO_ID);
    this.notice = saved ? { kind: 'info', message: A.restored } : undefined;
    host.addController(this);
  }

  hostConnected(): void {
    this.window.addEventListener('keydown', this.handleKey);
    this.window.addEventListener('hashchange', this.openShareLink);
    this.window.addEventListener('pagehide', this.saveNow);
    void this.openShareLink();
  }

  hostDisconnected(): void {
    this.window.removeEventListener('keydown', this.handleKey);
    this.window.removeEventListener('hashchange', this.openShareLink);
    this.window.removeEventListener('pagehide', this.saveNow);
  }

  /** The problems of the current version; empty when it is a valid scenario. */
  get issues(): readonly ScenarioIssue[] {
    if (this.checked?.working !== this.current) {
      const parsed = parseScenario(this.current.json);
      if (parsed.ok) this.lastValidScenario = parsed.scenario;
      this.checked = { working: this.current, issues: parsed.ok ? [] : parsed.issues };
    }
    return this.checked.issues;
  }

  /** The newest version that was valid, kept while later edits have errors (for previews). */
  get lastValid(): Scenario | undefined {
    void this.issues;
    return this.lastValidScenario;
  }

  /** Whether the current version differs from the bundled scenario it came from. */
  get modified(): boolean {
    if (this.modifiedFor?.working !== this.current) {
      const origin = LIBRARY.find((e) => e.id === this.current.origin);
      this.modifiedFor = { working: this.current, modified: origin ? JSON.stringify(origin.json) !== JSON.stringify(this.current.json) : false };
    }
    return this.modifiedFor.modified;
  }

  /** Whether there is an edit to undo. */
  get canUndo(): boolean {
    return this.history.size > 0;
  }

  /** Applies one field's change from the editor. */
  edit({ path, value, raw, structural }: EditDetail): void {
    let kept = this.current.raw;
    if (structural) {
      const segments = parsePath(path);
      // Removing a list item shifts the items after it: drop kept texts of the whole list.
      const listRemoval = value === undefined && typeof segments[segments.length - 1] === 'number';
      kept = dropRawUnder(kept, listRemoval ? formatPath(segments.slice(0, -1)) : path);
    }
    const nextRaw: Record<string, string> = { ...kept };
    if (raw !== undefined) nextRaw[path] = raw;
    else delete nextRaw[path];
    this.shareUrl = '';
    this.replace({ json: setAt(this.current.json, path, value), raw: nextRaw, origin: this.current.origin }, path);
  }

  /** Starts again from a bundled scenario. */
  pick(id: string): void {
    this.notice = undefined;
    this.shareUrl = '';
    this.replace(bundled(id), `pick:${Date.now()}`);
  }

  /** Starts again from the default bundled scenario. */
  reset(): void {
    this.replace(bundled(DEFAULT_SCENARIO_ID), `reset:${Date.now()}`);
  }

  /** Brings back the version before the last edit, if any. */
  undo(): void {
    const previous = this.history.undo();
    if (!previous) return;
    this.current = previous;
    this.changed();
  }

  /** Hides the notice (the Dismiss button). */
  dismissNotice(): void {
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** Downloads the current version as a JSON file. */
  exportFile(): void {
    downloadScenario(this.current.json);
  }

  /** Replaces the scenario with a file's, if it is a valid scenario; says what happened. */
  async importFile(file: File): Promise<void> {
    const result = await readScenarioFile(file);
    if (result.ok) {
      this.notice = { kind: 'info', message: A.imported(file.name) };
      this.replace({ json: result.json, raw: {}, origin: 'file' }, `import:${Date.now()}`);
      return;
    }
    this.notice =
      result.reason === 'too-large'
        ? { kind: 'error', message: A.importTooLarge(file.name) }
        : { kind: 'error', message: A.importFailed(file.name, result.issues.length), rejected: result };
    this.host.requestUpdate();
  }

  /** Makes a link that carries the whole scenario, and copies it when the browser allows. */
  async share(): Promise<void> {
    const fragment = await encodeShareFragment(this.current.json);
    const { origin, pathname } = this.window.location;
    this.shareUrl = `${origin}${pathname}#${fragment}`;
    try {
      if (!this.window.navigator.clipboard) throw new Error('no clipboard');
      await this.window.navigator.clipboard.writeText(this.shareUrl);
      this.shareCopied = true;
    } catch {
      this.shareCopied = false;
    }
    this.host.requestUpdate();
  }

  /** Opens the scenario in the page's share link (`#scenario=…`), if it has one. */
  readonly openShareLink = async (): Promise<void> => {
    const { location, history } = this.window;
    const encoded = shareParam(location.hash);
    if (encoded === undefined) return;
    // The link is read once: afterwards the autosave holds the scenario, and a reload keeps edits.
    history.replaceState(null, '', location.pathname + location.search);
    const result = await decodeShareParam(encoded);
    if (result.ok) {
      this.notice = { kind: 'info', message: A.linkLoaded };
      this.replace({ json: result.json, raw: {}, origin: 'link' }, `link:${Date.now()}`);
      return;
    }
    this.notice =
      result.reason === 'invalid'
        ? { kind: 'error', message: A.linkInvalid(result.issues.length), rejected: result }
        : { kind: 'error', message: result.reason === 'too-large' ? A.linkTooLarge : A.linkBroken };
    this.host.requestUpdate();
  };

  /** Saves the current version at once (the autosave, and as the page is left). */
  readonly saveNow = (): void => {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    const saved = this.storage !== undefined && saveWorking(this.storage, { json: this.current.json, raw: this.current.raw, origin: this.current.origin || undefined });
    const refused = !saved;
    if (refused === this.saveRefused) return;
    this.saveRefused = refused;
    this.host.requestUpdate();
  };

  private readonly handleKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    if ((key.ctrlKey || key.metaKey) && !key.shiftKey && !key.altKey && key.key?.toLowerCase() === 'z') {
      event.preventDefault();
      this.undo();
    }
  };

  private replace(next: Working, undoKey: string): void {
    this.history.record(this.current, undoKey, performance.now());
    this.current = next;
    this.changed();
  }

  private changed(): void {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(this.saveNow, this.autosaveMs);
    this.host.requestUpdate();
  }
}

function bundled(id: string): Working {
  return { json: libraryScenario(id), raw: {}, origin: id };
}
