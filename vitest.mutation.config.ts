/** The node tests alone, for mutation testing (`npm run mutation`): no browser project. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { 'protobufjs/minimal': fileURLToPath(new URL('./src/engine/no-protobuf.ts', import.meta.url)) } },
  test: {
    environment: 'node',
    testTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    setupFiles: ['test/support/fast-check-seed.ts'],
  },
});
