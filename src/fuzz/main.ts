/**
 * `npm run fuzz -- --cases N [--seed S]`: mutated bundled scenarios through the parser and
 * short runs of the model (src/fuzz/check.ts says what each case must show). Prints the
 * tally and the first failures with their mutations; exits 1 if any case failed.
 */
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz.ts';

const USAGE = 'usage: npm run fuzz -- [--cases N] [--seed S]';

function wholeNumber(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    process.stderr.write(`--${flag}: expected a whole number, got ${JSON.stringify(text)}\n${USAGE}\n`);
    process.exit(2);
  }
  return Number(text);
}

let values;
try {
  ({ values } = parseArgs({ args: process.argv.slice(2), options: { cases: { type: 'string' }, seed: { type: 'string' } } }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const cases = wholeNumber(values.cases, 1000, 'cases');
const seed = wholeNumber(values.seed, 12308, 'seed');

const started = Date.now();
let lastReport = started;
const report = runFuzz(cases, seed, (done) => {
  const now = Date.now();
  if (now - lastReport < 2000) return;
  lastReport = now;
  process.stderr.write(`  ${done} of ${cases} cases\n`);
});
const seconds = (Date.now() - started) / 1000;
const t = report.tally;
process.stdout.write(
  `${cases} cases (seed ${seed}) in ${seconds.toFixed(1)} s: ${t.rejected} rejected with issues, ${t.ran} ran, ${t['too-costly']} accepted but too costly to run here; ` +
    `${t.crash} crashes, ${t['bad-issues']} bad issue lists, ${t['silent-loss']} silent losses, ${t.conservation} conservation breaks\n`,
);
for (const f of report.failures) {
  process.stdout.write(`case ${f.caseNumber} (${f.scenario}): ${f.outcome.verdict}: ${f.outcome.detail ?? ''}\n    ${f.mutations.join('\n    ')}\n`);
}
process.exit(report.failureCount > 0 ? 1 : 0);
