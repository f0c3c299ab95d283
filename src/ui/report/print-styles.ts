/**
 * The printed report (`@media print`): printing the planner's page gives the report's first
 * lines (cc-print-report.ts), then the dashboard's headline figures with their intervals and
 * its charts, one chart per row and never cut by a page break. The header, the skip links,
 * the notices, the scenario library, the editor, the run controls and every button are left
 * off. Each shadow root holds its own part: the page's, the dashboard's and a chart panel's.
 */
import { css } from 'lit';

/** `<cc-app>`: only the results card, across the page. */
export const appPrintStyles = css`
  @page {
    size: A4;
    margin: 14mm 12mm;
  }
  @media print {
    :host {
      background: #fff;
      min-height: 0;
    }
    header,
    .skip,
    .notice,
    main > section.card,
    #editor,
    .side > .card:not(.report) {
      display: none !important;
    }
    main {
      display: block;
      padding: 0;
      max-width: none;
    }
    .columns,
    .side {
      display: block;
    }
    .card.report,
    .results {
      border: none;
      padding: 0;
      position: static;
      max-height: none;
      overflow: visible;
    }
  }
`;

/** `<cc-dashboard>`: no export buttons; charts one per row, each kept whole on a page. */
export const dashboardPrintStyles = css`
  @media print {
    .exports {
      display: none !important;
    }
    .charts {
      display: block;
    }
    cc-chart-panel {
      break-inside: avoid;
      page-break-inside: avoid;
      margin-bottom: 8px;
    }
    cc-kpi-cards {
      break-inside: avoid;
    }
  }
`;

/** `<cc-chart-panel>`: drawn even when off screen, without its SVG and PNG buttons. */
export const panelPrintStyles = css`
  @media print {
    :host {
      content-visibility: visible;
      break-inside: avoid;
    }
    .export,
    .tooltip,
    .overlay {
      display: none !important;
    }
  }
`;
