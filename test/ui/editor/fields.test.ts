import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../models/scenario/scenario.ts';
import type { FieldDescriptor, NumberRule } from '../../../src/ui/editor/descriptor.ts';
import { GROUPS } from '../../../src/ui/editor/fields.ts';
import { buildFieldIndex } from '../../../src/ui/editor/issues.ts';
import { formatPath, getAt, pathPattern, setAt, type Segment } from '../../../src/ui/editor/json-path.ts';
import { bundledJson } from '../../support/scenarios.ts';

/** The baseline with the incident's surge and the optional realism fields: every section the editor knows is present. */
const baseline: unknown = withRealism({ ...bundledJson('baseline'), surges: bundledJson('major-incident').surges });

function withRealism(json: Record<string, any>): Record<string, any> {
  return {
    ...json,
    arrivals: { ...json.arrivals, dailyVolumeCv: 0.1 },
    redial: { ...json.redial, needs: 'redraw' },
    notifications: { ...json.notifications, targetFrom: 'decision', ackTimeoutMinutes: 10 },
    standby: { ...json.standby, nightCallIn: { from: '22:00', to: '07:00', callInDelayMinutes: { kind: 'fixed', minutes: 60 } } },
    missions: {
      ...json.missions,
      lunch: { start: '12:00', end: '14:00' },
      holidaysByCountry: { JP: ['2025-01-01'] },
      holidaysByMission: { 'us-new-york': ['2025-07-04'] },
      afterHoursForwarding: [{ mission: 'jp-tokyo', callsPerHour: 1.5, callType: 'general' }],
    },
  };
}
const index = buildFieldIndex();

/** Every leaf of a JSON value with its path segments. */
function leaves(value: unknown, path: Segment[] = []): Segment[][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
  }
  return [path];
}

/** Whether an index entry (or a composite above it) shows the leaf at `path`. */
function covered(path: Segment[]): boolean {
  for (let cut = path.length; cut >= 1; cut--) {
    const entry = index.get(pathPattern(formatPath(path.slice(0, cut))));
    if (!entry) continue;
    if (cut === path.length) return true;
    if (['duration', 'label', 'by-id', 'seats', 'numbers', 'ids', 'variant', 'dates-by-key'].includes(entry.kind.type)) return true;
    if (entry.kind.type === 'number' && typeof path[cut] === 'number') return true;
  }
  return false;
}

/** Number fields with their absolute paths in the baseline (list fields at item 0). */
function numberFields(): { path: string; field: FieldDescriptor; rule: NumberRule }[] {
  const out: { path: string; field: FieldDescriptor; rule: NumberRule }[] = [];
  for (const group of GROUPS) {
    for (const block of group.blocks) {
      if (block.block === 'profile') continue;
      const base = block.block === 'fields' ? block.base : [`${block.path}[0]`, block.itemBase].filter(Boolean).join('.');
      for (const field of block.fields) {
        const rule: NumberRule | undefined = field.kind.type === 'number' ? field.kind : field.kind.type === 'share' ? { min: 0, max: 1 } : undefined;
        if (rule) out.push({ path: base ? `${base}.${field.path}` : field.path, field, rule });
      }
    }
  }
  return out;
}

/** Range issues at `path` (not the cross-field checks, such as warm-up shorter than the run). */
function issuesAt(json: unknown, path: string): string[] {
  const parsed = parseScenario(json);
  return parsed.ok ? [] : parsed.issues.filter((i) => i.path === path && /^expected (0 \(no variation\) or )?a (whole )?number/.test(i.message)).map((i) => i.message);
}

describe('the editor field descriptors', () => {
  it('cover every parameter of the baseline scenario', () => {
    const missing = leaves(baseline)
      .filter((path) => path[0] !== 'version')
      .filter((path) => !covered(path))
      .map((path) => formatPath(path));
    expect(missing).toEqual([]);
  });

  it('name fields that exist in the baseline scenario', () => {
    const absent = numberFields()
      .filter(({ path, field }) => !field.optional && getAt(baseline, path) === undefined)
      .map(({ path }) => path);
    expect(absent).toEqual([]);
  });

  it.each(numberFields().map((f) => [f.path, f] as const))('%s has the range the parser enforces', (path, { rule }) => {
    const low = rule.min ?? rule.above;
    if (low !== undefined) {
      expect(issuesAt(setAt(baseline, path, low - 0.5), path), `below ${low}`).not.toEqual([]);
      if (rule.min !== undefined) expect(issuesAt(setAt(baseline, path, rule.min), path), `at ${rule.min}`).toEqual([]);
    }
    if (rule.max !== undefined) {
      expect(issuesAt(setAt(baseline, path, rule.max + 0.5), path), `above ${rule.max}`).not.toEqual([]);
      expect(issuesAt(setAt(baseline, path, rule.max), path), `at ${rule.max}`).toEqual([]);
    }
    if (rule.integer) expect(issuesAt(setAt(baseline, path, (low ?? 0) + 1.5), path), 'a fraction').not.toEqual([]);
  });

  it('give every field a label and unit in both languages', () => {
    for (const entry of index.values()) {
      expect(entry.label.zh, entry.pattern).not.toBe('');
      expect(entry.label.en, entry.pattern).not.toBe('');
    }
  });
});
