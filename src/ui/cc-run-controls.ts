/**
 * `<cc-run-controls>`: the run settings (replications, seed, days), Run and Cancel, and a
 * progress bar of replications and simulated days. Settings are checked as they are typed;
 * Run stays disabled, with the reason beside it, while the scenario or a setting is invalid.
 * Beside Run: the cost estimate, and a question before a long run. Focus follows the run:
 * to Cancel when it starts, back to Run when it ends, never to the page's body.
 *
 * @fires cc-run - with the settings, when Run is pressed
 * @fires cc-action - `cancel`
 */
import { css, html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { text, type Lang } from '../i18n/i18n.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { defaultPoolSize } from '../worker/client.ts';
import { formatNumber } from './editor/allowed.ts';
import { ActionEvent, RunRequestEvent } from './events.ts';
import { A } from './messages.ts';
import { durationWords, estimateRun } from './run-estimate.ts';
import { DEFAULT_SETTINGS_TEXT, readRunSettings, type RunSettingsText } from './run-settings.ts';
import { theme } from './theme.ts';

/** Where a run is, from Run to its end. */
export type RunStatus = 'idle' | 'starting' | 'running' | 'done' | 'cancelled' | 'failed';

/** The progress of a run as the bar shows it (the pool's `PoolProgress` fits). */
export interface RunProgressView {
  /** Replications finished. */
  readonly replicationsDone: number;
  /** Replications asked for. */
  readonly replications: number;
  /** Simulated time done, over all replications. */
  readonly simulatedSecondsDone: number;
  /** Simulated time of the whole run, over all replications. */
  readonly simulatedSecondsTotal: number;
}

export class CcRunControls extends LitElement {
  static override properties = {
    lang: { type: String },
    status: { type: String, reflect: true },
    progress: { attribute: false },
    problemCount: { type: Number },
    scenario: { attribute: false },
    wallMs: { type: Number },
    firstResultMs: { type: Number },
    failure: { type: String },
    settingsText: { state: true },
    confirming: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: 0.5rem 0.75rem;
        align-items: start;
      }
      .setting label {
        display: block;
        font-weight: 500;
        font-size: 0.9rem;
      }
      .setting input {
        width: 100%;
      }
      .buttons {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .buttons button {
        min-width: 6rem;
        padding: 0.45rem 1rem;
      }
      .track {
        height: 0.9rem;
        border-radius: 999px;
        background: #e4e6eb;
        overflow: hidden;
        margin-top: 0.6rem;
        border: 1px solid var(--cc-line);
      }
      .fill {
        height: 100%;
        background: var(--cc-accent);
        /* Scaled, not resized: an animated width would lay the page out again at every frame of a run. */
        transform-origin: left;
        transform: scaleX(0);
        transition: transform 0.25s linear;
      }
      :host([status='cancelled']) .fill {
        background: var(--cc-muted);
      }
      .progress-text {
        display: flex;
        justify-content: space-between;
        flex-wrap: wrap;
        gap: 0.5rem;
        font-size: 0.85rem;
        color: var(--cc-muted);
        font-variant-numeric: tabular-nums;
      }
      .status {
        margin: 0.4rem 0 0;
        font-weight: 500;
      }
      .status.failed,
      .reason {
        color: var(--cc-error);
      }
      .reason,
      .estimate,
      .note {
        font-size: 0.85rem;
      }
      .estimate,
      .note {
        flex-basis: 100%;
        margin: 0;
      }
      .confirm {
        flex-basis: 100%;
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
        margin: 0;
        font-weight: 500;
      }
    `,
  ];

  /** Language of the text: `zh` or `en`. */
  declare lang: Lang;
  /** Where the run is; reflected as an attribute for styling. */
  declare status: RunStatus;
  /** Replications and simulated days done; undefined before the first report. */
  declare progress: RunProgressView | undefined;
  /** Problems in the working scenario (Run is disabled while there are any). */
  declare problemCount: number;
  /** The last valid scenario: its days (the default), warm-up (days must outlast it) and load (the estimate). */
  declare scenario: Scenario | undefined;
  /** Wall-clock time of the finished run, in ms. */
  declare wallMs: number | undefined;
  /** Time from Run to the first results on screen, in ms. */
  declare firstResultMs: number | undefined;
  /** Why the run failed, shown after "The run failed:"; '' otherwise. */
  declare failure: string;
  /** The settings as typed, kept even while invalid. */
  declare settingsText: RunSettingsText;
  /** Run was pressed for a long run: the question "run it anyway?" is showing. */
  declare confirming: boolean;

  constructor() {
    super();
    this.lang = 'zh';
    this.status = 'idle';
    this.progress = undefined;
    this.problemCount = 0;
    this.scenario = undefined;
    this.wallMs = undefined;
    this.firstResultMs = undefined;
    this.failure = '';
    this.settingsText = DEFAULT_SETTINGS_TEXT;
    this.confirming = false;
  }

  /** Puts the focus on Run (the page's skip link). */
  focusRun(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('#run')?.focus();
  }

  private get busy(): boolean {
    return this.status === 'running' || this.status === 'starting';
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    this.start(false);
  }

  private start(confirmed: boolean): void {
    const { settings } = readRunSettings(this.settingsText, this.scenario);
    if (!settings || this.problemCount > 0 || this.busy) return;
    if (!confirmed && this.scenario && estimateRun(this.scenario, settings, defaultPoolSize()).long) {
      this.confirming = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('#run-anyway')?.focus());
      return;
    }
    this.confirming = false;
    this.focusAfterRun = true;
    this.dispatchEvent(new RunRequestEvent(settings));
  }

  /** Run was pressed: once it is disabled, the focus goes to Cancel rather than the page's body. */
  private focusAfterRun = false;
  private wasBusy = false;

  private set(key: keyof RunSettingsText, event: Event): void {
    this.settingsText = { ...this.settingsText, [key]: (event.target as HTMLInputElement).value };
    this.confirming = false;
  }

  override render() {
    const lang = this.lang;
    const { settings, errors } = readRunSettings(this.settingsText, this.scenario);
    const settingsOk = Object.keys(errors).length === 0;
    const estimate = settings && this.scenario && this.problemCount === 0 ? estimateRun(this.scenario, settings, defaultPoolSize()) : undefined;
    const reason = this.problemCount > 0 ? text(A.cannotRunInvalid(this.problemCount), lang) : settingsOk ? '' : text(A.cannotRunSettings, lang);
    const setting = (key: keyof RunSettingsText, label: string, help: string, inputmode: string) => {
      const error = errors[key];
      return html`<div class="setting">
        <label for=${key}>${label}</label>
        <input
          id=${key}
          name=${key}
          type="text"
          inputmode=${inputmode}
          autocomplete="off"
          .value=${live(this.settingsText[key])}
          placeholder=${key === 'days' && this.scenario ? String(this.scenario.run.days) : ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${`${key}-help${error ? ` ${key}-err` : ''}`}
          @input=${(e: Event) => this.set(key, e)}
        />
        <div class="help" id=${`${key}-help`}>${help}</div>
        ${error ? html`<div class="error" id=${`${key}-err`}>${text(error, lang)}</div>` : nothing}
      </div>`;
    };
    const days = this.scenario ? formatNumber(this.scenario.run.days, lang) : '—';
    return html`<h2>${text(A.runTitle, lang)}</h2>
      <form @submit=${this.handleSubmit} novalidate>
        ${setting('replications', text(A.replications, lang), text(A.replicationsHelp, lang), 'numeric')}
        ${setting('seed', text(A.seed, lang), text(A.seedHelp, lang), 'numeric')}
        ${setting('days', text(A.days, lang), text(A.daysHelp(days), lang), 'decimal')}
        <div class="buttons">
          <button type="submit" class="primary" id="run" ?disabled=${!!reason || this.busy} aria-describedby=${reason ? 'reason' : ''}>${text(A.run, lang)}</button>
          <button type="button" id="cancel" ?disabled=${!this.busy} @click=${() => this.dispatchEvent(new ActionEvent('cancel'))}>${text(A.cancel, lang)}</button>
          ${reason ? html`<span class="reason" id="reason">${reason}</span>` : nothing}
          ${estimate && !this.busy
            ? html`<p class="estimate help" id="estimate">${text(A.estimate(formatNumber(roundForDisplay(estimate.attempts), lang), durationWords(estimate.seconds)), lang)}</p>`
            : nothing}
          ${estimate && !this.busy
            ? estimate.surgesAfterEnd.map((s) => html`<p class="note help">${text(A.surgeAfterEnd(s.index, formatNumber(s.startHour, lang), formatNumber(s.endHour, lang)), lang)}</p>`)
            : nothing}
          ${estimate && this.confirming && !this.busy
            ? html`<p class="confirm" role="alert">
                <span>${text(A.longRun(durationWords(estimate.seconds)), lang)}</span>
                <button type="button" id="run-anyway" @click=${() => this.start(true)}>${text(A.runAnyway, lang)}</button>
              </p>`
            : nothing}
        </div>
      </form>
      ${this.renderProgress()}`;
  }

  protected override updated(): void {
    // Set through the CSSOM: the page's CSP allows no inline style attributes from markup.
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.transform = `scaleX(${Number(fill.dataset.percent ?? 0) / 100})`;
    const busy = this.busy;
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    if (busy && this.focusAfterRun) {
      // Run is now disabled and has lost the focus: Cancel is the one action left.
      this.focusAfterRun = false;
      this.renderRoot.querySelector<HTMLButtonElement>('#cancel')?.focus();
    } else if (!busy && this.wasBusy && (focused === null || focused?.id === 'cancel')) {
      // The run ended and Cancel is disabled: back to Run, where the next run starts.
      this.focusRun();
    }
    this.wasBusy = busy;
  }

  private renderProgress() {
    const lang = this.lang;
    const p = this.progress;
    const share = p && p.simulatedSecondsTotal > 0 ? Math.min(1, p.simulatedSecondsDone / p.simulatedSecondsTotal) : 0;
    const dayText = (seconds: number) => formatNumber(Math.round((seconds / 86_400) * 10) / 10, lang);
    let status: string;
    switch (this.status) {
      case 'idle':
        status = text(A.statusIdle, lang);
        break;
      case 'starting':
        status = text(A.statusStarting, lang);
        break;
      case 'running':
        status = text(A.statusRunning, lang);
        break;
      case 'done':
        // A run reopened from the history has no wall time of its own.
        status = this.wallMs === undefined ? text(A.statusReopened, lang) : text(A.statusDone(formatNumber(Math.round(this.wallMs / 100) / 10, lang)), lang);
        break;
      case 'cancelled':
        status = text(A.statusCancelled(p?.replicationsDone ?? 0, p?.replications ?? 0), lang);
        break;
      case 'failed':
        status = `${text(A.statusFailed, lang)}${this.failure}`;
        break;
    }
    const percent = Math.round(share * 100);
    return html`<div
        class="track"
        role="progressbar"
        aria-label=${text(A.progressLabel, lang)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        aria-valuetext=${p ? `${text(A.progressReplications(p.replicationsDone, p.replications), lang)}, ${text(A.progressDays(dayText(p.simulatedSecondsDone), dayText(p.simulatedSecondsTotal)), lang)}` : '0%'}
      >
        <div class="fill" data-percent=${percent}></div>
      </div>
      <div class="progress-text">
        <span id="progress-replications">${p ? text(A.progressReplications(p.replicationsDone, p.replications), lang) : ''}</span>
        <span id="progress-days">${p ? text(A.progressDays(dayText(p.simulatedSecondsDone), dayText(p.simulatedSecondsTotal)), lang) : ''}</span>
        ${this.firstResultMs !== undefined ? html`<span>${text(A.firstResults(formatNumber(Math.round(this.firstResultMs / 100) / 10, lang)), lang)}</span>` : nothing}
      </div>
      <p class=${`status ${this.status}`} id="status" role="status" aria-live="polite">${status}</p>`;
  }
}

/** Two significant figures: an estimate should not look more precise than it is. */
function roundForDisplay(n: number): number {
  if (n < 100) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

customElements.define('cc-run-controls', CcRunControls);

declare global {
  interface HTMLElementTagNameMap {
    'cc-run-controls': CcRunControls;
  }
}
