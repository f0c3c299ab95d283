import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle, COMMANDS, pruneCache, sourceHash } from '../../src/cli/bundle.mjs';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';

const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });

describe('the command line’s bundle', () => {
  it('is named by the hash of the sources as they are now, holds every command and the worker thread, and is built once', async () => {
    const hash = sourceHash();
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    const dir = await cliBundle();
    expect(basename(dir)).toBe(hash);
    for (const name of [...COMMANDS, 'thread-worker']) expect(existsSync(join(dir, `${name}.mjs`)), name).toBe(true);
    expect(await cliBundle()).toBe(dir);
  });

  it('keeps only the current build: older ones and those of a build killed midway go, one in progress stays', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cc-cli-cache-'));
    const names = ['0123456789abcdef', 'fedcba9876543210', 'building-1-1', 'building-2-2'];
    for (const name of names) mkdirSync(join(cache, name));
    const now = Date.now();
    // building-1 was last touched 11 minutes ago (killed); building-2 a minute ago (building now).
    utimesSync(join(cache, 'building-1-1'), (now - 11 * 60_000) / 1000, (now - 11 * 60_000) / 1000);
    utimesSync(join(cache, 'building-2-2'), (now - 60_000) / 1000, (now - 60_000) / 1000);
    pruneCache(cache, join(cache, '0123456789abcdef'), now);
    expect(readdirSync(cache).sort()).toEqual(['0123456789abcdef', 'building-2-2']);
  });

  it('loads in a worker thread and answers as the simulation API', async () => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(join(await cliBundle(), 'thread-worker.mjs'));
    const { wrap } = await import('comlink');
    // comlink's Node adapter ships without type declarations.
    const adapter: string = 'comlink/dist/esm/node-adapter.mjs';
    const { default: nodeEndpoint } = (await import(adapter)) as { default: (worker: unknown) => import('comlink').Endpoint };
    const api = wrap<{ validate(json: unknown): { ok: boolean } }>(nodeEndpoint(worker));
    try {
      expect((await api.validate({ version: 1 })).ok).toBe(false);
    } finally {
      await worker.terminate();
    }
  });

  it('runs a command through the launcher with the same output, byte for byte, as from the sources, on one thread or two', () => {
    const args = ['scenarios/baseline.json', '--replications', '3', '--days', '2', '--json'];
    const fromSources = node(['--import', 'tsx', 'src/cli/sim.ts', ...args]);
    const launched = node(['src/cli/launch.mjs', 'sim', ...args]);
    const twoThreads = node(['src/cli/launch.mjs', 'sim', ...args, '--threads', '2']);
    expect(fromSources.status).toBe(0);
    expect(launched.status).toBe(0);
    expect(twoThreads.status, twoThreads.stderr).toBe(0);
    expect(launched.stdout).toBe(fromSources.stdout);
    expect(twoThreads.stdout).toBe(fromSources.stdout);
    expect(twoThreads.stderr).toContain('on 2 thread(s)');
  }, 60_000);

  it('finds the project’s scenarios from the bundle, which lives elsewhere (calibrate’s default base)', () => {
    expect(existsSync(join(PROJECT_ROOT, 'scenarios', 'baseline.json'))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'cc-bundle-'));
    const log = join(dir, 'log.csv');
    expect(node(['src/cli/launch.mjs', 'sim', 'scenarios/baseline.json', '--days', '3', '--replications', '1', '--call-log', log]).status).toBe(0);
    const fitted = node(['src/cli/launch.mjs', 'calibrate', log, '--out', join(dir, 'fitted.json')]);
    expect(fitted.status, fitted.stderr).toBe(0);
    expect(existsSync(join(dir, 'fitted.json'))).toBe(true);
  }, 60_000);

  it('refuses an unknown command, naming the commands', () => {
    const r = node(['src/cli/launch.mjs', 'simulate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(COMMANDS.join(', '));
    expect(r.stderr).toContain('got simulate');
  });
});
