import { describe, expect, it } from 'vitest';
import { readScenarioFile, readScenarioText, scenarioFileName, scenarioText } from '../../src/ui/scenario-file.ts';
import { bundledJson } from '../support/scenarios.ts';

describe('scenario files', () => {
  it('export the working JSON as indented text and import it back', async () => {
    const json = bundledJson('major-incident');
    const exported = scenarioText(json);
    expect(exported.endsWith('\n')).toBe(true);
    const imported = await readScenarioFile(new Blob([exported]));
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(imported.json).toEqual(json);
  });

  it('name the file after the scenario', () => {
    expect(scenarioFileName({ name: 'Major overseas incident (surge, standby called in)' })).toBe('major-overseas-incident-surge-standby-called-in.json');
    expect(scenarioFileName({ name: '海外重大突发事件' })).toBe('scenario.json');
    expect(scenarioFileName(null)).toBe('scenario.json');
  });

  it('reject a broken file with its problems, as data only', () => {
    const notJson = readScenarioText('{"version": 1, ');
    expect(notJson).toMatchObject({ ok: false, reason: 'invalid' });
    if (!notJson.ok && notJson.reason === 'invalid') expect(notJson.issues[0]?.path).toBe('(file)');
    const code = readScenarioText('{"version": 1, "name": "x", "description": "alert(1)", "__proto__": {"polluted": true}}');
    expect(code.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readScenarioText(' '.repeat(1_000_001))).toEqual({ ok: false, reason: 'too-large' });
  });
});
