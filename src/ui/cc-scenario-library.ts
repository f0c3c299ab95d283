/**
 * `<cc-scenario-library>`: the bundled scenarios with their descriptions, and the working
 * scenario's tools: undo, import and export of JSON files, and a share link.
 *
 * @fires cc-pick - a bundled scenario was chosen
 * @fires cc-action - `undo`, `export` or `share`
 * @fires cc-import - a file was chosen to import
 */
import { css, html, LitElement, nothing } from 'lit';
import { text, type Lang } from '../i18n/i18n.ts';
import { ActionEvent, ImportFileEvent, ScenarioPickEvent } from './events.ts';
import { A } from './messages.ts';
import { scenarioDescription, scenarioName } from '../../models/scenario/scenario-text.ts';
import { LIBRARY, LIBRARY_SUMMARY } from './scenario-library.ts';
import { theme } from './theme.ts';

export class CcScenarioLibrary extends LitElement {
  static override properties = {
    lang: { type: String },
    origin: { type: String },
    modified: { type: Boolean },
    canUndo: { type: Boolean },
    valid: { type: Boolean },
    shareUrl: { type: String },
    shareCopied: { type: Boolean },
  };
  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        align-items: start;
        gap: 0.5rem;
      }
      .card {
        border: 1px solid var(--cc-line);
        border-radius: 8px;
        padding: 0.5rem 0.7rem;
        background: var(--cc-surface);
      }
      .entry {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.1rem 0.5rem;
        cursor: pointer;
      }
      .card:has(input:checked) {
        border: 2px solid var(--cc-accent);
        background: #eef6fb;
      }
      .entry input {
        margin-top: 0.3rem;
      }
      .name {
        font-weight: 600;
      }
      .card details {
        margin-left: 1.6rem;
        font-size: 0.85rem;
      }
      .card details p {
        margin: 0.3rem 0 0;
        max-height: 14rem;
        overflow-y: auto;
        white-space: pre-wrap;
        color: var(--cc-muted);
      }
      .summary {
        grid-column: 2;
        font-size: 0.85rem;
        color: var(--cc-muted);
      }
      .tag {
        font-size: 0.75rem;
        font-weight: 600;
        color: var(--cc-warn);
        margin-left: 0.3rem;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.6rem;
        align-items: center;
      }
      .file-button {
        position: relative;
      }
      .file-button input {
        position: absolute;
        inset: 0;
        opacity: 0;
        width: 100%;
        cursor: pointer;
      }
      .file-button:focus-within {
        outline: 3px solid var(--cc-focus);
        outline-offset: 2px;
        border-radius: 6px;
      }
      .file-button span {
        display: inline-block;
      }
      .share {
        margin-top: 0.5rem;
        display: grid;
        gap: 0.2rem;
      }
      .share input {
        width: 100%;
        font-size: 0.8rem;
      }
      .working {
        font-size: 0.85rem;
        color: var(--cc-muted);
      }
    `,
  ];

  /** Language of the text: `zh` or `en`. */
  declare lang: Lang;
  /** The library id the working scenario came from, or `file`, `link`. */
  declare origin: string;
  /** The working scenario differs from where it came from. */
  declare modified: boolean;
  /** There is an edit to undo (enables Undo). */
  declare canUndo: boolean;
  /** The working scenario is valid; if not, a note warns that an export needs fixing. */
  declare valid: boolean;
  /** The last share link made, shown to copy; '' hides it. */
  declare shareUrl: string;
  /** The share link is already on the clipboard. */
  declare shareCopied: boolean;

  constructor() {
    super();
    this.lang = 'zh';
    this.origin = '';
    this.modified = false;
    this.canUndo = false;
    this.valid = true;
    this.shareUrl = '';
    this.shareCopied = false;
  }

  private handleFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.dispatchEvent(new ImportFileEvent(file));
  }

  override render() {
    const lang = this.lang;
    const act = (name: 'undo' | 'export' | 'share') => () => this.dispatchEvent(new ActionEvent(name));
    const originText = this.origin === 'file' ? text(A.fromFile, lang) : this.origin === 'link' ? text(A.fromLink, lang) : '';
    return html`<h2 id="library-title">${text(A.library, lang)}</h2>
      <fieldset aria-labelledby="library-title">
        ${LIBRARY.map((entry) => {
          const summary = LIBRARY_SUMMARY[entry.id];
          const description = scenarioDescription(entry, lang);
          const checked = entry.id === this.origin;
          return html`<div class="card" data-id=${entry.id}>
            <label class="entry">
              <input type="radio" name="scenario" value=${entry.id} .checked=${checked} @change=${() => this.dispatchEvent(new ScenarioPickEvent(entry.id))} />
              <span class="name">${scenarioName(entry, lang)}${checked && this.modified ? html`<span class="tag">(${text(A.modified, lang)})</span>` : nothing}</span>
              ${summary ? html`<span class="summary">${text(summary, lang)}</span>` : nothing}
            </label>
            ${description
              ? html`<details class="description">
                  <summary>${text(A.fullDescription, lang)}</summary>
                  <p>${description}</p>
                </details>`
              : nothing}
          </div>`;
        })}
      </fieldset>
      ${originText ? html`<p class="working">${text(A.working, lang)}: ${originText}${this.modified ? ` (${text(A.modified, lang)})` : ''}</p>` : nothing}
      <div class="tools">
        <button type="button" id="undo" ?disabled=${!this.canUndo} title=${text(A.undoHint, lang)} aria-keyshortcuts="Control+Z" @click=${act('undo')}>↶ ${text(A.undo, lang)}</button>
        <label class="file-button"><span class="button">${text(A.importFile, lang)}</span><input type="file" id="import" accept=".json,application/json" @change=${this.handleFile} /></label>
        <button type="button" id="export" @click=${act('export')}>${text(A.exportFile, lang)}</button>
        <button type="button" id="share" @click=${act('share')}>${text(A.share, lang)}</button>
      </div>
      ${!this.valid ? html`<p class="help">${text(A.exportInvalid, lang)}</p>` : nothing}
      ${this.shareUrl
        ? html`<div class="share">
            <label for="share-url">${text(A.shareLabel, lang)}</label>
            <input id="share-url" type="text" readonly .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            <span class="help" role="status">${text(this.shareCopied ? A.shareCopied : A.shareCopy, lang)}</span>
          </div>`
        : nothing}`;
  }
}

customElements.define('cc-scenario-library', CcScenarioLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'cc-scenario-library': CcScenarioLibrary;
  }
}
