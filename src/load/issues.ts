/** Turns zod issues into Problems a press officer can act on: file:line:col, field path, expected/found. */
import type { z } from 'zod';
import type { Problem } from '../errors.ts';
import { ID_MAX_LENGTH } from './ids.ts';
import { isUnsafeNumber, tooLargeMessage } from './numbers.ts';
import { countHint, dateHint, shareHint } from './hints.ts';
import { didYouMean } from './suggest.ts';
import type { YamlDocument } from './yaml.ts';

type Key = string | number;

/**
 * One Problem per zod issue (one per unknown field), located in the YAML document.
 * @example problemsFromZod(issues, doc, (p) => allowedKeys(schema, p)) // [{ path: "forces.derbyshire.method_recoded", message: "unknown field 'method_recoded' (did you mean 'method_recorded'?)", ... }]
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], doc: YamlDocument, allowedKeys?: (path: PropertyKey[]) => string[]): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is Key => typeof p !== 'symbol');
    // Whatever the issue (too big, or a union of a count and a percentage), quote the number as written.
    const found = valueAt(doc.data, path);
    if (isUnsafeNumber(found)) return [located(doc, path, tooLargeMessage(doc, path, found))];
    if (issue.code === 'unrecognized_keys') {
      const known = allowedKeys?.(issue.path) ?? [];
      return issue.keys.map((key) => located(doc, [...path, key], `unknown field '${key}'${refusedHint(path, key) ?? unknownFieldHint(key, known)}`));
    }
    return [located(doc, path, messageFor(unionBranch(issue), found, path))];
  });
}

/**
 * A value that may be one of several shapes (a count or a published percentage "48%") fails
 * as a union: report the branch that got furthest (the one that is not a wrong type).
 */
function unionBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors.flat().find((i) => i.code !== 'invalid_type');
  return inner ?? issue.errors.flat()[0] ?? issue;
}

function located(doc: YamlDocument, path: Key[], message: string): Problem {
  const { line, column } = doc.locate(path);
  return { file: doc.file, line, column, path: path.join('.'), message, severity: 'error' };
}

/** A field refused on purpose, with why: figures.yaml's `regions.<id>.name` was once accepted and never used. */
function refusedHint(path: readonly Key[], key: string): string | undefined {
  if (key === 'name' && path.length === 2 && path[0] === 'regions') return ": a region is named as data/forces.yaml names it, so a name here would be ignored; remove it";
  return undefined;
}

function unknownFieldHint(key: string, known: readonly string[]): string {
  const suggestion = didYouMean(key, known);
  if (suggestion || known.length === 0) return suggestion;
  return ` (expected one of ${known.join(', ')})`;
}

function messageFor(issue: z.core.$ZodIssue, found: unknown, path: Key[]): string {
  const last = path[path.length - 1];
  if (issue.code === 'invalid_key' && String(last).length > ID_MAX_LENGTH) {
    return `'${String(last).slice(0, 37)}...' cannot be used as an id: ids become folder names (expected at most ${ID_MAX_LENGTH} characters, found ${String(last).length})`;
  }
  if (issue.code === 'invalid_key') {
    return `'${String(last)}' cannot be used as an id: ids become web addresses (expected lower-case letters, digits and hyphens, e.g. '${slug(String(last))}', found '${String(last)}')`;
  }
  if (found === undefined && issue.code === 'invalid_type') return `this field is required (expected ${expected(issue, last)}, found nothing)${requiredExample(path)}`;
  const hint = typeof found === 'string' && issue.code === 'invalid_type' && issue.expected === 'number' && found.trim() !== '' && Number.isFinite(Number(found)) ? ' (remove the quotes)' : '';
  const suggestion = issue.code === 'invalid_value' && typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : '';
  const length = typeof found === 'string' && found.length > 40 ? ` (${found.length} characters)` : '';
  return `expected ${expected(issue, last)}, found ${describe(found)}${length}${hint}${suggestion}${typingHint(issue, found, path)}`;
}

