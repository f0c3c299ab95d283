/**
 * The command line's worker threads load the model as one prebuilt JavaScript file instead
 * of compiling its TypeScript in every thread (about a second each). The file is built on
 * first use with Vite (the same bundler as the page's workers) and named by a hash of every
 * source it could contain and of the lock file, so an edited source gives a new build: it is
 * never stale. Built files live in node_modules/.cache/cc12308-threads/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./thread-worker.ts', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'cc12308-threads');
/** What the bundle is made of: the sources it may import, and the locked dependencies. */
const INPUTS = ['src', 'models', 'package-lock.json'];

/** Every file under the inputs, in a stable order. */
function inputFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => inputFiles(join(path, name)));
}

/** A hash of the inputs' paths and contents. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => inputFiles(join(ROOT, input)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The path of the worker bundle for the sources as they are now, built if needed. */
export async function threadBundle(): Promise<string> {
  const file = join(CACHE, `thread-worker-${sourceHash()}.mjs`);
  if (existsSync(file)) return file;
  const outDir = join(CACHE, `build-${process.pid}-${Date.now()}`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    // DDSketch's optional protobuf export needs a package that is not installed (see the stub).
    resolve: { alias: { 'protobufjs/minimal': fileURLToPath(new URL('../engine/no-protobuf.ts', import.meta.url)) } },
    ssr: { noExternal: true },
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'thread-worker.mjs' } },
    },
  });
  mkdirSync(CACHE, { recursive: true });
  // Renamed into place in one step, so a run started meanwhile never sees half a file.
  renameSync(join(outDir, 'thread-worker.mjs'), file);
  rmSync(outDir, { recursive: true, force: true });
  for (const old of readdirSync(CACHE)) if (old.startsWith('thread-worker-') && join(CACHE, old) !== file) rmSync(join(CACHE, old), { force: true });
  return file;
}
