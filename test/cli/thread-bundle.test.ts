import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceHash, threadBundle } from '../../src/cli/thread-bundle.ts';

describe('the worker threads’ bundle', () => {
  it('is named by the hash of the sources as they are now, and built once', async () => {
    const hash = sourceHash();
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    const file = await threadBundle();
    expect(file.endsWith(`thread-worker-${hash}.mjs`)).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(await threadBundle()).toBe(file);
  });

  it('loads in a worker thread and answers as the simulation API', async () => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(await threadBundle());
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
});
