import { describe, expect, it } from 'vitest';
import { scenarioWarnings, seatsThatCanBeOnDuty } from '../../../models/scenario/warnings.ts';
import { accepted, bundledJson } from '../../support/scenarios.ts';

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

  it('says nothing without a trunk limit', () => {
    const json = bundledJson('major-incident') as { standby: { seats: number }; trunk?: unknown };
    json.standby.seats = 500;
    delete json.trunk;
    expect(scenarioWarnings(accepted(json))).toEqual([]);
  });
});
