import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../models/scenario/scenario.ts';
import { runReplications } from '../../models/replications.ts';
import {
  agrees,
  checkField,
  checkInputs,
  DEFAULT_TEXT,
  fewestSeatsC,
  formulaAnswer,
  simulatedFigures,
  simulationDays,
  simulationScenario,
  simulationWarmupHours,
  type CalculatorInputs,
} from '../../src/planning/erlang-calculator.ts';
import { erlangA, erlangB, mmc } from '../../src/theory/queueing.ts';
import { erlangAMinimum } from '../../src/planning/erlang-staffing.ts';

const inputs = (over: Partial<CalculatorInputs> = {}): CalculatorInputs => {
  const checked = checkInputs(DEFAULT_TEXT);
  if (!checked.ok) throw new Error('defaults invalid');
  return { ...checked.inputs, ...over };
};

describe('checking the typed inputs', () => {
  it('accepts the defaults, with goals as shares', () => {
    const i = inputs();
    expect(i).toEqual({ callsPerHour: 300, handleSeconds: 240, seats: 23, targetSeconds: 20, patienceSeconds: 120, serviceLevelGoal: 0.8, maxAbandon: 0.05 });
  });

  it('names the field and its range, in both languages', () => {
    const issue = checkField('seats', '2.5');
    expect(issue?.field).toBe('seats');
    expect(issue?.message.en).toBe('Seats must be a whole number ≥ 1 and ≤ 2000 (seats)');
    expect(issue?.message.zh).toBe('坐席数须为 1 至 2000 之间的整数（个）');
    expect(checkField('callsPerHour', '0')?.message.en).toBe('Calls per hour must be a number > 0 and ≤ 20000 (calls/h)');
    expect(checkField('callsPerHour', '0')?.message.zh).toContain('大于 0');
  });

  it('refuses what is not a plain decimal in range', () => {
    for (const bad of ['', ' ', 'abc', '0x10', '1e3', '-5', '2001', 'Infinity', 'NaN']) expect(checkField('seats', bad), bad).toBeDefined();
    for (const good of ['1', ' 20 ', '2000']) expect(checkField('seats', good), good).toBeUndefined();
    expect(checkField('targetSeconds', '0')).toBeUndefined();
    expect(checkField('handleSeconds', '0.5')).toBeDefined();
    expect(checkField('serviceLevelGoal', '100')).toBeDefined();
  });

  it('reports every bad field at once', () => {
    const checked = checkInputs({ ...DEFAULT_TEXT, seats: 'x', patienceSeconds: '0' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.field)).toEqual(['seats', 'patienceSeconds']);
  });
});

describe('the formulas’ answers', () => {
  it('are those of src/theory/queueing.ts', () => {
    const i = inputs();
    const a = formulaAnswer(i);
    const lam = 300 / 3600, mu = 1 / 240;
    expect(a.load).toBeCloseTo(20, 12);
    expect(a.erlangB.blocking).toBe(erlangB(23, lam / mu));
    const c = mmc({ arrivalRate: lam, serviceRate: mu, servers: 23 });
    expect(a.erlangC).toEqual({ probWait: c.probWait, meanWaitSeconds: c.meanWait, serviceLevel: c.serviceLevel(20), occupancy: c.occupancy });
    const ea = erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: 1 / 120, servers: 23 });
    expect(a.erlangA?.probAbandon).toBe(ea.probAbandon);
    expect(a.erlangA?.serviceLevel).toBe(ea.serviceLevel(20));
    expect(a.erlangA?.meanWaitServedSeconds).toBe(ea.meanWaitServed);
  });

  it('has no Erlang C answer when the load is not below the seats, but still Erlang A and B', () => {
    const a = formulaAnswer(inputs({ seats: 20 }));
    expect(a.erlangC).toBeUndefined();
    expect(a.erlangA?.probAbandon).toBeGreaterThan(0);
    expect(a.erlangB.blocking).toBeGreaterThan(0);
  });

  it('finds the fewest seats meeting the goal (and the abandonment maximum for Erlang A)', () => {
    const i = inputs();
    const a = formulaAnswer(i);
    const lam = 300 / 3600, mu = 1 / 240;
    const sl = (c: number) => mmc({ arrivalRate: lam, serviceRate: mu, servers: c }).serviceLevel(20);
    expect(sl(a.fewestSeatsC)).toBeGreaterThanOrEqual(0.8);
    expect(a.fewestSeatsC - 1 <= 20 || sl(a.fewestSeatsC - 1) < 0.8).toBe(true);
    expect(fewestSeatsC(i)).toBe(a.fewestSeatsC);
    const ea = (c: number) => erlangA({ arrivalRate: lam, serviceRate: mu, abandonRate: 1 / 120, servers: c });
    expect(ea(a.fewestSeatsA).serviceLevel(20)).toBeGreaterThanOrEqual(0.8);
    expect(ea(a.fewestSeatsA).probAbandon).toBeLessThanOrEqual(0.05);
    const fewer = ea(a.fewestSeatsA - 1);
    expect(fewer.serviceLevel(20) < 0.8 || fewer.probAbandon > 0.05).toBe(true);
    // The same as the staffing module's linear search (erlang-staffing.ts).
    expect(a.fewestSeatsA).toBe(erlangAMinimum({ arrivalRate: lam, workSeconds: 240, abandonRate: 1 / 120 }, [{ targetSeconds: 20, serviceLevelGoal: 0.8, maxAbandonRate: 0.05 }]));
    // Impatient callers leave the queue: Erlang A never needs more seats than Erlang C here.
    expect(a.fewestSeatsA).toBeLessThanOrEqual(a.fewestSeatsC);
  });
});

