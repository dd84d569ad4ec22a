// Start-up for the entry points (bin/localpress.js, bin/bench.js, .eleventy.js): run the
// TypeScript sources as JavaScript compiled by esbuild, and never stale code.
//
// - One esbuild build (ESM, code splitting, packages external) of every entry below goes to
//   node_modules/.cache/localpress/js/b-<time>-<pid>/. Splitting makes the entries share
//   chunks, so the CLI, the Eleventy plugin and the benchmark child use the SAME module
//   instances within a process.
// - current.json there names the newest build and lists every file it was made from (the
//   inputs esbuild reports, this file, tsconfig.json, package.json) with mtime and size, and
//   the folders holding them (a file added or removed changes its folder's mtime). start()
//   stats them (about 100 files: a millisecond or two) and compiles again when anything
//   differs, so an edit to src/ or bench/ is always picked up by the next command.
// - Each compile writes a new folder and then swaps current.json in with a rename, so a
//   process still running from an older build keeps its files; old folders are removed
//   after a day.
// - If esbuild is missing or fails, or LOCALPRESS_TSX=1, the sources run through tsx as
//   before (tsx's ESM hooks, slower to start). vitest never comes through here.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// LOCALPRESS_JS_CACHE moves it (tests/cli/boot.test.ts, so a test never touches the real one).
const CACHE = process.env.LOCALPRESS_JS_CACHE ? path.resolve(process.env.LOCALPRESS_JS_CACHE) : path.join(ROOT, 'node_modules', '.cache', 'localpress', 'js');
const CURRENT = path.join(CACHE, 'current.json');
/** Bump when the build settings change, so older builds are not reused. */
const FORMAT = 1;
/** Entry name → source. Each becomes `<name>.js` in the build folder. */
const ENTRIES = {
  cli: 'src/cli/main.ts',
  plugin: 'src/site/plugin.ts',
  'bench-child': 'bench/child.ts',
  'bench-main': 'bench/main.ts',
};
/** Files that are not imported by the sources but shape the build. */
const SETTINGS = ['bin/boot.js', 'tsconfig.json', 'package.json'];
const KEEP_OLD_BUILDS_MS = 24 * 3600_000;
const STATE = Symbol.for('localpress.boot');

/**
 * start("cli") → the module namespace of src/cli/main.ts: compiled when possible, else
 * through tsx. Records the choice for this process, so that follow() gives every later
 * entry (the Eleventy plugin) from the same build.
 */
export async function start(entry) {
  // Eleventy 3 on Node 20 registers an ESM resolve hook on a hook thread (module.register) for
  // its own --watch mode, which we never use (serve makes a new Eleventy per build): every
  // later import then waits on that thread (about 0.1 s of CPU, 0.2 s of wall time a build).
  // Not for the benchmark's parent, whose environment the bare-Eleventy runs inherit.
  if (entry !== 'bench-main') process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  let state = globalThis[STATE];
  if (!state) {
    state = process.env.LOCALPRESS_TSX === '1' ? { mode: 'tsx' } : await compiledOrTsx();
    globalThis[STATE] = state;
  }
  return load(state, entry);
}

/**
 * follow("plugin") → that entry from the build this process started with. A process that
 * did not come through start() (vitest, plain `npx @11ty/eleventy`) gets the sources
 * through tsx, as before.
 */
export async function follow(entry) {
  globalThis[STATE] ??= { mode: 'tsx' };
  return load(globalThis[STATE], entry);
}

async function load(state, entry) {
  if (!(entry in ENTRIES)) throw new Error(`boot: unknown entry '${entry}'`);
  // Source maps are written beside the build but not read unless asked for
  // (NODE_OPTIONS=--enable-source-maps gives stack traces in .ts lines): reading them costs
  // about 20 ms a start.
  if (state.mode === 'compiled') return import(pathToFileURL(path.join(state.dir, `${entry}.js`)).href);
  if (!state.registered) {
    const { register } = await import('tsx/esm/api');
    register();
    state.registered = true;
  }
  return import(pathToFileURL(path.join(ROOT, ENTRIES[entry])).href);
}

