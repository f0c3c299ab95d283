/**
 * `<cc-load-preview>`: the expected load of a scenario against the front seats on duty
 * (and with every standby seat added), over the run, before anything is simulated.
 */
import { css, html, LitElement, nothing, svg } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { theme } from '../theme.ts';
import { formatNumber } from './allowed.ts';
import { expectedLoad, previewGeometry, type PreviewGeometry } from './load-preview.ts';
import { P } from './messages.ts';

const SIZE = { width: 720, height: 200 };

export class CcLoadPreview extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    stale: { type: Boolean },
    lang: { type: String },
  };
  static override styles = [
    theme,
    css`
      :host {
        display: block;
        margin-top: 0.75rem;
      }
      h4 {
        margin: 0 0 0.25rem;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      .load {
        fill: var(--cc-c2);
        fill-opacity: 0.55;
        stroke: #b07800;
        stroke-width: 1;
      }
      .seats {
        fill: none;
        stroke: var(--cc-c1);
        stroke-width: 2;
      }
      .standby {
        fill: none;
        stroke: var(--cc-c3);
        stroke-width: 1.5;
        stroke-dasharray: 6 4;
      }
      .warmup {
        fill: #000;
        fill-opacity: 0.06;
      }
      .tick {
        font-size: 11px;
        fill: var(--cc-muted);
      }
      .grid {
        stroke: #e2e2e6;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        font-size: 0.8rem;
        margin: 0.25rem 0;
        padding: 0;
        list-style: none;
      }
      .swatch {
        display: inline-block;
        width: 1.4rem;
        height: 0.7rem;
        margin-right: 0.3rem;
        vertical-align: middle;
      }
      .s-load {
        background: var(--cc-c2);
        opacity: 0.7;
      }
      .s-seats {
        border-top: 2px solid var(--cc-c1);
        height: 0;
      }
      .s-standby {
        border-top: 2px dashed var(--cc-c3);
        height: 0;
      }
      .s-warmup {
        background: rgba(0, 0, 0, 0.08);
      }
      .stale {
        color: var(--cc-warn);
        font-size: 0.85rem;
      }
    `,
  ];

  /** The scenario to preview (the last valid one). */
  declare scenario: Scenario | undefined;
  /** The working scenario has errors, so this is an older version. */
  declare stale: boolean;
  /** Language of the text: `zh` or `en`. */
  declare lang: Lang;
  private cache: { scenario: Scenario; geometry: PreviewGeometry } | undefined;

  constructor() {
    super();
    this.scenario = undefined;
    this.stale = false;
    this.lang = 'zh';
  }

  private geometry(scenario: Scenario): PreviewGeometry {
    if (this.cache?.scenario !== scenario) {
      this.cache = { scenario, geometry: previewGeometry(expectedLoad(scenario), SIZE, scenario.run.warmupHours) };
    }
    return this.cache.geometry;
  }

  override render() {
    const lang = this.lang;
    const scenario = this.scenario;
    if (!scenario) return html`<h4>${text(P.previewTitle, lang)}</h4><p class="help">${text(P.previewNone, lang)}</p>`;
    const g = this.geometry(scenario);
    const peak = formatNumber(Math.round(g.peakErlangs * 10) / 10, lang);
    const over = formatNumber(g.overloadedHalfHours / 2, lang);
    const hasStandby = (scenario.standby?.seats ?? 0) > 0;
    return html`<h4>${text(P.previewTitle, lang)}</h4>
      ${this.stale ? html`<p class="stale" role="status">${text(P.previewStale, lang)}</p>` : nothing}
      <ul class="legend">
        <li><span class="swatch s-load"></span>${text(P.legendLoad, lang)}</li>
        <li><span class="swatch s-seats"></span>${text(P.legendSeats, lang)}</li>
        ${hasStandby ? html`<li><span class="swatch s-standby"></span>${text(P.legendStandby, lang)}</li>` : nothing}
        ${scenario.run.warmupHours > 0 ? html`<li><span class="swatch s-warmup"></span>${text(P.legendWarmup, lang)}</li>` : nothing}
      </ul>
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${text(P.chartSummary(peak, over), lang)}>
        ${svg`<rect class="warmup" x=${g.margin.left} y=${g.margin.top} width=${Math.max(0, g.warmupX - g.margin.left)} height=${SIZE.height - g.margin.top - g.margin.bottom}></rect>`}
        ${g.yTicks.map(
          (t) => svg`<line class="grid" x1=${g.margin.left} x2=${SIZE.width - g.margin.right} y1=${t.y} y2=${t.y}></line>
            <text class="tick" x=${g.margin.left - 6} y=${t.y + 4} text-anchor="end">${formatNumber(t.value, lang)}</text>`,
        )}
        ${g.xTicks.map((t, i) => svg`<text class="tick" x=${t.x} y=${SIZE.height - 6} text-anchor=${i === 0 ? 'start' : i === g.xTicks.length - 1 ? 'end' : 'middle'}>${text(P.day(t.day), lang)}</text>`)}
        ${svg`<path class="load" d=${g.loadArea}></path>`}
        ${hasStandby ? svg`<path class="standby" d=${g.standbyLine}></path>` : nothing}
        ${svg`<path class="seats" d=${g.seatsLine}></path>`}
      </svg>
      <p class="help">${text(P.peak(peak, over), lang)}</p>
      <p class="help">${text(P.previewHelp, lang)}</p>`;
  }
}

customElements.define('cc-load-preview', CcLoadPreview);

declare global {
  interface HTMLElementTagNameMap {
    'cc-load-preview': CcLoadPreview;
  }
}
