/**
 * The fast test set for mutation testing (`npm run mutation`): the unit tests of the engine
 * and the model (test/engine, test/models) plus the short deterministic whole-model checks
 * (test/suites/mechanics: journeys read from traces; test/suites/oracles: figures rebuilt
 * from the trace). Left out: the theory and statistical suites (test/theory,
 * test/suites/theory*.test.ts, properties), which run long simulations and cover every
 * mutant; the CLI, UI, worker and browser tests; and the slow whole-model runs of the unit
 * files (standby seats 20 → 100 with common random numbers, about 5 s; a run in slices; the
 * cost estimate against real runs; major-incident's secretaries; traced against untraced
 * runs), matched by name below: they reach nearly every mutant and would be run for each
 * survivor. With Stryker's per-test coverage each mutant runs only the tests that reach it.
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
    testNamePattern: /^(?!.*(common random numbers|a replication run in slices|within a factor of two of the attempts|shows the secretaries joining the phones|a traced run of))/,
    setupFiles: ['test/support/fast-check-seed.ts'],
  },
});
