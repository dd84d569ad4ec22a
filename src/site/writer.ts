/**
 * Files written into the build's staging folder, each folder made once: at 10,000 areas the
 * build writes 30,000 downloads, and a recursive mkdir per file cost seconds. Writes are
 * synchronous on purpose: writing 7,000 small files through fs.promises took two to five
 * times the CPU (mostly system time) of writeFileSync, for no less time on this thread.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class FileWriter {
  private readonly folders = new Set<string>();

  constructor(private readonly root: string) {}

  /** Write `relative` (e.g. "scwc/kent/release.txt") under the root. */
  write(relative: string, contents: string | Uint8Array): void {
    writeFileSync(this.target(relative), contents);
  }

  /** Copy the file `from` to `relative` under the root (a cached PNG: about a quarter of the CPU of reading and writing it). */
  copy(relative: string, from: string): void {
    copyFileSync(from, this.target(relative));
  }

  private target(relative: string): string {
    const target = path.join(this.root, relative);
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return target;
  }
}
