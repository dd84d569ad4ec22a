/** Build a fixture data folder into a temp dir with the real pipeline (Eleventy included). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildOptions } from '../../src/site/build.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

export async function buildFixture(fixture: string, options: Partial<BuildOptions> = {}) {
  const root = await mkdtemp(path.join(tmpdir(), 'localpress-test-'));
  const outDir = path.join(root, 'dist');
  const report = await build({ dataDir: path.join(FIXTURES, fixture), outDir, now: new Date('2026-01-01T00:00:00Z'), ...options });
  return {
    outDir,
    report,
    read: (relative: string) => readFile(path.join(outDir, relative), 'utf8'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** The text of the first element matching a simple tag name (enough for h1 and title checks). */
export function textOf(html: string, tag: string): string {
  const match = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
}

/** A page's text without its tags, spaces collapsed: what a reader sees, for toContain. */
export const pageText = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
