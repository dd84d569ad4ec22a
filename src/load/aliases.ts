/**
 * YAML aliases (*name) within a budget. js-yaml shares an aliased value instead of copying it,
 * so ten anchors of nine aliases each (a 1.5 KB "alias bomb") load instantly but stand for
 * 9^10 values: anything that walks them (validation, an error message, a download) never ends.
 * A data file may repeat at most MAX_ALIAS_EXPANSION values through aliases, and no value may
 * contain itself. The check walks each shared value once, so it costs no more than the file.
 */
import { EVENT_ID, parseEvents } from 'js-yaml';
import type { Problem } from '../errors.ts';
import { lineColumn } from './yaml-errors.ts';

/** Values that aliases may add to a file beyond those written out: generous for reuse, far below a bomb. */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * Problems with the aliases in a parsed YAML value: one that contains itself, or more repeated
 * values than the budget. Located at the alias in `source`.
 * @example aliasProblems(load("a: &a [*a]"), "a: &a [*a]", "x.yaml")[0].message // "an alias (*a) is used inside its own anchor (&a): a value cannot contain itself"
 */
export function aliasProblems(data: unknown, source: string, file: string): Problem[] {
  // No "*name" anywhere, no alias: most files skip the walk (150 ms for 10,000 areas).
  if (!/\*[^\s*]/.test(source)) return [];
  const outcome = measure(data);
  if (outcome === 'fits') return [];
  const found = locateAlias(source, file, outcome);
  const { line, column } = found ? lineColumn(source, found.offset) : { line: 1, column: 1 };
  const name = found?.name ?? 'name';
  const message =
    outcome === 'cycle'
      ? `an alias (*${name}) is used inside its own anchor (&${name}): a value cannot contain itself`
      : `the alias *${name} takes the values that aliases repeat in this file past ${MAX_ALIAS_EXPANSION.toLocaleString('en-GB')} (an "alias bomb"?); write the values out, or use fewer aliases`;
  return [{ file, line, column, path: '', message, severity: 'error' }];
}

type Outcome = 'fits' | 'cycle' | 'too-many';

/** Walks the value once per shared object, adding up how many values it stands for. */
function measure(data: unknown): Outcome {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let written = 0; // values as written out: each shared object counted once
  let cycle = false;
  const size = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (open.has(value)) {
      cycle = true;
      return 1;
    }
    open.add(value);
    let total = 1;
    written++;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) {
      total += children.length; // the keys
      written += children.length;
    }
    for (const child of children) {
      if (child === null || typeof child !== 'object') written++;
      total += size(child);
      if (cycle) break;
    }
    open.delete(value);
    sizes.set(value, total);
    return total;
  };
  const total = size(data);
  if (cycle) return 'cycle';
  return total - written > MAX_ALIAS_EXPANSION ? 'too-many' : 'fits';
}

interface Frame {
  size: number;
  anchor: string;
}

/** The alias that closes a cycle or goes over the budget, found in the event stream (only run when there is a problem). */
function locateAlias(source: string, file: string, outcome: Exclude<Outcome, 'fits'>): { offset: number; name: string } | undefined {
  const anchors = new Map<string, number>();
  const stack: Frame[] = [];
  let extra = 0;
  let first: { offset: number; name: string } | undefined;
  try {
    for (const ev of parseEvents(source, { filename: file }) as Iterable<any>) {
      const top = stack[stack.length - 1];
      const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : '';
      switch (ev.type) {
        case EVENT_ID.SCALAR:
          if (top) top.size++;
          if (anchor) anchors.set(anchor, 1);
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          stack.push({ size: 1, anchor });
          break;
        case EVENT_ID.POP: {
          const done = stack.pop();
          if (done?.anchor) anchors.set(done.anchor, done.size);
          if (done && stack.length > 0) stack[stack.length - 1]!.size += done.size;
          break;
        }
        case EVENT_ID.ALIAS: {
          const at = { offset: ev.anchorStart - 1, name: anchor };
          first ??= at;
          if (outcome === 'cycle' && stack.some((f) => f.anchor === anchor)) return at;
          const size = anchors.get(anchor) ?? 1;
          extra += size === 1 ? 0 : size; // a scalar is copied; a collection is shared
          if (top) top.size += size;
          if (outcome === 'too-many' && extra > MAX_ALIAS_EXPANSION) return at;
          break;
        }
      }
    }
  } catch {
    // fall through to the first alias seen
  }
  return first;
}
