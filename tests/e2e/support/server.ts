/** A tiny static file server for the built site, so the browser sees what GitHub Pages would serve. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types a static host sends for the files localpress writes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * resolveFile("/dist", "/", "/scwc/kent/") → "/dist/scwc/kent/index.html", or null when
 * nothing is there (or the path is outside the base, or escapes the root).
 */
export function resolveFile(root: string, base: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (!decoded.startsWith(base)) return null;
  const relative = decoded.slice(base.length);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  // Like Pages: a folder is served by its index.html, with or without the trailing slash.
  const index = path.join(target, 'index.html');
  return existsSync(index) ? index : null;
}

export interface StaticSite {
  origin: string;
  /** The site's home, e.g. http://127.0.0.1:4321/some-repo/ */
  home: string;
  close: () => Promise<void>;
}

/** serveStatic("/tmp/dist", "/some-repo/") → the site served on 127.0.0.1 at a free port; 404.html for misses. */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const absolute = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const file = resolveFile(absolute, base, request.url ?? '/');
    const notFound = path.join(absolute, '404.html');
    const status = file ? 200 : 404;
    const served = file ?? (existsSync(notFound) ? notFound : null);
    const type = served ? (CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
    response.writeHead(status, { 'content-type': type });
    response.end(request.method === 'HEAD' ? undefined : served ? readFileSync(served) : 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: `${origin}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
