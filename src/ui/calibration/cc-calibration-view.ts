/**
 * `<cc-calibration-view>` (`?view=calibration`): a scenario from a call log. Import a CSV
 * (file picker or drop; size-capped; read in this browser only), see its header and first
 * rows, map its columns (guessed; saved and loaded as `--columns` JSON), fit it in a worker
 * with progress and Cancel, see the fit (fit-sections.ts), make the fitted scenario the
 * planner's working scenario or export it, and run the calibration report on the
 * calibration workers (report-section.ts), printable.
 *
 * @fires calibration-adopt - `CustomEvent<{json, name}>`: make this scenario the working one.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import type { CallLogColumn } from '../../calibration/call-log.ts';
import { parseScenario } from '../../../models/scenario/scenario.ts';
import { scenarioName } from '../../../models/scenario/scenario-text.ts';
import { downloadScenario } from '../scenario-file.ts';
import { LIBRARY, libraryScenario } from '../scenario-library.ts';
import { theme, visuallyHidden } from '../theme.ts';
import type { FitDone, FitFailed } from './calibration-api.ts';
import { CalibrationPool, type CalibrationRunner } from './calibration-client.ts';
import { calibrationStyles } from './calibration-styles.ts';
import { columnMapText, loadColumnMap, selectionProblems, type ColumnSelection, type Preview } from './column-map.ts';
import { renderColumnMap, renderPreview } from './map-card.ts';
import { failureMessage, importLog, MAX_MB, PREVIEW_BYTES, reportInputs, sizeProblem } from './view-state.ts';
import { BLOCKS_PER_TYPE, renderDurations, renderMix, renderNotes, renderRedials, renderRows, renderVolume } from './fit-sections.ts';
import { C } from './messages.ts';
import { renderReportCharts, renderReportTable } from './report-section.ts';
import { reportData, type ReportData } from './report-figures.ts';

const DEFAULT_REPLICATIONS = '5';
const DEFAULT_SEED = '12308';

type FitStatus = 'idle' | 'fitting' | 'done' | 'failed' | 'cancelled';
type ReportStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface AdoptDetail {
  readonly json: Record<string, unknown>;
  readonly name: string;
}

export class CcCalibrationView extends LitElement {
  static override properties = {
    lang: {},
    workingJson: { attribute: false },
    runner: { attribute: false },
    file: { state: true },
    preview: { state: true },
    selection: { state: true },
    importMessage: { state: true },
    mapMessage: { state: true },
    base: { state: true },
    fitStatus: { state: true },
    elapsedMs: { state: true },
    fit: { state: true },
    failure: { state: true },
    adopted: { state: true },
    replicationsText: { state: true },
    seedText: { state: true },
    reportStatus: { state: true },
    reportDone: { state: true },
    report: { state: true },
    reportMessage: { state: true },
    dragging: { state: true },
    showProblems: { state: true },
    shown: { state: true },
  };
  static override styles = [theme, visuallyHidden, calibrationStyles];

  declare lang: Lang;
  /** The planner's working scenario (JSON as edited), offered as the base of the fit. */
  declare workingJson: unknown;
  /** The workers; created on first use unless given (tests give a fake). */
  declare runner: CalibrationRunner | undefined;
  declare file: File | undefined;
  declare preview: Preview | undefined;
  declare selection: ColumnSelection | undefined;
  /** Why the last file was turned down (the previous file stays). */
  declare importMessage: Bilingual | undefined;
  declare mapMessage: { kind: 'info' | 'error'; message: Bilingual; detail?: string } | undefined;
  /** The base scenario: 'working' (the default, while it is valid) or a bundled scenario's id. */
  declare base: string;
  declare fitStatus: FitStatus;
  declare elapsedMs: number;
  declare fit: FitDone | undefined;
  declare failure: FitFailed | undefined;
  declare adopted: boolean;
  declare replicationsText: string;
  declare seedText: string;
  declare reportStatus: ReportStatus;
  declare reportDone: number;
  declare report: ReportData | undefined;
  declare reportMessage: Bilingual | undefined;
  declare dragging: boolean;
  declare showProblems: boolean;
  /** Parts of the fit drawn so far: they are added one a frame, so that no main-thread task draws them all. */
  declare shown: number;

  private ownRunner = false;
  /** A part of the fit is due to be drawn in the next frame. */
  private partScheduled = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private focusAfter: string | undefined;

  constructor() {
    super();
    this.lang = 'zh';
    this.workingJson = undefined;
    this.runner = undefined;
    this.file = undefined;
    this.preview = undefined;
    this.selection = undefined;
    this.importMessage = undefined;
    this.mapMessage = undefined;
    this.base = 'working';
    this.fitStatus = 'idle';
    this.elapsedMs = 0;
    this.fit = undefined;
    this.failure = undefined;
    this.adopted = false;
    this.replicationsText = DEFAULT_REPLICATIONS;
    this.seedText = DEFAULT_SEED;
    this.reportStatus = 'idle';
    this.reportDone = 0;
    this.report = undefined;
    this.reportMessage = undefined;
    this.dragging = false;
    this.showProblems = false;
    this.shown = 0;
    // A file dropped anywhere on the view is imported (not opened by the browser in place of the page).
    this.addEventListener('dragover', this.handleDragOver);
    this.addEventListener('dragleave', this.handleDragLeave);
    this.addEventListener('drop', this.handleDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    if (this.ownRunner) {
      this.runner?.dispose();
      this.runner = undefined;
      this.ownRunner = false;
    }
  }

  /** The fit's parts: rows, volume, mix, three per call type (talk, after-call work, patience), then redials and notes. */
  private get fitParts(): number {
    return 3 + BLOCKS_PER_TYPE * (this.fit?.report.fit.callTypes.length ?? 0) + 1;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The planner's working scenario is the natural base; while it has errors, the bundled baseline.
    if (changed.has('workingJson') && this.base === 'working' && !parseScenario(this.workingJson).ok) this.base = 'baseline';
  }

  protected override updated(_changed: PropertyValues): void {
    if (this.fit && this.fitStatus === 'done' && this.shown < this.fitParts && !this.partScheduled) {
      const fit = this.fit;
      this.partScheduled = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.partScheduled = false;
          if (this.fit !== fit) return;
          this.shown++;
          performance.mark(`calibration:part-${this.shown}`);
        }),
      );
    }
    if (this.focusAfter) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      target?.focus();
    }
  }

  private get workers(): CalibrationRunner {
    if (!this.runner) {
      this.runner = new CalibrationPool();
      this.ownRunner = true;
    }
    return this.runner;
  }

  // ——— Import ———

  /** Reads the start of a file for its preview; a file that cannot be a call log is turned down and the previous one kept. */
  async openFile(file: File): Promise<void> {
    const refuse = (message: Bilingual) => {
      this.importMessage = message;
      this.focusAfter = '#import-message';
    };
    const tooLarge = sizeProblem(file.name, file.size);
    if (tooLarge) return refuse(tooLarge);
    let start: string;
    try {
      start = await file.slice(0, PREVIEW_BYTES).text();
    } catch {
      return refuse(C.unreadable(file.name));
    }
    const previous = this.preview && this.selection ? { preview: this.preview, selection: this.selection } : undefined;
    const decision = importLog(file.name, file.size, start, previous);
    if (!decision.ok) return refuse(decision.message);
    // A fit or report of the previous file is of no use now.
    if (this.fitStatus === 'fitting' || this.reportStatus === 'running') this.runner?.cancel();
    this.importMessage = undefined;
    this.mapMessage = undefined;
    this.file = file;
    this.preview = decision.log.preview;
    this.selection = decision.log.selection;
    this.showProblems = false;
    this.fit = undefined;
    this.failure = undefined;
    this.fitStatus = 'idle';
    this.report = undefined;
    this.reportStatus = 'idle';
    this.adopted = false;
    this.focusAfter = '#preview-title';
  }

  private readonly handlePick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.openFile(file);
  };

  private readonly handleDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly handleDragLeave = (event: DragEvent): void => {
    if (!(event.relatedTarget instanceof Node) || !this.contains(event.relatedTarget)) this.dragging = false;
  };

  private readonly handleDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  };

  // ——— Column map ———

  private choose(column: CallLogColumn, header: string): void {
    this.selection = { ...this.selection!, [column]: header };
  }

  private readonly saveMap = (): void => {
    const url = URL.createObjectURL(new Blob([columnMapText(this.selection!)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'column-map.json';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  private readonly handleLoadMap = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.preview || !this.selection) return;
    const loaded = file.size > 64 * 1024 ? ({ ok: false, problems: ['larger than 64 kB'] } as const) : loadColumnMap(await file.text(), this.preview.header, this.selection);
    if (!loaded.ok) {
      this.mapMessage = { kind: 'error', message: C.mapRefused(file.name), detail: loaded.problems.join('; ') };
    } else {
      this.selection = loaded.selection;
      this.mapMessage = loaded.unknownHeaders.length > 0 ? { kind: 'info', message: C.mapLoaded(file.name), detail: text(C.mapUnknown(loaded.unknownHeaders.join(', ')), this.lang) } : { kind: 'info', message: C.mapLoaded(file.name) };
    }
    this.focusAfter = '#map-message';
  };

  // ——— Fit ———

  private baseJson(): Record<string, unknown> | undefined {
    if (this.base !== 'working') return libraryScenario(this.base) as Record<string, unknown>;
    return parseScenario(this.workingJson).ok ? (structuredClone(this.workingJson) as Record<string, unknown>) : undefined;
  }

  private readonly startFit = async (): Promise<void> => {
    if (!this.file || !this.selection) return;
    const problems = selectionProblems(this.selection);
    if (problems.length > 0) {
      this.showProblems = true;
      this.focusAfter = `#map-${problems[0]!.column}`;
      return;
    }
    const base = this.baseJson();
    if (!base) {
      this.focusAfter = '#base';
      return;
    }
    this.fitStatus = 'fitting';
    this.fit = undefined;
    this.failure = undefined;
    this.report = undefined;
    this.reportStatus = 'idle';
    this.adopted = false;
    this.startedAt = performance.now();
    this.elapsedMs = 0;
    this.timer = setInterval(() => (this.elapsedMs = performance.now() - this.startedAt), 250);
    this.focusAfter = '#fit-cancel';
    const file = this.file;
    try {
      const outcome = await this.workers.fit(file, { selection: this.selection, base, source: file.name });
      // Another file was opened meanwhile: this fit is not its.
      if (this.file !== file) return;
      this.elapsedMs = performance.now() - this.startedAt;
      if (outcome === 'cancelled') {
        this.fitStatus = 'cancelled';
        this.focusAfter = '#fit';
      } else if (outcome.ok) {
        performance.mark('calibration:fit-received');
        this.fit = outcome;
        this.shown = 1;
        this.fitStatus = 'done';
        this.focusAfter = '#fit-title';
      } else {
        this.failure = outcome;
        this.fitStatus = 'failed';
        this.focusAfter = '#fit-failure';
      }
    } catch (error) {
      this.failure = { ok: false, kind: 'error', reason: (error as Error).message, rows: undefined };
      this.fitStatus = 'failed';
      this.focusAfter = '#fit-failure';
    } finally {
      clearInterval(this.timer);
    }
  };

  private readonly cancel = (): void => this.runner?.cancel();

  // ——— The fitted scenario ———

  private readonly adopt = (): void => {
    const fit = this.fit!;
    this.dispatchEvent(new CustomEvent<AdoptDetail>('calibration-adopt', { detail: { json: fit.json, name: scenarioName(fit.json as never, this.lang) }, bubbles: true, composed: true }));
    this.adopted = true;
    this.focusAfter = '#adopted';
  };

  private readonly exportScenario = (): void => downloadScenario(this.fit!.json);

  // ——— Report ———

  private get reportProblems(): { replications?: Bilingual; seed?: Bilingual } {
    return reportInputs(this.replicationsText, this.seedText).problems;
  }

  private readonly runReport = async (): Promise<void> => {
    const fit = this.fit;
    if (!fit) return;
    const { replications, seed, problems } = reportInputs(this.replicationsText, this.seedText);
    if (replications === undefined || seed === undefined) {
      this.focusAfter = problems.replications ? '#replications' : '#seed';
      return;
    }
    this.reportStatus = 'running';
    this.reportDone = 0;
    this.reportMessage = undefined;
    this.focusAfter = '#report-cancel';
    const started = performance.now();
    try {
      const results = await this.workers.report(fit.json, { seed, replications }, (done) => (this.reportDone = done));
      // Another file or fit came meanwhile: this report is not its.
      if (this.fit !== fit) return;
      if (results === 'cancelled') {
        this.reportStatus = 'cancelled';
        this.reportMessage = C.reportCancelled;
        this.focusAfter = '#run-report';
        return;
      }
      this.report = reportData(fit.observed, results, { seed, days: fit.days });
      this.reportStatus = 'done';
      this.reportMessage = C.reportDone(replications, ((performance.now() - started) / 1000).toFixed(1));
      this.focusAfter = '#report-title';
    } catch (error) {
      this.reportStatus = 'failed';
      this.reportMessage = C.reportFailed((error as Error).message);
      this.focusAfter = '#report-status';
    }
  };

  // ——— Rendering ———

  override render() {
    const lang = this.lang;
    return html`<section class="card screen-only" aria-labelledby="calibration-title">
        <h2 id="calibration-title">${text(C.title, lang)}</h2>
        <p>${text(C.intro, lang)}</p>
        <p class="privacy" id="privacy">${text(C.privacy, lang)}</p>
        <div class=${`drop ${this.dragging ? 'over' : ''}`} id="drop">
          <input type="file" id="log-file" accept=".csv,text/csv,text/plain" @change=${this.handlePick} />
          <label for="log-file" class="button">${text(C.chooseFile, lang)}</label>
          <span>${text(C.dropHere, lang)}</span>
          <span class="help">${text(C.sizeCap(MAX_MB), lang)}</span>
        </div>
        <p class="help">${text(C.example, lang)}</p>
        ${this.importMessage
          ? html`<div class="alert" id="import-message" role="alert" tabindex="-1"><p>${text(this.importMessage, lang)}</p>${this.file ? html`<p>${text(C.keptFile, lang)}</p>` : nothing}</div>`
          : nothing}
      </section>
      ${this.file && this.preview && this.selection ? this.renderMapCard(this.file, this.preview, this.selection) : nothing} ${this.renderFit()} ${this.renderReport()}`;
  }

  private renderMapCard(file: File, preview: Preview, selection: ColumnSelection) {
    const lang = this.lang;
    const problems = this.showProblems ? selectionProblems(selection) : [];
    const working = parseScenario(this.workingJson).ok;
    return html`<section class="card" id="preview-card" aria-labelledby="preview-title">
      <h2 id="preview-title" tabindex="-1">${text(C.previewTitle, lang)}</h2>
      <p class="help" id="file-info">${text(C.fileInfo(file.name, Math.ceil(file.size / 1024)), lang)}</p>
      ${renderPreview(preview)} ${renderColumnMap(preview, selection, problems, lang, (c, h) => this.choose(c, h))}
      <div class="actions">
        <button type="button" id="save-map" @click=${this.saveMap}>${text(C.saveMap, lang)}</button>
        <input type="file" id="map-file" accept=".json,application/json" class="sr-only" @change=${this.handleLoadMap} />
        <label for="map-file" class="button">${text(C.loadMap, lang)}</label>
      </div>
      ${this.mapMessage
        ? html`<div class=${`alert ${this.mapMessage.kind}`} id="map-message" tabindex="-1" role=${this.mapMessage.kind === 'error' ? 'alert' : 'status'}>
            <p>${text(this.mapMessage.message, lang)}</p>
            ${this.mapMessage.detail ? html`<p class="help">${this.mapMessage.detail}</p>` : nothing}
          </div>`
        : nothing}
      <div class="actions">
        <label>${text(C.baseLabel, lang)}
          <select id="base" aria-describedby="base-help" @change=${(e: Event) => (this.base = (e.target as HTMLSelectElement).value)}>
            <option value="working" ?selected=${this.base === 'working'} ?disabled=${!working}>${text(working ? C.baseWorking : C.baseWorkingInvalid, lang)}</option>
            ${LIBRARY.map((entry) => html`<option value=${entry.id} ?selected=${this.base === entry.id}>${lang === 'zh' ? entry.nameZh || entry.name : entry.name || entry.nameZh}</option>`)}
          </select>
        </label>
        <span class="help" id="base-help">${text(C.baseHelp, lang)}</span>
      </div>
      <div class="actions">
        <button type="button" class="primary" id="fit" ?disabled=${this.fitStatus === 'fitting'} @click=${this.startFit}>${text(C.fit, lang)}</button>
        ${this.fitStatus === 'fitting'
          ? html`<progress aria-labelledby="fit-status"></progress>
              <button type="button" id="fit-cancel" @click=${this.cancel}>${text(C.cancel, lang)}</button>`
          : nothing}
        <span id="fit-status" role="status">${this.fitStatusText()}</span>
      </div>
      ${this.renderFailure()}
    </section>`;
  }

  private fitStatusText(): string {
    const lang = this.lang;
    const seconds = (this.elapsedMs / 1000).toFixed(1);
    switch (this.fitStatus) {
      case 'fitting':
        return `${text(C.fitting, lang)} ${text(C.elapsed(seconds), lang)}`;
      case 'cancelled':
        return text(C.fitCancelled, lang);
      case 'done':
        return text(C.fitDone(seconds, this.fit!.report.rows.good, this.fit!.report.rows.total), lang);
      default:
        return '';
    }
  }

  private renderFailure() {
    const failure = this.failure;
    if (!failure || this.fitStatus !== 'failed') return nothing;
    const lang = this.lang;
    const why = failureMessage(failure, this.file?.name ?? '');
    return html`<div class="alert" id="fit-failure" role="alert" tabindex="-1">
        <p><strong>${text(C.fitRefused, lang)}</strong>${text(why, lang)}</p>
        <p class="help" lang="en">${text(C.detail, lang)}: ${failure.reason}</p>
        ${failure.scenarioIssues ? html`<ul>${failure.scenarioIssues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>` : nothing}
      </div>
      ${failure.rows && failure.rows.issues.length > 0 ? renderRows(failure.rows, lang) : nothing}`;
  }

  private renderFit() {
    const fit = this.fit;
    if (!fit || this.fitStatus !== 'done') return nothing;
    const lang = this.lang;
    return html`<section class="card" id="fit-card" aria-labelledby="fit-title" aria-busy=${this.shown < this.fitParts ? 'true' : 'false'}>
      <h2 id="fit-title" tabindex="-1">${text(C.scenarioTitle, lang)}: ${scenarioName(fit.json as never, lang)}</h2>
      <div class="actions screen-only">
        <button type="button" class="primary" id="adopt" @click=${this.adopt}>${text(C.useScenario, lang)}</button>
        <button type="button" id="export-scenario" @click=${this.exportScenario}>${text(C.exportScenario, lang)}</button>
      </div>
      ${this.adopted
        ? html`<div class="alert info screen-only" id="adopted" role="status" tabindex="-1">
            <p>${text(C.adopted, lang)} <a href="./" id="open-planner" @click=${this.openPlanner}>${text(C.openPlanner, lang)}</a></p>
          </div>`
        : nothing}
      ${renderRows(fit.report.rows, lang)} ${this.shown > 1 ? renderVolume(fit, lang) : nothing} ${this.shown > 2 ? renderMix(fit, lang) : nothing}
      ${this.shown > 3 ? renderDurations(fit, lang, this.shown - 3) : nothing}
      ${this.shown >= this.fitParts ? html`${renderRedials(fit, lang)} ${renderNotes(fit, lang)}` : nothing}
    </section>`;
  }

  private readonly openPlanner = (event: Event): void => {
    event.preventDefault();
    const root = this.getRootNode() as ParentNode;
    root.querySelector<HTMLElement>('#planner-link')?.click();
  };

  private renderReport() {
    const fit = this.fit;
    if (!fit || this.fitStatus !== 'done') return nothing;
    const lang = this.lang;
    const problems = this.reportProblems;
    const running = this.reportStatus === 'running';
    const replications = Number(this.replicationsText);
    return html`<section class="card" id="report-card" aria-labelledby="report-title">
      <h2 id="report-title" tabindex="-1">${text(C.reportTitle, lang)}</h2>
      <p class="help">${text(C.reportHelp, lang)}</p>
      ${this.report
        ? html`<p class="print-only" id="report-facts">${text(C.printedFrom(scenarioName(fit.json as never, lang)), lang)} · ${text(C.runFacts(this.report.seed, this.report.replications, this.report.days.toFixed(1)), lang)}</p>`
        : nothing}
      <div class="actions">
        <label>${text(C.replications, lang)}
          <input id="replications" class="short" inputmode="numeric" .value=${this.replicationsText} aria-invalid=${problems.replications ? 'true' : 'false'} aria-describedby=${problems.replications ? 'replications-problem' : nothing}
            @input=${(e: Event) => (this.replicationsText = (e.target as HTMLInputElement).value)} />
        </label>
        <label>${text(C.seed, lang)}
          <input id="seed" class="short" inputmode="numeric" .value=${this.seedText} aria-invalid=${problems.seed ? 'true' : 'false'} aria-describedby=${problems.seed ? 'seed-problem' : nothing}
            @input=${(e: Event) => (this.seedText = (e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" class="primary" id="run-report" ?disabled=${running || Boolean(problems.replications || problems.seed)} @click=${this.runReport}>${text(C.runReport, lang)}</button>
        ${running
          ? html`<progress id="report-progress" max=${replications} .value=${this.reportDone} aria-labelledby="report-status"></progress>
              <button type="button" id="report-cancel" @click=${this.cancel}>${text(C.cancel, lang)}</button>`
          : nothing}
        ${this.report && !running ? html`<button type="button" id="print-report" @click=${() => window.print()}>${text(C.print, lang)}</button>` : nothing}
      </div>
      ${problems.replications ? html`<p class="error" id="replications-problem">${text(problems.replications, lang)}</p>` : nothing}
      ${problems.seed ? html`<p class="error" id="seed-problem">${text(problems.seed, lang)}</p>` : nothing}
      <p id="report-status" role="status" tabindex="-1">${running ? text(C.reportRunning(this.reportDone, replications), lang) : this.reportMessage ? text(this.reportMessage, lang) : ''}</p>
      ${this.report ? html`${renderReportCharts(this.report, lang)} ${renderReportTable(this.report, lang)}` : nothing}
    </section>`;
  }
}

customElements.define('cc-calibration-view', CcCalibrationView);

declare global {
  interface HTMLElementTagNameMap {
    'cc-calibration-view': CcCalibrationView;
  }
}
