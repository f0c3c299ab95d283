/** The command line's readable table: mean ± 95% half-width for the figures planners quote. */
import type { Estimate } from '../engine/summary.ts';
import type { ExperimentResult } from '../../models/replications.ts';

function cell(e: Estimate, digits: number, scale = 1): string {
  if (Number.isNaN(e.mean)) return '—';
  const mean = (e.mean * scale).toFixed(digits);
  return Number.isNaN(e.halfWidth95) ? mean : `${mean} ± ${(e.halfWidth95 * scale).toFixed(digits)}`;
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatReport(result: ExperimentResult): string {
  const s = result.summary;
  const callHeaders = ['', 'offered', 'answered', 'SL %', 'P(wait) %', 'mean wait s', 'p90 wait s', 'abandon %', 'busy signal %', 'mean queue'];
  const callRows = (group: typeof s.byLane) =>
    Object.entries(group).map(([id, f]) => [
      id,
      cell(f.offered, 0),
      cell(f.answered, 0),
      cell(f.serviceLevel, 1, 100),
      cell(f.probWait, 1, 100),
      cell(f.meanWaitSeconds, 1),
      cell(f.waitP90Seconds, 1),
      cell(f.abandonRate, 1, 100),
      cell(f.blockRate, 1, 100),
      cell(f.meanQueueLength, 2),
    ]);
  const poolRows = Object.entries(s.pools).map(([id, p]) => [id, cell(p.occupancy, 1, 100), cell(p.meanSeatsOnDuty, 2), cell(p.meanBusySeats, 2), cell(p.seatHours, 0)]);
  return [
    `${result.scenario}: ${result.replications} replication(s) of ${result.days} day(s), seed ${result.seed}, warm-up ${result.warmupHours} h; mean ± 95% half-width`,
    '',
    'By lane',
    table(callHeaders, callRows(s.byLane)),
    '',
    'By call type',
    table(callHeaders, callRows(s.byCallType)),
    '',
    'Seats',
    table(['', 'occupancy %', 'seats on duty', 'busy seats', 'seat-hours'], poolRows),
    '',
    `Standby: ${cell(s.standby.activations, 1)} activation(s), ${cell(s.standby.seatsOnLine, 1)} seats on line, call-in ${cell(s.standby.meanCallInMinutes, 1)} min`,
    '',
  ].join('\n');
}
