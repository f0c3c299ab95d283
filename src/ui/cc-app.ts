/**
 * `<cc-app>`: the planner's page. The element holds the language and the layout; two
 * reactive controllers hold the rest: `working` (the scenario being edited, its undo,
 * autosave, import, export and share links; see working-scenario.ts) and `run` (the run on
 * the worker pool, its progress and partial results; see current-run.ts).
 */
import { z } from 'zod';
import { html, LitElement, nothing } from 'lit';
import { defaultLang, text, type Lang } from '../i18n/i18n.ts';
import { scenarioWarnings } from '../../models/scenario/warnings.ts';
import { MISSIONS } from '../../models/missions/catalogue.ts';
import { describeIssue, type DescribedIssue } from './editor/issues.ts';
import type { EditorView, IdOption } from './editor/view.ts';
import type { CcScenarioEditor } from './editor/cc-scenario-editor.ts';
import type { ActionEvent, ImportFileEvent, RevealFieldEvent, RunRequestEvent, ScenarioEditEvent, ScenarioPickEvent } from './events.ts';
import { appStyles } from './cc-app.styles.ts';
import { CurrentRun } from './current-run.ts';
import { ComparePlanner } from './compare/compare-planner.ts';
import type { CompareEvent } from './compare/cc-compare-panel.ts';
import { isStale, lastAnswer, scenarioDiff } from './compare/scenario-diff.ts';
import { A } from './messages.ts';
import { CALIBRATION_VIEW } from './calibration/view-name.ts';
import type { AdoptDetail, CcCalibrationView } from './calibration/cc-calibration-view.ts';
import { scenarioFileName, scenarioText } from './scenario-file.ts';
import { browserStorage, loadLang, saveLang } from './scenario-store.ts';
import { theme } from './theme.ts';
import { WorkingScenario, type Working } from './working-scenario.ts';
import './cc-run-controls.ts';
import './cc-scenario-library.ts';
import './compare/cc-compare-panel.ts';
import './report/cc-print-report.ts';
import { appPrintStyles } from './report/print-styles.ts';
import './editor/cc-scenario-editor.ts';

// The page's Content Security Policy forbids eval: tell zod not to probe for it.
z.config({ jitless: true });

/** Missions offered for per-mission weights: the catalogue of models/missions/catalogue.ts. */
const MISSION_OPTIONS: readonly IdOption[] = MISSIONS.map((m) => ({ id: m.id, label: m.name }));

const PAGES = ['planner', 'sweep', 'staffing', 'trainer', 'calculator', 'calibration'] as const;
type Page = (typeof PAGES)[number];
const pageOf = (view: string | null): Page => (PAGES as readonly (string | null)[]).includes(view) ? (view as Page) : 'planner';
/** Each view's name in the header. */
const PAGE_NAMES = { planner: A.plannerView, sweep: A.sweepView, staffing: A.staffingView, trainer: A.trainerView, calculator: A.calculatorView, calibration: CALIBRATION_VIEW.name } as const;
/** Loads a view's code when it is first shown. */
function loadPage(page: Page): void {
  if (page === 'trainer') void import('./trainer/cc-trainer.ts');
  if (page === 'calculator') void import('./calculator/cc-erlang-calculator.ts');
  if (page === 'sweep') void import('./sweep/cc-sweep-view.ts');
  if (page === 'staffing') void import('./staffing/cc-staffing.ts');
  if (page === 'calibration') void import('./calibration/cc-calibration-view.ts');
}

export class CcApp extends LitElement {
  static override properties = {
    lang: { state: true },
    page: { state: true },
  };
  static override styles = [theme, appStyles, appPrintStyles];

  /** The page's language: from the header's switch, remembered in the browser. */
  declare lang: Lang;
  /** The planner's page, the trainer's animated floor (`?view=trainer`) the Erlang calculator (`?view=calculator`), the sweeps (`?view=sweep`) or the calibration from a call log (`?view=calibration`). */
  declare page: Page;
  /** The scenario being edited, with its undo history, autosave and ways in and out. */
  readonly working: WorkingScenario;
  /** The latest run on the worker pool: its state, progress and results. */
  readonly run: CurrentRun;
  /** The run pinned as A and the run history (compare/compare-planner.ts). */
  readonly compare: ComparePlanner;
  private readonly stale = lastAnswer(isStale);
  private readonly differences = lastAnswer((a: unknown, b: unknown) => (a === undefined ? [] : scenarioDiff(a, b)));

