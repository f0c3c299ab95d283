/**
 * `<cc-chart-panel>`: one chart with its title, SVG and PNG export buttons, and a tooltip.
 * The chart is the slotted `<svg>`; a chart that gives a `hover` model gets a tooltip that
 * follows the pointer, and is focusable so the arrow keys can step through its buckets
 * (the readout is also announced to screen readers). Tooltip state lives here, so moving
 * the pointer re-renders this panel only, never the chart or the dashboard.
 *
 * @slot - the chart, an `<svg>` with a viewBox
 * @slot controls - extra controls shown beside the title (e.g. a lane picker)
 */
import { css, html, LitElement, svg, type PropertyValues } from 'lit';
import { compactControls, visuallyHidden } from '../theme.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HoverModel } from '../../charts/hover.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { download, EXPORT_TITLE_HEIGHT, serializeSvg, svgSize, svgToPng } from './export.ts';
import { m } from './messages.ts';
import { panelPrintStyles } from '../report/print-styles.ts';

export class CcChartPanel extends LitElement {
  static override properties = {
    heading: { type: String },
    filename: { type: String },
    lang: { type: String, reflect: true },
    hover: { attribute: false },
    index: { state: true },
    exportError: { state: true },
  };

  /** The chart's title, shown as the panel heading and used in export button labels. */
  declare heading: string;
  /** File name of exports, without extension. */
  declare filename: string;
  /** Language of the text: `zh` or `en`. */
  declare lang: Lang;
  /** Tooltip model of the chart; without it the chart is not interactive. */
  declare hover: HoverModel | undefined;
  /** The bucket under the pointer or keyboard cursor. */
  declare index: number | undefined;
  /** Why the last export failed, shown under the chart; undefined when it worked. */
  declare exportError: string | undefined;

  constructor() {
    super();
    this.heading = '';
    this.filename = 'chart';
    this.lang = 'zh';
    this.hover = undefined;
    this.index = undefined;
    this.exportError = undefined;
  }

  static override styles = [
    visuallyHidden,
    compactControls,
    css`
    :host {
      display: block;
      border: 1px solid #d0d0d0;
      border-radius: 6px;
      background: #fff;
      padding: 8px 10px 10px;
      min-width: 0;
      /* A panel out of view is not laid out or painted: while a run goes on, charts below
         the fold are redrawn with every partial result, and nobody sees them until scrolled to. */
      content-visibility: auto;
      contain-intrinsic-size: auto 380px;
    }
    header {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 4px;
    }
    h3 {
      font-size: 0.95rem;
      margin: 0;
      flex: 1 1 auto;
    }
    .export {
      display: flex;
      gap: 4px;
    }
    .chart:focus-visible {
      outline: 3px solid #0072b2;
      outline-offset: 2px;
    }
    .chart {
      position: relative;
    }
    ::slotted(svg) {
      display: block;
      width: 100%;
      height: auto;
    }
    .overlay {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      pointer-events: none;
    }
    .tooltip {
      position: absolute;
      pointer-events: none;
      background: rgba(255, 255, 255, 0.96);
      border: 1px solid #8a8a8a;
      border-radius: 4px;
      padding: 4px 6px;
      font-size: 0.75rem;
      line-height: 1.35;
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15);
      white-space: nowrap;
      z-index: 1;
    }
    .tooltip strong {
      display: block;
      margin-bottom: 2px;
    }
    .swatch {
      vertical-align: middle;
      margin-right: 4px;
    }
    .value {
      font-variant-numeric: tabular-nums;
    }
    .error {
      color: #b00020;
      font-size: 0.8rem;
    }
  `,
    panelPrintStyles,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hover') && this.index !== undefined && (!this.hover || this.index >= this.hover.count)) this.index = undefined;
  }

  private chartElement(): SVGSVGElement | null {
    return this.querySelector(':scope > svg');
  }

  private handlePointerMove(event: PointerEvent): void {
    const hover = this.hover;
    if (!hover) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (rect.width === 0) return;
    this.index = hover.indexAt(((event.clientX - rect.left) / rect.width) * hover.viewWidth);
  }

  private handlePointerLeave(): void {
    if (this.shadowRoot?.activeElement !== this.renderRoot.querySelector('.chart')) this.index = undefined;
  }

