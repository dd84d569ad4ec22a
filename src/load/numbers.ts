/**
 * Numbers a data file cannot hold exactly. js-yaml reads 9007199254740993 as 9007199254740992,
 * so a count above 2^53 - 1 is refused (zod's int() does), and the message quotes the number as
 * it is written in the file, not as it was rounded.
 */
import type { YamlDocument } from './yaml.ts';

type Key = string | number;

/** isUnsafeNumber(9007199254740992) → true: beyond what a JavaScript number holds exactly. */
export function isUnsafeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER;
}

/**
 * The message for a number too large to hold, quoting the file's own text at the value.
 * @example tooLargeMessage(doc, ["forces", "gwent", "offences"]) // "this number is too large to be held exactly (expected at most 9,007,199,254,740,991, found 9007199254740993)"
 */
export function tooLargeMessage(doc: Pick<YamlDocument, 'source' | 'locate'>, path: readonly Key[], value: number): string {
  const { line, column } = doc.locate(path);
  const lineText = lineAt(doc.source, line);
  const written = /^[^\s,\]}#]+/.exec(lineText.slice(column - 1))?.[0] ?? String(value);
  return `this number is too large to be held exactly (expected at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')}, found ${written})`;
}

function lineAt(source: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? undefined : end);
}
