import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/ui/editor/issues.ts';
import { setAt } from '../../../src/ui/editor/json-path.ts';
import { bundledJson, rejected } from '../../support/scenarios.ts';

const baseline = bundledJson('baseline');

function described(json: unknown, path: string, lang: 'zh' | 'en') {
  const issues = rejected(json);
  const issue = issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}: ${issues.map((i) => i.path).join(', ')}`);
  return describeIssue(issue, json, lang);
}

describe('describeIssue', () => {
  it('names the field and its range in Chinese, with the value found as the detail (no English inside)', () => {
    const d = described(setAt(baseline, 'standby.seats', -3), 'standby.seats', 'zh');
    expect(d.field).toBe('备用坐席数');
    expect(d.allowed).toBe('应为 0 到 2,000 之间的整数');
    expect(d.detail).toBe('当前值：-3');
    expect(described(setAt(baseline, 'standby.seats', -3), 'standby.seats', 'en').detail).toBe('standby.seats: expected a whole number from 0 to 2000, got -3');
    expect(d.group).toBe('standby');
  });

  it('names list items by their label and duration parameters by name', () => {
    const d = described(setAt(baseline, 'callTypes[0].handleSeconds.meanSeconds', 'ten'), 'callTypes[0].handleSeconds.meanSeconds', 'en');
    expect(d.field).toBe('Call type Emergency › Talk time › mean');
    expect(d.allowed).toBe('expected a number > 0 and ≤ 31,622,400');
    expect(d.detail).toContain('got "ten"');
  });

  it('translates the cross-field checks', () => {
    const json = setAt(baseline, 'callTypes[0].share', 0.5);
    expect(described(json, 'callTypes', 'zh').allowed).toBe('各来电类型份额之和应为 1（现为 1.42）');
    expect(described(json, 'callTypes', 'en').allowed).toBe('call type shares must add up to 1 (they add up to 1.42)');
    const lane = described(setAt(baseline, 'callTypes[2].lane', 'nowhere'), 'callTypes[2].lane', 'zh');
    expect(lane.field).toBe('来电类型「证件咨询」 › 进入队列');
    expect(lane.allowed).toBe('应为已有的队列编号之一：emergency, general');
  });

  it('places issues of fields the editor does not know in the group of their section', () => {
    const d = described(setAt(baseline, 'backOffice.colour', 'red'), 'backOffice.colour', 'en');
    expect(d.group).toBe('back-office');
    expect(d.allowed).toBe('unknown field (check its spelling and unit)');
  });

  it('describes per-mission weights and the staffing list', () => {
    const w = described(setAt(baseline, 'missions.weights.jp-tokyo', -1), 'missions.weights.jp-tokyo', 'en');
    expect(w.field).toBe('Work orders by mission (weights) › jp-tokyo');
    const seats = described(setAt(baseline, 'frontDesk.seats', 'many'), 'frontDesk.seats', 'zh');
    expect(seats.field).toBe('前台坐席');
    expect(seats.group).toBe('front');
  });
});

describe('describeIssue on duration order checks', () => {
  it('states the order of a triangular distribution', () => {
    const json = setAt(baseline, 'ivr.menuSeconds.modeSeconds', 50);
    expect(described(json, 'ivr.menuSeconds.modeSeconds', 'en').allowed).toBe('must satisfy minSeconds ≤ modeSeconds ≤ maxSeconds');
  });
});

describe('describeIssue on whole sections', () => {
  it('says which part is missing', () => {
    const d = described(setAt(baseline, 'run', undefined), 'run', 'zh');
    expect(d.field).toBe('运行设置');
    expect(d.allowed).toBe('缺少这一部分');
    const e = described(setAt(baseline, 'lanes', 'none'), 'lanes', 'en');
    expect([e.field, e.allowed]).toEqual(['Lanes', 'expected a list']);
  });

describe('Chinese issue text', () => {
  it('names an unlabelled list item by its position and a duration order in words', () => {
    const json = setAt(setAt(baseline, 'surges', [{}]), 'surges[0].label', undefined);
    expect(described(json, 'surges[0].peakMultiplier', 'zh').field).toMatch(/^第 1 个突发事件/);
    const triangle = setAt(baseline, 'callTypes[0].handleSeconds', { kind: 'triangular', minSeconds: 5, modeSeconds: 2, maxSeconds: 9 });
    expect(described(triangle, 'callTypes[0].handleSeconds.modeSeconds', 'zh').allowed).toBe('应满足 最小值 ≤ 最可能值 ≤ 最大值');
  });
});
});

describe('describeIssue for the realism fields', () => {
  it('names arrivals.dailyVolumeCv and its range in both languages', () => {
    const cv = setAt(baseline, 'arrivals.dailyVolumeCv', 3);
    expect(described(cv, 'arrivals.dailyVolumeCv', 'zh')).toMatchObject({ field: '日来电量波动（变异系数）', allowed: '应为 0（无波动），或 0.001 到 2 之间的数', group: 'arrivals' });
    expect(described(cv, 'arrivals.dailyVolumeCv', 'en')).toMatchObject({ field: 'Day-to-day volume spread (CV)', allowed: '0 (no variation), or a number from 0.001 to 2' });
  });

  it('names redial.needs and its two choices in both languages', () => {
    const bad = setAt(baseline, 'redial.needs', 'fresh');
    const zh = described(bad, 'redial.needs', 'zh');
    const en = described(bad, 'redial.needs', 'en');
    expect(zh.field).toBe('重拨时的通话时长与可容忍等待时长');
    expect(zh.allowed).toBe('应为 "keep"（沿用首次来电的通话时长与可容忍等待时长）或 "redraw"（重新抽取）');
    expect(en.field).toBe('Talk time and patience on a redial');
    expect(en.allowed).toBe('"keep" (the first attempt’s talk time and patience) or "redraw" (draw afresh)');
  });

  it('names the lunch break and the holidays, and what they accept, in both languages', () => {
    const lunch = setAt(baseline, 'missions.lunch', { start: '14:00', end: '12:00' });
    expect(described(lunch, 'missions.lunch.end', 'zh')).toMatchObject({ field: '午休结束（当地时间）', allowed: '午休结束时间应晚于开始时间（同一天内）', group: 'missions' });
    expect(described(setAt(baseline, 'missions.lunch', { start: '7pm', end: '20:00' }), 'missions.lunch.start', 'en')).toMatchObject({ field: 'Lunch starts (local time)', allowed: 'a time of day "HH:MM" (24-hour, e.g. "12:00")' });
    const date = setAt(baseline, 'missions.holidaysByCountry', { JP: ['2025-02-30'] });
    expect(described(date, 'missions.holidaysByCountry.JP[0]', 'zh')).toMatchObject({ field: '驻在国节假日（当地日期） › JP › 第 1 个日期', allowed: '应为当地日期 "YYYY-MM-DD"（须为实际存在的日期）' });
    const country = setAt(baseline, 'missions.holidaysByCountry', { XX: [] });
    expect(described(country, 'missions.holidaysByCountry.XX', 'en').allowed).toBe('the country code of a mission in the catalogue');
    const key = setAt(baseline, 'missions.holidaysByCountry', { jp: [] });
    expect(described(key, 'missions.holidaysByCountry.jp', 'zh').allowed).toBe('应为两个大写字母的国家代码（ISO 3166），例如 JP');
  });

  it('names a forwarding mission by its id, its rate and range, and a mission listed twice, in both languages', () => {
    const rate = setAt(baseline, 'missions.afterHoursForwarding', [{ mission: 'jp-tokyo', callsPerHour: -1, callType: 'general' }]);
    expect(described(rate, 'missions.afterHoursForwarding[0].callsPerHour', 'zh')).toMatchObject({ field: '转接来电的使领馆「jp-tokyo」 › 非办公时间每小时转接来电', allowed: '应为 0 到 10,000 之间的数', group: 'missions' });
    expect(described(rate, 'missions.afterHoursForwarding[0].callsPerHour', 'en').field).toBe('Forwarding mission jp-tokyo › Calls forwarded per closed hour');
    const twice = setAt(baseline, 'missions.afterHoursForwarding', [
      { mission: 'jp-tokyo', callsPerHour: 1, callType: 'general' },
      { mission: 'jp-tokyo', callsPerHour: 2, callType: 'general' },
    ]);
    expect(described(twice, 'missions.afterHoursForwarding[1].mission', 'zh').allowed).toBe('同一使领馆不能重复列出');
    const type = setAt(baseline, 'missions.afterHoursForwarding', [{ mission: 'jp-tokyo', callsPerHour: 1, callType: 'nothing' }]);
    expect(described(type, 'missions.afterHoursForwarding[0].callType', 'en').allowed).toMatch(/^must be one of the call type ids: /);
  });

  it('names the notification target’s starting point and the acknowledgement timeout, in both languages', () => {
    const from = setAt(baseline, 'notifications.targetFrom', 'call');
    expect(described(from, 'notifications.targetFrom', 'zh')).toMatchObject({ field: '目标时间起算点', allowed: '应为 "arrival"（自来电时刻起算）或 "decision"（自决定通知时刻起算）' });
    const timeout = setAt(baseline, 'notifications.ackTimeoutMinutes', 0);
    expect(described(timeout, 'notifications.ackTimeoutMinutes', 'en')).toMatchObject({ field: 'Failure known when unacknowledged after', allowed: 'expected a number > 0 and ≤ 1,440' });
    expect(described(timeout, 'notifications.ackTimeoutMinutes', 'zh').allowed).toBe('应为 大于 0 且不超过 1,440 的数');
  });

  it('names the standby seats’ night call-in and the at-incident rule in both languages', () => {
    const night = setAt(baseline, 'standby.nightCallIn', { from: '22:00', to: '22:00', callInDelayMinutes: { kind: 'fixed', minutes: 60 } });
    expect(described(night, 'standby.nightCallIn.to', 'zh')).toMatchObject({ field: '夜间结束（北京时间）', allowed: '开始与结束时间不能相同', group: 'standby' });
    const incident = setAt(setAt(baseline, 'standby.activation', { kind: 'at-incident' }), 'surges', []);
    expect(described(incident, 'standby.activation', 'en')).toMatchObject({ field: 'Call in', allowed: '"at each incident" needs at least one surge' });
  });
});

