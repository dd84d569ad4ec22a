/**
 * What `--out` may point at. A build replaces its output folder whole, so it may only replace
 * a folder that a build wrote (it carries the MARKER file), an empty folder, or nothing; and
 * never the data, the site's templates, the repository or the folder the user is working in,
 * whatever they hold. Checked before any work, so a refused build has touched nothing.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';

/** The file every build writes at the top of its output: "this folder is ours to replace". */
export const MARKER = '.localpress-build';
/** The marker's text in a finished build (fixed, so builds stay byte-identical). */
export const MARKER_TEXT = 'Written by localpress build. The next build replaces this whole folder: keep nothing else here.\n';

/** What is at the --out path now. */
export type OutKind = 'missing' | 'empty' | 'build' | 'file' | 'symlink' | 'foreign';

/** A folder the output must neither be, sit inside, nor contain. */
export interface Protected {
  path: string;
  /** "the data folder (--data data)" */
  what: string;
  /** Refuse an output inside it too (data: yes; the working folder: no, dist/ lives there). */
  noneInside: boolean;
}

/** relation("/a", "/a/b") → "contains"; relation("/a/b", "/a") → "inside"; "/a-b" and "/a" → "apart". */
export function relation(target: string, other: string): 'same' | 'inside' | 'contains' | 'apart' {
  if (target === other) return 'same';
  if (below(path.relative(target, other))) return 'contains';
  if (below(path.relative(other, target))) return 'inside';
  return 'apart';
}

/** A relative path that goes down, not up: "x", "..x/y" (a folder named "..x"), never "..", "../y" or an absolute path. */
function below(relative: string): boolean {
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** refusal("/r/data", "foreign", []) → why a build may not replace it, with what to do; null when it may. */
export function refusal(shown: string, target: string, kind: OutKind, guarded: Protected[]): string | null {
  const give = 'Give a new or empty folder, e.g. --out dist or --out site.';
  if (path.dirname(target) === target) return `--out ${shown} is the root of the file system. ${give}`;
  for (const guard of guarded) {
    const how = relation(target, guard.path);
    if (how === 'apart' || (how === 'inside' && !guard.noneInside)) continue;
    if (how === 'inside') return `--out ${shown} is inside ${guard.what}; a build must not write its site there. ${give}`;
    return `--out ${shown} ${how === 'same' ? 'is' : 'contains'} ${guard.what}; a build replaces its output folder whole, so it would delete it. ${give}`;
  }
  switch (kind) {
    case 'file':
      return `--out ${shown} is a file, not a folder; a build would replace it with a whole site. ${give}`;
    case 'symlink':
      return `--out ${shown} is a symbolic link; a build would replace the link with a folder. Give the folder it points to, or a new one.`;
    case 'foreign':
      return `--out ${shown} holds files that no localpress build wrote (it has no ${MARKER} file), so replacing it would delete them. ${give} If it is an old build whose files were changed by hand, delete it yourself, then build again.`;
    default:
      return null;
  }
}

/** kindOf("dist") → "build" when dist/ holds a previous build; reads the file system. */
export function kindOf(target: string): OutKind {
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch {
    return 'missing';
  }
  if (stats.isSymbolicLink()) return 'symlink';
  if (!stats.isDirectory()) return 'file';
  if (existsSync(path.join(target, MARKER))) return 'build';
  const names = readdirSync(target);
  if (names.length === 0) return 'empty';
  return isUnmarkedBuild(target, names) ? 'build' : 'foreign';
}

/** The files at the top of every build, and the start of its feed (the site's title is fixed). */
const SITE_FILES = ['.nojekyll', '404.html', 'index.html', 'feed.xml', 'sitemap.xml', 'assets'];
/** Top-level files a build may also hold (newer builds write them). */
const OPTIONAL_SITE_FILES = ['robots.txt'];
const FEED_START = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>localpress</title>';

/**
 * A build from a localpress that wrote no marker yet (existing dist/ folders, CI's re-runs): exactly
 * the site files (an empty .nojekyll, a feed titled "localpress") and campaign folders that each
 * hold index.html and figures.csv, nothing else. A folder of anyone's own files does not look so.
 */
export function isUnmarkedBuild(target: string, names: string[]): boolean {
  try {
    if (!SITE_FILES.every((n) => names.includes(n))) return false;
    if (statSync(path.join(target, '.nojekyll')).size !== 0 || !statSync(path.join(target, 'assets')).isDirectory()) return false;
    if (!readFileSync(path.join(target, 'feed.xml'), 'utf8').startsWith(FEED_START)) return false;
    return names.filter((n) => !SITE_FILES.includes(n) && !OPTIONAL_SITE_FILES.includes(n)).every((n) => {
      const folder = path.join(target, n);
      return lstatSync(folder).isDirectory() && existsSync(path.join(folder, 'index.html')) && existsSync(path.join(folder, 'figures.csv'));
    });
  } catch {
    return false;
  }
}

/** canonical("out/../dist") → the absolute path with every existing parent's symlinks resolved (the last part is kept as named). */
export function canonical(folder: string): string {
  const absolute = path.resolve(folder);
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  let existing = parent;
  const rest: string[] = [path.basename(absolute)];
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync.native(existing), ...rest);
}

/** repositoryOf("/r/src") → "/r" when /r/.git exists; null outside a repository. */
export function repositoryOf(folder: string): string | null {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

export interface OutContext {
  dataDir: string;
  /** The site's own folders a build reads (templates/, assets/). */
  siteDirs: string[];
  cwd?: string;
}

/** The folders an output may never be or contain, with the words that name them in a refusal. */
export function guardedFolders(context: OutContext): Protected[] {
  const cwd = canonical(context.cwd ?? process.cwd());
  const repository = repositoryOf(cwd);
  return [
    { path: canonical(context.dataDir), what: `the data folder (--data ${context.dataDir})`, noneInside: true },
    ...context.siteDirs.map((dir) => ({ path: canonical(dir), what: `the site's own ${path.basename(dir)} (${dir})`, noneInside: true })),
    ...(repository ? [{ path: repository, what: `the git repository ${repository}`, noneInside: false }] : []),
    { path: cwd, what: `the folder you are working in (${cwd})`, noneInside: false },
  ];
}

/** checkOutDir("data", { dataDir: "data", … }) throws a UsageError (exit 2) naming the folder and why; returns its absolute path when a build may replace it. */
export function checkOutDir(outDir: string, context: OutContext): string {
  const target = canonical(outDir);
  const why = refusal(outDir, target, kindOf(target), guardedFolders(context));
  if (why) throw new UsageError(`localpress: ${why}`);
  return target;
}
