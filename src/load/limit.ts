/**
 * A file with thousands of mistakes (a pasted column, a generated list) is reported by its first
 * hundred problems and a count of the rest: the first ones are what to fix, and 50,000 lines
 * (7.7 MB) help no one. A huge key (a pasted paragraph as a force id) is shortened wherever it is
 * quoted, so one problem stays one line.
 */
import type { Problem } from '../errors.ts';

export const MAX_PROBLEMS_PER_FILE = 100;

/** limitPerFile(problems) → at most 100 problems per file, then one line "and N more problems in this file". */
export function limitPerFile(problems: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): Problem[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.file, (counts.get(p.file) ?? 0) + 1);
  const shown = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const n = (shown.get(p.file) ?? 0) + 1;
    shown.set(p.file, n);
    if (n <= max) out.push(shorten(p));
    else if (n === max + 1) {
      const more = counts.get(p.file)! - max;
      out.push({ file: p.file, line: 0, column: 0, path: '', message: `and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} in this file, not listed: fix the ones above first`, severity: p.severity });
    }
  }
  return out;
}

const LONG = 80;

const MAX_MESSAGE = 1_000;

/**
 * A problem with every path segment and every word longer than 80 characters cut to 37 and "...",
 * and its message at most 1,000 characters.
 * @example shorten({ path: `forces.${"x".repeat(100)}`, ... }).path // "forces.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
 */
export function shorten(p: Problem): Problem {
  const cut = (text: string) => (text.length > LONG ? `${text.slice(0, 37)}...` : text);
  const path = p.path.length > LONG ? p.path.split('.').map(cut).join('.') : p.path;
  let message = p.message.length > LONG ? p.message.replace(/[^\s']{81,}/g, cut) : p.message;
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE - 3)}...`;
  return path === p.path && message === p.message ? p : { ...p, path, message };
}
