/**
 * The files `localpress serve` answers with: only what is inside its folder, for GET and HEAD,
 * and an answer (never a crash) for any request: a malformed escape is 400, a path that leaves
 * the folder 403, anything else missing 404, a method other than GET or HEAD 405.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

/**
 * fileFor("/r/site", "/a/b.html") → "/r/site/a/b.html"; "/%" → 400 (bad escape);
 * "/..%2fsite-secret%2fkey.txt" → 403 (outside the folder, even beside it with a name that starts the same).
 */
export function fileFor(root: string, requestUrl: string): string | 400 | 403 {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return 400;
  }
  if (pathname.includes('\0')) return 400;
  const file = path.join(root, pathname);
  const inside = path.relative(root, file);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return 403;
  return file;
}

/** serveFolder(() => "/r/site") → a request listener for node:http that serves the folder's files. */
export function serveFolder(root: () => string): RequestListener {
  return (req, res) => {
    respond(root(), req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  };
}

async function respond(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = (status: number, body: string, headers: Record<string, string> = {}) => void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(body);
  if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
  let file = fileFor(root, req.url ?? '/');
  if (file === 400) return text(400, 'Bad request\n');
  if (file === 403) return text(403, 'Forbidden\n');
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length }).end(body);
  } catch {
    const page = await readFile(path.join(root, '404.html')).catch(() => null);
    if (page) res.writeHead(404, { 'content-type': TYPES['.html']! }).end(page);
    else text(404, 'Not found\n');
  }
}
