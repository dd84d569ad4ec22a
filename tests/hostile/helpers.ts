/** Temp projects and the real CLI (bin/localpress.js) for the hostile-input tests; never the real repository. */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MARKER, MARKER_TEXT } from '../../src/site/output-dir.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/localpress.js');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const NOW = '2026-01-01T00:00:00Z';

/** A temp folder holding data/ (the basic fixture); `git: true` makes it a repository. */
export function tempProject(options: { git?: boolean } = {}): { root: string; data: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'localpress-hostile-'));
  const data = path.join(root, 'data');
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  if (options.git) spawnSync('git', ['init', '-q'], { cwd: root });
  return { root, data, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Run bin/localpress.js with `args` in `cwd`; resolves with its exit code and output. */
export function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Every entry under a folder (names with "/" for folders) and each file's text: enough to see that nothing changed. */
export function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(root, path.join(entry.parentPath, entry.name));
    if (relative.split(path.sep)[0] === '.git') continue;
    out[relative + (entry.isDirectory() ? '/' : '')] = entry.isFile() ? readFileSync(path.join(entry.parentPath, entry.name), 'utf8') : '';
  }
  return out;
}

/** A folder that looks like a finished (`done`) or half-written (`pending`) build holding `index.html` with `text`. */
export function fakeBuild(folder: string, text: string, marker: 'done' | 'pending' | 'none' = 'done'): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), text);
  if (marker !== 'none') writeFileSync(path.join(folder, MARKER), marker === 'done' ? MARKER_TEXT : 'PENDING\n');
}

/** The pid of a process that has just exited (so it is free, and not ours). */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}
