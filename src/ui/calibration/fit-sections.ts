/**
 * The fit, shown: the rows with problems, the volume and its day-to-day spread, the
 * hour-of-week profile, the call-type mix and shares, per call type the talk and after-call
 * distributions chosen by AIC (the table and a Q-Q plot) and patience (Kaplan–Meier against
 * the parametric fit, with the censoring stated), redials, and the notes. Render functions
 * over the worker's `FitDone`: no state of their own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { text, type Bilingual, type Lang } from '../../i18n/i18n.ts';
import { formatNumber, formatPercent, MISSING } from '../../charts/format.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { CallTypeFit } from '../../calibration/call-type-fit.ts';
import type { DurationFit, Family } from '../../calibration/duration-fit.ts';
import type { RowIssue } from '../../calibration/parse-log.ts';
import type { RowsReport } from '../../calibration/calibrate.ts';
import { identifierOf } from '../../calibration/to-scenario.ts';
import type { FitDone, QqPoint, TypePlots } from './calibration-api.ts';
import { renderXyChart } from './calibration-charts.ts';
import { C, noteText, rowIssueText } from './messages.ts';

/** Rows with problems listed on the page (the library keeps more; the count says how many there were). */
export const ISSUES_SHOWN = 100;
const CHART = { width: 420, height: 220 };
const WIDE = { width: 860, height: 220 };

const seconds = (x: number) => formatNumber(x, x >= 100 ? 0 : 1);
/** Axis ticks: whole numbers without decimals. */
const tick = (x: number) => formatNumber(x, Number.isInteger(x) ? 0 : 1);

export function familyName(family: Family, lang: Lang): string {
  const names = text(C.families, lang).split(',');
  return names[['exponential', 'lognormal', 'gamma'].indexOf(family)] ?? family;
}

/** A call type's label from the fitted scenario (the base's bilingual label), else its id. */
export function typeLabel(json: Record<string, unknown>, id: string, lang: Lang): string {
  const types = (json.callTypes as { id: string; label?: Bilingual }[] | undefined) ?? [];
  const label = types.find((t) => t.id === identifierOf(id))?.label;
  return label ? text(label, lang) : id;
}

export function renderRows(rows: RowsReport, lang: Lang): TemplateResult {
  const shown = rows.issues.slice(0, ISSUES_SHOWN);
  return html`<section aria-labelledby="rows-title">
    <h3 id="rows-title">${text(C.rowsTitle, lang)}</h3>
    <p id="rows-summary">${text(C.rowsSummary(rows.total, rows.good, rows.bad), lang)}</p>
    ${shown.length > 0 ? renderIssueTable(shown, rows.issueCount, lang) : nothing}
  </section>`;
}

function renderIssueTable(issues: readonly RowIssue[], count: number, lang: Lang): TemplateResult {
  return html`<p class="help" id="issues-count">${text(C.issuesShown(issues.length, count), lang)}</p>
    <div class="table-wrap scroll">
      <table id="row-issues">
        <thead><tr><th scope="col">${text(C.row, lang)}</th><th scope="col">${text(C.column, lang)}</th><th scope="col">${text(C.value, lang)}</th><th scope="col">${text(C.reason, lang)}</th></tr></thead>
        <tbody>${issues.map((i) => html`<tr><td>${i.row}</td><td>${i.column}</td><td><code>${i.value === '' ? MISSING : i.value}</code></td><td class="left">${rowIssueText(i.message, lang)}</td></tr>`)}</tbody>
      </table>
    </div>`;
}

