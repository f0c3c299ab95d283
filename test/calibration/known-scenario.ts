/**
 * A small scenario whose every fitted number is known, for the round trip: two call types
 * on one lane, lognormal talk times, exponential patience, an IVR, transfers and work
 * orders, redials, and few enough seats that about a third of the callers who queue hang up.
 * Built on the bundled baseline (its back office and missions), with no standby seats and no
 * secretaries on the phones, so that the seats stay fixed.
 */
import { simulateCallCentre } from '../../models/call-centre.ts';
import { CallLogWriter } from '../../src/calibration/call-log-writer.ts';
import { DAY, HOUR } from '../../src/engine/time.ts';
import { accepted, bundledJson } from '../support/scenarios.ts';

export const KNOWN = {
  callsPerHour: 60,
  types: [
    { id: 'case', share: 0.4, selfServiceShare: 0, handleMean: 420, handleCv: 0.8, afterCallMean: 90, patienceMean: 180, transferShare: 0.15, workOrderShare: 0.4 },
    { id: 'enquiry', share: 0.6, selfServiceShare: 0.3, handleMean: 240, handleCv: 0.6, afterCallMean: 45, patienceMean: 120, transferShare: 0.03, workOrderShare: 0.05 },
  ],
  redial: { afterBusyProbability: 0.7, afterAbandonProbability: 0.5, delayMean: 300, maxAttempts: 4 },
} as const;

export function knownScenarioJson(seats = 6): Record<string, unknown> {
  const base = bundledJson('baseline');
  const baseTypes = base.callTypes as Record<string, unknown>[];
  const backOffice = { ...(base.backOffice as Record<string, unknown>) };
  delete backOffice.phones;
  // The baseline's forwarded after-hours calls arrive as its own call types and add volume the
  // fit would count: the known scenario keeps the missions' weights, lunch and holidays only.
  const missions = { ...(base.missions as Record<string, unknown>) };
  delete missions.afterHoursForwarding;
  const json: Record<string, unknown> = {
    ...base,
    name: 'Known scenario for the calibration round trip',
    description: 'Two call types on one lane; every number the calibration fits is set here.',
    run: { days: 29, warmupHours: 24, startBeijing: '2025-03-02T00:00', bucketMinutes: 15, drainLimitHours: 24 },
    arrivals: { callsPerHour: KNOWN.callsPerHour, hourOfDayWeights: (base.arrivals as { hourOfDayWeights: number[] }).hourOfDayWeights },
    callTypes: KNOWN.types.map((t, i) => ({
      id: t.id,
      lane: 'general',
      share: t.share,
      selfServiceShare: t.selfServiceShare,
      handleSeconds: { kind: 'lognormal', meanSeconds: t.handleMean, cv: t.handleCv },
      afterCallWorkSeconds: { kind: 'lognormal', meanSeconds: t.afterCallMean, cv: 0.5 },
      patienceSeconds: { kind: 'exponential', meanSeconds: t.patienceMean },
      afterCall: { ...(baseTypes[i + 1]!.afterCall as object), liveTransferShare: t.transferShare, workOrderShare: t.workOrderShare },
    })),
    lanes: [{ id: 'general', priority: 0, serviceLevelTargetSeconds: 20 }],
    trunk: { lines: seats + 6 },
    frontDesk: { seats },
    redial: {
      afterBusyProbability: KNOWN.redial.afterBusyProbability,
      afterAbandonProbability: KNOWN.redial.afterAbandonProbability,
      delaySeconds: { kind: 'exponential', meanSeconds: KNOWN.redial.delayMean },
      maxAttempts: KNOWN.redial.maxAttempts,
    },
    backOffice,
    missions,
  };
  delete json.standby;
  delete json.surges;
  return json;
}

/** One replication's call log as text, with the replication's own figures. */
export function simulatedLog(json: Record<string, unknown>, seed = 1) {
  const scenario = accepted(json);
  const chunks: string[] = [];
  const writer = new CallLogWriter(scenario, { seed, replication: 0, fromSeconds: scenario.run.warmupHours * HOUR, toSeconds: scenario.run.days * DAY, write: (t) => chunks.push(t) });
  const result = simulateCallCentre(scenario, { seed, trace: writer.sink });
  const summary = writer.finish();
  return { text: chunks.join(''), result, summary, scenario };
}
