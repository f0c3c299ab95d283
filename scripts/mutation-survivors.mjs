// The mutants a Stryker JSON report left alive (survived or not covered), one a line:
// `node scripts/mutation-survivors.mjs [report.json]` (default reports/mutation/mutation.json).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
for (const [source, { source: text, mutants }] of Object.entries(report.files)) {
  const lines = text.split('\n');
  for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage').sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { start, end } = m.location;
    const original = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)}…`;
    console.log(`${source}:${start.line}:${start.column} ${m.status} ${m.mutatorName}: ${original.trim().slice(0, 90)} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90)}`);
  }
}
