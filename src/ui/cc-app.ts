/**
 * `<cc-app>`: the planner's page. It owns the working scenario (unknown-typed JSON as
 * edited, the texts kept as typed, the last valid parsed Scenario), its undo history and
 * autosave, and the run: replications go to the worker pool, never the main thread, and
 * partial summaries fill the dashboard as replications finish.
 */
import { z } from 'zod';
import { html, LitElement, nothing } from 'lit';
import { defaultLang, text, type Lang } from '../i18n/i18n.ts';
import { parseScenario, type Scenario, type ScenarioIssue } from '../../models/scenario/scenario.ts';
import type { Summary } from '../engine/summary.ts';
import type { Figures } from '../../models/replications.ts';
import { MISSIONS } from '../../models/missions/catalogue.ts';
import { SimulationPool, type PoolProgress } from '../worker/client.ts';
import { describeIssue, type DescribedIssue } from './editor/issues.ts';
import { dropRawUnder } from './editor/draft.ts';
import { parsePath, setAt, formatPath } from './editor/json-path.ts';
import type { EditorView, IdOption } from './editor/view.ts';
import type { CcScenarioEditor } from './editor/cc-scenario-editor.ts';
import { ActionEvent, ImportFileEvent, RevealFieldEvent, RunRequestEvent, ScenarioEditEvent, ScenarioPickEvent, type RunSettings } from './events.ts';
import { appStyles } from './cc-app.styles.ts';
import { A } from './messages.ts';
import { downloadScenario, readScenarioFile } from './scenario-file.ts';
import { DEFAULT_SCENARIO_ID, LIBRARY, libraryScenario } from './scenario-library.ts';
import { loadLang, loadWorking, saveLang, saveWorking, UndoStack } from './scenario-store.ts';
import { decodeShareParam, encodeShareFragment, shareParam } from './share-link.ts';
import { theme } from './theme.ts';
import type { RunStatus } from './cc-run-controls.ts';
import './cc-run-controls.ts';
import './cc-scenario-library.ts';
import './editor/cc-scenario-editor.ts';

// The page's Content Security Policy forbids eval: tell zod not to probe for it.
z.config({ jitless: true });

interface Working {
  readonly json: unknown;
  readonly raw: Readonly<Record<string, string>>;
  readonly origin: string;
}

interface Notice {
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly issues?: readonly DescribedIssue[];
}

const AUTOSAVE_MS = 400;
/**
 * Partial results reach the dashboard at most this often. Each hand-off redraws the cards
 * and, over the next tasks, every chart; the last results of a run are always shown.
 */
const PARTIAL_INTERVAL_MS = 250;

export class CcApp extends LitElement {
  static override properties = {
    lang: { state: true },
    working: { state: true },
    notice: { state: true },
    status: { state: true },
    progress: { state: true },
    summary: { state: true },
    replicationsDone: { state: true },
    runScenario: { state: true },
    runReplications: { state: true },
    wallMs: { state: true },
    firstResultMs: { state: true },
    failure: { state: true },
    shareUrl: { state: true },
    shareCopied: { state: true },
  };
  static override styles = [theme, appStyles];

  declare lang: Lang;
  declare working: Working;
  declare notice: Notice | undefined;
  declare status: RunStatus;
  declare progress: PoolProgress | undefined;
  declare summary: Summary<Figures> | undefined;
  declare replicationsDone: number;
  declare runScenario: Scenario | undefined;
  declare runReplications: number;
  declare wallMs: number | undefined;
  declare firstResultMs: number | undefined;
  declare failure: string;
  declare shareUrl: string;
  declare shareCopied: boolean;

  private readonly undoStack = new UndoStack<Working>();
  private pool: SimulationPool | undefined;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Derived from `working`: the parse result and the view the editor reads. */
  private issues: readonly ScenarioIssue[] = [];
  private lastValid: Scenario | undefined;
  private problems: DescribedIssue[] = [];
  private view: EditorView | undefined;
  private runId = 0;
  /** The newest partial result not yet shown, and when the last one was. */
  private pendingPartial: { readonly summary: Summary<Figures>; readonly count: number } | undefined;
  private partialTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPartialAt = -Infinity;
  private modifiedFor: { readonly working: Working; readonly modified: boolean } | undefined;

