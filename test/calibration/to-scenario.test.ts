import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/calibrate.ts';
import { CALL_LOG_COLUMNS } from '../../src/calibration/call-log.ts';
import { durationJson, identifierOf } from '../../src/calibration/to-scenario.ts';
import { bundledJson } from '../support/scenarios.ts';

/** A day of a made-up export: two call types the baseline does not know, on a lane it does not know. */
function foreignLog(): string {
  const lines = [CALL_LOG_COLUMNS.join(',')];
  for (let i = 0; i < 300; i++) {
    const minute = String(i % 60).padStart(2, '0');
    const hour = String(Math.floor(i / 60) * 4).padStart(2, '0');
    const type = i % 3 === 0 ? 'Visa Enquiry' : 'Lost Passport';
    const wait = 5 + (i % 40);
    const q = `2025-03-03 ${hour}:${minute}:10`;
    const end = `2025-03-03 ${hour}:${minute}:${String(10 + wait).padStart(2, '0')}`;
    lines.push(i % 7 === 0 ? `${i},c${i},2025-03-03 ${hour}:${minute}:00,${type},agent,Hotline Queue,${q},,${end},,,abandoned,,,` : `${i},c${i},2025-03-03 ${hour}:${minute}:00,${type},agent,Hotline Queue,${q},${end},,${100 + ((i * 37) % 400)},0,answered,0,0,`);
  }
  return lines.join('\n');
}

describe('the scenario built from a fit', () => {
  it('turns a log\'s names into identifiers, adds its lane, and says what it kept from the base', async () => {
    const result = await calibrate(foreignLog(), { base: bundledJson('baseline'), source: 'export.csv', salt: new Uint8Array(16) });
    if (!result.ok) throw new Error(`${result.reason} ${JSON.stringify(result.scenarioIssues)}`);
    const { scenario, report } = result;
    expect(scenario.callTypes.map((t) => [t.id, t.lane])).toEqual([
      ['visa-enquiry', 'hotline-queue'],
      ['lost-passport', 'hotline-queue'],
    ]);
    expect(scenario.lanes.map((l) => l.id)).toEqual(['emergency', 'general', 'hotline-queue']);
    expect(scenario.callTypes[0]!.afterCallWorkSeconds).toBeUndefined();
    expect(scenario.arrivals.hourOfDayWeights).toHaveLength(24);
    expect(scenario.name).toBe('Calibrated from export.csv');
    expect(report.notes).toContain('call type "Visa Enquiry" is written as the identifier visa-enquiry');
    expect(report.notes).toContain('the log is shorter than a week: an hour-of-day profile, the same every day');
    expect(report.notes.some((n) => n.startsWith('lane hotline-queue: not in the base scenario'))).toBe(true);
    // The baseline's after-hours forwarding is in the log's volume, and names call types the log lacks.
    expect(scenario.missions?.afterHoursForwarding).toBeUndefined();
    expect(scenario.missions?.lunch).toEqual({ start: '12:00', end: '14:00' });
    expect(report.notes).toContain('the base scenario\'s after-hours forwarding is dropped: the calls missions forwarded are in the log\'s volume');
  });

  it('writes durations as the scenario does, CV within the parser\'s range', () => {
    expect(identifierOf('12308 Calls')).toBe('t-12308-calls');
    expect(durationJson({ family: 'exponential', meanSeconds: 150.04, cv: 1, parameters: {}, logLikelihood: 0, aic: 0 })).toEqual({ kind: 'exponential', meanSeconds: 150 });
    expect(durationJson({ family: 'gamma', meanSeconds: 61.26, cv: 40, parameters: {}, logLikelihood: 0, aic: 0 })).toEqual({ kind: 'gamma', meanSeconds: 61.3, cv: 10 });
  });
});
