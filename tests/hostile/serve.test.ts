/**
 * `localpress serve` survives any request, never serves outside its folder, keeps serving when a
 * rebuild fails for any reason, validates --port before building, and builds the embargoed
 * preview into a folder of its own, not dist/ (issue 15 item 5).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError, UsageError } from '../../src/errors.ts';
import { fileFor, serveFolder } from '../../src/cli/serve-files.ts';
import { previewFolder, rebuilder } from '../../src/cli/serve.ts';
import { BIN, cli, tempProject } from './helpers.ts';

/** One raw HTTP/1.1 request over a socket (so any bytes can be sent as the path); resolves with the status (0: the server closed without one) and the body. */
function raw(port: number, requestLine: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), text: data }));
    socket.setTimeout(5_000, () => socket.destroy());
    socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`); // not end(): a half-closed socket gets no answer to a request still being read from disk
  });
}

/** A free port on 127.0.0.1 (the OS picks, then lets it go). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('fileFor', () => {
  const root = '/r/site';
  it.each([
    ['/', '/r/site/'],
    ['/a/b.html', '/r/site/a/b.html'],
    ['/%', 400],
    ['/%E0%A4%A', 400],
    ['/a%00b', 400],
    ['/..%2fsite-secret%2fkey.txt', 403],
    ['/%2e%2e/site-secret/key.txt', '/r/site/site-secret/key.txt'], // the URL parser reads %2e%2e as .. and resolves it at the root
    ['/..%5c..%5cetc', '/r/site/..\\..\\etc'], // a backslash is a file name character here, inside the folder
    ['/../site-secret/key.txt', '/r/site/site-secret/key.txt'], // the URL parser resolves ".." at the root
    ['//evil.example/x', '/r/site/x'],
  ] as const)('%s', (url, expected) => {
    expect(fileFor(root, url)).toBe(expected);
  });
});

describe('serve answers any request on 127.0.0.1 and never leaves its folder', () => {
  let parent: string;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    parent = mkdtempSync(path.join(tmpdir(), 'localpress-serve-'));
    mkdirSync(path.join(parent, 'site/a'), { recursive: true });
    mkdirSync(path.join(parent, 'site-secret'));
    writeFileSync(path.join(parent, 'site/index.html'), '<h1>home</h1>');
    writeFileSync(path.join(parent, 'site/404.html'), '<h1>not here</h1>');
    writeFileSync(path.join(parent, 'site/a/b.csv'), 'x,y\n');
    writeFileSync(path.join(parent, 'site-secret/key.txt'), 'SECRET');
    writeFileSync(path.join(parent, 'key.txt'), 'SECRET');
    server = createServer(serveFolder(() => path.join(parent, 'site')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(parent, { recursive: true, force: true });
  });

  it.each([
    ['GET /% HTTP/1.1', 400],
    ['GET /..%2fsite-secret%2fkey.txt HTTP/1.1', 403],
    ['GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1', 403],
    ['GET /%2e%2e%2fkey.txt HTTP/1.1', 403],
    ['GET /../site-secret/key.txt HTTP/1.1', 404],
    ['GET /a/b.csv HTTP/1.1', 200],
    ['GET /a HTTP/1.1', 404],
    ['GET /nope/ HTTP/1.1', 404],
    ['HEAD / HTTP/1.1', 200],
    ['POST / HTTP/1.1', 405],
    ['DELETE /index.html HTTP/1.1', 405],
    ['OPTIONS * HTTP/1.1', 405],
    [`GET /${'a'.repeat(6_000)} HTTP/1.1`, 404], // a long name
    [`GET /${'a/'.repeat(20_000)} HTTP/1.1`, 431], // beyond Node's header limit: refused by Node itself
    ['GET /%00 HTTP/1.1', 400],
    ['GET http://evil.example/../key.txt HTTP/1.1', 404],
    ['BREW / HTTP/1.1', 400], // not a method Node knows
  ] as const)('%# %i', async (line, status) => {
    const response = await raw(port, line);
    expect(response.status).toBe(status);
    expect(response.text).not.toContain('SECRET');
    if (line.startsWith('HEAD')) expect(response.text).not.toContain('<h1>');
  });

  it('survives 300 generated odd paths, then still serves the home page', async () => {
    const piece = fc.oneof(fc.constantFrom('..', '.', '%', '%2f', '%2F', '%5c', '%2e%2e', '%00', '%ff', '%E0%A4%A', '//', 'site-secret', 'key.txt', '?', '#', ';', '\\', 'a'), fc.string({ maxLength: 6 }).map(encodeURIComponent));
    const paths = fc.sample(fc.array(piece, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`), { numRuns: 300, seed: 15 });
    for (const p of paths) {
      const response = await raw(port, `GET ${p.replace(/[\s]/g, '%20')} HTTP/1.1`);
      expect([200, 400, 403, 404], p).toContain(response.status);
      expect(response.text, p).not.toContain('SECRET');
    }
    const home = await raw(port, 'GET / HTTP/1.1');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<h1>home</h1>');
  });
});

