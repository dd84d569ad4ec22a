/**
 * `localpress serve`: build with --preview into a folder of its own, serve it on 127.0.0.1,
 * rebuild when the data, templates/ or assets/ change.
 * The embargoed preview never goes to dist/ (where a later push could publish it): without
 * --out it is built into node_modules/.cache/localpress/serve/<port>/.
 * A change to the code (src/) needs a new process, since modules load once: under
 * bin/localpress.js, which supervises serve, the server exits with RESTART_EXIT_CODE and is
 * started again on the new code (compiled afresh by bin/boot.js).
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalpressError, UsageError } from '../errors.ts';
import { ASSETS_DIR, build, TEMPLATES_DIR } from '../site/build.ts';
import { checkOutDir } from '../site/output-dir.ts';
import type { CliOptions } from './args.ts';
import { serveFolder } from './serve-files.ts';
import { watchTree } from './watch-tree.ts';

/** Exit code that asks the supervisor in bin/localpress.js to start serve again (EX_TEMPFAIL). */
export const RESTART_EXIT_CODE = 75;
const SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** previewFolder(8080) → ".../node_modules/.cache/localpress/serve/8080": serve's own output, one per port, never published. */
export function previewFolder(port: number): string {
  return path.resolve(SOURCES, '..', 'node_modules', '.cache', 'localpress', 'serve', String(port));
}

export async function serveSite(options: CliOptions, io: { err: NodeJS.WritableStream }): Promise<void> {
  const outDir = options.outGiven ? options.outDir : previewFolder(options.port);
  checkOutDir(outDir, { dataDir: options.dataDir, siteDirs: [TEMPLATES_DIR, ASSETS_DIR] }); // a refused --out: exit 2 before any work
  const server = await listen(createServer(serveFolder(() => path.resolve(outDir))), options.port);
  // Once a template has been edited, Eleventy's cache of template files is stale for good.
  let templatesEdited = false;
  const rebuild = rebuilder(() => build({ dataDir: options.dataDir, outDir, campaignIds: options.campaignIds, preview: true, rememberCharts: true, reloadTemplates: templatesEdited }), io);
  try {
    await rebuild.first();
  } catch (error) {
    server.close();
    throw error;
  }
  io.err.write(`localpress serve: http://127.0.0.1:${options.port}/ (built into ${outDir})\n`);
  // The data, and the site's own templates and stylesheet.
  for (const folder of [options.dataDir, TEMPLATES_DIR, ASSETS_DIR]) {
    watchQuietly(folder, io, () => {
      if (folder === TEMPLATES_DIR) templatesEdited = true;
      rebuild.soon();
    });
  }
  const supervised = process.env.LOCALPRESS_SERVE_SUPERVISED === '1';
  let told = false;
  let restart: NodeJS.Timeout | undefined;
  watchQuietly(SOURCES, io, (file) => {
    if (!file || !/\.[cm]?[jt]s$/.test(file)) return;
    if (!supervised) {
      if (!told) io.err.write(`localpress serve: ${path.join(SOURCES, file)} changed; restart localpress serve to run the new code\n`);
      told = true;
      return;
    }
    clearTimeout(restart);
    restart = setTimeout(() => {
      io.err.write(`localpress serve: the code changed (${file}); restarting\n`);
      server.closeAllConnections();
      server.close(() => process.exit(RESTART_EXIT_CODE));
    }, 200);
  });
}

/** Listen on 127.0.0.1 only; a port in use or not allowed is a usage error (exit 2), found before any build. */
function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is in use (another localpress serve?)' : error.code === 'EACCES' ? 'needs privileges' : `cannot be used (${error.code ?? error.message})`;
      reject(new UsageError(`localpress serve: port ${port} on 127.0.0.1 ${why}; try --port ${port === 65535 ? 8081 : port + 1}`));
    });
    server.listen(port, '127.0.0.1', () => {
      server.on('error', () => {}); // after start-up, a socket error is the client's business
      resolve(server);
    });
  });
}

/**
 * rebuilder(build, io) → { first, soon }: one build at a time; a change during a build asks for
 * one more after it. Only the first build's usage errors (--out refused or locked) stop serve;
 * after that every failure, data or bug, is said and the last good build stays served.
 */
export function rebuilder(run: () => Promise<{ pages: number; milliseconds: number }>, io: { err: NodeJS.WritableStream }, delayMs = 200) {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const once = async (first: boolean) => {
    try {
      const report = await run();
      io.err.write(`localpress serve: ${first ? 'built' : 'rebuilt'} ${report.pages} pages in ${report.milliseconds} ms\n`);
    } catch (error) {
      if (first && error instanceof UsageError) throw error;
      const text = error instanceof LocalpressError ? error.message : `localpress serve: the build failed unexpectedly (a bug; please report it):\n${(error as Error)?.stack ?? String(error)}`;
      io.err.write(`${text}\n(${first ? 'nothing to serve yet; fix it and save' : 'the previous build is still being served'})\n`);
    }
  };
  const next = () => {
    if (running) return void (again = true);
    running = once(false).finally(() => {
      running = null;
      if (again) {
        again = false;
        next();
      }
    });
  };
  return {
    first: () => once(true),
    soon: () => {
      clearTimeout(timer);
      timer = setTimeout(next, delayMs);
    },
  };
}

/** fs.watch that reports a folder it cannot watch instead of ending the process. */
function watchQuietly(folder: string, io: { err: NodeJS.WritableStream }, onChange: (file: string | null) => void): void {
  try {
    // Not fs.watch's own recursive mode: on Linux under Node 20 it lost a file once an editor saved it by rename (src/cli/watch-tree.ts).
    watchTree(folder, onChange, (where, error) => io.err.write(`localpress serve: stopped watching ${where} (${error.message})\n`));
  } catch (error) {
    io.err.write(`localpress serve: cannot watch ${folder} (${(error as Error).message}); rebuilds will not follow its changes\n`);
  }
}
