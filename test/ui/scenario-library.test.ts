import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID, LIBRARY, LIBRARY_SUMMARY, libraryScenario } from '../../src/ui/scenario-library.ts';
import { accepted } from '../support/scenarios.ts';

describe('the scenario library', () => {
  it('bundles every scenarios/*.json, the baseline first', () => {
    expect(LIBRARY[0]?.id).toBe(DEFAULT_SCENARIO_ID);
    expect(LIBRARY.map((e) => e.id)).toEqual(expect.arrayContaining(['baseline', 'major-incident', 'spring-festival-2025', 'replay-covid-2020', 'replay-2015']));
  });

  it.each(LIBRARY.map((e) => [e.id, e] as const))('%s parses and has a description', (_id, entry) => {
    expect(() => accepted(entry.json)).not.toThrow();
    expect(entry.description.length).toBeGreaterThan(20);
  });

  it('gives a fresh copy to edit', () => {
    const copy = libraryScenario('baseline') as { name: string };
    copy.name = 'changed';
    expect(LIBRARY[0]?.name).not.toBe('changed');
    expect(libraryScenario('no-such-file')).toEqual(LIBRARY[0]?.json);
  });

  it('has Chinese and English names for the bundled scenarios it knows', () => {
    for (const id of Object.keys(LIBRARY_SUMMARY)) expect(LIBRARY.some((e) => e.id === id), id).toBe(true);
  });

  it('has a summary for every bundled scenario, and each file a name and description in both languages', () => {
    for (const entry of LIBRARY) {
      expect(LIBRARY_SUMMARY[entry.id], entry.id).toBeDefined();
      for (const text of [entry.name, entry.nameZh, entry.description, entry.descriptionZh]) expect((text ?? '').trim(), entry.id).not.toBe('');
    }
  });
});
