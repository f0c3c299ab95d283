import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
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
    const r = sim('scenarios/baseline.json', '--replications', '1', '--days', '1.5', '--json', '--series');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).series).toBeDefined();
  });

  it('reads past a byte-order mark', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cc-')), 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync('scenarios/baseline.json', 'utf8')}`);
    expect(sim(file, '--replications', '1', '--days', '1.5').status).toBe(0);
  });

  it('refuses a file larger than a scenario can be without reading it all', () => {
    const r = sim('/dev/zero');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/dev/zero: the scenario file is larger than 1000000 bytes');
  });

  it('refuses a run no longer than the warm-up, and notes a surge after the end', () => {
    const short = sim('scenarios/baseline.json', '--days', '1');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("--days: expected a number > 1 and ≤ 3660, longer than the scenario's warm-up of 24 hours");
    const early = sim('scenarios/major-incident.json', '--days', '2', '--replications', '1');
    expect(early.status).toBe(0);
    expect(early.stderr).toContain('note: surges[0].startHour = 58: the run ends at hour 48, before this surge starts: it changes nothing');
  });

  it('prints the cost estimate, and refuses a long run without --yes', () => {
    const quick = sim('scenarios/baseline.json', '--replications', '1', '--days', '1.5');
    expect(quick.stderr).toMatch(/^estimate: about [\d,]+ call attempts \([\d,]+ per replication × 1\), under a second on 1 thread\(s\)$/m);
    const long = sim('scenarios/baseline.json', '--replications', '100000');
    expect(long.status).toBe(2);
    expect(long.stdout).toBe('');
    expect(long.stderr).toMatch(/estimate: about [\d,]+ call attempts .* hours on \d+ thread\(s\), more than the 10 minutes run without asking/);
    expect(long.stderr).toContain('add --yes to run it anyway');
  });

  it('ends cleanly when the output cannot be written (a full disk), without a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', 'scenarios/baseline.json', '--replications', '1', '--days', '1.5'], {
        encoding: 'utf8',
        stdio: ['ignore', full, 'pipe'],
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('cannot write the results to the standard output (ENOSPC: the disk is full); nothing was written');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toContain('done:');
    } finally {
      closeSync(full);
    }
  });
});
