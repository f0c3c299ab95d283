import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // DDSketch's optional protobuf export needs a package that is not installed (see the stub).
    alias: { 'protobufjs/minimal': fileURLToPath(new URL('./src/engine/no-protobuf.ts', import.meta.url)) },
  },
  worker: { format: 'es' },
  // Scan the worker too, so that `npm run dev` pre-bundles its dependencies up front instead
  // of discovering them at the first run and reloading the page.
  optimizeDeps: { entries: ['index.html', 'src/worker/sim.worker.ts', 'src/worker/trainer.worker.ts'] },
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'], setupFiles: ['test/support/fast-check-seed.ts'], sequence: { groupOrder: 0 } } },
      // The browser tests time main-thread tasks: they run after the rest, with the machine to themselves.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
