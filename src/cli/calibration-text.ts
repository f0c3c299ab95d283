/**
 * The calibration's readable report: what the log held, per call type the distribution
 * AIC chose (with the others' AIC and the KS distance), patience by Kaplan–Meier against
 * the parametric fits, the shares, redials and arrivals; and the table of simulated
 * against observed per hour of the day.
 */
import type { FitReport } from '../calibration/calibrate.ts';
import type { CensoredFit } from '../calibration/censored-fit.ts';
import type { DurationFit, FittedDistribution } from '../calibration/duration-fit.ts';
import type { CalibrationReportData, IntervalFigures } from '../calibration/interval-report.ts';
import { formatRowIssue } from '../calibration/parse-log.ts';
import { cell, table } from './report.ts';

/** Bad rows listed in the text report; `--json` has up to MAX_ISSUES_LISTED. */
const ISSUES_SHOWN = 20;

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');
const secs = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

function distribution(d: FittedDistribution): string {
  return d.family === 'exponential' ? `exponential, mean ${secs(d.meanSeconds)} s` : `${d.family}, mean ${secs(d.meanSeconds)} s, CV ${d.cv.toFixed(3)}`;
}

function durationLine(what: string, fit: DurationFit | undefined): string {
  if (!fit) return `  ${what}: too few values, kept from the base scenario`;
  const others = fit.candidates.slice(1).map((c) => `${c.family} +${(c.aic - fit.best.aic).toFixed(1)}`).join(', ');
  return `  ${what} (n = ${fit.n}, sample mean ${secs(fit.sampleMeanSeconds)} s): ${distribution(fit.best)}; ΔAIC ${others}; KS distance ${fit.ks.toFixed(4)}`;
}

function patienceLines(fit: CensoredFit | undefined): string[] {
  if (!fit) return ['  patience: too few hang-ups, kept from the base scenario'];
  const km = fit.kaplanMeier;
  const others = fit.candidates.slice(1).map((c) => `${c.family} +${(c.aic - fit.best.aic).toFixed(1)}`).join(', ');
  return [
    `  patience (${fit.events} hang-ups, ${fit.censored} answered after waiting = censored, ${pct(fit.censored / fit.n)}): ${distribution(fit.best)}; ΔAIC ${others}`,
    `    Kaplan–Meier: median ${km.medianSeconds === undefined ? `beyond ${secs(km.horizonSeconds)}` : secs(km.medianSeconds)} s, mean restricted to ${secs(km.horizonSeconds)} s: ${secs(km.restrictedMeanSeconds)} s; fits' means: ${fit.candidates.map((c) => `${c.family} ${secs(c.meanSeconds)} s`).join(', ')}`,
    `    P(patience > t), Kaplan–Meier / fit: ${fit.comparison.map((r) => `${r.seconds.toFixed(0)} s ${r.kaplanMeier.toFixed(3)}/${r.fitted.toFixed(3)}`).join(', ')}`,
  ];
}

export function formatFitReport(report: FitReport): string {
  const { rows, fit } = report;
  const a = fit.arrivals;
  const lines = [
    `rows: ${rows.total} in the file, ${rows.good} used, ${rows.bad} with problems (${rows.issueCount} problem(s))`,
    ...rows.issues.slice(0, ISSUES_SHOWN).map((i) => `  ${formatRowIssue(i)}`),
    ...(rows.issueCount > ISSUES_SHOWN ? [`  … and ${rows.issueCount - ISSUES_SHOWN} more (--json lists up to 1000)`] : []),
    '',
    `arrivals: ${a.firstCalls} first calls and ${a.attempts - a.firstCalls} redials over ${a.hours} hours: ${a.callsPerHour.toFixed(2)} first calls an hour`,
    `  day-to-day spread beyond Poisson (daily multiplier CV): ${a.dailyCv === undefined ? 'needs two weeks of whole days' : a.dailyCv.toFixed(3)}${a.dispersionIndex === undefined ? '' : `; dispersion index ${a.dispersionIndex.toFixed(2)} (1 for Poisson)`}`,
    `  busy signals: ${pct(fit.busyShare)} of attempts`,
    '',
    table(
      ['call type', 'lane', 'first calls', 'mix', 'self-service', 'answered', 'hung up', 'transferred', 'work order'],
      fit.callTypes.map((t) => [t.id, t.lane ?? '—', String(t.firstCalls), pct(t.share), pct(t.selfServiceShare), String(t.answered), String(t.abandoned), pct(t.transferShare), pct(t.workOrderShare)]),
    ),
  ];
  for (const t of fit.callTypes) {
    lines.push('', `${t.id}:`, durationLine('talk time', t.handle), t.noAfterCallWork ? '  after-call work: none' : durationLine('after-call work', t.afterCall), ...patienceLines(t.patience));
  }
  const r = fit.redial;
  lines.push('');
  if (!r) lines.push('redials: no caller column, none found');
  else {
    lines.push(
      `redials: ${r.redials} (a caller calling again within 2 hours of a busy signal or a hang-up); longest chain ${r.maxAttempts} attempts`,
      `  after a busy signal ${pct(r.afterBusy.probability)} (${r.afterBusy.redials} of ${r.afterBusy.eligible}), after a hang-up ${pct(r.afterAbandon.probability)} (${r.afterAbandon.redials} of ${r.afterAbandon.eligible})`,
      r.delay ? durationLine('delay', r.delay) : '  delay: too few redials',
      `  patience on a redial: ${r.patienceOnRedial.sameWait} of ${r.patienceOnRedial.pairs} repeated hang-ups waited as long as the first${r.patienceOnRedial.needs ? `: ${r.patienceOnRedial.needs === 'keep' ? 'kept' : 'drawn afresh'}` : ' (too few to say)'}`,
    );
  }
  lines.push('', 'notes:', ...report.notes.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}

export function formatIntervalReport(data: CalibrationReportData): string {
  const row = (label: string, o: IntervalFigures, s: CalibrationReportData['overall']['simulated']) => [
    label,
    o.attemptsPerDay.toFixed(1),
    cell(s.attemptsPerDay, 1),
    pct(o.serviceLevel),
    cell(s.serviceLevel, 1, 100),
    pct(o.abandonRate),
    cell(s.abandonRate, 1, 100),
    secs(o.meanWaitSeconds),
    cell(s.meanWaitSeconds, 1),
  ];
  return `${[
    `simulated (${data.replications} replications, seed ${data.seed}, mean ± 95% half-width) against observed, by hour of arrival (Beijing), over ${data.days.toFixed(1)} days:`,
    table(
      ['hour', 'attempts/day obs', 'sim', 'SL obs', 'sim %', 'abandon obs', 'sim %', 'wait s obs', 'sim'],
      [...data.hours.map((h) => row(`${String(h.hour).padStart(2, '0')}:00`, h.observed, h.simulated)), row('all day', data.overall.observed, data.overall.simulated)],
    ),
  ].join('\n')}\n`;
}
