/** The library's sentences (row problems, notes on the scenario) said in Chinese. */
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/calibration/calibrate.ts';
import { noteText, rowIssueText } from '../../../src/ui/calibration/messages.ts';
import { knownScenarioJson, simulatedLog } from '../../calibration/known-scenario.ts';

describe('rowIssueText', () => {
  it('says the library\'s row problems in Chinese, and keeps English as it is', async () => {
    expect(rowIssueText('expected seconds ≥ 0', 'zh')).toBe('应为 ≥ 0 的秒数');
    expect(rowIssueText('seen before, in row 12', 'zh')).toBe('与第 12 行的呼叫编号重复');
    expect(rowIssueText('missing: the row has 3 field(s), the header 15', 'zh')).toBe('缺少字段：此行有 3 个字段，表头有 15 个');
    expect(rowIssueText('expected seconds ≥ 0', 'en')).toBe('expected seconds ≥ 0');
    expect(rowIssueText('something new', 'zh')).toBe('something new');
  });
});

describe('noteText', () => {
  it('says the library\'s notes on the scenario in Chinese, and marks one it does not know', async () => {
    expect(noteText('call type case: patience kept from the base scenario (too few values in the log)', 'zh')).toEqual({ text: '来电类型 case：记录中的值太少，放弃前可容忍等待时长沿用基础情景', translated: true });
    expect(noteText('only 5 redial(s) in the log (fewer than 20): redials kept from the base scenario', 'zh').text).toBe('记录中只有 5 次重拨（少于 20 次）：重拨参数沿用基础情景');
    expect(noteText('a brand new caveat', 'zh')).toEqual({ text: 'a brand new caveat', translated: false });
    expect(noteText('a brand new caveat', 'en')).toEqual({ text: 'a brand new caveat', translated: true });
  });

  it('knows every note the fit of a known scenario writes', async () => {
    const json = knownScenarioJson();
    json.run = { days: 4, warmupHours: 24, startBeijing: '2025-03-02T00:00' };
    const result = await calibrate(simulatedLog(json).text, { base: knownScenarioJson() });
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.notes.filter((n) => !noteText(n, 'zh').translated)).toEqual([]);
  });
});
