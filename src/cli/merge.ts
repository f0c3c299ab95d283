/**
 * `npm run merge -- part-*.json [--json] [--series]`: the part files of a sharded run
 * (`npm run sim -- … --shard K/M --out part-K.json`) merged into the document the
 * unsharded run prints, figure for figure. Missing, repeated or mismatched parts: every
 * problem on stderr, exit status 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mergeParts, readPart, type PartFile } from '../planning/shards.ts';
import { fail } from './command.ts';
import { jsonText, resultDocument } from './document.ts';
import { formatReport } from './report.ts';

const USAGE = 'usage: npm run merge -- <part.json>… [--json] [--series]';

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { json: { type: 'boolean' }, series: { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    fail([(error as Error).message], USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) fail(['expected at least one part file'], USAGE);
  const errors: string[] = [];
  const parts: { name: string; part: PartFile }[] = [];
  for (const name of positionals) {
    try {
      parts.push({ name, part: readPart(readFileSync(name, 'utf8')) });
    } catch (error) {
      errors.push(`${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  if (errors.length > 0) fail(errors, USAGE);
  const merged = mergeParts(parts);
  if (!merged.ok) fail(merged.errors, USAGE);
  process.stdout.write(values.json ? jsonText(resultDocument(merged.result, values.series ?? false)) : formatReport(merged.result));
  process.stderr.write(`merged ${parts.length} part(s): ${merged.result.replications} replications\n`);
}

main();
