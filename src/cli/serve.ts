/**
 * `localpress serve`: build with --preview into dist/, serve it on 127.0.0.1, rebuild when the data,
 * templates/ or assets/ change.
 * A change to the code (src/) needs a new process, since modules load once: under
 * bin/localpress.js, which supervises serve, the server exits with RESTART_EXIT_CODE and is
 * started again on the new code (compiled afresh by bin/boot.js).
 */
import { watch } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalpressError } from '../errors.ts';
import { ASSETS_DIR, build, TEMPLATES_DIR } from '../site/build.ts';
import { checkOutDir } from '../site/output-dir.ts';
import type { CliOptions } from './args.ts';

/** Exit code that asks the supervisor in bin/localpress.js to start serve again (EX_TEMPFAIL). */
export const RESTART_EXIT_CODE = 75;
const SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml' };

export async function serveSite(options: CliOptions, io: { err: NodeJS.WritableStream }): Promise<void> {
  checkOutDir(options.outDir, { dataDir: options.dataDir, siteDirs: [TEMPLATES_DIR, ASSETS_DIR] }); // a refused --out: exit 2 before any work
  // Once a template has been edited, Eleventy's cache of template files is stale for good.
  let templatesEdited = false;
  const rebuild = async () => {
    try {
      const report = await build({ dataDir: options.dataDir, outDir: options.outDir, campaignIds: options.campaignIds, preview: true, rememberCharts: true, reloadTemplates: templatesEdited });
      io.err.write(`localpress serve: rebuilt ${report.pages} pages in ${report.milliseconds} ms\n`);
    } catch (error) {
      if (!(error instanceof LocalpressError)) throw error;
      io.err.write(`${error.message}\n(the previous build is still being served)\n`);
    }
  };
  await rebuild();
  let timer: NodeJS.Timeout | undefined;
  // The data, and the site's own templates and stylesheet.
  for (const folder of [options.dataDir, TEMPLATES_DIR, ASSETS_DIR]) {
    watch(folder, { recursive: true }, () => {
      if (folder === TEMPLATES_DIR) templatesEdited = true;
      clearTimeout(timer);
      timer = setTimeout(rebuild, 200);
    });
  }
  const root = path.resolve(options.outDir);
  const server = createServer(async (req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, url);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
    }
  }).listen(options.port, '127.0.0.1', () => io.err.write(`localpress serve: http://127.0.0.1:${options.port}/\n`));
  const supervised = process.env.LOCALPRESS_SERVE_SUPERVISED === '1';
  let told = false;
  let restart: NodeJS.Timeout | undefined;
  watch(SOURCES, { recursive: true }, (_event, file) => {
    if (!file || !/\.[cm]?[jt]s$/.test(String(file))) return;
    if (!supervised) {
      if (!told) io.err.write(`localpress serve: ${path.join(SOURCES, String(file))} changed; restart localpress serve to run the new code\n`);
      told = true;
      return;
    }
    clearTimeout(restart);
    restart = setTimeout(() => {
      io.err.write(`localpress serve: the code changed (${String(file)}); restarting\n`);
      server.closeAllConnections();
      server.close(() => process.exit(RESTART_EXIT_CODE));
    }, 200);
  });
}
