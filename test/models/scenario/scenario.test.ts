import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { parseScenarioText } from '../../../models/scenario/scenario.ts';
import { formatIssue } from '../../../models/scenario/issues.ts';
import { MAX_SCENARIO_BYTES } from '../../../models/limits.ts';
import { accepted, bundledJson, rejected } from '../../support/scenarios.ts';

/** The baseline as loose JSON, to break field by field. */
const baselineJson = (): any => bundledJson('baseline');

describe('parseScenario', () => {
  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.json')))('accepts scenarios/%s and runs a day of it within a second', (file) => {
    const parsed = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
    if (!parsed.ok) return;
    const started = performance.now();
    simulateCallCentre(parsed.scenario, { seed: 1, days: 1.5 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports every problem at once with its path, the allowed range and the value found', () => {
    const bad = baselineJson();
    bad.frontDesk.seats = -3;
    bad.callTypes[1].handleSeconds.meanSeconds = 0;
    bad.callTypes[2].lane = 'nowhere';
    bad.lanes[0].serviceLevelTargetSeconds = 'ten';
    const messages = rejected(bad).map(formatIssue);
    expect(messages).toContain('callTypes[1].handleSeconds.meanSeconds: expected a number > 0 and ≤ 31622400, got 0');
    expect(messages).toContain('lanes[0].serviceLevelTargetSeconds: expected a number from 0 to 86400, got "ten"');
    expect(messages.some((m) => m.startsWith('frontDesk.seats: ') && m.endsWith('got -3'))).toBe(true);
  });

  it('checks references between sections once the fields are valid', () => {
    const bad = baselineJson();
    bad.callTypes[2].lane = 'nowhere';
    bad.callTypes[0].share = 0.5;
    const messages = rejected(bad).map(formatIssue);
    expect(messages).toContain('callTypes[2].lane: expected one of the lane ids: emergency, general, got "nowhere"');
    expect(messages.some((m) => m.startsWith('callTypes: expected call type shares adding up to 1 (they add up to 1.42)'))).toBe(true);
  });

  it('checks the back office, missions and notification channels against the rest of the scenario', () => {
    const bad = baselineJson();
    delete bad.backOffice;
    bad.missions.weights['xx-atlantis'] = 3;
    bad.notifications.channels[1].id = 'wechat';
    const messages = rejected(bad).map(formatIssue);
    expect(messages).toContain('callTypes[0].afterCall: expected a backOffice section when calls are transferred or leave work orders');
    expect(messages).toContain('missions.weights.xx-atlantis: expected a mission id of the catalogue (models/missions/catalogue.ts), or "other", got 3');
    expect(messages).toContain('notifications.channels[1].id: expected a channel id not used before, got "wechat"');
  });

  it('names unknown fields, so a misspelt unit is caught', () => {
    const bad = baselineJson();
    bad.callTypes[0].handleSeconds = { kind: 'exponential', meanMinutes: 5 };
    expect(rejected(bad).map(formatIssue)).toContain('callTypes[0].handleSeconds.meanMinutes: unknown field (check its spelling and unit), got 5');
  });

  it('reports a JSON syntax error as an issue, not an exception', () => {
    const parsed = parseScenarioText('{ "version": 1,');
    expect(parsed.ok).toBe(false);
  });

  it('returns a frozen scenario', () => {
    expect(Object.isFrozen(accepted(bundledJson('baseline')).callTypes[0])).toBe(true);
  });

  it('takes arrivals.dailyVolumeCv: 0, or from 0.001 to 2; outside, names the field and the range', () => {
    const withCv = (cv: unknown) => {
      const json = baselineJson();
      json.arrivals.dailyVolumeCv = cv;
      return json;
    };
    expect(accepted(withCv(0)).arrivals.dailyVolumeCv).toBe(0);
    expect(accepted(withCv(0.001)).arrivals.dailyVolumeCv).toBe(0.001);
    expect(accepted(withCv(2)).arrivals.dailyVolumeCv).toBe(2);
    expect(accepted(withCv(undefined)).arrivals.dailyVolumeCv).toBeUndefined(); // absent: no spread
    for (const bad of [-0.1, 0.0005, 2.5, '0.2']) {
      expect(rejected(withCv(bad)).map(formatIssue)).toEqual([`arrivals.dailyVolumeCv: expected 0 (no variation) or a number from 0.001 to 2, got ${JSON.stringify(bad)}`]);
    }
  });

  it('takes redial.needs "keep" or "redraw", absent meaning "keep"', () => {
    const withNeeds = (needs: unknown) => {
      const json = baselineJson();
      json.redial.needs = needs;
      return json;
    };
    expect(accepted(withNeeds('redraw')).redial?.needs).toBe('redraw');
    expect(accepted(withNeeds(undefined)).redial?.needs).toBeUndefined(); // absent: "keep"
    expect(rejected(withNeeds('fresh')).map(formatIssue)).toEqual(['redial.needs: expected "keep" (a redial keeps the talk time and patience of the first attempt) or "redraw" (drawn afresh), got "fresh"']);
  });

  it('takes a lunch break and holidays for the missions, and names the field of each mistake', () => {
    const withRules = (rules: Record<string, unknown>) => {
      const json = baselineJson();
      Object.assign(json.missions, rules);
      return json;
    };
    const good = accepted(withRules({ lunch: { start: '12:00', end: '14:00' }, holidaysByCountry: { JP: ['2025-01-01'] }, holidaysByMission: { 'us-new-york': ['2025-07-04'] } }));
    expect(good.missions?.lunch).toEqual({ start: '12:00', end: '14:00' });
    const messages = (rules: Record<string, unknown>) => rejected(withRules(rules)).map(formatIssue);
    expect(messages({ lunch: { start: '14:00', end: '12:00' } })).toEqual(['missions.lunch.end: expected a lunch break that ends after it starts, on the same day, got "12:00"']);
    expect(messages({ lunch: { start: '12:00', end: '12:00' } })).toEqual(['missions.lunch.end: expected a lunch break that ends after it starts, on the same day, got "12:00"']);
    expect(messages({ lunch: { start: '25:00', end: '26:00' } })).toContain('missions.lunch.start: expected a time of day "HH:MM" (24-hour, e.g. "12:00"), got "25:00"');
    expect(messages({ lunch: { start: '08:00', end: '18:00' } })[0]).toMatch(/^missions\.lunch: expected a lunch break that leaves part of every mission's office hours open \(/);
    expect(messages({ holidaysByCountry: { JP: ['2025-02-30'] } })).toEqual(['missions.holidaysByCountry.JP[0]: expected a local date "YYYY-MM-DD", got "2025-02-30"']);
    expect(messages({ holidaysByCountry: { XX: [] } })).toEqual(['missions.holidaysByCountry.XX: expected the country code of a mission in the catalogue (models/missions/catalogue.ts)']);
    expect(messages({ holidaysByCountry: { jp: [] } })[0]).toMatch(/^missions\.holidaysByCountry\.jp: expected an ISO 3166 two-letter country code/);
    expect(messages({ holidaysByMission: { 'xx-nowhere': [] } })[0]).toMatch(/^missions\.holidaysByMission\.xx-nowhere: expected a mission id of the catalogue/);
    expect(messages({ holidaysByMission: { 'us-new-york': new Array(1001).fill('2025-07-04') } })[0]).toMatch(/^missions\.holidaysByMission\.us-new-york: expected at most 1000 dates, got \["2025-07-04"/);
  });

  it('takes a surge’s missions on 24-hour duty only with a catalogue country to put on duty', () => {
    const withDuty = (surge: Record<string, unknown>) => {
      const json = bundledJson('major-incident');
      Object.assign((json.surges as Record<string, unknown>[])[0]!, surge);
      return json;
    };
    expect(accepted(withDuty({ country: 'SD', missionsOnDutyHours: 120 })).surges[0]?.missionsOnDutyHours).toBe(120);
    expect(accepted(withDuty({ missionsOnDutyHours: undefined })).surges[0]?.missionsOnDutyHours).toBeUndefined();
    const messages = (surge: Record<string, unknown>) => rejected(withDuty(surge)).map(formatIssue);
    expect(messages({ country: undefined, missionsOnDutyHours: 24 })).toEqual(['surges[0].country: expected the country whose missions go on 24-hour duty (missionsOnDutyHours is set), got nothing']);
    expect(messages({ country: 'XX', missionsOnDutyHours: 24 })).toEqual(['surges[0].country: expected the country code of a mission in the catalogue (models/missions/catalogue.ts), got "XX"']);
    expect(messages({ missionsOnDutyHours: 0 })[0]).toMatch(/^surges\[0\]\.missionsOnDutyHours: /);
    expect(accepted(withDuty({ country: 'XX', missionsOnDutyHours: undefined })).surges[0]?.country).toBe('XX'); // a surge's country needs no mission unless it puts them on duty
  });

  it('takes missions forwarding their after-hours calls, each mission once, with a known call type', () => {
    const withForwarding = (list: unknown) => {
      const json = baselineJson();
      json.missions.afterHoursForwarding = list;
      return json;
    };
    const good = accepted(withForwarding([{ mission: 'jp-tokyo', callsPerHour: 2, callType: 'general' }, { mission: 'my-kuala-lumpur', callsPerHour: 0, callType: 'emergency' }]));
    expect(good.missions?.afterHoursForwarding?.length).toBe(2);
    const messages = (list: unknown) => rejected(withForwarding(list)).map(formatIssue);
    expect(messages([{ mission: 'jp-tokyo', callsPerHour: -1, callType: 'general' }])).toEqual(['missions.afterHoursForwarding[0].callsPerHour: expected a number from 0 to 10000, got -1']);
    expect(messages([{ mission: 'xx-nowhere', callsPerHour: 1, callType: 'general' }])[0]).toMatch(/^missions\.afterHoursForwarding\[0\]\.mission: expected a mission id of the catalogue/);
    expect(messages([{ mission: 'jp-tokyo', callsPerHour: 1, callType: 'nothing' }])[0]).toMatch(/^missions\.afterHoursForwarding\[0\]\.callType: expected one of the call type ids: /);
    expect(messages([{ mission: 'jp-tokyo', callsPerHour: 1, callType: 'general' }, { mission: 'jp-tokyo', callsPerHour: 1, callType: 'general' }])).toEqual(['missions.afterHoursForwarding[1].mission: expected a mission not listed before, got "jp-tokyo"']);
    expect(messages([{ mission: 'jp-tokyo', callsPerHour: 1 }])[0]).toMatch(/^missions\.afterHoursForwarding\[0\]\.callType: /);
  });

  it('takes notifications.targetFrom ("arrival" or "decision") and ackTimeoutMinutes (> 0, ≤ 1440), both optional', () => {
    const withFields = (fields: Record<string, unknown>) => {
      const json = baselineJson();
      Object.assign(json.notifications, fields);
      return json;
    };
    expect(accepted(withFields({ targetFrom: 'decision', ackTimeoutMinutes: 10 })).notifications).toMatchObject({ targetFrom: 'decision', ackTimeoutMinutes: 10 });
    const without = baselineJson();
    delete without.notifications.ackTimeoutMinutes;
    delete without.notifications.targetFrom;
    expect(accepted(without).notifications?.ackTimeoutMinutes).toBeUndefined(); // absent: known after the delay
    expect(rejected(withFields({ ackTimeoutMinutes: 0 })).map(formatIssue)).toEqual(['notifications.ackTimeoutMinutes: expected a number > 0 and ≤ 1440, got 0']);
    expect(rejected(withFields({ targetFrom: 'call' })).map(formatIssue)[0]).toMatch(/^notifications\.targetFrom: expected "arrival" .* or "decision" .*, got "call"$/);
  });

  it('takes standby seats called in "at-incident" (with surges only) and a night call-in delay, naming each mistake', () => {
    const incident = (): any => bundledJson('major-incident');
    const json = incident();
    json.standby.activation = { kind: 'at-incident' };
    json.standby.nightCallIn = { from: '22:00', to: '07:00', callInDelayMinutes: { kind: 'fixed', minutes: 60 } };
    const s = accepted(json);
    expect(s.standby?.activation).toEqual({ kind: 'at-incident', afterMinutes: 0 });
    expect(s.standby?.nightCallIn?.from).toBe('22:00');
    const noSurge = { ...json, surges: [] };
    expect(rejected(noSurge).map(formatIssue)).toEqual(['standby.activation: expected at least one surge: "at-incident" calls the standby seats in at each surge\'s start']);
    const same = incident();
    same.standby.nightCallIn = { from: '22:00', to: '22:00', callInDelayMinutes: { kind: 'fixed', minutes: 60 } };
    expect(rejected(same).map(formatIssue)).toEqual(['standby.nightCallIn.to: expected a span of the day: "from" and "to" must differ, got "22:00"']);
    const phones = incident();
    phones.backOffice.phones.activation = { kind: 'at-incident' };
    expect(rejected(phones).map(formatIssue)[0]).toMatch(/^backOffice\.phones\.activation(\.kind)?: /); // the secretaries keep their own rules
  });
});

describe('the checks between sections, one at a time', () => {
  /** The messages for the baseline (or `name`) after `change`. */
  const after = (change: (json: any) => void, name: 'baseline' | 'major-incident' = 'baseline') => {
    const json: any = bundledJson(name);
    change(json);
    return rejected(json).map(formatIssue);
  };
  const lanes = 'expected one of the lane ids: emergency, general';

  it('wants ids and priorities used once', () => {
    expect(after((j) => (j.lanes[1].id = 'emergency'))).toContain('lanes[1].id: expected a lane id not used before, got "emergency"');
    expect(after((j) => (j.lanes[1].priority = 0))).toEqual(['lanes[1].priority: expected a priority no other lane has, got 0']);
    expect(after((j) => (j.callTypes[2].id = 'emergency'))).toEqual(['callTypes[2].id: expected a call type id not used before, got "emergency"']);
  });

  it('wants one arrival profile, and a run longer than its warm-up', () => {
    const message = 'arrivals.hourOfWeekWeights: expected either hourOfWeekWeights or hourOfDayWeights/dayOfWeekWeights, not both';
    expect(after((j) => (j.arrivals.hourOfWeekWeights = Array.from({ length: 168 }, () => 1)))).toEqual([message]);
    expect(after((j) => { j.arrivals.hourOfWeekWeights = Array.from({ length: 168 }, () => 1); delete j.arrivals.hourOfDayWeights; })).toEqual([message]);
    const weekly: any = bundledJson('baseline');
    weekly.arrivals.hourOfWeekWeights = Array.from({ length: 168 }, () => 1);
    delete weekly.arrivals.hourOfDayWeights;
    delete weekly.arrivals.dayOfWeekWeights;
    expect(accepted(weekly).arrivals.hourOfWeekWeights).toHaveLength(168);
    expect(after((j) => Object.assign(j.run, { days: 1, warmupHours: 24 }))).toEqual(['run.warmupHours: expected less than the run length (24 hours), got 24']);
    const short: any = bundledJson('baseline');
    Object.assign(short.run, { days: 1, warmupHours: 23.5 });
    expect(accepted(short).run.warmupHours).toBe(23.5);
  });

  it('wants a surge’s extra mix over known call types, adding up to 1', () => {
    expect(after((j) => (j.surges[0].extraMix = { nowhere: 1 }), 'major-incident')).toEqual([
      `surges[0].extraMix.nowhere: expected one of the call type ids: ${(bundledJson('major-incident') as any).callTypes.map((t: any) => t.id).join(', ')}, got 1`,
    ]);
    expect(after((j) => (j.surges[0].extraMix = { emergency: 0.25, family: 0.25 }), 'major-incident')).toEqual(['surges[0].extraMix: expected shares adding up to 1 (they add up to 0.5)']);
  });

  it('wants no self-service without an IVR, nor transfers or work orders without a back office', () => {
    expect(after((j) => delete j.ivr)).toEqual(
      [1, 2, 3, 4].map((i) => `callTypes[${i}].selfServiceShare: expected 0 when the scenario has no ivr, got ${(bundledJson('baseline') as any).callTypes[i].selfServiceShare}`),
    );
    const noIvr: any = bundledJson('baseline');
    delete noIvr.ivr;
    for (const t of noIvr.callTypes) t.selfServiceShare = 0;
    expect(accepted(noIvr).ivr).toBeUndefined();
    const withoutOffice = (afterCall: Record<string, number>) =>
      after((j) => {
        delete j.backOffice;
        j.callTypes.forEach((t: any, i: number) => (t.afterCall = i === 0 ? afterCall : { liveTransferShare: 0, workOrderShare: 0 }));
      });
    const message = 'callTypes[0].afterCall: expected a backOffice section when calls are transferred or leave work orders';
    expect(withoutOffice({ liveTransferShare: 0.1, workOrderShare: 0 })).toEqual([message]);
    expect(withoutOffice({ liveTransferShare: 0, workOrderShare: 0.1 })).toEqual([message]);
    const quiet: any = bundledJson('baseline');
    delete quiet.backOffice;
    delete quiet.missions;
    delete quiet.notifications;
    for (const t of quiet.callTypes) t.afterCall = { liveTransferShare: 0, workOrderShare: 0 };
    expect(accepted(quiet).backOffice).toBeUndefined();
  });

  it('wants the lanes that call standby seats and secretaries in to exist', () => {
    expect(after((j) => (j.standby.activation = { kind: 'service-level', lane: 'nowhere', below: 0.8, windowMinutes: 30 }))).toEqual([`standby.activation.lane: ${lanes}, got "nowhere"`]);
    expect(after((j) => (j.standby.activation = { kind: 'queue-length', lanes: ['general', 'nowhere'], atLeast: 5 }))).toEqual([`standby.activation.lanes[1]: ${lanes}, got "nowhere"`]);
    expect(after((j) => (j.backOffice.phones.activation = { kind: 'service-level', lane: 'nowhere', below: 0.8, windowMinutes: 30 }))).toEqual([
      `backOffice.phones.activation.lane: ${lanes}, got "nowhere"`,
    ]);
    expect(after((j) => (j.backOffice.phones.activation = { kind: 'queue-length', lanes: ['nowhere'], atLeast: 5 }))).toEqual([`backOffice.phones.activation.lanes[0]: ${lanes}, got "nowhere"`]);
    const known: any = bundledJson('baseline');
    known.standby.activation = { kind: 'service-level', lane: 'emergency', below: 0.8, windowMinutes: 30 };
    known.backOffice.phones.activation = { kind: 'queue-length', lanes: ['general'], atLeast: 5 };
    expect(accepted(known).standby?.activation.kind).toBe('service-level');
  });

  it('wants a weight above 0 among the missions, and a lunch break that leaves their office hours partly open', () => {
    expect(after((j) => { for (const id of Object.keys(j.missions.weights)) j.missions.weights[id] = 0; })).toEqual(['missions.weights: expected at least one weight above 0']);
    const oneWeight: any = bundledJson('baseline');
    const ids = Object.keys(oneWeight.missions.weights);
    ids.forEach((id, k) => (oneWeight.missions.weights[id] = k === 0 ? 1 : 0));
    expect(accepted(oneWeight).missions?.weights[ids[0]!]).toBe(1);
    // Every mission keeps 09:00–17:00.
    expect(after((j) => (j.missions.lunch = { start: '09:00', end: '17:00' }))).toEqual([
      expect.stringMatching(/^missions\.lunch: expected a lunch break that leaves part of every mission's office hours open \(.+: 09:00–17:00\)$/),
    ]);
    for (const lunch of [{ start: '08:00', end: '10:00' }, { start: '16:00', end: '18:00' }, { start: '09:00', end: '16:59' }]) {
      const json: any = bundledJson('baseline');
      json.missions.lunch = lunch;
      expect(accepted(json).missions?.lunch, JSON.stringify(lunch)).toEqual(lunch);
    }
  });

  it('wants missions forwarding calls of a known type', () => {
    const types = (bundledJson('baseline') as any).callTypes.map((t: any) => t.id).join(', ');
    expect(after((j) => (j.missions.afterHoursForwarding[0].callType = 'nowhere'))).toEqual([`missions.afterHoursForwarding[0].callType: expected one of the call type ids: ${types}, got "nowhere"`]);
  });

  it('wants a start date that exists', () => {
    expect(after((j) => (j.run.startBeijing = '2025-02-30T00:00'))).toEqual(['run.startBeijing: expected a Beijing date-time "YYYY-MM-DDTHH:MM", got "2025-02-30T00:00"']);
  });
});

describe('parseScenarioText', () => {
  it('refuses text over the size limit before reading it, saying how long it is', () => {
    const text = ' '.repeat(MAX_SCENARIO_BYTES + 1);
    expect(parseScenarioText(text)).toEqual({
      ok: false,
      issues: [{ path: '(file)', message: `expected at most ${MAX_SCENARIO_BYTES} characters (a scenario takes about 10,000)`, found: `${MAX_SCENARIO_BYTES + 1} characters` }],
    });
    // At the limit, it is read (and this one is not JSON).
    expect(parseScenarioText(' '.repeat(MAX_SCENARIO_BYTES)).ok ? [] : (parseScenarioText(' '.repeat(MAX_SCENARIO_BYTES)) as { issues: { message: string }[] }).issues[0]!.message).toMatch(/^expected JSON text: /);
  });

  it('reports a syntax error at the file, with the parser’s reason', () => {
    const parsed = parseScenarioText('{ "version": 1,');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ path: '(file)', found: '' });
    expect(parsed.issues[0]!.message).toMatch(/^expected JSON text: .+/);
  });
});