  private handleKeyDown(event: KeyboardEvent): void {
    const hover = this.hover;
    if (!hover || hover.count === 0) return;
    const last = hover.count - 1;
    const current = this.index ?? -1;
    const steps: Record<string, number> = {
      ArrowRight: current < 0 ? 0 : current + 1,
      ArrowLeft: current < 0 ? last : current - 1,
      PageDown: current + hover.pageSize,
      PageUp: current - hover.pageSize,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      this.index = undefined;
      return;
    }
    const next = steps[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.index = Math.min(last, Math.max(0, next));
  }

  private async handleExport(format: 'svg' | 'png'): Promise<void> {
    const chart = this.chartElement();
    if (!chart) return;
    this.exportError = undefined;
    try {
      const markup = serializeSvg(chart, this.heading);
      if (format === 'svg') {
        download(`${this.filename}.svg`, markup, 'image/svg+xml;charset=utf-8');
      } else {
        const { width, height } = svgSize(chart);
        download(`${this.filename}.png`, await svgToPng(markup, width, height + EXPORT_TITLE_HEIGHT, 2));
      }
    } catch (error) {
      this.exportError = (error as Error).message;
    }
  }

  /**
   * Places the tooltip beside the cursor line. Through the CSSOM, not a style attribute:
   * the page's CSP (no 'unsafe-inline') blocks style attributes, even ones lit writes.
   */
  protected override updated(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const hover = this.hover;
    if (!tip || !hover || this.index === undefined) return;
    const left = (hover.xOf(this.index) / hover.viewWidth) * 100;
    tip.style.left = `${left}%`;
    tip.style.top = `${(hover.plot.top / hover.viewHeight) * 100}%`;
    tip.style.transform = left > 55 ? 'translateX(calc(-100% - 10px))' : 'translateX(10px)';
  }

  private renderTooltip(hover: HoverModel, index: number) {
    const readout = hover.readout(index);
    const x = hover.xOf(index);
    return html`<svg class="overlay" viewBox="0 0 ${hover.viewWidth} ${hover.viewHeight}" aria-hidden="true">
        ${svg`<line x1=${x} x2=${x} y1=${hover.plot.top} y2=${hover.plot.top + hover.plot.height} stroke="#222" stroke-width="1" stroke-dasharray="3 2"></line>
        ${hover.marks(index).map((mark) => svg`<circle cx=${x} cy=${mark.y} r="3.5" fill=${mark.color} stroke="#fff" stroke-width="1.5"></circle>`)}`}
      </svg>
      <div class="tooltip" aria-hidden="true">
        <strong>${readout.title}</strong>
        ${readout.rows.map(
          (row) => html`<div>
            <svg class="swatch" viewBox="0 0 14 6" width="14" height="6">
              ${svg`<line x1="0" x2="14" y1="3" y2="3" stroke=${row.color} stroke-width="2.5" stroke-dasharray=${row.dashed ? '4 2' : 'none'}></line>`}</svg
            >${row.label}: <span class="value">${row.value}</span>
          </div>`,
        )}
      </div>`;
  }

  override render() {
    const hover = this.hover;
    const index = hover && this.index !== undefined && this.index < hover.count ? this.index : undefined;
    const readout = hover && index !== undefined ? hover.readout(index) : undefined;
    const heading = this.heading;
    return html`<section aria-label=${heading}>
      <header>
        <h3>${heading}</h3>
        <slot name="controls"></slot>
        <div class="export">
          <button type="button" aria-label=${text(m.downloadAs(heading, 'SVG'), this.lang)} @click=${() => this.handleExport('svg')}>SVG</button>
          <button type="button" aria-label=${text(m.downloadAs(heading, 'PNG'), this.lang)} @click=${() => this.handleExport('png')}>PNG</button>
        </div>
      </header>
      ${this.exportError ? html`<p class="error" role="alert">${this.exportError}</p>` : ''}
      <div
        class="chart"
        tabindex=${ifDefined(hover ? '0' : undefined)}
        role=${ifDefined(hover ? 'group' : undefined)}
        aria-label=${ifDefined(hover ? `${heading}. ${text(m.chartKeys, this.lang)}` : undefined)}
        @pointermove=${this.handlePointerMove}
        @pointerleave=${this.handlePointerLeave}
        @keydown=${this.handleKeyDown}
        @blur=${() => (this.index = undefined)}
      >
        <slot></slot>
        ${hover && index !== undefined ? this.renderTooltip(hover, index) : ''}
      </div>
      <div class="sr-only" aria-live="polite">${readout ? `${readout.title}: ${readout.rows.map((r) => `${r.label} ${r.value}`).join('; ')}` : ''}</div>
    </section>`;
  }
}

customElements.define('cc-chart-panel', CcChartPanel);

declare global {
  interface HTMLElementTagNameMap {
    'cc-chart-panel': CcChartPanel;
  }
}
