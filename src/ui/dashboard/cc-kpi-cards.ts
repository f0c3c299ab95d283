/**
 * `<cc-kpi-cards>`: the headline figures as cards. Each card shows the mean, its 95%
 * interval, the target, and a status told three ways: colour (Okabe–Ito green, orange,
 * vermillion), an icon and words, so colour is never the only cue.
 */
import { css, html, LitElement, unsafeCSS } from 'lit';
import { text, type Lang } from '../../i18n/i18n.ts';
import { STATUS_COLOURS } from '../../charts/palette.ts';
import type { KpiCard } from './kpis.ts';
import { m, statusText } from './messages.ts';

export class CcKpiCards extends LitElement {
  static override properties = {
    cards: { attribute: false },
    lang: { type: String, reflect: true },
  };

  /** The cards to show, from `kpiCards(summary, scenario, lang)`. */
  declare cards: readonly KpiCard[];
  /** Language of the text: `zh` or `en`. */
  declare lang: Lang;

  constructor() {
    super();
    this.cards = [];
    this.lang = 'zh';
  }

  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(190px, 1fr));
      gap: 8px;
    }
    li {
      border: 1px solid #d0d0d0;
      border-left: 6px solid var(--status, ${unsafeCSS(STATUS_COLOURS.none)});
      border-radius: 6px;
      padding: 8px 10px;
      background: #fff;
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    li.meets {
      --status: ${unsafeCSS(STATUS_COLOURS.meets)};
      background: #eef8f4;
    }
    li.uncertain {
      --status: ${unsafeCSS(STATUS_COLOURS.uncertain)};
      background: #fdf6e6;
    }
    li.misses {
      --status: ${unsafeCSS(STATUS_COLOURS.misses)};
      background: #fcefe6;
    }
    h3 {
      margin: 0;
      font-size: 0.8rem;
      font-weight: 600;
      color: #333;
    }
    .value {
      font-size: 1.6rem;
      font-weight: 650;
      font-variant-numeric: tabular-nums;
      color: #111;
      line-height: 1.2;
    }
    .interval,
    .target {
      font-size: 0.75rem;
      color: #4a4a4a;
    }
    .delta {
      font-size: 0.8rem;
      font-weight: 600;
      color: #0b4f8a;
      font-variant-numeric: tabular-nums;
    }
    .status {
      font-size: 0.8rem;
      font-weight: 600;
      color: #222;
    }
    dl {
      margin: 4px 0 0;
      display: grid;
      grid-template-columns: 1fr auto;
      column-gap: 8px;
      font-size: 0.75rem;
      color: #333;
    }
    dt,
    dd {
      margin: 0;
    }
    dd {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `;

  override render() {
    return html`<ul aria-label=${text(m.figuresHeading, this.lang)}>
      ${this.cards.map(
        (c) => html`<li class=${c.status} data-card=${c.id}>
          <h3>${c.title}</h3>
          <div class="value">${c.value}</div>
          <div class="interval">${c.interval}</div>
          <div class="target">${c.target}</div>
          ${c.note ? html`<div class="target note">${c.note}</div>` : ''}
          ${c.delta ? html`<div class="delta">${c.delta}</div>` : ''}
          ${c.statusLabel !== undefined
            ? c.statusLabel
              ? html`<div class="status">${c.statusLabel}</div>`
              : ''
            : c.status !== 'none'
              ? html`<div class="status">${text(statusText[c.status], this.lang)}</div>`
              : ''}
          ${c.hoursCheck ? html`<div class="status hours ${c.hoursCheck.status}">${c.hoursCheck.text}</div>` : ''}
          ${c.details.length
            ? html`<dl>
                ${c.details.map((d) => html`<dt>${d.label}</dt><dd>${d.value}</dd>`)}
              </dl>`
            : ''}
        </li>`,
      )}
    </ul>`;
  }
}

customElements.define('cc-kpi-cards', CcKpiCards);

declare global {
  interface HTMLElementTagNameMap {
    'cc-kpi-cards': CcKpiCards;
  }
}
