// Mutation testing of the engine and the model: `npm run mutation` (incremental: a rerun
// tests only mutants whose code or covering tests changed). The HTML report, with the score
// per file, goes to reports/mutation/ (not committed).
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/engine/**/*.ts', 'models/**/*.ts', '!src/engine/no-protobuf.ts', '!src/engine/simjs-global.ts', '!src/engine/portable-math.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  ignoreStatic: true,
  // One test process: the machine is shared. A mutant's time limit is 1.5 × the covering
  // tests' time in the dry run + timeoutMS.
  concurrency: 1,
  timeoutFactor: 1.5,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