  /** What the editor reads, rebuilt when the working scenario or the language changes. */
  private view: EditorView | undefined;
  private problems: readonly DescribedIssue[] = [];
  private viewFor: { readonly working: Working; readonly lang: Lang } | undefined;

  constructor() {
    super();
    const storage = browserStorage();
    this.lang = (storage && loadLang(storage)) ?? defaultLang(navigator.languages ?? [navigator.language]);
    this.working = new WorkingScenario(this, { storage, window });
    this.page = pageOf(new URLSearchParams(location.search).get('view'));
    loadPage(this.page);
    this.compare = new ComparePlanner(this);
    this.run = new CurrentRun(this, {
      onFirstResult: (ms) => (this.dataset.firstResultMs = String(Math.round(ms))),
      onFinished: (finished) => void this.compare.record(finished),
      onBreakdown: (breakdown) => (this.dataset.runBreakdown = JSON.stringify(breakdown)),
      onWorkersWarm: (ms) => (this.dataset.workersWarmMs = String(Math.round(ms))),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyLang();
    // The page has no stylesheet of its own (the CSP allows no inline one): drop the body's default margin here.
    document.body.style.margin = '0';
  }

  protected override firstUpdated(): void {
    // The results dashboard (and its d3 chart code) is not needed to edit: load it after the first paint.
    // With it, the fonts of its text (font-primer.ts): its first appearance then has no long layouts.
    setTimeout(() => void import('./dashboard/cc-dashboard.ts').then(() => import('./dashboard/font-primer.ts')).then((fonts) => fonts.primeDashboardText(this.lang)), 0);
  }

  protected override willUpdate(): void {
    const working = this.working.current;
    if (this.viewFor?.working === working && this.viewFor.lang === this.lang) return;
    const issues = this.working.issues;
    this.problems = issues.map((issue) => describeIssue(issue, working.json, this.lang));
    const byPath = new Map<string, DescribedIssue[]>();
    for (const p of this.problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
    this.view = {
      json: working.json,
      raw: working.raw,
      issues: byPath,
      lang: this.lang,
      missions: MISSION_OPTIONS,
      lastValid: this.working.lastValid,
      valid: issues.length === 0,
    };
    this.viewFor = { working, lang: this.lang };
  }

  /** Switches view and keeps the address in step (a link to either view can be shared). */
  private readonly showView = (event: Event): void => {
    const view = pageOf((event.currentTarget as HTMLElement).dataset.view ?? null);
    event.preventDefault();
    loadPage(view);
    const url = new URL(location.href);
    if (view !== 'planner') url.searchParams.set('view', view);
    else url.searchParams.delete('view');
    history.pushState(null, '', url);
    this.page = view;
  };

  private setLang(lang: Lang): void {
    this.lang = lang;
    const storage = browserStorage();
    if (storage) saveLang(storage, lang);
    this.applyLang();
  }

  private applyLang(): void {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = text(A.docTitle, this.lang);
  }

  // ——— Events from the page's components ———

  private readonly handleEdit = (event: ScenarioEditEvent): void => this.working.edit(event.detail);
  private readonly handlePick = (event: ScenarioPickEvent): void => this.working.pick(event.id);
  private readonly handleImport = (event: ImportFileEvent): void => void this.working.importFile(event.file);
  /**
   * The calibration view, made once and kept while the page lives: its imported log, column
   * map, fit and report are still there after a visit to the planner (its workers stop while
   * it is not shown).
   */
  private calibration: CcCalibrationView | undefined;
  private calibrationView(): CcCalibrationView {
    if (!this.calibration) {
      this.calibration = document.createElement('cc-calibration-view');
      this.calibration.addEventListener('calibration-adopt', this.handleAdopt as EventListener);
    }
    return this.calibration;
  }

  /** A scenario fitted on the calibration view becomes the working one as an imported file would (validated, undoable). */
  private readonly handleAdopt = (event: CustomEvent<AdoptDetail>): void => {
    const { json } = event.detail;
    void this.working.importFile(new File([scenarioText(json)], scenarioFileName(json), { type: 'application/json' }));
  };
  private readonly handleRun = (event: RunRequestEvent): void => {
    const plan = this.compare.plan(event.settings);
    void this.run.start(this.working.current.json, plan.settings, plan.versus);
  };
  private readonly handleCompare = (event: CompareEvent): void => void this.compare.act(event.action, event.id, this.run);
  private readonly handleReveal = (event: RevealFieldEvent): void => void this.editor?.reveal(event.path, event.group);

  private readonly handleAction = (event: ActionEvent): void => {
    switch (event.action) {
      case 'undo':
        this.working.undo();
        break;
      case 'export':
        this.working.exportFile();
        break;
      case 'share':
        void this.working.share();
        break;
      case 'cancel':
        this.run.cancel();
        break;
      case 'reset':
        this.working.reset();
        break;
    }
  };

  // ——— Rendering ———

  override render() {
    const lang = this.lang;
    const { working } = this;
    return html`<a class="skip" href="#editor" @click=${this.skipToEditor}>${text(A.skipToEditor, lang)}</a>
      <a class="skip" href="#run" id="skip-to-run" @click=${this.skipToRun}>${text(A.skipToRun, lang)}</a>
      <header>
        <div>
          <h1>${text(A.title, lang)}</h1>
          <p>${text(A.subtitle, lang)}</p>
        </div>
        <nav aria-label=${text(A.views, lang)} style="display:flex;gap:16px;margin-left:auto;margin-right:24px">
          ${PAGES.map(
            (page) =>
              html`<a
                href=${page === 'planner' ? './' : `?view=${page}`}
                data-view=${page}
                id=${`${page}-link`}
                aria-current=${this.page === page ? 'page' : 'false'}
                style=${`color:#fff;font-weight:600;text-underline-offset:4px;text-decoration-thickness:${this.page === page ? '3px' : '1px'}`}
                @click=${this.showView}
                >${text(PAGE_NAMES[page], lang)}</a
              >`,
          )}
        </nav>
        <div class="lang" role="group" aria-label=${text(A.language, lang)}>
          <button type="button" lang="zh-CN" aria-pressed=${lang === 'zh' ? 'true' : 'false'} @click=${() => this.setLang('zh')}>中文</button>
          <button type="button" lang="en" aria-pressed=${lang === 'en' ? 'true' : 'false'} @click=${() => this.setLang('en')}>English</button>
        </div>
      </header>
      ${this.renderPage()}`;
  }

  /** The view the header's links and `?view=` choose. */
  private renderPage() {
    const { lang, working } = this;
    const pool = this.run.sharedPool;
    switch (this.page) {
      case 'trainer':
        return html`<cc-trainer .lang=${lang} .scenarioJson=${working.current.json}></cc-trainer>`;
      case 'calculator':
        return html`<main><cc-erlang-calculator .lang=${lang} .pool=${pool}></cc-erlang-calculator></main>`;
      case 'sweep':
        return html`<main><cc-sweep-view .lang=${lang} .pool=${pool} .scenarioJson=${working.current.json}></cc-sweep-view></main>`;
      case 'staffing':
        return html`<main>
          <cc-staffing
            .lang=${lang}
            .pool=${pool}
            .scenario=${working.issues.length === 0 ? working.lastValid : undefined}
            .scenarioJson=${working.current.json}
            ?canUndo=${working.canUndo}
            @staffing-apply=${(e: CustomEvent<number[]>) => working.edit({ path: 'frontDesk.seats', value: e.detail, structural: true })}
            @staffing-undo=${() => working.undo()}
          ></cc-staffing>
        </main>`;
      case 'calibration': {
        const view = this.calibrationView();
        view.lang = lang;
        view.workingJson = working.current.json;
        return html`<main>${view}</main>`;
      }
      case 'planner':
        return this.renderPlanner();
    }
  }

  private renderPlanner() {
    const lang = this.lang;
    const view = this.view!;
    const { working, run } = this;
    return html`<main
        @cc-edit=${this.handleEdit}
        @cc-pick=${this.handlePick}
        @cc-action=${this.handleAction}
        @cc-run=${this.handleRun}
        @cc-import=${this.handleImport}
        @cc-reveal=${this.handleReveal}
        @cc-compare=${this.handleCompare}
      >
        ${this.renderSaveRefused()} ${this.renderNotice()}
        <section class="card" aria-label=${text(A.library, lang)}>
          <cc-scenario-library
            lang=${lang}
            origin=${working.current.origin}
            ?modified=${working.modified}
            ?canUndo=${working.canUndo}
            ?valid=${view.valid}
            shareUrl=${working.shareUrl}
            ?shareCopied=${working.shareCopied}
          ></cc-scenario-library>
        </section>
        <div class="columns">
          <section class="card" id="editor" tabindex="-1" aria-label=${text(A.working, lang)}>
            <cc-scenario-editor .view=${view} .problems=${this.problems} .warnings=${this.problems.length === 0 && working.lastValid ? scenarioWarnings(working.lastValid) : []}></cc-scenario-editor>
          </section>
          <div class="side results">
            <section class="card">
              <cc-run-controls
                lang=${lang}
                status=${run.status}
                .progress=${run.progress}
                .problemCount=${this.problems.length}
                .scenario=${working.lastValid}
                .wallMs=${run.wallMs}
                .firstResultMs=${run.firstResultMs}
                failure=${run.failure}
              ></cc-run-controls>
            </section>
            <section class="card">
              <cc-compare-panel
                lang=${lang}
                .pinned=${this.compare.pinned}
                ?canPin=${run.status === 'done' && run.summary !== undefined}
                ?busy=${run.busy}
                .differences=${this.differences(this.compare.pinned?.json, working.current.json)}
                .history=${this.compare.history}
                ?historyAvailable=${this.compare.historyAvailable}
              ></cc-compare-panel>
            </section>
            <section class="card report" aria-label=${text(A.results, lang)}>
              <cc-print-report .lang=${lang} .scenario=${run.scenario} .settings=${run.settings} .replicationsDone=${run.replicationsDone} ?ready=${run.summary !== undefined && !run.busy}></cc-print-report>
              ${this.showsDashboard
                ? html`<cc-dashboard ?stale=${!run.busy && this.stale(run.json, working.current.json)} .comparison=${run.comparison} .summary=${run.summary} .scenario=${run.scenario} .replicationsDone=${run.replicationsDone} .replications=${run.replications} ?cancelled=${run.status === 'cancelled'} .lang=${lang}></cc-dashboard>`
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
    return this.run.summary !== undefined || this.run.status === 'running';
  }

  private get editor(): CcScenarioEditor | null {
    return this.renderRoot.querySelector('cc-scenario-editor');
  }

  private readonly skipToEditor = (event: Event): void => {
    event.preventDefault();
    (this.renderRoot.querySelector('#editor') as HTMLElement | null)?.focus();
  };

  private readonly skipToRun = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector('cc-run-controls')?.focusRun();
  };

  /** Stays while the browser refuses to save, whatever else is shown; Export is the way out. */
  private renderSaveRefused() {
    if (!this.working.saveRefused) return nothing;
    return html`<div class="notice warn" id="save-refused" role="alert">
      <p>${text(A.saveRefused, this.lang)}</p>
      <button type="button" @click=${() => this.working.exportFile()}>${text(A.exportFile, this.lang)}</button>
    </div>`;
  }

  private renderNotice() {
    const notice = this.working.notice;
    if (!notice) return nothing;
    const lang = this.lang;
    const rejected = notice.rejected;
    return html`<div class=${`notice ${notice.kind}`} role=${notice.kind === 'error' ? 'alert' : 'status'}>
      <div>
        <p>${text(notice.message, lang)}</p>
        ${rejected?.issues.length
          ? html`<ul>
              ${rejected.issues.map((issue) => {
                const i = describeIssue(issue, rejected.json, lang);
                return html`<li>${i.field}: ${i.allowed}${i.detail ? html` <span class="detail">(${i.detail})</span>` : ''}</li>`;
              })}
            </ul>`
          : nothing}
      </div>
      <button type="button" @click=${() => this.working.dismissNotice()}>${text(A.dismiss, this.lang)}</button>
    </div>`;
  }
}

customElements.define('cc-app', CcApp);

declare global {
  interface HTMLElementTagNameMap {
    'cc-app': CcApp;
  }
}