/** What a required field of campaign.yaml looks like, to copy: "source: FOI requests to …". */
const REQUIRED_EXAMPLES: Record<string, string> = {
  title: 'title: "Online grooming offences by police force, 2024/25"',
  offence: 'offence: Sexual Communication with a Child',
  published: 'published: 2025-09-15 (the day the release is published)',
  period: 'period: { start: 2024-04-01, end: 2025-03-31, label: 2024/25 }',
  'period.start': 'start: 2024-04-01 (the first day the figures cover)',
  'period.end': 'end: 2025-03-31 (the last day the figures cover)',
  'period.label': 'label: 2024/25 (the period as your copy says it)',
  source: 'source: Freedom of Information requests to every police force in England and Wales (printed on every page)',
  unit: 'unit: { singular: offence, plural: offences }',
  'unit.singular': 'singular: offence',
  'unit.plural': 'plural: offences',
};

/** ": add it, e.g. source: …" for a required campaign field left out; "" otherwise. */
function requiredExample(path: readonly Key[]): string {
  const example = REQUIRED_EXAMPLES[path.join('.')];
  return example ? `: add it, e.g. ${example}` : '';
}

/** What to write instead, for a value typed another way: "1,204", 0.48 for 48%, "15/09/2025" (src/load/hints.ts). */
function typingHint(issue: z.core.$ZodIssue, found: unknown, path: readonly Key[]): string {
  const message = issue.message ?? '';
  if (/date and time with offset/.test(message)) return dateHint(found, true);
  if (/YYYY-MM-DD/.test(message)) return dateHint(found, false);
  return countHint(found) || shareHint(found, path);
}

function expected(issue: z.core.$ZodIssue, last: Key | undefined): string {
  if (last === 'leave_out_regions') return "'partly-covered', or a list of region ids such as [north-west]";
  if (last === 'youngest_victim_age' && (issue.code === 'too_big' || issue.code === 'too_small')) return "a child's age in whole years, 0 to 17";
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'number' ? `a whole number ≥ ${issue.minimum}` : issue.origin === 'string' ? 'a text that is not empty' : `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
    case 'too_big':
      return issue.origin === 'number' ? `a number ≤ ${issue.maximum}` : issue.origin === 'string' && !issue.message.startsWith('Too big') ? issue.message : `at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.message;
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'a list of fields (name: value)',
  array: 'a list (lines starting with "- ")',
  record: 'a list of fields (name: value)',
};

/** "Face Book" → "face-book": the id the press officer probably meant. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-id';
}

function valueAt(data: unknown, path: readonly Key[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

/**
 * A found value in a few words, never longer than about 40 characters however large or
 * self-referring the value is (a YAML alias can stand for billions of values).
 * @example describe(undefined) → "nothing"; describe(-3) → "-3"; describe("x") → '"x"'; describe(NaN) → "NaN (not a number)"
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? 'infinity (.inf)' : 'minus infinity (-.inf)';
  const text = preview(value, 41);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** JSON-like text of a value, cut off once it reaches `limit` characters; a value inside itself is "…". */
function preview(value: unknown, limit: number): string {
  let out = '';
  const open = new Set<object>();
  const write = (v: unknown): void => {
    if (out.length >= limit) return;
    if (v === null || typeof v !== 'object') {
      out += typeof v === 'number' && !Number.isFinite(v) ? String(v) : (JSON.stringify(v) ?? String(v));
      return;
    }
    if (open.has(v)) {
      out += '…';
      return;
    }
    open.add(v);
    const entries = Array.isArray(v) ? v.map((item) => [undefined, item] as const) : Object.entries(v);
    out += Array.isArray(v) ? '[' : '{';
    for (const [i, [key, item]] of entries.entries()) {
      if (out.length >= limit) break;
      if (i > 0) out += ',';
      if (key !== undefined) out += `${JSON.stringify(key)}:`;
      write(item);
    }
    out += Array.isArray(v) ? ']' : '}';
    open.delete(v);
  };
  write(value);
  return out;
}
