/**
 * The command line as prebuilt JavaScript. Loading the TypeScript sources through tsx costs
 * about 0.6 s at every start, and compiling them again in each worker thread as much; the
 * bundle (one Vite build of every command and of the worker thread, sharing one chunk of
 * the model) loads in about 0.1 s. It is built on first use into
 * node_modules/.cache/cc12308-cli/<hash>/, the hash covering every source it could contain,
 * the lock file and the project's path, so an edited source gives a new build: it is never
 * stale. Plain JavaScript, because it runs before any TypeScript can be loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'cc12308-cli');
/** What the bundle is made of: the sources it may import, and the locked dependencies. */
const INPUTS = ['src', 'models', 'package-lock.json'];

/** The commands, each `src/cli/<command>.ts`, and the worker thread they start. */
export const COMMANDS = ['sim', 'compare', 'sweep', 'staff', 'merge', 'calibrate'];
const ENTRIES = [...COMMANDS, 'thread-worker'];
/** A build directory untouched this long belongs to a build that was killed (a build takes seconds). */
const ABANDONED_BUILD_MS = 10 * 60 * 1000;

/** Every file under `path`, in a stable order. */
function inputFiles(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => inputFiles(join(path, name)));
}

/** A hash of the project's path and of the inputs' paths and contents. */
export function sourceHash() {
  const hash = createHash('sha256').update(ROOT).update('\0');
  for (const file of INPUTS.flatMap((input) => inputFiles(join(ROOT, input)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The directory holding `<command>.mjs` and `thread-worker.mjs` for the sources as they are now, built if needed. */
export async function cliBundle() {
  const dir = join(CACHE, sourceHash());
  if (existsSync(join(dir, 'thread-worker.mjs'))) return dir;
  process.stderr.write('building the command line from the sources (once after each change)…\n');
  const building = join(CACHE, `building-${process.pid}-${Date.now()}`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    // What the sources read to know they run from here (see threads.ts and project-root.ts).
    define: { 'import.meta.env.CLI_BUNDLE': 'true', 'import.meta.env.CLI_PROJECT_ROOT': JSON.stringify(ROOT) },
    // DDSketch's optional protobuf export needs a package that is not installed (see the stub).
    resolve: { alias: { 'protobufjs/minimal': join(ROOT, 'src', 'engine', 'no-protobuf.ts') } },
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir: building,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      // Loaded from disk by Node, not sent over a network: the model's chunk is large on purpose.
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: Object.fromEntries(ENTRIES.map((name) => [name, join(ROOT, 'src', 'cli', `${name}.ts`)])),
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
  mkdirSync(CACHE, { recursive: true });
  // Moved into place in one step, so a run started meanwhile never sees half a bundle; if
  // another process got there first, its bundle is the same.
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  pruneCache(CACHE, dir);
  return dir;
}

/**
 * Removes from `cache` every build but `keep`: older builds, and build directories left by a
 * build that was killed midway. One still in progress (younger than ABANDONED_BUILD_MS) is
 * left to its process.
 */
export function pruneCache(cache, keep, now = Date.now()) {
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (path === keep) continue;
    if (name.startsWith('building-') && now - statSync(path).mtimeMs <= ABANDONED_BUILD_MS) continue;
    rmSync(path, { recursive: true, force: true });
  }
}
