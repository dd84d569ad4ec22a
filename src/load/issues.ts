/** Turns zod issues into Problems a press officer can act on: file:line:col, field path, expected/found. */
import type { z } from 'zod';
import type { Problem } from '../errors.ts';
import { didYouMean } from './suggest.ts';
import type { YamlDocument } from './yaml.ts';

/** One Problem per zod issue, located in the YAML document. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], doc: YamlDocument, allowedKeys?: (path: PropertyKey[]) => string[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const found = valueAt(doc.data, path);
    let message: string;
    let fieldPath = path;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      fieldPath = [...path, key];
      const known = allowedKeys?.(issue.path) ?? [];
      message = `unknown field '${key}'${didYouMean(key, known)}`;
    } else {
      message = `expected ${expected(issue)}, found ${describe(found)}`;
    }
    const { line, column } = doc.locate(fieldPath);
    return { file: doc.file, line, column, path: fieldPath.join('.'), message, severity: 'error' as const };
  });
}

function expected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'a whole number';
      return issue.expected === 'object' ? 'a mapping of fields' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'number' ? `a whole number ≥ ${issue.minimum}` : issue.origin === 'string' ? 'a non-empty text' : `at least ${issue.minimum} item(s)`;
    case 'too_big':
      return `at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.message;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** describe(undefined) → "nothing"; describe(-3) → "-3"; describe("x") → '"x"' */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
