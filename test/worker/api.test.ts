import { expose, proxy, wrap } from 'comlink';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { figuresOf } from '../../models/replications.ts';
import { RUN_OPTION_RULES } from '../../models/run-options.ts';
import { parseScenario } from '../../models/scenario/scenario.ts';
import { simApi } from '../../src/worker/api.ts';
import type { ReplicationOutcome, ReplicationProgress, SimApi } from '../../src/worker/protocol.ts';
import { bundled } from '../support/scenarios.ts';
import { baselineJson } from './fake-workers.ts';

const DAY = 86_400;

function badBaseline(): unknown {
  const bad = structuredClone(baselineJson) as { frontDesk: { seats: unknown }; callTypes: { share: unknown }[] };
  bad.frontDesk.seats = -3;
  bad.callTypes[0]!.share = 'lots';
  return bad;
}

describe('simApi called directly', () => {
  it('validate(json) returns the parsed scenario (defaults filled in) as parseScenario does', () => {
    const parsed = simApi.validate(baselineJson);
    expect(parsed.ok).toBe(true);
    expect(parsed).toEqual(parseScenario(baselineJson));
  });

  it('validate(json) returns every issue with its JSON path, as data', () => {
    const parsed = simApi.validate(badBaseline());
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toContainEqual({ path: 'callTypes[0].share', message: 'expected a number from 0 to 1', found: '"lots"' });
    expect(parsed.issues.map((i) => i.path)).toContain('frontDesk.seats');
  });

  it('runReplication with days: 2 returns the figures and the run metadata apart', () => {
    const outcome = simApi.runReplication(baselineJson, { seed: 12308, replication: 0, days: 2 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.run).toMatchObject({ seed: 12308, replication: 0, horizonSeconds: 2 * DAY });
    expect(outcome.run.events).toBeGreaterThan(0);
    expect(outcome.figures).not.toHaveProperty('run');
    expect(outcome.figures.pools.front?.occupancy).toBeGreaterThan(0);
  });

  it('gives the figures simulateCallCentre gives for the same seed and replication', () => {
    const outcome = simApi.runReplication(baselineJson, { seed: 7, replication: 3, days: 1.25 });
    const direct = simulateCallCentre(bundled('baseline'), { seed: 7, replication: 3, days: 1.25 });
    expect(outcome).toEqual({ ok: true, figures: figuresOf(direct), run: direct.run, timing: expect.any(Object) });
    if (!outcome.ok) return;
    const { startedAt, endedAt, parseMs, simulateMs } = outcome.timing!;
    expect(endedAt).toBeGreaterThanOrEqual(startedAt);
    expect(parseMs + simulateMs).toBeCloseTo(endedAt - startedAt, 6);
  });

  it('gives identical figures for the same seed and replication, whatever the seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.nat({ max: 50 }), (seed, replication) => {
        const a = simApi.runReplication(baselineJson, { seed, replication, days: 1.05 });
        const b = simApi.runReplication(baselineJson, { seed, replication, days: 1.05 });
        expect(a.ok).toBe(true);
        expect(withoutTiming(b)).toEqual(withoutTiming(a));
      }),
      { numRuns: 4 },
    );
  });

  it('reads a scenario again when it changes between replications, however little (it keeps the one read last)', () => {
    const first = simApi.runReplication(baselineJson, { seed: 7, replication: 1, days: 1.25 });
    const changed = structuredClone(baselineJson) as { frontDesk: { seats: unknown } };
    changed.frontDesk.seats = 16;
    const parsed = parseScenario(changed);
    if (!parsed.ok) throw new Error('the changed baseline should be valid');
    const second = simApi.runReplication(changed, { seed: 7, replication: 1, days: 1.25 });
    const direct = simulateCallCentre(parsed.scenario, { seed: 7, replication: 1, days: 1.25 });
    expect(withoutTiming(second)).toEqual({ ok: true, figures: figuresOf(direct), run: direct.run });
    expect(withoutTiming(second)).not.toEqual(withoutTiming(first));
    // What JSON would write alike is not taken for the scenario read last.
    for (const seats of [NaN, Infinity, undefined, '16', new Number(16)]) {
      changed.frontDesk.seats = seats;
      expect(simApi.runReplication(changed, { seed: 7, replication: 1, days: 1.25 }).ok).toBe(false);
    }
    changed.frontDesk.seats = 16;
    expect(withoutTiming(simApi.runReplication(changed, { seed: 7, replication: 1, days: 1.25 }))).toEqual(withoutTiming(second));
  });

  it('returns an invalid scenario as {ok: false, issues} without running', () => {
    const outcome = simApi.runReplication(badBaseline(), { seed: 1, replication: 0, days: 1.25 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['callTypes[0].share', 'frontDesk.seats']));
  });

  it('returns bad options as issues named options.<field>', () => {
    const outcome = simApi.runReplication(baselineJson, { seed: -4, replication: 1.5, days: 0 });
    expect(outcome).toEqual({
      ok: false,
      issues: [
        { path: 'options.seed', message: expect.stringContaining('expected a whole number from 0 to'), found: '-4', option: 'seed', rule: RUN_OPTION_RULES.seed },
        { path: 'options.days', message: expect.stringContaining('expected a number > 0'), found: '0', option: 'days', rule: RUN_OPTION_RULES.days },
        { path: 'options.replication', message: 'expected a whole number ≥ 0', found: '1.5', option: 'replication', rule: RUN_OPTION_RULES.replication },
      ],
    });
  });

  it('answers a circular object or a BigInt, in the scenario or the options, with {ok: false}', () => {
    const circular: any = { ...(baselineJson as object) };
    circular.me = circular;
    expect(simApi.runReplication(circular, { seed: 1, replication: 0 }).ok).toBe(false);
    expect(simApi.validate(circular).ok).toBe(false);
    const bigSeed = simApi.runReplication(baselineJson, { seed: 10n, replication: 0 } as never);
    expect(bigSeed.ok ? [] : bigSeed.issues.map((i) => `${i.path} ${i.found}`)).toEqual(['options.seed 10n']);
    const looped: any = { seed: 1 };
    looped.replication = looped;
    expect(simApi.runReplication(baselineJson, looped).ok).toBe(false);
    expect(simApi.runReplication(baselineJson, null as never).ok).toBe(false);
  });

  it('refuses a run no longer than the warm-up, naming the warm-up', () => {
    const outcome = simApi.runReplication(baselineJson, { seed: 1, replication: 0, days: 0.5 });
    expect(outcome.ok ? [] : outcome.issues.map((i) => [i.path, i.message])).toEqual([
      ['options.days', "expected a number > 1 and ≤ 3660, longer than the scenario's warm-up of 24 hours (or none, for the scenario's run.days)"],
    ]);
  });

  it('throttles progress: the first report, then at most one per 100 ms, and always the end', () => {
    const reports: ReplicationProgress[] = [];
    const started = performance.now();
    simApi.runReplication(baselineJson, { seed: 1, replication: 0, days: 2 }, (p) => reports.push(p));
    const elapsedMs = performance.now() - started;
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.length).toBeLessThanOrEqual(2 + elapsedMs / 100);
    expect(reports.at(-1)).toEqual({ simulatedSeconds: 2 * DAY, horizonSeconds: 2 * DAY });
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.simulatedSeconds).toBeGreaterThan(reports[i - 1]!.simulatedSeconds);
  });
});

