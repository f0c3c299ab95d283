import { describe, expect, it } from 'vitest';
import { scenarioWarnings, seatsThatCanBeOnDuty } from '../../../models/scenario/warnings.ts';
import { accepted, bundledJson } from '../../support/scenarios.ts';
import { textbookJson } from '../../support/textbook.ts';

describe('scenario warnings', () => {
  it('warns when the seats that can be on duty exceed the trunk lines, naming the field', () => {
    const json = bundledJson('major-incident') as { standby: { seats: number }; trunk: { lines: number } };
    const fits = accepted(json);
    const seats = seatsThatCanBeOnDuty(fits);
    expect(seats.total).toBe(seats.front + seats.standby + seats.secretaryPhones);
    expect(seats.total).toBeLessThanOrEqual(json.trunk.lines);
    expect(scenarioWarnings(fits)).toEqual([]);
    json.standby.seats = 100;
    const [warning, ...rest] = scenarioWarnings(accepted(json));
    expect(rest).toEqual([]);
    expect(warning!.path).toBe('trunk.lines');
    expect(warning!.message).toContain(`only ${json.trunk.lines} trunk lines`);
    expect(warning!.messageZh).toContain(`中继线路只有 ${json.trunk.lines} 条`);
  });

  it('counts the front desk at its busiest half hour, standby seats, and secretaries on the phones up to those in the office', () => {
    const plain = { ...textbookJson({ arrivalRates: [0.01], meanServiceSeconds: 60, servers: 7, days: 2, warmupHours: 0 }) };
    expect(seatsThatCanBeOnDuty(accepted(plain))).toEqual({ front: 7, standby: 0, secretaryPhones: 0, total: 7 });
    // A day of half hours: 3 seats, 9 at the busiest, 5.
    const byHalfHour = Array.from({ length: 48 }, (_, i) => (i === 20 ? 9 : i % 2 === 0 ? 3 : 5));
    expect(seatsThatCanBeOnDuty(accepted({ ...plain, frontDesk: { seats: byHalfHour } })).front).toBe(9);

    const incident = bundledJson('major-incident') as { backOffice: { secretaries: { seats: number[] }; phones: { seats: number } } };
    const inOffice = Math.max(...incident.backOffice.secretaries.seats);
    expect(inOffice).toBe(10);
    expect(seatsThatCanBeOnDuty(accepted(incident))).toEqual({ front: 20, standby: 20, secretaryPhones: 10, total: 50 });
    incident.backOffice.phones.seats = 3;
    expect(seatsThatCanBeOnDuty(accepted(incident))).toEqual({ front: 20, standby: 20, secretaryPhones: 3, total: 43 });
  });

  it('says how many seats can never all be busy, in both languages, and nothing when the lines just suffice', () => {
    const json = bundledJson('major-incident') as { trunk: { lines: number } };
    json.trunk.lines = 50;
    expect(scenarioWarnings(accepted(json))).toEqual([]);
    json.trunk.lines = 40;
    expect(scenarioWarnings(accepted(json))).toEqual([
      {
        path: 'trunk.lines',
        message:
          'up to 50 seats can be on duty (front desk 20, standby 20, secretaries on the phones 10) but there are only 40 trunk lines: at most 40 calls can be held at once, so 10 seat(s) can never all be busy, and callers beyond the lines hear busy signals',
        messageZh: '最多可有 50 个坐席同时在岗（前台 20、备用 20、转到电话上的文秘 10），但中继线路只有 40 条：同时最多容纳 40 通来电，其中 10 个坐席永远不会全部占用，线路满时来电者听到忙音',
      },
    ]);
  });

  it('says nothing without a trunk limit', () => {
    const json = bundledJson('major-incident') as { standby: { seats: number }; trunk?: unknown };
    json.standby.seats = 500;
    delete json.trunk;
    expect(scenarioWarnings(accepted(json))).toEqual([]);
  });
});
