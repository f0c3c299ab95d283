import { describe, expect, it } from 'vitest';
import { orderLanes } from '../../../models/phone/lanes.ts';
import { accepted } from '../../support/scenarios.ts';

const fixed = { kind: 'fixed', seconds: 60 };
const scenario = accepted({
  version: 1,
  name: 'lanes',
  description: '',
  run: { days: 1 },
  arrivals: { callsPerHour: 10 },
  callTypes: ['visa', 'general', 'emergency', 'family'].map((id, i) => ({
    id,
    lane: ['visa', 'general', 'emergency', 'emergency'][i],
    share: 0.25,
    handleSeconds: fixed,
    patienceSeconds: { kind: 'infinite' },
  })),
  // Written out of priority order on purpose.
  lanes: [
    { id: 'general', priority: 5, serviceLevelTargetSeconds: 60 },
    { id: 'visa', priority: 9, serviceLevelTargetSeconds: 120 },
    { id: 'emergency', priority: 0, serviceLevelTargetSeconds: 20, reservedSeats: 2 },
  ],
  frontDesk: { seats: 4 },
});

// Each test orders the lanes itself: work done in a describe body is seen by no test in
// Stryker's per-test coverage, so mutants reached only there would never meet these tests.
describe('orderLanes', () => {
  it('puts the lanes highest priority (lowest number) first', () => {
    expect(orderLanes(scenario).lanes.map((l) => l.id)).toEqual(['emergency', 'general', 'visa']);
  });

  it('maps each call type, in scenario order, to its lane index', () => {
    expect(orderLanes(scenario).laneIndexOfType).toEqual([2, 1, 0, 0]);
  });

  it('gives the pool one line per lane with its reserve (0 when not set)', () => {
    expect(orderLanes(scenario).poolLines).toEqual([
      { name: 'emergency', reservedSeats: 2 },
      { name: 'general', reservedSeats: 0 },
      { name: 'visa', reservedSeats: 0 },
    ]);
  });
});
