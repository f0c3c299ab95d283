/**
 * `<cc-print-report>`: above the dashboard, the "Print report" button on screen and, on
 * paper, the report's first lines: its title, the scenario's name and description, its key
 * parameters and assumptions, and the seed and run settings. The dashboard that follows
 * prints its headline figures with their intervals and its charts (print-styles.ts hides the
 * editor, the buttons and the header).
 */
import { scenarioDescription, scenarioName } from '../../../models/scenario/scenario-text.ts';
import { css, html, LitElement, nothing } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import type { RunSettings } from '../events.ts';
import { theme } from '../theme.ts';
import { parameterRows, R, settingsRows, type ReportRow } from './report-facts.ts';

export class CcPrintReport extends LitElement {
  static override properties = {
    lang: {},
    scenario: { attribute: false },
    settings: { attribute: false },
    replicationsDone: { type: Number },
    ready: { type: Boolean },
  };
  static override styles = [
    theme,
    css`
      :host { display: block; }
      .report { display: none; }
      .bar { display: flex; justify-content: flex-end; align-items: center; gap: 0.5rem; margin-bottom: 0.5rem; }
      h1 { font-size: 1.3rem; margin: 0 0 0.2rem; }
      .name { font-size: 1.1rem; font-weight: 600; margin: 0.2rem 0; }
      .description { margin: 0 0 0.5rem; white-space: pre-wrap; }
      table { border-collapse: collapse; width: 100%; margin: 0.2rem 0 0.6rem; font-size: 0.85rem; break-inside: avoid; }
      th, td { text-align: left; vertical-align: top; padding: 0.15rem 0.4rem; border-bottom: 1px solid #ccc; }
      th { width: 32%; font-weight: 600; }
      caption { text-align: left; font-weight: 600; }
      @media print {
        .bar { display: none; }
        .report { display: block; }
      }
    `,
  ];

  declare lang: Lang;
  declare scenario: Scenario | undefined;
  declare settings: RunSettings | undefined;
  declare replicationsDone: number;
  /** There are results to print. */
  declare ready: boolean;

  constructor() {
    super();
    this.lang = 'zh';
    this.scenario = undefined;
    this.settings = undefined;
    this.replicationsDone = 0;
    this.ready = false;
  }

  override render() {
    const lang = this.lang;
    const { scenario, settings } = this;
    return html`<div class="bar">
        <span class="help">${text(R.printHelp, lang)}</span>
        <button type="button" id="print-report" ?disabled=${!this.ready} @click=${() => window.print()}>${text(R.print, lang)}</button>
      </div>
      ${scenario && settings
        ? html`<section class="report" id="report" aria-label=${text(R.reportTitle, lang)}>
            <h1>${text(R.reportTitle, lang)}</h1>
            <p class="name" id="report-name">${scenarioName(scenario, lang)}</p>
            ${scenarioDescription(scenario, lang) ? html`<p class="description" id="report-description">${scenarioDescription(scenario, lang)}</p>` : nothing}
            <p class="help">${text(R.printed(new Date().toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')), lang)}</p>
            ${this.table('report-parameters', text(R.parameters, lang), parameterRows(scenario, lang))}
            ${this.table('report-settings', text(R.runSettings, lang), settingsRows(scenario, settings, this.replicationsDone, lang))}
            <p class="help">${text(R.figuresNote, lang)}</p>
          </section>`
        : nothing}`;
  }

  private table(id: string, caption: string, rows: readonly ReportRow[]) {
    return html`<table id=${id}>
      <caption>${caption}</caption>
      <tbody>
        ${rows.map((r) => html`<tr data-row=${r.id}><th scope="row">${r.label}</th><td>${r.value}</td></tr>`)}
      </tbody>
    </table>`;
  }
}

customElements.define('cc-print-report', CcPrintReport);

declare global {
  interface HTMLElementTagNameMap {
    'cc-print-report': CcPrintReport;
  }
}
