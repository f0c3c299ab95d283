/**
 * The analytic start of staffing counts the calls missions forward after hours: a mission's
 * rate in each half hour of the week, times the share of the run that finds it shut then.
 */
import { describe, expect, it } from 'vitest';
import { deskLoads, forwardedRates } from '../../src/planning/erlang-staffing.ts';
import { accepted, bundledJson } from '../support/scenarios.ts';

/** Half hour of the week, Monday 00:00 Beijing first. */
const halfHour = (day: number, hh: number, mm = 0) => day * 48 + hh * 2 + mm / 30;

describe('forwarded calls in the desk load', () => {
  const baseline = accepted(bundledJson('baseline'));
  const types = baseline.callTypes.map((t) => t.id);
  const protection = types.indexOf('protection-case');
  const rates = forwardedRates(baseline);

  it('adds each mission while shut: all three on a Beijing Monday night, New York alone on a Tuesday morning', () => {
    // Monday 03:15 Beijing: Tokyo 04:15, Kuala Lumpur 03:15, New York Sunday afternoon: 1 + 0.5 + 0.5 an hour.
    expect(rates[halfHour(0, 3)]![protection]! * 3600).toBeCloseTo(2, 9);
    // Tuesday 10:15 Beijing: Tokyo and Kuala Lumpur open, New York (Monday 21:15 or 22:15) shut.
    expect(rates[halfHour(1, 10)]![protection]! * 3600).toBeCloseTo(0.5, 9);
    // Tokyo's lunch: Tuesday 11:15 Beijing is 12:15 in Tokyo.
    expect(rates[halfHour(1, 11)]![protection]! * 3600).toBeCloseTo(1.5, 9);
    for (const [i, id] of types.entries()) if (id !== 'protection-case') expect(rates[halfHour(0, 3)]![i]).toBe(0);
  });

  it('counts a holiday in its share of the run: Tokyo shut on one of the four Thursdays (20 March)', () => {
    expect(rates[halfHour(3, 10)]![protection]! * 3600).toBeCloseTo(0.5 + 1 / 4, 9);
  });

  it('without forwarding the loads are the hour-of-week rates alone', () => {
    const json = bundledJson('baseline');
    delete (json.missions as Record<string, unknown>).afterHoursForwarding;
    const plain = accepted(json);
    expect(forwardedRates(plain).flat().every((r) => r === 0)).toBe(true);
    const extra = deskLoads(baseline)[halfHour(0, 3)]!.arrivalRate - deskLoads(plain)[halfHour(0, 3)]!.arrivalRate;
    const toDesk = 1 - baseline.callTypes[protection]!.selfServiceShare;
    expect(extra * 3600).toBeCloseTo(2 * toDesk, 9);
  });
});
