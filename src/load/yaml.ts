/**
 * Reads YAML with js-yaml 5 and remembers where every value sits, so that later
 * checks can say "figures.yaml:12:5" instead of just "figures.yaml".
 */
import { load, parseEvents, getScalarValue, EVENT_ID, YAMLException } from 'js-yaml';
import { DataError } from '../errors.ts';
import { aliasProblems } from './aliases.ts';
import { reservedKeyProblems } from './reserved-keys.ts';
import { readDataFile } from './text.ts';
import { lineIndex, syntaxProblems } from './yaml-errors.ts';

export { readDataFile } from './text.ts';

export interface YamlDocument {
  file: string;
  source: string;
  data: unknown;
  /** Locate a value by its path, e.g. ["forces", "derbyshire", "offences"] → { line, column } (1-based). */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

/** parseYaml("a: 1", "x.yaml").data → { a: 1 }; a syntax error throws DataError with line and caret. */
export function parseYaml(source: string, file: string): YamlDocument {
  let data: unknown;
  try {
    data = source.trim() === '' ? null : load(source, { filename: file });
  } catch (error) {
    if (error instanceof YAMLException) throw new DataError(syntaxProblems(error, source, file), { cause: error });
    throw error;
  }
  // Positions are worked out on the first locate(), that is only when there is something to
  // report: walking the events costs about as much as parsing (1.1 s for 10,000 areas).
  let offsets: Map<string, number> | null = null;
  let lineColumn: ReturnType<typeof lineIndex> | null = null;
  const doc: YamlDocument = {
    file,
    source,
    data,
    locate(path) {
      offsets ??= data === null ? new Map<string, number>() : offsetsByPath(source, file);
      // Walk up to the nearest ancestor that exists: a missing field is reported at its parent.
      for (let n = path.length; n >= 0; n--) {
        const offset = offsets.get(pathKey(path.slice(0, n)));
        if (offset !== undefined) return (lineColumn ??= lineIndex(source))(offset);
      }
      return { line: 1, column: 1 };
    },
  };
  // Before anything walks the value: an alias bomb stands for billions of values.
  const aliases = aliasProblems(data, source, file);
  if (aliases.length > 0) throw new DataError(aliases);
  // Before zod, which drops a `__proto__:` key without a word.
  const reserved = reservedKeyProblems(data, source, file, doc.locate);
  if (reserved.length > 0) throw new DataError(reserved);
  return doc;
}

/** Read and parse a YAML file; a missing file is a DataError, not a stack trace. */
export function readYaml(file: string): YamlDocument {
  return parseYaml(readDataFile(file, 'does it exist?'), file);
}

function pathKey(path: readonly (string | number)[]): string {
  return path.map((p) => `/${p}`).join('');
}

interface Frame {
  kind: 'map' | 'seq';
  path: string;
  expectKey: boolean;
  key: string;
  index: number;
}

/** "/forces/derbyshire/offences" → offset of its value (js-yaml 5 has no position listener; events carry offsets). */
function offsetsByPath(source: string, file: string): Map<string, number> {
  const map = new Map<string, number>();
  const stack: Frame[] = [];
  // The event typings are loose; the fields used here are documented in js-yaml's d.ts.
  for (const ev of parseEvents(source, { filename: file }) as Iterable<any>) {
    const top = stack[stack.length - 1];
    if (ev.type === EVENT_ID.SCALAR && top?.kind === 'map' && top.expectKey) {
      top.key = String(getScalarValue(source, ev));
      top.expectKey = false;
      map.set(`${top.path}/${top.key}`, ev.valueStart);
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (ev.type === EVENT_ID.DOCUMENT) continue;
    const path = top ? (top.kind === 'map' ? `${top.path}/${top.key}` : `${top.path}/${top.index++}`) : '';
    const start = ev.type === EVENT_ID.SCALAR ? ev.valueStart : ev.type === EVENT_ID.ALIAS ? ev.anchorStart : ev.start;
    if (!(top?.kind === 'map' && map.has(path))) map.set(path, start);
    else if (ev.type === EVENT_ID.SCALAR) map.set(path, start);
    if (top?.kind === 'map') top.expectKey = true;
    if (ev.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', path, expectKey: true, key: '', index: 0 });
    if (ev.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', path, expectKey: false, key: '', index: 0 });
  }
  return map;
}
