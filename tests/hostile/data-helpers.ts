/** Hostile variants of tests/fixtures/basic, generated in a temp folder, and the CLI run on them. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main.ts';
import { cpuClock } from './cpu.ts';

const BASIC = path.resolve(import.meta.dirname, '../fixtures/basic');
export const CAMPAIGN = 'campaigns/fixture-grooming';

/** A copy of the basic fixture; `edit` changes it (files relative to the copy). */
export interface Variant {
  root: string;
  /** Replace `from` by `to` in a file (it must be there: a test that edits nothing proves nothing). */
  replace(file: string, from: string, to: string | Buffer): Promise<void>;
  write(file: string, contents: string | Buffer): Promise<void>;
  cleanup(): Promise<void>;
}

export async function variant(): Promise<Variant> {
  const root = await mkdtemp(path.join(tmpdir(), 'localpress-hostile-'));
  await cp(BASIC, root, { recursive: true });
  const at = (file: string) => path.join(root, file);
  return {
    root,
    async replace(file, from, to) {
      const text = await readFile(at(file), 'latin1');
      if (!text.includes(from)) throw new Error(`${file} has no '${from}'`);
      const [before, after] = [text.slice(0, text.indexOf(from)), text.slice(text.indexOf(from) + from.length)];
      await writeFile(at(file), Buffer.concat([Buffer.from(before, 'latin1'), typeof to === 'string' ? Buffer.from(to, 'utf8') : to, Buffer.from(after, 'latin1')]));
    },
    write: (file, contents) => writeFile(at(file), contents),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** run(argv) in-process with output captured; the variant's folder is cut from messages; cpuMs is the CPU time it took (./cpu.ts). */
export async function cli(root: string, argv: string[]): Promise<{ code: number; err: string; lines: string[]; cpuMs: number }> {
  let err = '';
  const sink = (append: (s: string) => void) => ({ write: (chunk: string) => (append(chunk), true) }) as unknown as NodeJS.WritableStream;
  const clock = cpuClock();
  const code = await run(argv, { out: sink(() => {}), err: sink((s) => (err += s)) } as never);
  const cpuMs = clock();
  err = err.split(`${root}${path.sep}`).join('');
  const lines = err.split('\n\nlocalpress:')[0]!.split('\n').filter((l) => l !== '' && !l.startsWith('localpress'));
  return { code, err, lines, cpuMs };
}
