/**
 * YAML syntax errors in plain words, with the line and a caret; a key given twice
 * (e.g. a force listed twice) is reported at each repeat with its field path.
 */
import { parseEvents, getScalarValue, EVENT_ID, type YAMLException } from 'js-yaml';
import type { Problem } from '../errors.ts';

/** js-yaml's reason → what a press officer should look for. Unknown reasons are shown as they are. */
const PLAIN_WORDS: Array<[RegExp, string]> = [
  [/^tab characters must not be used/, 'a tab is used to indent this line; use spaces instead'],
  [/within a double quoted scalar/, 'a double quote (") is opened but never closed'],
  [/within a single quoted scalar/, "a single quote (') is opened but never closed"],
  [/within a flow collection/, 'a bracket ([ or {) is opened but never closed'],
  [/^bad indentation of a mapping entry/, 'the indentation is wrong here, or a value containing ": " needs quotes around it'],
  [/^bad indentation of a sequence entry/, 'the indentation of this list item ("- ") is wrong'],
  [/^deficient indentation/, 'this line is not indented enough for the block it belongs to'],
  [/^end of the stream or a document separator is expected/, 'this line does not fit the lines above it: check its indentation'],
  [/^nesting exceeded maxDepth/, 'lists and blocks are nested too deeply here'],
  [/does not support complex keys/, 'a key here is itself a list or block; a key must be a plain name'],
  [/^unknown (scalar|mapping|sequence) tag/, 'a YAML tag (!!...) is used here; write the plain value instead'],
  [/^unknown tag/, 'a YAML tag (!...) is used here; write the plain value instead'],
  [/^unidentified alias/, 'an alias (*name) refers to an anchor (&name) that does not exist'],
];

/**
 * Problems for a js-yaml exception.
 * @example syntaxProblems(err, "a: [1, 2\n", "x.yaml")[0].message // 'YAML syntax error: a bracket ([ or {) is opened but never closed\n 1 | a: [1, 2\n...^'
 */
export function syntaxProblems(error: YAMLException, source: string, file: string): Problem[] {
  if (error.reason === 'duplicated mapping key') {
    const repeats = duplicateKeys(source, file);
    if (repeats.length > 0) return repeats;
  }
  if (/^expected a single document/.test(error.reason ?? '')) return [secondDocument(source, file)];
  const line = (error.mark?.line ?? -1) + 1;
  const column = (error.mark?.column ?? -1) + 1;
  // js-yaml calls a { or [ left open at the end of a line "deficient indentation" of the next one.
  const open = error.mark && /deficient indentation|flow collection|end of the stream/.test(error.reason ?? '') ? openBracketLine(source, error.mark.position) : undefined;
  const early = error.mark && /^bad indentation of a mapping entry/.test(error.reason ?? '') ? quoteClosedEarly(source.split('\n')[error.mark.line] ?? '') : undefined;
  const plain = open !== undefined
    ? `a bracket ([ or {) opened on line ${open} is never closed`
    : early ?? PLAIN_WORDS.find(([pattern]) => pattern.test(error.reason ?? ''))?.[1] ?? error.reason ?? 'cannot read this file';
  const snippet = error.mark?.snippet ? `\n${error.mark.snippet}` : '';
  return [{ file, line, column, path: '', message: `YAML syntax error: ${plain}${snippet}`, severity: 'error' }];
}

/**
 * A quoted value that a quote inside it ends early (`title: 'Children's figures'`): js-yaml reads
 * the rest of the line as a badly indented entry. Returns what to write instead, or undefined.
 */
