/**
 * `__proto__`, `constructor` and `prototype` as keys of a data file (a platform, group,
 * breakdown or force id). JavaScript gives these names a meaning of their own: zod dropped a
 * `__proto__:` platform without a word, and `constructor` was found on every object, so an
 * undeclared platform of that name passed as declared. No field of localpress has such a name,
 * so any key spelled so is reported, wherever it is.
 */
import type { Problem } from '../errors.ts';

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The paths of every key named __proto__, constructor or prototype in a parsed YAML value.
 * @example reservedKeyPaths({ platforms: { constructor: 2 } }) // [["platforms", "constructor"]]
 */
export function reservedKeyPaths(data: unknown): string[][] {
  const found: string[][] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string[]): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, String(i)]));
      return;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) found.push([...path, key]);
      else walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(data, []);
  return found;
}

/** One problem per reserved key, located by `locate` (1-based line and column of the key's value). */
export function reservedKeyProblems(data: unknown, source: string, file: string, locate: (path: readonly string[]) => { line: number; column: number }): Problem[] {
  // Most files never spell these words: skip the walk.
  if (!/__proto__|constructor|prototype/.test(source)) return [];
  return reservedKeyPaths(data).map((path) => {
    const key = path.at(-1)!;
    return {
      file, ...locate(path), path: path.join('.'), severity: 'error',
      message: `'${key}' cannot be used as a name: JavaScript gives __proto__, constructor and prototype a meaning of their own, so this value would be lost; choose another name`,
    };
  });
}