describe('rebuilds', () => {
  const sink = () => {
    let text = '';
    return { io: { err: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream }, text: () => text };
  };

  it('a rebuild that throws anything (a bug, not a data error) is said, and later rebuilds still run', async () => {
    const log = sink();
    const results: (() => { pages: number; milliseconds: number })[] = [
      () => ({ pages: 3, milliseconds: 1 }),
      () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); },
      () => ({ pages: 4, milliseconds: 1 }),
    ];
    const rebuild = rebuilder(async () => results.shift()!(), log.io, 1);
    await rebuild.first();
    rebuild.soon();
    await new Promise((r) => setTimeout(r, 50));
    rebuild.soon();
    await new Promise((r) => setTimeout(r, 50));
    expect(log.text()).toMatch(/built 3 pages[\s\S]*failed unexpectedly[\s\S]*TypeError[\s\S]*the previous build is still being served[\s\S]*rebuilt 4 pages/);
  });

  it('the first build: a usage error (a refused or locked --out) stops serve; a data error is said and serve waits for a fix', async () => {
    const log = sink();
    await expect(rebuilder(async () => { throw new UsageError('locked'); }, log.io).first()).rejects.toThrow('locked');
    await rebuilder(async () => { throw new DataError([{ file: 'f.yaml', line: 1, column: 1, path: 'x', message: 'bad', severity: 'error' }]); }, log.io).first();
    expect(log.text()).toContain('nothing to serve yet');
  });
});

describe('localpress serve through bin/localpress.js', () => {
  it('--port 99999 and a port in use are usage errors (exit 2) found before any build', async () => {
    const project = tempProject();
    const busy = createServer();
    try {
      const tooBig = await cli(['serve', '--data', 'data', '--port', '99999'], project.root);
      expect(tooBig.code).toBe(2);
      expect(tooBig.stderr).toContain("--port expects a whole number from 1 to 65535, e.g. --port 8080 (found '99999')");
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const port = (busy.address() as AddressInfo).port;
      const inUse = await cli(['serve', '--data', 'data', '--port', String(port), '--out', 'preview'], project.root);
      expect(inUse.code).toBe(2);
      expect(inUse.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(existsSync(path.join(project.root, 'preview'))).toBe(false); // nothing built
    } finally {
      busy.close();
      project.cleanup();
    }
  });

  it('builds the preview into its own folder (not dist/), binds 127.0.0.1, and survives GET /%', async () => {
    const project = tempProject();
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--data', 'data', '--port', String(port)], { cwd: project.root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    try {
      for (let i = 0; i < 600 && !stderr.includes(`http://127.0.0.1:${port}/`); i++) await new Promise((r) => setTimeout(r, 100));
      expect(stderr).toContain(`http://127.0.0.1:${port}/ (built into ${previewFolder(port)})`);
      expect((await raw(port, 'GET /% HTTP/1.1')).status).toBe(400);
      expect((await raw(port, 'GET /..%2f..%2fdata%2fforces.yaml HTTP/1.1')).status).toBe(403);
      const home = await raw(port, 'GET / HTTP/1.1');
      expect(home.status).toBe(200);
      expect(existsSync(path.join(project.root, 'dist'))).toBe(false);
      expect(existsSync(path.join(previewFolder(port), 'index.html'))).toBe(true);
      expect(child.exitCode).toBeNull(); // still running
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(previewFolder(port), { recursive: true, force: true });
      project.cleanup();
    }
  }, 90_000);
});