  constructor() {
    super();
    const storage = safeStorage();
    this.lang = (storage && loadLang(storage)) ?? defaultLang(navigator.languages ?? [navigator.language]);
    const saved = storage ? loadWorking(storage) : undefined;
    this.working = saved
      ? { json: saved.json, raw: saved.raw, origin: saved.origin ?? '' }
      : { json: libraryScenario(DEFAULT_SCENARIO_ID), raw: {}, origin: DEFAULT_SCENARIO_ID };
    this.notice = saved ? { kind: 'info', message: text(A.restored, this.lang) } : undefined;
    this.status = 'idle';
    this.progress = undefined;
    this.summary = undefined;
    this.replicationsDone = 0;
    this.runScenario = undefined;
    this.runReplications = 0;
    this.wallMs = undefined;
    this.firstResultMs = undefined;
    this.failure = '';
    this.shareUrl = '';
    this.shareCopied = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleKey);
    window.addEventListener('hashchange', this.handleHash);
    window.addEventListener('pagehide', this.saveNow);
    this.applyLang();
    // The page has no stylesheet of its own (the CSP allows no inline one): drop the body's default margin here.
    document.body.style.margin = '0';
    void this.handleHash();
  }

  protected override firstUpdated(): void {
    // The results dashboard (and its d3 chart code) is not needed to edit: load it after the first paint.
    setTimeout(() => void import('./dashboard/cc-dashboard.ts'), 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.handleKey);
    window.removeEventListener('hashchange', this.handleHash);
    window.removeEventListener('pagehide', this.saveNow);
    this.pool?.dispose();
    this.pool = undefined;
    this.dropPendingPartial();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('working') || changed.has('lang') || !this.view) {
      if (changed.has('working') || !this.view) {
        const parsed = parseScenario(this.working.json);
        this.issues = parsed.ok ? [] : parsed.issues;
        if (parsed.ok) this.lastValid = parsed.scenario;
      }
      const json = this.working.json;
      this.problems = this.issues.map((issue) => describeIssue(issue, json, this.lang));
      const byPath = new Map<string, DescribedIssue[]>();
      for (const p of this.problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
      this.view = {
        json,
        raw: this.working.raw,
        issues: byPath,
        lang: this.lang,
        missions: MISSION_OPTIONS,
        lastValid: this.lastValid,
        valid: this.issues.length === 0,
      };
    }
  }

  // ——— Working scenario ———

  private replaceWorking(next: Working, undoKey: string): void {
    this.undoStack.record(this.working, undoKey, performance.now());
    this.working = next;
    this.scheduleAutosave();
  }

  private readonly handleEdit = (event: ScenarioEditEvent): void => {
    const { path, value, raw, structural } = event.detail;
    let kept = this.working.raw;
    if (structural) {
      const segments = parsePath(path);
      // Removing a list item shifts the items after it: drop kept texts of the whole list.
      const listRemoval = value === undefined && typeof segments[segments.length - 1] === 'number';
      kept = dropRawUnder(kept, listRemoval ? formatPath(segments.slice(0, -1)) : path);
    }
    const nextRaw: Record<string, string> = { ...kept };
    if (raw !== undefined) nextRaw[path] = raw;
    else delete nextRaw[path];
    this.replaceWorking({ json: setAt(this.working.json, path, value), raw: nextRaw, origin: this.working.origin }, path);
    this.shareUrl = '';
  };

  private readonly handlePick = (event: ScenarioPickEvent): void => {
    this.replaceWorking({ json: libraryScenario(event.id), raw: {}, origin: event.id }, `pick:${Date.now()}`);
    this.notice = undefined;
    this.shareUrl = '';
  };

  private undo(): void {
    const previous = this.undoStack.undo();
    if (!previous) return;
    this.working = previous;
    this.scheduleAutosave();
  }

  private scheduleAutosave(): void {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(this.saveNow, AUTOSAVE_MS);
  }

  private readonly saveNow = (): void => {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    const storage = safeStorage();
    if (storage) saveWorking(storage, { json: this.working.json, raw: this.working.raw, origin: this.working.origin || undefined });
  };

  /**
   * Whether the working scenario differs from the library entry it came from. Kept per
   * working scenario: the page re-renders at every progress report of a run, and comparing
   * two scenarios as JSON text each time took milliseconds of each such task.
   */
  private get modified(): boolean {
    if (this.modifiedFor?.working !== this.working) {
      const origin = LIBRARY.find((e) => e.id === this.working.origin);
      this.modifiedFor = { working: this.working, modified: origin ? JSON.stringify(origin.json) !== JSON.stringify(this.working.json) : false };
    }
    return this.modifiedFor.modified;
  }

  // ——— Keyboard, language, share links ———

  private readonly handleKey = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      this.undo();
    }
  };

  private setLang(lang: Lang): void {
    this.lang = lang;
    const storage = safeStorage();
    if (storage) saveLang(storage, lang);
    this.applyLang();
  }

  private applyLang(): void {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = text(A.docTitle, this.lang);
  }

  private readonly handleHash = async (): Promise<void> => {
    const encoded = shareParam(location.hash);
    if (encoded === undefined) return;
    // The link is read once: afterwards the autosave holds the scenario, and a reload keeps edits.
    history.replaceState(null, '', location.pathname + location.search);
    const result = await decodeShareParam(encoded);
    if (result.ok) {
      this.replaceWorking({ json: result.json, raw: {}, origin: 'link' }, `link:${Date.now()}`);
      this.notice = { kind: 'info', message: text(A.linkLoaded, this.lang) };
    } else if (result.reason === 'invalid') {
      this.notice = { kind: 'error', message: text(A.linkInvalid(result.issues.length), this.lang), issues: result.issues.map((i) => describeIssue(i, result.json, this.lang)) };
    } else {
      this.notice = { kind: 'error', message: text(result.reason === 'too-large' ? A.linkTooLarge : A.linkBroken, this.lang) };
    }
  };

  private async share(): Promise<void> {
    const fragment = await encodeShareFragment(this.working.json);
    this.shareUrl = `${location.origin}${location.pathname}#${fragment}`;
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      this.shareCopied = true;
    } catch {
      this.shareCopied = false;
    }
  }

  private async importFile(file: File): Promise<void> {
    const result = await readScenarioFile(file);
    if (result.ok) {
      this.replaceWorking({ json: result.json, raw: {}, origin: 'file' }, `import:${Date.now()}`);
      this.notice = { kind: 'info', message: text(A.imported(file.name), this.lang) };
    } else if (result.reason === 'too-large') {
      this.notice = { kind: 'error', message: text(A.importTooLarge(file.name), this.lang) };
    } else {
      this.notice = {
        kind: 'error',
        message: text(A.importFailed(file.name, result.issues.length), this.lang),
        issues: result.issues.map((i) => describeIssue(i, result.json, this.lang)),
      };
    }
  }

  private readonly handleAction = (event: ActionEvent): void => {
    switch (event.action) {
      case 'undo':
        this.undo();
        break;
      case 'export':
        downloadScenario(this.working.json);
        break;
      case 'share':
        void this.share();
        break;
      case 'cancel':
        this.cancel();
        break;
      case 'reset':
        this.replaceWorking({ json: libraryScenario(DEFAULT_SCENARIO_ID), raw: {}, origin: DEFAULT_SCENARIO_ID }, `reset:${Date.now()}`);
        break;
    }
  };

  // ——— Running ———

  private readonly handleRun = (event: RunRequestEvent): void => {
    void this.run(event.settings);
  };

  private async run(settings: RunSettings): Promise<void> {
    const parsed = parseScenario(this.working.json);
    if (!parsed.ok || this.status === 'running' || this.status === 'starting') return;
    const id = ++this.runId;
    const started = performance.now();
    this.pool ??= new SimulationPool();
    this.status = 'starting';
    this.summary = undefined;
    this.replicationsDone = 0;
    this.runReplications = settings.replications;
    this.runScenario = parsed.scenario;
    this.progress = undefined;
    this.wallMs = undefined;
    this.firstResultMs = undefined;
    this.failure = '';
    this.dropPendingPartial();
    this.lastPartialAt = -Infinity;
    try {
      const outcome = await this.pool.run(
        this.working.json,
        { seed: settings.seed, replications: settings.replications, ...(settings.days !== undefined ? { days: settings.days } : {}) },
        {
          onProgress: (progress) => {
            if (id !== this.runId) return;
            this.progress = progress;
            if (this.status === 'starting') this.status = 'running';
          },
          onPartial: (summary, count) => {
            if (id !== this.runId) return;
            // Shown in a task of its own (not the one that merged the replication into the
            // summary), and at most every PARTIAL_INTERVAL_MS; only the newest is kept.
            this.pendingPartial = { summary, count };
            if (this.partialTimer !== undefined) return;
            const wait = Math.max(0, this.lastPartialAt + PARTIAL_INTERVAL_MS - performance.now());
            this.partialTimer = setTimeout(() => {
              this.partialTimer = undefined;
              const partial = this.pendingPartial;
              this.pendingPartial = undefined;
              if (!partial || id !== this.runId) return;
              this.lastPartialAt = performance.now();
              this.showResults(id, started, partial.summary, partial.count);
            }, wait);
          },
        },
      );
      this.dropPendingPartial();
      if (id !== this.runId) return;
      if (outcome.ok) {
        // The final results replace any partial ones, in a task of their own as well.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (id !== this.runId) return;
        this.showResults(id, started, outcome.summary, outcome.replications);
        this.wallMs = outcome.wallMs;
        this.status = 'done';
      } else if (outcome.cancelled) {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        this.failure = outcome.issues.map((i) => describeRunIssue(i, this.working.json, this.lang)).join('; ');
      }
    } catch (error) {
      this.dropPendingPartial();
      if (id !== this.runId) return;
      this.status = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  /** Hands results to the dashboard; the first of a run is timed once the page has drawn it. */
  private showResults(id: number, started: number, summary: Summary<Figures>, count: number): void {
    this.summary = summary;
    this.replicationsDone = count;
    if (this.firstResultMs !== undefined) return;
    void this.updateComplete.then(() => {
      if (id === this.runId && this.firstResultMs === undefined) {
        this.firstResultMs = performance.now() - started;
        this.dataset.firstResultMs = String(Math.round(this.firstResultMs));
      }
    });
  }

  private dropPendingPartial(): void {
    clearTimeout(this.partialTimer);
    this.partialTimer = undefined;
    this.pendingPartial = undefined;
  }

  private cancel(): void {
    if (this.status !== 'running' && this.status !== 'starting') return;
    this.dropPendingPartial();
    this.runId++;
    this.pool?.cancel();
    this.status = 'cancelled';
  }

  // ——— Rendering ———

  override render() {
    const lang = this.lang;
    const view = this.view!;
    return html`<a class="skip" href="#editor" @click=${this.skipToEditor}>${text(A.skipToEditor, lang)}</a>
      <header>
        <div>
          <h1>${text(A.title, lang)}</h1>
          <p>${text(A.subtitle, lang)}</p>
        </div>
        <div class="lang" role="group" aria-label=${text(A.language, lang)}>
          <button type="button" lang="zh-CN" aria-pressed=${lang === 'zh' ? 'true' : 'false'} @click=${() => this.setLang('zh')}>中文</button>
          <button type="button" lang="en" aria-pressed=${lang === 'en' ? 'true' : 'false'} @click=${() => this.setLang('en')}>English</button>
        </div>
      </header>
      <main
        @cc-edit=${this.handleEdit}
        @cc-pick=${this.handlePick}
        @cc-action=${this.handleAction}
        @cc-run=${this.handleRun}
        @cc-import=${(e: ImportFileEvent) => void this.importFile(e.file)}
        @cc-reveal=${(e: RevealFieldEvent) => void this.editor?.reveal(e.path, e.group)}
      >
        ${this.renderNotice()}
        <section class="card" aria-label=${text(A.library, lang)}>
          <cc-scenario-library
            lang=${lang}
            origin=${this.working.origin}
            ?modified=${this.modified}
            ?canUndo=${this.undoStack.size > 0}
            ?valid=${view.valid}
            shareUrl=${this.shareUrl}
            ?shareCopied=${this.shareCopied}
          ></cc-scenario-library>
        </section>
        <div class="columns">
          <section class="card" id="editor" tabindex="-1" aria-label=${text(A.working, lang)}>
            <cc-scenario-editor .view=${view} .problems=${this.problems}></cc-scenario-editor>
          </section>
          <div class="side results">
            <section class="card">
              <cc-run-controls
                lang=${lang}
                status=${this.status}
                .progress=${this.progress}
                .problemCount=${this.problems.length}
                .scenarioDays=${this.lastValid?.run.days}
                .wallMs=${this.wallMs}
                .firstResultMs=${this.firstResultMs}
                failure=${this.failure}
              ></cc-run-controls>
            </section>
            <section class="card" aria-label=${text(A.results, lang)}>
              ${this.showsDashboard
                ? html`<cc-dashboard .summary=${this.summary} .scenario=${this.runScenario} .replicationsDone=${this.replicationsDone} .replications=${this.runReplications} .lang=${lang}></cc-dashboard>`
                : html`<h2>${text(A.results, lang)}</h2>
                    <p class="help">${text(A.noResults, lang)}</p>`}
            </section>
          </div>
        </div>
      </main>`;
  }

  /**
   * The dashboard comes up once the workers run, with empty chart frames drawn one at a
   * time; the first results then fill it in rather than create and lay out all of it in
   * the same moment.
   */
  private get showsDashboard(): boolean {
    return this.summary !== undefined || this.status === 'running';
  }

  private get editor(): CcScenarioEditor | null {
    return this.renderRoot.querySelector('cc-scenario-editor');
  }

  private readonly skipToEditor = (event: Event): void => {
    event.preventDefault();
    (this.renderRoot.querySelector('#editor') as HTMLElement | null)?.focus();
  };

  private renderNotice() {
    const notice = this.notice;
    if (!notice) return nothing;
    return html`<div class=${`notice ${notice.kind}`} role=${notice.kind === 'error' ? 'alert' : 'status'}>
      <div>
        <p>${notice.message}</p>
        ${notice.issues?.length
          ? html`<ul>
              ${notice.issues.map((i) => html`<li>${i.field}: ${i.allowed} <span class="detail">(${i.detail})</span></li>`)}
            </ul>`
          : nothing}
      </div>
      <button type="button" @click=${() => (this.notice = undefined)}>${text(A.dismiss, this.lang)}</button>
    </div>`;
  }
}

/** Run-option issues (`options.seed`) from the pool, in the planner's language. */
function describeRunIssue(issue: ScenarioIssue, json: unknown, lang: Lang): string {
  if (issue.path.startsWith('options.')) return `${text(A.runOptionsInvalid, lang)}: ${issue.path.slice(8)} — ${issue.message}, ${issue.found}`;
  const d = describeIssue(issue, json, lang);
  return `${d.field}: ${d.allowed}`;
}

/** Missions offered for per-mission weights: the catalogue of models/missions/catalogue.ts. */
const MISSION_OPTIONS: readonly IdOption[] = MISSIONS.map((m) => ({ id: m.id, label: m.name }));

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

customElements.define('cc-app', CcApp);

declare global {
  interface HTMLElementTagNameMap {
    'cc-app': CcApp;
  }
}