function quoteClosedEarly(line: string): string | undefined {
  const m = /^(\s*(?:-\s+)?[^\s#'"][^:#]*:\s+)(['"])/.exec(line);
  if (!m) return undefined;
  const q = m[2]!;
  const value = line.slice(m[1]!.length + 1);
  for (let i = 0; i < value.length; i++) {
    if (q === '"' && value[i] === '\\') {
      i++;
      continue;
    }
    if (value[i] !== q) continue;
    if (q === "'" && value[i + 1] === "'") {
      i++;
      continue;
    }
    if (value.slice(i + 1).replace(/\s+#.*$/, '').trim() === '') return undefined;
    return q === "'"
      ? "the text starts with a single quote ('), so the apostrophe inside it ends it early: write the apostrophe twice ('Children''s …'), or put the text in double quotes (\"Children's …\")"
      : 'the text starts with a double quote ("), so a double quote inside it ends it early: put the text in single quotes (\'He said "hi"\'), or write the inner quote as \\"';
  }
  return undefined;
}

/** js-yaml gives no position when a file holds two documents: the second starts at a "---" (or after a "...") line. */
function secondDocument(source: string, file: string): Problem {
  const lines = source.split('\n');
  let content = false;
  let ended = false;
  let line = lines.findIndex((text) => {
    const isContent = text.trim() !== '' && !/^\s*#/.test(text) && !text.startsWith('%');
    if (/^---(\s|$)/.test(text) && content) return true;
    if (/^\.\.\.(\s|$)/.test(text)) {
      ended = content;
      return false;
    }
    if (isContent && ended) return true;
    content ||= isContent && !/^---(\s|$)/.test(text);
    return false;
  });
  line = line < 0 ? 1 : line + 1;
  const message = 'YAML syntax error: a second YAML document starts here (after a "---" or "..." line); a data file holds one document: remove the separator line, or move what follows into a file of its own';
  return { file, line, column: 1, path: '', message, severity: 'error' };
}

/** The line of the last { or [ still open before `offset` (outside quotes and comments), if any. */
function openBracketLine(source: string, offset: number): number | undefined {
  const open: number[] = [];
  let quote = '';
  let comment = false;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') comment = false;
    if (comment) continue;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) comment = true;
    else if (c === '{' || c === '[') open.push(i);
    else if ((c === '}' || c === ']') && open.length > 0) open.pop();
  }
  const last = open[open.length - 1];
  return last === undefined ? undefined : lineColumn(source, last).line;
}

interface Frame {
  kind: 'map' | 'seq';
  path: string[];
  expectKey: boolean;
  key: string;
  index: number;
  seen: Map<string, number>;
}

/** Every key that appears twice in the same mapping, at its second (third…) appearance. */
function duplicateKeys(source: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const stack: Frame[] = [];
  const at = lineIndex(source);
  try {
    for (const ev of parseEvents(source, { filename: file }) as Iterable<any>) {
      const top = stack[stack.length - 1];
      if (ev.type === EVENT_ID.POP) {
        stack.pop();
        continue;
      }
      if (ev.type === EVENT_ID.DOCUMENT) continue;
      if (ev.type === EVENT_ID.SCALAR && top?.kind === 'map' && top.expectKey) {
        const key = String(getScalarValue(source, ev));
        const { line, column } = at(ev.valueStart);
        const first = top.seen.get(key);
        if (first !== undefined) problems.push(duplicate(file, [...top.path, key], line, column, first));
        else top.seen.set(key, line);
        top.key = key;
        top.expectKey = false;
        continue;
      }
      const path = top ? [...top.path, top.kind === 'map' ? top.key : String(top.index++)] : [];
      if (top?.kind === 'map') top.expectKey = true;
      if (ev.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', path, expectKey: true, key: '', index: 0, seen: new Map() });
      if (ev.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', path, expectKey: false, key: '', index: 0, seen: new Map() });
    }
  } catch {
    return []; // a different syntax error as well: fall back to js-yaml's own report
  }
  return problems;
}

function duplicate(file: string, path: string[], line: number, column: number, firstLine: number): Problem {
  const key = path[path.length - 1] ?? '';
  const what = path.length === 2 && path[0] === 'forces' ? `force '${key}' is listed twice` : `'${key}' appears twice in the same block`;
  return { file, line, column, path: path.join('.'), message: `${what} (first at line ${firstLine}); keep one and delete or merge the other`, severity: 'error' };
}

/**
 * lineColumn for many offsets in one source: the line starts are found once, then each offset
 * is a binary search (a file with 50,000 problems on one long line took 494 s with lineColumn).
 * @example lineIndex("a\nbc")(3) // { line: 2, column: 2 }
 */
export function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** 0-based offset → 1-based line and column. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
