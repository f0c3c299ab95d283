// The score per file over the Stryker runs kept in reports/mutation/runs/ (scripts/mutation-files.sh),
// or over the JSON reports given as arguments: killed, survived, no coverage, timeouts, score.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'reports/mutation/runs';
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
const rows = new Map();
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [source, { mutants }] of Object.entries(report.files)) {
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
