/**
 * Builds the demo site once at "/" and once under "/some-repo/", serves both on 127.0.0.1,
 * and hands the addresses to every e2e test file through vitest's provide/inject.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { TestProject } from 'vitest/node';
import { run } from '../../../src/cli/main.ts';
import { CHROMIUM, missingChromiumMessage } from './browser.ts';
import { serveStatic } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BASE = '/some-repo/';

declare module 'vitest' {
  export interface ProvidedContext {
    site: { dir: string; home: string; origin: string };
    baseSite: { dir: string; home: string; origin: string; base: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail the whole run at once, with the fix, rather than once per test.
  if (!existsSync(CHROMIUM)) throw new Error(missingChromiumMessage());
  const temp = await mkdtemp(path.join(tmpdir(), 'localpress-e2e-'));
  const dataDir = path.join(ROOT, 'data');
  const dir = path.join(temp, 'root');
  const baseDir = path.join(temp, 'base');
  await buildDemo(['--data', dataDir, '--out', dir]);
  await buildDemo(['--data', dataDir, '--out', baseDir, '--base', BASE]);
  const site = await serveStatic(dir, '/');
  const baseSite = await serveStatic(baseDir, BASE);
  project.provide('site', { dir, home: site.home, origin: site.origin });
  project.provide('baseSite', { dir: baseDir, home: baseSite.home, origin: baseSite.origin, base: BASE });
  return async () => {
    await site.close();
    await baseSite.close();
    await rm(temp, { recursive: true, force: true });
  };
}

/**
 * The README's own command (`localpress build`), run in-process: whatever the CLI wires into
 * build() (charts included) is what the browser sees.
 */
async function buildDemo(args: string[]): Promise<void> {
  let log = '';
  const sink = new Writable({ write(chunk, _encoding, done) { log += String(chunk); done(); } });
  const code = await run(['build', ...args], { out: sink, err: sink } as unknown as Parameters<typeof run>[1]);
  if (code !== 0) throw new Error(`localpress build ${args.join(' ')} exited ${code}:\n${log}`);
}