describe('simApi over a MessageChannel (comlink, same realm)', () => {
  let ports: MessagePort[] = [];
  afterEach(() => {
    for (const port of ports) port.close();
    ports = [];
  });

  function connect() {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(simApi, port1);
    return wrap<SimApi>(port2);
  }

  it('validates and runs a replication, with the figures of a direct call', async () => {
    const remote = connect();
    const parsed = await remote.validate(baselineJson);
    expect(parsed.ok).toBe(true);
    const outcome = await remote.runReplication(baselineJson, { seed: 12308, replication: 2, days: 1.25 });
    expect(withoutTiming(outcome)).toEqual(withoutTiming(simApi.runReplication(baselineJson, { seed: 12308, replication: 2, days: 1.25 })));
  });

  it('calls a proxy() progress callback across the channel, up to the end of simulated time', async () => {
    const remote = connect();
    const reports: ReplicationProgress[] = [];
    const outcome = await remote.runReplication(baselineJson, { seed: 1, replication: 0, days: 1.25 }, proxy((p: ReplicationProgress) => void reports.push(p)));
    expect(outcome.ok).toBe(true);
    // Reports travel on the callback's own port, so the last may arrive after the result.
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ simulatedSeconds: 1.25 * DAY, horizonSeconds: 1.25 * DAY }));
  });

  it('sends an invalid scenario back as data and a bug as a rejected call', async () => {
    const remote = connect();
    const outcome = await remote.runReplication(badBaseline(), { seed: 1, replication: 0 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.path)).toContain('frontDesk.seats');
    await expect(remote.runReplication(baselineJson, undefined as never)).resolves.toMatchObject({ ok: false, issues: [{ path: 'options' }] });
    // comlink rethrows a plain Error: the class is lost, the name is kept.
    await expect(remote.runReplication(baselineJson, { seed: 1, replication: 0, days: 1.25 }, 5 as never)).rejects.toMatchObject({ name: 'TypeError' });
  });
});

/** An outcome without the worker's timing, which differs from call to call. */
function withoutTiming(outcome: ReplicationOutcome) {
  if (!outcome.ok) return outcome;
  const { timing: _timing, ...rest } = outcome;
  return rest;
}
