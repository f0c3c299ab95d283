/**
 * The calibration report, shown: for each figure (attempts a day, service level,
 * abandonment, mean wait) a chart by hour of arrival — the simulated mean with its 95% band,
 * the log's value as dots — and one table of every hour and the whole day, each log value
 * marked inside or outside its interval (in words and a sign, not colour alone).
 */
import { html, type TemplateResult } from 'lit';
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import { formatEstimate, formatNumber, formatPercent } from '../../charts/format.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import { FIGURE_NAMES, type FigureName } from '../../calibration/interval-report.ts';
import { renderXyChart } from './calibration-charts.ts';
import { C } from './messages.ts';
import { hoursWithin, predictionHalfWidth, withinInterval, type ReportData, type ReportRow } from './report-figures.ts';

const FIGURES: Readonly<Record<FigureName, { label: Bilingual; format: (x: number) => string; share: boolean }>> = {
  attemptsPerDay: { label: C.attemptsPerDay, format: (x) => formatNumber(x, x < 10 ? 1 : 0), share: false },
  serviceLevel: { label: C.serviceLevel, format: (x) => formatPercent(x, 1), share: true },
  abandonRate: { label: C.abandonRate, format: (x) => formatPercent(x, 1), share: true },
  meanWaitSeconds: { label: C.meanWait, format: (x) => formatNumber(x, 1), share: false },
};

const hourLabel = (h: number | undefined, lang: Lang) => (h === undefined ? text(C.wholeDay, lang) : `${String(h).padStart(2, '0')}:00`);

export function renderReportCharts(data: ReportData, lang: Lang): TemplateResult {
  return html`<div class="charts report-charts">
    ${FIGURE_NAMES.map((name) => {
      const f = FIGURES[name];
      const rows = data.hours;
      // Every figure is ≥ 0 (and a share ≤ 1): the bands are cut there.
      const band = (r: ReportRow, half: number): readonly [number, number, number] => {
        const m = r.simulated[name].mean;
        const h = Number.isFinite(half) ? half : 0;
        return [r.hour! + 0.5, Math.max(0, m - h), f.share ? Math.min(1, m + h) : m + h];
      };
      const { within, of } = hoursWithin(data, name);
      return html`<div class="report-figure" data-figure=${name}>
        ${renderXyChart(
          {
            width: 420,
            height: 220,
            layers: [
              { kind: 'band', label: text(C.predictionBand, lang), colour: OKABE_ITO.skyBlue, points: rows.map((r) => band(r, predictionHalfWidth(r.simulated[name], data.replications))) },
              { kind: 'band', label: text(C.band, lang), colour: OKABE_ITO.blue, points: rows.map((r) => band(r, r.simulated[name].halfWidth95)) },
              { kind: 'line', label: text(C.simulatedMean, lang), colour: OKABE_ITO.blue, points: rows.map((r) => [r.hour! + 0.5, r.simulated[name].mean] as const) },
              { kind: 'dots', label: text(C.observedDots, lang), colour: OKABE_ITO.vermillion, points: rows.map((r) => [r.hour! + 0.5, r.observed[name]] as const) },
            ],
            formatX: (h) => String(Math.floor(h)).padStart(2, '0'),
            formatY: name === 'meanWaitSeconds' ? (x) => formatNumber(x, Number.isInteger(x) ? 0 : 1) : f.format,
            share: f.share,
            xDomain: [0, 24],
            xTicks: [0, 3, 6, 9, 12, 15, 18, 21, 24],
          },
          { title: text(f.label, lang), x: text(C.hourAxis, lang), y: text(f.label, lang), summary: text(C.within(within, of), lang) },
        )}
        <p class="help within">${text(C.within(within, of), lang)}</p>
      </div>`;
    })}
  </div>`;
}

export function renderReportTable(data: ReportData, lang: Lang): TemplateResult {
  const cell = (row: ReportRow, name: FigureName) => {
    const f = FIGURES[name];
    const sim = row.simulated[name];
    const inside = withinInterval(row.observed[name], sim, data.replications);
    const mark = inside === undefined ? '' : inside ? '✓' : '✗';
    return html`<td class="obs">${f.format(row.observed[name])}</td>
      <td class=${`sim ${inside === false ? 'outside' : ''}`}>${formatEstimate(sim.mean, sim.halfWidth95, f.format)}
        ${mark ? html`<span class="mark" title=${text(inside ? C.inside : C.outside, lang)}>${mark}<span class="sr-only">${text(inside ? C.inside : C.outside, lang)}</span></span>` : ''}</td>`;
  };
  return html`<p class="help">${text(C.markHelp, lang)}</p>
    <div class="table-wrap">
    <table id="report-table">
      <thead>
        <tr>
          <th scope="col" rowspan="2">${text(C.hour, lang)}</th>
          ${FIGURE_NAMES.map((name) => html`<th scope="colgroup" colspan="2">${text(FIGURES[name].label, lang)}</th>`)}
        </tr>
        <tr>${FIGURE_NAMES.map(() => html`<th scope="col">${text(C.observed, lang)}</th><th scope="col">${text(C.simulated, lang)}</th>`)}</tr>
      </thead>
      <tbody>
        ${[...data.hours, data.overall].map(
          (row) => html`<tr class=${row.hour === undefined ? 'total' : ''} data-hour=${row.hour ?? 'all'}>
            <th scope="row">${hourLabel(row.hour, lang)}</th>
            ${FIGURE_NAMES.map((name) => cell(row, name))}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
