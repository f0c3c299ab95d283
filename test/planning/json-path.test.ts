import { describe, expect, it } from 'vitest';
import { readSetting, setPath } from '../../src/planning/json-path.ts';

describe('dotted JSON paths', () => {
  const json = { standby: { seats: 20 }, surges: [{ peakMultiplier: 12 }] };

  it('sets a field or a list element in a copy', () => {
    expect(setPath(json, 'standby.seats', 40)).toEqual({ ok: true, value: { standby: { seats: 40 }, surges: [{ peakMultiplier: 12 }] } });
    expect(setPath(json, 'surges.0.peakMultiplier', 6)).toMatchObject({ ok: true, value: { surges: [{ peakMultiplier: 6 }] } });
    expect(json.standby.seats).toBe(20);
  });

  it('names the part of a path that leads nowhere', () => {
    expect(setPath(json, 'surges.1.peakMultiplier', 6)).toEqual({ ok: false, error: 'surges.1.peakMultiplier: surges is a list of 1, with no element "1" (indices 0 to 0)' });
    expect(setPath(json, 'standbi.seats', 6)).toEqual({ ok: false, error: 'standbi.seats: (the scenario) has no field "standbi" (it has standby, surges)' });
    expect(setPath(json, 'standby.seats.x', 6)).toEqual({ ok: false, error: 'standby.seats.x: standby.seats is 20, not an object or a list' });
    expect(setPath(json, 'standby..seats', 6).ok).toBe(false);
  });

  it('reads PATH=V1,V2 with JSON values, and refuses what is not', () => {
    expect(readSetting('standby.seats=20, 40,1.5')).toEqual({ ok: true, value: { path: 'standby.seats', values: [20, 40, 1.5] } });
    expect(readSetting('standby.activation.kind=never,queue-length')).toEqual({ ok: true, value: { path: 'standby.activation.kind', values: ['never', 'queue-length'] } });
    expect(readSetting('standby.seats')).toMatchObject({ ok: false, error: expect.stringMatching(/^--set: expected PATH=V1,V2/) });
    expect(readSetting('standby.seats=20,,40')).toMatchObject({ ok: false });
  });
});
