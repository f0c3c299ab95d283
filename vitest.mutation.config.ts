/**
 * The fast test set for mutation testing (`npm run mutation`): the unit tests of the engine
 * and the model (test/engine, test/models) plus the short deterministic whole-model checks
 * (test/suites/mechanics: journeys read from traces; test/suites/oracles: figures rebuilt
 * from the trace). Left out: the theory and statistical suites (test/theory,
 * test/suites/theory*.test.ts, properties), which run long simulations and cover every
 * mutant; the CLI, UI, worker and browser tests; and one slow model test (standby seats
 * 20 → 100 with common random numbers, about 5 s), matched by name below. With Stryker's
 * per-test coverage each mutant runs only the tests that reach it, in a second or two.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { 'protobufjs/minimal': fileURLToPath(new URL('./src/engine/no-protobuf.ts', import.meta.url)) } },
  test: {
    environment: 'node',
    // A mutant that loops (a clock that never advances) fails its test here rather than
    // holding the run; Stryker's own timeout (stryker.config.mjs) is the outer bound.
    testTimeout: 20_000,
    include: ['test/engine/**/*.test.ts', 'test/models/**/*.test.ts', 'test/suites/mechanics.test.ts', 'test/suites/oracles.test.ts'],
    exclude: ['test/browser/**'],
    testNamePattern: /^(?!.*common random numbers)/,
    setupFiles: ['test/support/fast-check-seed.ts'],
  },
});
