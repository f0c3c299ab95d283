/** The command line's readable table: mean ± 95% half-width for the figures planners quote. */
import type { Estimate } from '../engine/summary.ts';
import type { ExperimentResult } from '../../models/replications.ts';

export function cell(e: Estimate, digits: number, scale = 1): string {
  if (Number.isNaN(e.mean)) return '—';
  const mean = (e.mean * scale).toFixed(digits);
  return Number.isNaN(e.halfWidth95) ? mean : `${mean} ± ${(e.halfWidth95 * scale).toFixed(digits)}`;
}

export function table(headers: string[], rows: string[][]): string {
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
  const funnelHeaders = ['', 'offered', 'IVR', 'front desk', 'back office', 'mission', 'CPC', 'busy signal', 'hung up', 'hung up on transfer', 'in progress'];
  const funnelRows = Object.entries(s.funnel).map(([id, f]) => [
    id,
    ...[f.offered, f.selfService, f.frontDesk, f.backOffice, f.mission, f.consularProtectionCenter, f.blocked, f.abandonedFront, f.abandonedTransfer, f.inProgress].map((e) => cell(e, 0)),
  ]);
  const w = s.workOrders;
  const stageRows = Object.entries(w.stages).map(([stage, f]) => [
    stage,
    cell(f.entered, 0),
    cell(f.meanBacklog, 1),
    cell(f.maxBacklog, 0),
    cell(f.ageP50Hours, 2),
    cell(f.ageP90Hours, 2),
    cell(f.ageP99Hours, 2),
  ]);
  const n = s.notifications;
  const t = s.transfers;
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
    `Secretaries on the phones: ${cell(w.secretaryPhoneActivations, 1)} time(s), ${cell(w.secretaryPhoneHours, 0)} hours`,
    '',
    'Funnel: the tier that finished each call (CPC = Consular Protection Center)',
    table(funnelHeaders, funnelRows),
    '',
    `Live transfers: ${cell(t.transferred, 0)} transferred, ${cell(t.answered, 0)} answered, hang-ups ${cell(t.abandonRate, 1, 100)} %, mean wait ${cell(t.meanWaitSeconds, 0)} s, p90 ${cell(t.waitP90Seconds, 0)} s`,
    '',
    `Work orders: ${cell(w.created, 0)} created, ${cell(w.completed, 0)} completed, ${cell(w.open, 0)} open at the end, ${cell(w.forwarded, 0)} forwarded to missions, ${cell(w.escalated, 0)} escalated to the CPC`,
    table(['stage', 'entered', 'mean backlog', 'max backlog', 'p50 h', 'p90 h', 'p99 h'], stageRows),
    `Call to mission receipt: mean ${cell(w.callToMissionMeanHours, 2)} h, p90 ${cell(w.callToMissionP90Hours, 2)} h`,
    '',
    `Emergency notifications: ${cell(n.sent, 0)} sent, ${cell(n.failed, 1)} failed on every channel; call to notification mean ${cell(n.meanMinutes, 1)} min, p90 ${cell(n.p90Minutes, 1)} min; within target ${cell(n.withinTargetShare, 1, 100)} %`,
    '',
  ].join('\n');
}
