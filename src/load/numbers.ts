/**
 * Numbers a data file cannot hold exactly. js-yaml reads 9007199254740993 as 9007199254740992:
 * a count above 2^53 - 1 would be printed wrong without a word, so it is refused where it is written.
 */
import type { Problem } from '../errors.ts';

type Key = string | number;

/**
 * Every number in a parsed value beyond Number.MAX_SAFE_INTEGER, with its path. Shared values
 * (YAML aliases) are walked once.
 * @example unsafeNumbers({ a: 9007199254740993 }) // [["a"]]
 */
export function unsafeNumbers(data: unknown): Key[][] {
  const found: Key[][] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: Key[]): void => {
    if (typeof value === 'number') {
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) found.push(path);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  return found;
}

/** One problem per unsafe number, quoting the number as it is written in the file. */
export function unsafeNumberProblems(doc: { file: string; source: string; data: unknown; locate(path: readonly Key[]): { line: number; column: number } }): Problem[] {
  const lines = doc.source.split('\n');
  return unsafeNumbers(doc.data).map((path) => {
    const { line, column } = doc.locate(path);
    const written = /^[^\s,\]}#]+/.exec(lines[line - 1]?.slice(column - 1) ?? '')?.[0] ?? String(valueAt(doc.data, path));
    const message = `this number is too large to be held exactly (expected at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')}, found ${written})`;
    return { file: doc.file, line, column, path: path.join('.'), message, severity: 'error' as const };
  });
}

function valueAt(data: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<Key, unknown>)[key], data);
}