describe('the simulation’s scenarios', () => {
  it('are valid textbook scenarios: lines = seats for B, no Erlang C scenario when unstable', () => {
    const i = inputs();
    for (const kind of ['B', 'C', 'A'] as const) expect(parseScenario(simulationScenario(i, kind)).ok, kind).toBe(true);
    expect((simulationScenario(i, 'B') as { trunk: { lines: number } }).trunk.lines).toBe(23);
    expect(simulationScenario(i, 'C')).not.toHaveProperty('trunk');
    expect(simulationScenario(inputs({ seats: 20 }), 'C')).toBeUndefined();
  });

  it('run long enough to see about 40 000 calls, warm-up well inside the run', () => {
    expect(simulationDays(inputs({ callsPerHour: 300 }))).toBeCloseTo(5.56, 2);
    expect(simulationDays(inputs({ callsPerHour: 5 }))).toBe(14);
    expect(simulationDays(inputs({ callsPerHour: 20_000 }))).toBe(0.5);
    for (const callsPerHour of [1, 300, 20_000]) {
      const i = inputs({ callsPerHour, handleSeconds: 7200, patienceSeconds: 1800 });
      expect(simulationWarmupHours(i)).toBeLessThan(simulationDays(i) * 24);
    }
  });

  it('the searches stay quick at the edges of the ranges', () => {
    const t0 = performance.now();
    for (const seats of [1, 2000]) formulaAnswer(inputs({ callsPerHour: 20_000, handleSeconds: 7200, seats, targetSeconds: 600, patienceSeconds: 1800, serviceLevelGoal: 0.999 }));
    formulaAnswer(inputs({ callsPerHour: 20_000, handleSeconds: 100, seats: 1, targetSeconds: 600, patienceSeconds: 1800 }));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('agree with the formulas (8 replications, within three half-widths)', () => {
    const i = inputs({ callsPerHour: 360, handleSeconds: 200, seats: 22, patienceSeconds: 90 });
    const f = formulaAnswer(i);
    const run = (kind: 'B' | 'C' | 'A') => {
      const parsed = parseScenario(simulationScenario(i, kind));
      if (!parsed.ok) throw new Error(kind);
      return runReplications(parsed.scenario, { seed: 12308, replications: 8, days: 2 }).summary;
    };
    const b = simulatedFigures('B', run('B'));
    expect(agrees(f.erlangB.blocking, b.blocking)).toBe(true);
    const c = simulatedFigures('C', run('C'));
    expect(agrees(f.erlangC!.probWait, c.probWait)).toBe(true);
    expect(agrees(f.erlangC!.serviceLevel, c.serviceLevel)).toBe(true);
    expect(agrees(f.erlangC!.occupancy, c.occupancy)).toBe(true);
    expect(agrees(f.erlangC!.meanWaitSeconds, c.meanWaitSeconds, 3, 0.5)).toBe(true);
    const a = simulatedFigures('A', run('A'));
    expect(agrees(f.erlangA!.probAbandon, a.probAbandon)).toBe(true);
    expect(agrees(f.erlangA!.serviceLevel, a.serviceLevel)).toBe(true);
    expect(agrees(f.erlangA!.meanWaitServedSeconds, a.meanWaitServedSeconds, 3, 0.5)).toBe(true);
  });

  it('agrees() allows k half-widths and a small slack, and never a NaN mean', () => {
    expect(agrees(0.5, { mean: 0.52, halfWidth95: 0.01 })).toBe(true);
    expect(agrees(0.5, { mean: 0.6, halfWidth95: 0.01 })).toBe(false);
    expect(agrees(0.5, { mean: NaN, halfWidth95: 0.01 })).toBe(false);
  });
});
