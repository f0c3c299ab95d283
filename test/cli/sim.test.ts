import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledJson } from '../support/scenarios.ts';

function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run sim', () => {
  it('prints a JSON document with byCallType, byLane and pools, each figure {mean, halfWidth95}', () => {
    const r = sim('scenarios/baseline.json', '--replications', '2', '--days', '3', '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const key of ['offered', 'answered', 'abandoned', 'blocked', 'serviceLevel', 'probWait', 'meanWaitSeconds', 'meanQueueLength', 'abandonRate', 'blockRate']) {
      expect(doc.byLane.emergency[key]).toHaveProperty('mean');
      expect(doc.byCallType.document[key]).toHaveProperty('halfWidth95');
    }
    expect(doc.pools.front.occupancy.mean).toBeGreaterThan(0);
    expect(doc.series).toBeUndefined();
  });

  it('gives the same figures on worker threads as on one thread', () => {
    const args = ['scenarios/baseline.json', '--replications', '3', '--days', '2', '--json'];
    const one = sim(...args);
    const threads = sim(...args, '--threads', '2');
    expect(threads.status).toBe(0);
    expect(threads.stdout).toBe(one.stdout);
  });

  it('names each bad field of a scenario, exits with status 2 and writes nothing to stdout', () => {
    const bad = bundledJson('baseline') as { frontDesk: { seats: unknown }; callTypes: { share: unknown }[] };
    bad.frontDesk.seats = -3;
    bad.callTypes[0]!.share = 'lots';
    const file = join(mkdtempSync(join(tmpdir(), 'cc-')), 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = sim(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('callTypes[0].share: expected a number from 0 to 1, got "lots"');
    expect(r.stderr).toContain('frontDesk.seats');
  });

  it('rejects bad options with the allowed range, exits with status 2 and writes nothing to stdout', () => {
    const r = sim('scenarios/baseline.json', '--replications', '0', '--seed=-4', '--days', '3661');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--replications: expected a whole number from 1 to 100000, got "0"');
    expect(r.stderr).toContain('--seed: expected a whole number from 0 to 9007199254740991, got "-4"');
    expect(r.stderr).toContain('--days: expected a number > 0 and ≤ 3660');
    expect(r.stderr).toContain('usage: npm run sim');
  });

  it('adds the time series to the JSON document only with --series', () => {
    const r = sim('scenarios/baseline.json', '--replications', '1', '--days', '1', '--json', '--series');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).series).toBeDefined();
  });
});
