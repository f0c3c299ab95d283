// The score per file over the Stryker runs kept in reports/mutation/runs/ (scripts/mutation-files.sh),
// or over the JSON reports given as arguments: killed, survived, no coverage, timeouts, score.
// A report may also list files its run did not mutate (with stale or partial results): from
// runs/, a file's row comes from the newest report of a run that mutated it (the run's files
// are in the report's name), the run of that file alone when two are as new; reports given
// as arguments are read in order, the last one naming a file giving its row.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const dir = 'reports/mutation/runs';
const explicit = process.argv.length > 2;
const files = explicit ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json')).map((f) => join(dir, f));
/** The files a run in runs/ mutated, from its report's name (`a__b.ts,c__d.ts.json`). */
const runFiles = (file) => basename(file, '.json').split(',').map((f) => f.replaceAll('__', '/'));
const rows = new Map();
const chosen = new Map();
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const mutated = runFiles(file);
  const rank = [Math.floor(statSync(file).mtimeMs / 1000), -mutated.length]; // copies made in one go share their second
  for (const [source, { mutants }] of Object.entries(report.files)) {
    if (!explicit) {
      if (!mutated.includes(source)) continue;
      const best = chosen.get(source);
      if (best && (best[0] > rank[0] || (best[0] === rank[0] && best[1] >= rank[1]))) continue;
      chosen.set(source, rank);
    }
    const count = (status) => mutants.filter((m) => m.status === status).length;
    rows.set(source, { killed: count('Killed'), survived: count('Survived'), noCoverage: count('NoCoverage'), timeout: count('Timeout'), errors: count('CompileError') + count('RuntimeError') });
  }
}
const score = (r) => (r.killed + r.timeout) / (r.killed + r.timeout + r.survived + r.noCoverage);
const total = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, errors: 0 };
console.log('| file | killed | survived | no coverage | timeout | score |\n|---|---:|---:|---:|---:|---:|');
for (const [source, r] of [...rows].sort()) {
  for (const k of Object.keys(total)) total[k] += r[k];
  console.log(`| ${source} | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${r.timeout} | ${(100 * score(r)).toFixed(1)}% |`);
}
console.log(`| **all** | ${total.killed} | ${total.survived} | ${total.noCoverage} | ${total.timeout} | ${(100 * score(total)).toFixed(1)}% |`);
