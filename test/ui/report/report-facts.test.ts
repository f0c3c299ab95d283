import { describe, expect, it } from 'vitest';
import { parameterRows, settingsRows } from '../../../src/ui/report/report-facts.ts';
import { bundled } from '../../support/scenarios.ts';
import { textbookScenario } from '../../support/textbook.ts';

describe('the printed report’s facts', () => {
  it('list the key parameters and assumptions of a scenario, in English and Chinese', () => {
    const s = bundled('major-incident');
    const en = parameterRows(s, 'en');
    const byId = new Map(en.map((r) => [r.id, r]));
    expect(byId.get('callsPerHour')?.value).toBe(String(+s.arrivals.callsPerHour.toFixed(1)));
    expect(en.filter((r) => r.id.startsWith('callType:'))).toHaveLength(s.callTypes.length);
    expect(en.filter((r) => r.id.startsWith('lane:'))).toHaveLength(s.lanes.length);
    expect(byId.get('lane:emergency')?.value).toBe('priority 0; goal 90% answered within 10 s; abandonment ≤ 2%');
    expect(byId.get('standby')?.value).toBe('20, called in after 30 minutes on average');
    expect(byId.get('trunk')?.value).toBe('90');
    expect(byId.get('surges')?.value).toBe('Major overseas incident: from hour 58, peak ×4, half-life 24 h');
    const zh = new Map(parameterRows(s, 'zh').map((r) => [r.id, r]));
    expect(zh.get('standby')?.label).toBe('备用坐席');
    expect(zh.get('standby')?.value).toBe('20 个，召回平均 30 分钟');
    expect(zh.get('backOffice')?.label).toBe('后台（文秘、领事干部）');
  });

  it('say none or unlimited where the scenario has no standby seats, trunk limit, surge or back office', () => {
    const s = textbookScenario({ arrivalRates: [0.05], meanServiceSeconds: 100, servers: 7, days: 1, warmupHours: 1 });
    const rows = new Map(parameterRows(s, 'en').map((r) => [r.id, r.value]));
    expect(rows.get('standby')).toBe('none');
    expect(rows.get('trunk')).toBe('unlimited');
    expect(rows.get('surges')).toBe('none');
    expect(rows.get('backOffice')).toBe('none');
    expect(rows.get('frontSeats')).toBe('7');
    expect(rows.get('callType:c0')).toBe('100% of calls, l0, mean handle 100 s, patience never hangs up');
  });

  it('give the seed and run settings, with the days asked for or the scenario’s own', () => {
    const s = bundled('baseline');
    const rows = (days: number | undefined, done: number) => new Map(settingsRows(s, { seed: 7, replications: 10, days }, done, 'en').map((r) => [r.id, r.value]));
    expect(rows(3, 10)).toEqual(
      new Map([
        ['seed', '7'],
        ['replications', '10'],
        ['days', '3'],
        ['warmup', `${s.run.warmupHours} hours (not counted in the figures)`],
        ['start', s.run.startBeijing.replace('T', ' ')],
      ]),
    );
    expect(rows(undefined, 4).get('days')).toBe(String(s.run.days));
    expect(rows(undefined, 4).get('replications')).toBe('4 (of 10 asked)');
    expect(settingsRows(s, { seed: 7, replications: 10, days: 3 }, 4, 'zh').find((r) => r.id === 'replications')?.value).toBe('4（共请求 10）');
  });
});
