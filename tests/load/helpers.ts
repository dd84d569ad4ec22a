/** Run the CLI in-process on a fixture and compare output folders byte for byte. */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main.ts';
import { MARKER, MARKER_TEXT } from '../../src/site/output-dir.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const DEMO_DATA = path.resolve(import.meta.dirname, '../../data');

/** Every file under a folder with its bytes (base64), sorted by path. */
export async function snapshotTree(root: string): Promise<Map<string, string>> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const entries = await Promise.all(
    files.map(async (d) => {
      const full = path.join(d.parentPath, d.name);
      return [path.relative(root, full), (await readFile(full)).toString('base64')] as const;
    }),
  );
  return new Map(entries.sort());
}

/** run(argv) with stdout/stderr captured; fixture paths in messages shortened to "<fixture>/...". */
export async function cli(argv: string[]): Promise<{ code: number; out: string; err: string; lines: string[] }> {
  let out = '';
  let err = '';
  const stream = (append: (s: string) => void) => ({ write: (chunk: string) => (append(chunk), true) }) as unknown as NodeJS.WritableStream;
  const code = await run(argv, { out: stream((s) => (out += s)), err: stream((s) => (err += s)) } as never);
  err = err.split(`${FIXTURES}${path.sep}`).join('');
  return { code, out, err, lines: problemLines(err) };
}

/** The problem lines of a failed run: everything before the blank line and the summary. */
function problemLines(err: string): string[] {
  return err.split('\n\nlocalpress:')[0]!.split('\n').filter((l) => l !== '' && !l.startsWith('localpress'));
}

/** A temp folder holding dist/ with a previous build in it, to prove a failed build leaves it alone. */
export async function previousDist(): Promise<{ root: string; out: string; snapshot: () => Promise<Map<string, string>>; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'localpress-load-'));
  const out = path.join(root, 'dist');
  await mkdir(path.join(out, 'old-campaign'), { recursive: true });
  await writeFile(path.join(out, 'index.html'), '<h1>previous build</h1>');
  await writeFile(path.join(out, MARKER), MARKER_TEXT); // what makes it a build's folder that a build may replace
  await writeFile(path.join(out, 'old-campaign', 'figures.csv'), 'force,offences\nderbyshire,20\n');
  return { root, out, snapshot: () => snapshotTree(out), cleanup: () => rm(root, { recursive: true, force: true }) };
}
