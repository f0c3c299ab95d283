import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command in its own process, concurrently with the others. */
function runAsync(script: string, ...args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { stdio: 'ignore' }).on('exit', resolve));
}

describe('shards and npm run merge', () => {
  it('merges shards run in separate processes into the unsharded document, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-shards-'));
    const run5 = ['scenarios/major-incident.json', '--replications', '5', '--seed', '9', '--days', '3'];
    const parts = [0, 1, 2].map((k) => join(dir, `part-${k}.json`));
    expect(await Promise.all(parts.map((out, k) => runAsync('sim', ...run5, '--shard', `${k}/3`, '--out', out)))).toEqual([0, 0, 0]);
    // Shard 0 of 3 of 5 replications holds replications 0 (and not 1: ⌊5·1/3⌋ = 1).
    expect(JSON.parse(readFileSync(parts[0]!, 'utf8')).results.map((r: { replication: number }) => r.replication)).toEqual([0]);
    const merged = run('merge', ...parts.reverse(), '--json', '--series');
    expect(merged.status).toBe(0);
    const whole = run('sim', ...run5, '--json', '--series');
    expect(merged.stdout).toBe(whole.stdout);
    expect(run('merge', ...parts).stdout).toBe(run('sim', ...run5).stdout);
  });

  it('refuses missing, repeated and mismatched parts and a bad --shard, exit 2, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-shards-'));
    const base = ['scenarios/baseline.json', '--replications', '2', '--days', '1.25'];
    const [p0, p1, other] = ['p0', 'p1', 'other'].map((n) => join(dir, `${n}.json`));
    expect(run('sim', ...base, '--shard', '0/2', '--out', p0!).status).toBe(0);
    expect(run('sim', ...base, '--seed', '3', '--shard', '1/2', '--out', other!).status).toBe(0);
    const missing = run('merge', p0!);
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toContain('1 of 2 replications are missing (shards 1 of 2)');
    expect(run('merge', p0!, p0!).stderr).toContain('replication 0 is in more than one part');
    expect(run('merge', p0!, other!).stderr).toContain('not of the same run');
    writeFileSync(p1!, '{"format": "something else"}');
    expect(run('merge', p0!, p1!).stderr).toContain('not a part file');
    for (const shard of ['2/2', '1/3', 'a/b']) {
      const bad = run('sim', ...base, '--shard', shard, '--out', p1!);
      expect([bad.status, bad.stdout]).toEqual([2, '']);
      expect(bad.stderr).toMatch(/^--shard: expected K\/M, whole numbers with 0 ≤ K < M ≤ replications \(2\)/);
    }
    expect(run('sim', ...base, '--shard', '0/2').stderr).toContain('--shard needs --out FILE');
  });
});
