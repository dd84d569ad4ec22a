/**
 * `localpress serve` follows every save, however the editor writes the file (session-5
 * walkthrough): Node 20's recursive fs.watch on Linux lost a file once it was replaced by a
 * rename (sed -i, vim, "atomic save"), so a typo saved once rebuilt the site and the fix saved the
 * same way did not; the preview kept the broken build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewFolder } from '../../src/cli/serve.ts';
import { watchTree } from '../../src/cli/watch-tree.ts';
import { BIN, tempProject } from './helpers.ts';

/** Write a file as editors that save "atomically" do: a temporary file renamed over it. */
function saveByRename(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

async function until(test: () => boolean, ms = 60_000): Promise<void> {
  for (let waited = 0; !test() && waited < ms; waited += 100) await new Promise((r) => setTimeout(r, 100));
}

describe('watchTree', () => {
  it('reports every save of a file in a sub-folder: in place, by rename, and in place again after a rename; and files in folders made later', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'localpress-watch-'));
    mkdirSync(path.join(root, 'campaigns/x/parts'), { recursive: true });
    const part = path.join(root, 'campaigns/x/parts/a.njk');
    writeFileSync(part, 'one');
    const seen: (string | null)[] = [];
    const watcher = watchTree(root, (file) => seen.push(file), (_folder, error) => { throw error; });
    const step = async (change: () => void) => {
      const before = seen.length;
      change();
      await until(() => seen.length > before, 3_000);
      return seen.length > before;
    };
    try {
      expect(await step(() => writeFileSync(part, 'two'))).toBe(true);
      expect(await step(() => saveByRename(part, 'three'))).toBe(true);
      expect(await step(() => saveByRename(part, 'four'))).toBe(true);
      expect(await step(() => writeFileSync(part, 'five'))).toBe(true);
      expect(await step(() => mkdirSync(path.join(root, 'campaigns/y/parts'), { recursive: true }))).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      expect(await step(() => writeFileSync(path.join(root, 'campaigns/y/parts/b.njk'), 'new'))).toBe(true);
      expect(seen).toContain(path.join('campaigns', 'x', 'parts', 'a.njk'));
    } finally {
      watcher.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('localpress serve after a typo saved by rename', () => {
  it('rebuilds after the typo and again after the fix saved in place', async () => {
    const project = tempProject();
    const release = path.join(project.data, 'campaigns/fixture-grooming/release.njk');
    const partDir = path.join(project.data, 'campaigns/fixture-grooming/parts');
    mkdirSync(partDir);
    const part = path.join(partDir, 'closing.njk');
    writeFileSync(part, 'The charity called the figures worrying.\n');
    writeFileSync(release, '---\nheadline: "{{ where }}"\nstandfirst: "Standfirst"\n---\n{% include "parts/closing.njk" %}\n');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    await new Promise((resolve) => busy.close(resolve));
    const child = spawn(process.execPath, [BIN, 'serve', '--data', 'data', '--port', String(port)], { cwd: project.root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    const count = (text: string) => stderr.split(text).length - 1;
    try {
      await until(() => stderr.includes(`http://127.0.0.1:${port}/`));
      await new Promise((r) => setTimeout(r, 300));
      saveByRename(part, 'The charity called the figures {{ 4 | nmu }}.\n');
      await until(() => count('failed to render') + count("unknown filter 'nmu'") > 0);
      expect(stderr).toContain("unknown filter 'nmu'");
      // The fix, written in place (as cp, or an editor that overwrites, saves it).
      writeFileSync(part, 'The charity called the figures alarming.\n');
      await until(() => count('localpress serve: rebuilt') > 0, 20_000);
      expect(stderr).toContain('localpress serve: rebuilt');
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(previewFolder(port), { recursive: true, force: true });
      project.cleanup();
    }
  }, 120_000);
});
