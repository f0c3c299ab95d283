import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sweepableFields } from '../../../src/ui/sweep/sweep-fields.ts';
import { checkForm, defaultForm, pointText } from '../../../src/ui/sweep/sweep-form.ts';
import { parseValues } from '../../../src/ui/sweep/sweep-values.ts';

const incident = JSON.parse(readFileSync('scenarios/major-incident.json', 'utf8'));

describe('sweepable fields', () => {
  const fields = sweepableFields(incident);
  it('offers the numeric fields with labels, units, ranges and values, lists expanded', () => {
    const seats = fields.find((f) => f.path === 'standby.seats')!;
    expect(seats.label.en).toBe('Standby seats (dual-skill call-takers) · Standby seats');
    expect(seats.unit?.zh).toBe('坐席');
    expect(seats.rule.integer).toBe(true);
    expect(seats.current).toBe(20);
    expect(fields.find((f) => f.path === 'surges.0.peakMultiplier')?.label.en).toBe('Surges (major incidents) 1 · Peak multiplier');
    // a rule's numbers: the incident calls its standby seats and secretaries in at set times; the secretaries go back on a quiet queue
    expect(fields.find((f) => f.path === 'backOffice.phones.standDown.queueAtMost')?.current).toBe(2);
    expect(fields.every((f) => typeof f.current === 'number')).toBe(true);
    expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
  });
  it('parses lists and ranges and names the field in its messages', () => {
    const seats = fields.find((f) => f.path === 'standby.seats')!;
    const t = { mode: 'list' as const, list: '20, 40，100', from: '', to: '', step: '' };
    expect(parseValues(seats, t)).toEqual({ ok: true, values: [20, 40, 100] });
    expect(parseValues(seats, { ...t, mode: 'range', from: '0', to: '10', step: '5' })).toEqual({ ok: true, values: [0, 5, 10] });
    const bad = parseValues(seats, { ...t, list: '20, 2.5' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.en).toBe('Standby seats (dual-skill call-takers) · Standby seats: 2.5 is not allowed (a whole number ≥ 0 and ≤ 2000)');
    const step = parseValues(seats, { ...t, mode: 'range', from: '0', to: '10', step: '0' });
    expect(!step.ok && step.message.zh).toContain('步长');
    const share = fields.find((f) => f.path === 'surges.0.peakMultiplier')!;
    expect(parseValues(share, { ...t, mode: 'range', from: '1', to: '1.3', step: '0.1' })).toEqual({ ok: true, values: [1, 1.1, 1.2, 1.3] });
  });
  it('checks the form into a plan, or names the problems', () => {
    const form = defaultForm(fields, 8);
    expect(form.first.path).toBe('standby.seats');
    const ok = checkForm(form, fields);
    expect(ok).toEqual({ ok: true, plan: { parameters: [{ path: 'standby.seats', values: [20, 40, 80] }], options: { seed: 12308, replications: 5, days: 8 } } });
    const same = checkForm({ ...form, second: form.first, replications: '1' }, fields);
    expect(same.ok).toBe(false);
    if (!same.ok) {
      expect(same.problems.second?.en).toContain('different fields');
      expect(same.problems.replications?.en).toBe('Replications per point must be a whole number from 2 to 200');
    }
    expect(pointText({ 'standby.seats': 20 }, fields, 'en')).toBe('Standby seats (dual-skill call-takers) · Standby seats = 20');
  });
});
