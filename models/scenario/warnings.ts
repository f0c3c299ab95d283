/**
 * Warnings: a scenario the parser accepts that is still probably not what the planner
 * means. Unlike issues, a warning does not stop a run. The editor and the command line
 * both call `scenarioWarnings`.
 */
import { seatsByHalfHourOfWeek } from '../phone/staffing.ts';
import type { Scenario } from './scenario.ts';

export interface ScenarioWarning {
  /** The field the warning is about, e.g. `trunk.lines`. */
  readonly path: string;
  /** In English (the command line's language). */
  readonly message: string;
  /** The same in Chinese, for the page. */
  readonly messageZh: string;
}

/** The most seats that can be taking calls at once: front seats at their busiest half hour, standby seats, secretaries on the phones. */
export function seatsThatCanBeOnDuty(scenario: Scenario): { front: number; standby: number; secretaryPhones: number; total: number } {
  const front = Math.max(...seatsByHalfHourOfWeek(scenario.frontDesk.seats));
  const standby = scenario.standby?.seats ?? 0;
  const office = scenario.backOffice;
  const secretaryPhones = office?.phones ? Math.min(office.phones.seats, Math.max(...seatsByHalfHourOfWeek(office.secretaries.seats))) : 0;
  return { front, standby, secretaryPhones, total: front + standby + secretaryPhones };
}

export function scenarioWarnings(scenario: Scenario): ScenarioWarning[] {
  const warnings: ScenarioWarning[] = [];
  const lines = scenario.trunk?.lines;
  const seats = seatsThatCanBeOnDuty(scenario);
  if (lines !== undefined && seats.total > lines) {
    warnings.push({
      path: 'trunk.lines',
      message:
        `up to ${seats.total} seats can be on duty (front desk ${seats.front}, standby ${seats.standby}, secretaries on the phones ${seats.secretaryPhones}) ` +
        `but there are only ${lines} trunk lines: at most ${lines} calls can be held at once, so ${seats.total - lines} seat(s) can never all be busy, and callers beyond the lines hear busy signals`,
      messageZh:
        `最多可有 ${seats.total} 个坐席同时在岗（前台 ${seats.front}、备用 ${seats.standby}、转到电话上的文秘 ${seats.secretaryPhones}），` +
        `但中继线路只有 ${lines} 条：同时最多容纳 ${lines} 通来电，其中 ${seats.total - lines} 个坐席永远不会全部占用，线路满时来电者听到忙音`,
    });
  }
  return warnings;
}
