import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '../../../models/limits.ts';
import { parseScenario } from '../../../models/scenario/scenario.ts';
import { scenarioDescription, scenarioName } from '../../../models/scenario/scenario-text.ts';
import { textFromValue, valueFromText } from '../../../src/ui/editor/draft.ts';
import { buildFieldIndex, describeIssue } from '../../../src/ui/editor/issues.ts';
import { getAt, setAt } from '../../../src/ui/editor/json-path.ts';
import { bundledJson } from '../../support/scenarios.ts';

const index = buildFieldIndex();

/** Types `text` into the editor field at `path`, as the page does. */
function type(json: unknown, path: string, text: string): unknown {
  const field = index.get(path);
  if (!field) throw new Error(`no editor field at ${path}`);
  return setAt(json, path, valueFromText(field.kind, text).value);
}

describe('the editor: scenario name and description in both languages', () => {
  it('has a field for each language, in the general group, with the length limits', () => {
    for (const path of ['name', 'nameZh', 'description', 'descriptionZh']) expect(index.get(path)?.group, path).toBe('general');
    expect(index.get('nameZh')?.kind).toMatchObject({ type: 'text', maxLength: MAX_NAME_LENGTH });
    expect(index.get('descriptionZh')?.kind).toMatchObject({ type: 'text', multiline: true });
    expect(index.get('nameZh')?.label.zh).toContain('中文');
  });

  it('round-trips both languages: typed, parsed, shown again', () => {
    let json: unknown = bundledJson('major-incident');
    json = type(json, 'nameZh', '测试情景');
    json = type(json, 'name', 'Test scenario');
    json = type(json, 'descriptionZh', '第一行\n第二行');
    json = type(json, 'description', 'Line one\nline two');
    const parsed = parseScenario(JSON.parse(JSON.stringify(json)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([scenarioName(parsed.scenario, 'zh'), scenarioName(parsed.scenario, 'en')]).toEqual(['测试情景', 'Test scenario']);
    expect(scenarioDescription(parsed.scenario, 'zh')).toBe('第一行\n第二行');
    for (const [path, shown] of [['nameZh', '测试情景'], ['name', 'Test scenario'], ['descriptionZh', '第一行\n第二行']] as const) expect(textFromValue(getAt(json, path))).toBe(shown);
  });

  it('edits an older file without a Chinese version: empty fields, still valid, the Chinese page falling back to English', () => {
    const old = bundledJson('baseline');
    delete old.nameZh;
    delete old.descriptionZh;
    expect(textFromValue(getAt(old, 'nameZh'))).toBe('');
    const cleared = type(type(old, 'descriptionZh', '临时'), 'descriptionZh', '');
    const parsed = parseScenario(cleared);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(scenarioDescription(parsed.scenario, 'zh')).toBe(parsed.scenario.description);
  });

  it('names the Chinese field and its limit in an issue, in the page language', () => {
    const json = type(bundledJson('baseline'), 'nameZh', '名'.repeat(MAX_NAME_LENGTH + 1));
    const parsed = parseScenario(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const zh = describeIssue(parsed.issues[0]!, json, 'zh');
    expect(zh).toMatchObject({ path: 'nameZh', group: 'general', field: '情景名称（中文）', allowed: `最多 ${MAX_NAME_LENGTH} 个字符` });
    expect(describeIssue(parsed.issues[0]!, json, 'en')).toMatchObject({ field: 'Scenario name (Chinese)', allowed: `at most ${MAX_NAME_LENGTH} characters` });
  });
});