async function compiledOrTsx() {
  const current = readJson(CURRENT);
  if (current && isFresh(current)) return { mode: 'compiled', dir: path.join(CACHE, current.dir) };
  try {
    return { mode: 'compiled', dir: await compile() };
  } catch (error) {
    // esbuild not installed: quietly run the sources as before. Any other failure (a syntax
    // error, say) is left for tsx to report; this line only says why start-up is slow.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') process.stderr.write(`localpress: could not compile the sources (${String(error?.message ?? error).split('\n')[0]}); running them through tsx\n`);
    return { mode: 'tsx' };
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The recorded stat of a file or folder: [mtimeMs, size] (folders: [mtimeMs]); null if missing. */
function stamp(absolute, isDir = false) {
  const s = statSync(absolute, { throwIfNoEntry: false });
  if (!s) return null;
  return isDir ? [s.mtimeMs] : [s.mtimeMs, s.size];
}

function same(a, b) {
  return a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]);
}

function isFresh(manifest) {
  if (manifest.format !== FORMAT || manifest.root !== ROOT || manifest.node !== process.versions.node) return false;
  if (!existsSync(path.join(CACHE, manifest.dir, 'manifest.json'))) return false;
  for (const [rel, ...recorded] of manifest.files) if (!same(stamp(path.join(ROOT, rel)), recorded)) return false;
  for (const [rel, ...recorded] of manifest.dirs) if (!same(stamp(path.join(ROOT, rel), true), recorded)) return false;
  return true;
}

/** Compile every entry into a new folder, record what it was made from, make it current. */
async function compile() {
  const esbuild = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    const name = `b-${Date.now()}-${process.pid}-${attempt}`;
    const dir = path.join(CACHE, name);
    const inputs = await bundle(esbuild, dir);
    // Stats are taken after the build and checked against the ones taken before it:
    // a file saved while esbuild ran makes another attempt (else the stamp could record the
    // new file while the build holds the old one).
    const files = [...new Set([...inputs.map((i) => i.rel), ...SETTINGS])].sort();
    const before = new Map(inputs.map((i) => [i.rel, i.stamp]));
    const recorded = files.map((rel) => [rel, ...(stamp(path.join(ROOT, rel)) ?? [])]);
    const changed = recorded.some(([rel, ...s]) => before.has(rel) && !same(before.get(rel), s)) || recorded.some((r) => r.length === 1);
    if (changed) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    // Folders of the sources only: the project root changes whenever a build swaps dist/.
    const dirs = [...new Set(inputs.map((i) => path.dirname(i.rel)))].sort().map((rel) => [rel, ...(stamp(path.join(ROOT, rel), true) ?? [])]);
    const manifest = { format: FORMAT, root: ROOT, node: process.versions.node, dir: name, files: recorded, dirs };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const tmp = `${CURRENT}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify(manifest));
    renameSync(tmp, CURRENT);
    removeOldBuilds(name);
    return dir;
  }
  throw new Error('the sources kept changing during compilation');
}

/** Run esbuild into `dir`; return the project files it read, each with its stat from before it was read. */
async function bundle(esbuild, dir) {
  const stamps = new Map();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, path.join(ROOT, source)])),
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [sourceLocations(stamps)],
  });
  return Object.keys(result.metafile.inputs).map((input) => {
    const rel = path.relative(ROOT, path.resolve(ROOT, input)).split(path.sep).join('/');
    return { rel, stamp: stamps.get(rel) ?? null };
  });
}

/**
 * Each module keeps its own location: import.meta.url, .filename and .dirname become the
 * source file's, as they are when tsx runs it (src/site/build.ts finds the project root and
 * the templates that way). Also stamps each file just before reading it.
 */
function sourceLocations(stamps) {
  return {
    name: 'localpress-source-locations',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, async (args) => {
        const rel = path.relative(ROOT, args.path).split(path.sep).join('/');
        stamps.set(rel, stamp(args.path));
        if (!/\.[cm]?[jt]s$/.test(args.path)) return undefined; // JSON and the like: esbuild's own loaders
        const source = await readFile(args.path, 'utf8');
        const values = { url: pathToFileURL(args.path).href, filename: args.path, dirname: path.dirname(args.path) };
        const contents = source.replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_, key) => JSON.stringify(values[key]));
        return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
      });
    },
  };
}

function removeOldBuilds(keep) {
  let names = [];
  try {
    names = readdirSync(CACHE);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith('b-') || name === keep) continue;
    const full = path.join(CACHE, name);
    const s = statSync(full, { throwIfNoEntry: false });
    if (s && Date.now() - s.mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(full, { recursive: true, force: true });
  }
}
