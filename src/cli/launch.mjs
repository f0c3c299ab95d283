/**
 * `node src/cli/launch.mjs <command> [arguments]`: what the npm scripts run. Starts the
 * command from the command line's prebuilt bundle (bundle.mjs), built first if the sources
 * changed since the last one.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliBundle, COMMANDS } from './bundle.mjs';

const command = process.argv[2];
if (!COMMANDS.includes(command)) {
  process.stderr.write(`usage: node src/cli/launch.mjs <command> [arguments], command one of ${COMMANDS.join(', ')}; got ${command ?? 'none'}\n`);
  process.exit(2);
}
// The command reads its own arguments from argv[2] on, as when started from its source.
process.argv.splice(2, 1);
await import(pathToFileURL(join(await cliBundle(), `${command}.mjs`)).href);
