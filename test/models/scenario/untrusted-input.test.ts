/**
 * Input a planner's file, a share link or a worker message may hold that no scenario does:
 * deep nesting, cycles, BigInt, floods of problems, reserved names. Each gets issues with a
 * path, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../../models/call-centre.ts';
import { MAX_ISSUES_LISTED, MAX_SCENARIO_BYTES, MAX_SCENARIO_DEPTH } from '../../../models/limits.ts';
import { describeValue } from '../../../models/scenario/describe-value.ts';
import { formatIssue } from '../../../models/scenario/issues.ts';
import { parseScenario, parseScenarioText } from '../../../models/scenario/scenario.ts';
import { accepted, bundledJson, rejected } from '../../support/scenarios.ts';

const baseline = (): any => bundledJson('baseline');
const incident = (): any => bundledJson('major-incident');

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('untrusted scenario input', () => {
  it('refuses deep nesting anywhere with one issue at the depth limit, not a stack overflow', () => {
    const text = `{"version":1,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const issues = (parseScenarioText(text) as { issues: any[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe(`expected at most ${MAX_SCENARIO_DEPTH} levels of nesting (a scenario needs six)`);
    expect(issues[0].path).toMatch(/^x(\[0\])+$/);
    const inKnownField = baseline();
    inKnownField.surges = nested(100_000);
    expect(rejected(inKnownField)[0]!.message).toMatch(/levels of nesting/);
  });

  it('describes a circular object or a BigInt instead of throwing', () => {
    const circular = baseline();
    circular.callTypes[0].self = circular;
    expect(rejected(circular)[0]!.message).toMatch(/levels of nesting/);
    const big = baseline();
    big.arrivals.callsPerHour = 10n;
    expect(rejected(big).map(formatIssue)).toContain('arrivals.callsPerHour: expected a number from 0 to 1000000, got 10n');
    expect(describeValue({ a: [1n, { b: { c: { d: 1 } } }] })).toBe('{"a":[1n,{"b":{…}}]}');
    expect(describeValue('x'.repeat(1000)).length).toBeLessThanOrEqual(60);
  });

  it('lists the first problems and counts the rest, quickly, for a flood', () => {
    const flood = baseline();
    for (let i = 0; i < 40_000; i++) flood[`k${i}`] = i;
    const started = performance.now();
    const issues = rejected(flood);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues).toHaveLength(MAX_ISSUES_LISTED + 1);
    expect(issues.at(-1)).toEqual({ path: '(more)', message: 'and 39900 more problems not listed: fix the ones above first', found: '' });
    const huge = baseline();
    huge.x = new Array(1_000_000).fill(0);
    expect(rejected(huge)).toEqual([{ path: '(root)', message: expect.stringMatching(/^expected at most 50000 values/), found: 'more than 50000' }]);
  });

  it('refuses reserved names as ids, and record keys that are not identifiers, with their paths', () => {
    const ctor = incident();
    ctor.callTypes[0].id = 'constructor';
    expect(rejected(ctor).some((i) => i.path === 'callTypes[0].id' && /names every object has/.test(i.message))).toBe(true);
    const proto = JSON.parse(JSON.stringify(incident()).replace('"extraMix":{', '"extraMix":{"__proto__":0,'));
    expect(rejected(proto).map((i) => i.path)).toContain('surges[0].extraMix.__proto__');
    const weights = incident();
    weights.missions.weights = JSON.parse('{"__proto__": 5, "other": 1}');
    expect(rejected(weights).map((i) => i.path)).toContain('missions.weights.__proto__');
  });

  it('refuses a coefficient of variation the samplers cannot draw from, and accepts 0', () => {
    const tiny = baseline();
    tiny.callTypes[0].handleSeconds = { kind: 'gamma', meanSeconds: 300, cv: 1e-160 };
    expect(rejected(tiny).map(formatIssue)).toContain('callTypes[0].handleSeconds.cv: expected 0 (no variation) or a number from 0.001 to 10, got 1e-160');
    for (const cv of [0, 0.001]) {
      tiny.callTypes[0].handleSeconds.cv = cv;
      const result = simulateCallCentre(accepted(tiny), { seed: 1, days: 2 });
      expect(Object.values(result.byLane).every((lane) => Number.isFinite(lane.answered))).toBe(true);
    }
  });

  it('runs a scenario starting in year 1 with its missions (full-year dates)', () => {
    const early = incident();
    early.run.startBeijing = '0001-01-01T00:00';
    early.run.days = 2;
    const result = simulateCallCentre(accepted(early), { seed: 1 });
    expect(result.workOrders.forwarded).toBeGreaterThan(0);
  });

  it('words size limits as the rest of the parser does', () => {
    const big = baseline();
    big.description = 'x'.repeat(5000);
    big.surges = Array.from({ length: 21 }, () => ({}));
    const messages = rejected(big).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('description: expected a description of at most 4000 characters');
    expect(messages).toContain('surges: expected at most 20 surges');
    const times = incident();
    times.standby.activation = { kind: 'at-times', hours: new Array(1001).fill(1) };
    expect(rejected(times).map((i) => `${i.path}: ${i.message}`)).toContain('standby.activation.hours: expected at most 1000 hours');
  });

  it('reads past a byte-order mark and refuses text larger than a scenario can be', () => {
    const text = JSON.stringify(baseline());
    expect(parseScenarioText(`\uFEFF${text}`).ok).toBe(true);
    const tooLong = parseScenarioText(' '.repeat(MAX_SCENARIO_BYTES + 1));
    expect(tooLong.ok ? [] : tooLong.issues.map((i) => i.path)).toEqual(['(file)']);
  });

  it('never throws, whatever the value', () => {
    for (const value of [undefined, null, 1n, Symbol('s'), () => 1, new Proxy({}, {}), Object.create(null), [[[]]], 'x']) {
      expect(parseScenario(value).ok).toBe(false);
    }
  });
});
