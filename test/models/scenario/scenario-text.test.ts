import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from '../../../models/limits.ts';
import { formatIssue } from '../../../models/scenario/issues.ts';
import { scenarioDescription, scenarioName } from '../../../models/scenario/scenario-text.ts';
import { accepted, bundled, bundledJson, rejected } from '../../support/scenarios.ts';

describe('a scenario name and description in two languages', () => {
  it('accepts files without a Chinese version (older files and share links), both languages falling back to the one text', () => {
    const old = bundledJson('baseline');
    delete old.nameZh;
    delete old.descriptionZh;
    const s = accepted(old);
    expect(s.nameZh).toBeUndefined();
    expect(scenarioName(s, 'zh')).toBe('12308 baseline (2025 volume)');
    expect(scenarioDescription(s, 'zh')).toBe(s.description);
  });

  it('accepts the Chinese version beside the English, and each page reads its own language', () => {
    const s = accepted({ ...bundledJson('baseline'), name: 'Test', nameZh: '测试', description: '', descriptionZh: '只有中文说明' });
    expect([scenarioName(s, 'zh'), scenarioName(s, 'en')]).toEqual(['测试', 'Test']);
    // An empty text falls back to the other language.
    expect([scenarioDescription(s, 'zh'), scenarioDescription(s, 'en')]).toEqual(['只有中文说明', '只有中文说明']);
    const noZh = accepted({ ...bundledJson('baseline'), nameZh: '  ', descriptionZh: '' });
    expect(scenarioName(noZh, 'zh')).toBe(noZh.name);
    expect(scenarioDescription(noZh, 'zh')).toBe(noZh.description);
  });

  it('rejects a Chinese name or description that is not text or too long, naming the field', () => {
    const messages = (patch: Record<string, unknown>) => rejected({ ...bundledJson('baseline'), ...patch }).map(formatIssue);
    expect(messages({ nameZh: 12 })).toEqual(['nameZh: expected a Chinese name (text, may be empty), got 12']);
    expect(messages({ descriptionZh: { zh: 'x', en: 'y' } })[0]).toMatch(/^descriptionZh: expected a Chinese description \(text, may be empty\)/);
    expect(messages({ nameZh: '名'.repeat(MAX_NAME_LENGTH + 1) })[0]).toMatch(new RegExp(`^nameZh: expected a Chinese name of at most ${MAX_NAME_LENGTH} characters`));
    expect(messages({ descriptionZh: '说'.repeat(MAX_DESCRIPTION_LENGTH + 1) })[0]).toMatch(new RegExp(`^descriptionZh: expected a Chinese description of at most ${MAX_DESCRIPTION_LENGTH} characters`));
    // The English name stays required.
    expect(messages({ name: '' })).toEqual(['name: expected a name, got ""']);
    // A misspelt key is refused, not silently ignored.
    expect(messages({ nameZH: '测试' })[0]).toMatch(/^nameZH: unknown field/);
  });

  it.each(['baseline', 'major-incident', 'spring-festival-2025', 'replay-covid-2020', 'replay-2015'] as const)('%s has a full Chinese name and description, without English words', (id) => {
    const s = bundled(id);
    expect(s.nameZh).toMatch(/[\u4e00-\u9fff]/);
    expect(s.descriptionZh!.length).toBeGreaterThan(s.description.length / 3);
    // Only file names (docs/domain.md, baseline.json, test/scenarios/replay-2015.test.ts) are written in Latin letters.
    const latin = s.descriptionZh!.replace(/docs\/domain\.md|[a-z/]*[a-z0-9-]+(\.test\.ts|\.json)/g, '').match(/[A-Za-z]+/g);
    expect(latin).toBeNull();
    expect(s.nameZh).not.toMatch(/[A-Za-z]{2,}/);
  });
});