export function renderVolume(done: FitDone, lang: Lang): TemplateResult {
  const a = done.report.fit.arrivals;
  const weekdays = text(C.weekdays, lang).split(',');
  const start = new Date(a.startMs).toISOString().slice(0, 16).replace('T', ' ');
  const end = new Date(a.startMs + a.hours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const facts: [Bilingual, string][] = [
    [C.period, `${start} – ${end}`],
    [C.firstCalls, formatNumber(a.firstCalls)],
    [C.attempts, formatNumber(a.attempts)],
    [C.perHour, formatNumber(a.callsPerHour, 2)],
    [C.perDay, formatNumber(a.callsPerHour * 24, 0)],
    [C.dailyCv, a.dailyCv === undefined ? text(C.notDetermined, lang) : formatPercent(a.dailyCv, 1)],
    [C.dispersion, a.dispersionIndex === undefined ? text(C.notDetermined, lang) : formatNumber(a.dispersionIndex, 2)],
    [C.busyShare, formatPercent(done.report.fit.busyShare, 1)],
  ];
  const days = a.days.map((d, i) => [i, d.calls] as const);
  const profile = a.ratePerHourOfWeek.map((r, h) => [h + 0.5, r] as const);
  return html`<section aria-labelledby="volume-title">
    <h3 id="volume-title">${text(C.volumeTitle, lang)}</h3>
    <dl class="facts" id="volume-facts">${facts.map(([k, v]) => html`<div><dt>${text(k, lang)}</dt><dd>${v}</dd></div>`)}</dl>
    <div class="charts">
      ${a.days.length > 0
        ? renderXyChart(
            {
              ...CHART,
              layers: [
                { kind: 'bars', label: text(C.observedCalls, lang), colour: OKABE_ITO.skyBlue, points: days.map(([i, c]) => [i - 0.4, c] as const), width: 0.8 },
                { kind: 'step', label: text(C.expectedCalls, lang), colour: OKABE_ITO.black, points: [...a.days.map((d, i) => [i - 0.5, d.expected] as const), [a.days.length - 0.5, a.days.at(-1)!.expected] as const] },
              ],
              formatX: (i) => a.days[Math.round(i)]?.date.slice(5) ?? '',
              formatY: (y) => formatNumber(y),
              xDomain: [-0.5, a.days.length - 0.5],
            },
            { title: text(C.daysChart, lang), x: text(C.day, lang), y: text(C.calls, lang) },
          )
        : nothing}
    </div>
    <div class="charts wide" id="profile-chart">
      ${renderXyChart(
        {
          ...WIDE,
          layers: [{ kind: 'step', label: text(C.rate, lang), colour: OKABE_ITO.blue, points: [...profile.map(([h, r]) => [h - 0.5, r] as const), [168, profile.at(-1)![1]] as const] }],
          formatX: (h) => weekdays[Math.floor(h / 24)] ?? '',
          formatY: tick,
          xDomain: [0, 168],
          xTicks: [0, 24, 48, 72, 96, 120, 144].map((h) => h + 12),
        },
        { title: text(C.profileChart, lang), x: text(C.hourOfWeek, lang), y: text(C.callsPerHourAxis, lang) },
      )}
    </div>
  </section>`;
}

export function renderMix(done: FitDone, lang: Lang): TemplateResult {
  const types = done.report.fit.callTypes;
  return html`<section aria-labelledby="mix-title">
    <h3 id="mix-title">${text(C.mixTitle, lang)}</h3>
    <div class="table-wrap">
      <table id="mix-table">
        <thead>
          <tr>
            ${[C.callType, C.lane, C.share, C.firstCalls, C.answered, C.abandoned, C.selfService, C.transfer, C.workOrder].map((h) => html`<th scope="col">${text(h, lang)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${types.map(
            (t) => html`<tr data-type=${t.id}>
              <th scope="row">${typeLabel(done.json, t.id, lang)}</th>
              <td>${t.lane ?? MISSING}</td>
              <td>${formatPercent(t.share)}</td>
              <td>${formatNumber(t.firstCalls)}</td>
              <td>${formatNumber(t.answered)}</td>
              <td>${formatNumber(t.abandoned)}</td>
              <td>${formatPercent(t.selfServiceShare)}</td>
              <td>${formatPercent(t.transferShare)}</td>
              <td>${formatPercent(t.workOrderShare)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Blocks of a call type: talk, after-call work, patience (each a chart and a table). */
export const BLOCKS_PER_TYPE = 3;

/** The first `count` blocks of the call types' durations (the page adds one a frame, so that no task draws them all). */
export function renderDurations(done: FitDone, lang: Lang, count = Infinity): TemplateResult {
  return html`<section aria-labelledby="durations-title">
    <h3 id="durations-title">${text(C.durationsTitle, lang)}</h3>
    ${done.report.fit.callTypes.map((t, i) => {
      const blocks = Math.min(BLOCKS_PER_TYPE, count - i * BLOCKS_PER_TYPE);
      return blocks > 0 ? renderType(done, t, done.plots.find((p) => p.id === t.id)!, lang, blocks) : nothing;
    })}
  </section>`;
}

function renderType(done: FitDone, t: CallTypeFit, plots: TypePlots, lang: Lang, blocks: number): TemplateResult {
  const label = typeLabel(done.json, t.id, lang);
  return html`<article class="type" data-type=${t.id} aria-label=${label}>
    <h4>${label}</h4>
    <div class="charts">
      ${renderDuration(`${label} · ${text(C.talk, lang)}`, t.handle, plots.handle, text(C.tooFewValues, lang), lang, 'talk')}
      ${blocks > 1 ? renderDuration(`${label} · ${text(C.afterCall, lang)}`, t.afterCall, plots.afterCall, text(t.noAfterCallWork ? C.noAfterCall : C.tooFewValues, lang), lang, 'after-call') : nothing}
      ${blocks > 2 ? renderPatience(`${label} · ${text(C.patience, lang)}`, t, plots, lang) : nothing}
    </div>
  </article>`;
}

function renderDuration(title: string, fit: DurationFit | undefined, qq: readonly QqPoint[] | undefined, missing: string, lang: Lang, kind: string): TemplateResult {
  if (!fit || !qq) return html`<div class="duration" data-kind=${kind}><h5>${title}</h5><p class="help">${missing}</p></div>`;
  const best = fit.candidates[0]!.aic;
  return html`<div class="duration" data-kind=${kind}>
    ${renderXyChart(
      {
        ...CHART,
        layers: [
          { kind: 'diagonal', label: text(C.qqLine, lang), colour: OKABE_ITO.black },
          { kind: 'dots', label: text(C.qqPoints, lang), colour: OKABE_ITO.vermillion, points: qq.map((q) => [q.fittedSeconds, q.observedSeconds] as const) },
        ],
        formatX: tick,
        formatY: tick,
      },
      { title: text(C.qqTitle(title), lang), x: text(C.qqX, lang), y: text(C.qqY, lang), summary: `${familyName(fit.best.family, lang)}` },
    )}
    <table class="aic">
      <caption>${text(C.ks(formatNumber(fit.ks, 3), fit.n), lang)}</caption>
      <thead><tr>${[C.family, C.mean, C.cv, C.logLik, C.aic, C.deltaAic].map((h) => html`<th scope="col">${text(h, lang)}</th>`)}</tr></thead>
      <tbody>
        ${fit.candidates.map(
          (c, i) => html`<tr class=${i === 0 ? 'chosen' : ''}>
            <th scope="row">${familyName(c.family, lang)} ${i === 0 ? text(C.chosen, lang) : ''}</th>
            <td>${seconds(c.meanSeconds)} s</td>
            <td>${formatNumber(c.cv, 2)}</td>
            <td>${formatNumber(c.logLikelihood, 1)}</td>
            <td>${formatNumber(c.aic, 1)}</td>
            <td>${formatNumber(c.aic - best, 1)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderPatience(title: string, t: CallTypeFit, plots: TypePlots, lang: Lang): TemplateResult {
  const p = t.patience;
  const curve = plots.patience;
  if (!p || !curve) return html`<div class="duration" data-kind="patience"><h5>${title}</h5><p class="help">${text(C.tooFewHangUps, lang)}</p></div>`;
  const km = [[0, 1] as const, ...curve.kaplanMeier.map((q) => [q.seconds, q.survival] as const), [curve.horizonSeconds, curve.kaplanMeier.at(-1)?.survival ?? 1] as const];
  return html`<div class="duration" data-kind="patience">
    ${renderXyChart(
      {
        ...CHART,
        layers: [
          { kind: 'step', label: text(C.kmCurve, lang), colour: OKABE_ITO.blue, points: km },
          { kind: 'line', label: text(C.kmFitted(familyName(p.best.family, lang)), lang), colour: OKABE_ITO.orange, points: curve.fitted.map((q) => [q.seconds, q.survival] as const), dashed: true },
        ],
        formatX: tick,
        formatY: (y) => formatPercent(y, 0),
        share: true,
        xDomain: [0, curve.horizonSeconds],
      },
      { title: text(C.kmTitle(title), lang), x: text(C.kmX, lang), y: text(C.kmY, lang) },
    )}
    <p class="help censoring">${text(C.censoring(p.events, p.censored), lang)}
      ${p.kaplanMeier.medianSeconds !== undefined ? text(C.kmMedian(seconds(p.kaplanMeier.medianSeconds)), lang) : ''}</p>
    <table class="aic">
      <thead><tr>${[C.family, C.mean, C.cv, C.aic, C.deltaAic].map((h) => html`<th scope="col">${text(h, lang)}</th>`)}</tr></thead>
      <tbody>
        ${p.candidates.map(
          (c, i) => html`<tr class=${i === 0 ? 'chosen' : ''}>
            <th scope="row">${familyName(c.family, lang)} ${i === 0 ? text(C.chosen, lang) : ''}</th>
            <td>${seconds(c.meanSeconds)} s</td>
            <td>${formatNumber(c.cv, 2)}</td>
            <td>${formatNumber(c.aic, 1)}</td>
            <td>${formatNumber(c.aic - p.candidates[0]!.aic, 1)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderRedials(done: FitDone, lang: Lang): TemplateResult {
  const r = done.report.fit.redial;
  return html`<section aria-labelledby="redial-title">
    <h3 id="redial-title">${text(C.redialTitle, lang)}</h3>
    ${r
      ? html`<dl class="facts" id="redial-facts">
          <div><dt>${text(C.afterBusy, lang)}</dt><dd>${formatPercent(r.afterBusy.probability)} (${text(C.redialCount(r.afterBusy.redials, r.afterBusy.eligible), lang)})</dd></div>
          <div><dt>${text(C.afterAbandon, lang)}</dt><dd>${formatPercent(r.afterAbandon.probability)} (${text(C.redialCount(r.afterAbandon.redials, r.afterAbandon.eligible), lang)})</dd></div>
          <div><dt>${text(C.redialDelay, lang)}</dt><dd>${r.delay ? `${familyName(r.delay.best.family, lang)}, ${text(C.meanOf(seconds(r.delay.best.meanSeconds)), lang)}` : MISSING}</dd></div>
          <div><dt>${text(C.maxAttempts, lang)}</dt><dd>${r.maxAttempts}</dd></div>
        </dl>`
      : html`<p class="help">${text(C.noCallers, lang)}</p>`}
  </section>`;
}

export function renderNotes(done: FitDone, lang: Lang): TemplateResult {
  return html`<section aria-labelledby="notes-title">
    <h3 id="notes-title">${text(C.notesTitle, lang)}</h3>
    <ul class="notes">
      ${done.report.notes.map((n) => {
        const note = noteText(n, lang);
        return html`<li lang=${note.translated ? nothing : 'en'}>${note.text}</li>`;
      })}
    </ul>
  </section>`;
}
