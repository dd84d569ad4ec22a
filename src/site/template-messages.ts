/**
 * Nunjucks' own words for a mistake in a release template ("parseIf: expected elif, else, or
 * endif, got end of file", "expected variable end", "filter not found: pcnt") turned into what
 * a press officer can act on: what is wrong, in the words they wrote, and what to do.
 */
import { didYouMean, suggest } from '../load/suggest.ts';

/** The tags a release template uses, for "did you mean" on an unknown one ({% elsif %}). */
const TAGS = ['if', 'elif', 'else', 'endif', 'for', 'endfor', 'set', 'endset', 'include', 'import', 'from', 'macro', 'endmacro', 'call', 'endcall', 'raw', 'endraw', 'filter', 'endfilter', 'extends', 'block', 'endblock'];

/** The tags that open a block, and the tag that closes each. */
const CLOSERS: Record<string, string> = { if: 'endif', for: 'endfor', macro: 'endmacro', call: 'endcall', filter: 'endfilter', block: 'endblock', raw: 'endraw' };

/**
 * unknownFilter("pcnt", ["num", "pct", …]) → "unknown filter 'pcnt' (did you mean 'pct'?); the
 * filters are listed in docs/templates.md". House filters are suggested before Nunjucks' own.
 */
export function unknownFilter(name: string, house: readonly string[], all: readonly string[] = house): string {
  const guess = suggest(name, house) ?? suggest(name, all);
  return `unknown filter '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}; the filters are listed in docs/templates.md`;
}

/**
 * The plain-English form of a Nunjucks message, or the message as it was when there is none.
 * `source` is the text of the file the error is in, to find an unclosed tag's line.
 * @example plainMessage("expected variable end") → "a '{{' is not closed with '}}' (or a quote inside it is not closed)"
 */
export function plainMessage(detail: string, filters: { house: readonly string[]; all: readonly string[] }): string {
  let m = /^filter not found: (\S+)$/.exec(detail);
  if (m) return unknownFilter(m[1]!, filters.house, filters.all);
  if (/^(?:parse\w+: expected [\w, ]+got end of file|unexpected end of file|parse\w+: expected .*got EOF\.?)$/.test(detail)) {
    return 'the file ends inside a tag that was never closed: every {% if %} needs its {% endif %} (and {% for %} its {% endfor %}, {% macro %} its {% endmacro %})';
  }
  if (detail === 'expected variable end') return "a '{{' is not closed with '}}' (or a quote inside it is not closed)";
  m = /^expected block end in (\w+) statement$/.exec(detail);
  if (m) {
    const tag = m[1]!;
    const hint = tag === 'else' ? ": write '{% elif … %}' for 'else if'" : tag === 'if' || tag === 'elif' ? " (to compare, write '==', not '=')" : '';
    return `expected '%}' to end the {% ${tag} %} tag${hint}`;
  }
  m = /^unknown block tag: (\S+)$/.exec(detail);
  if (m) {
    const tag = m[1]!;
    const opener = Object.entries(CLOSERS).find(([, close]) => close === tag)?.[0];
    if (opener) return `{% ${tag} %} closes nothing: no {% ${opener} %} is open here (remove it, or look for an {% ${opener} %} closed twice)`;
    return `unknown tag {% ${tag} %}${didYouMean(tag, TAGS)}`;
  }
  if (/^expected symbol, got variable-end$/.test(detail)) return "a filter name is missing after '|'";
  return detail;
}

/**
 * The line and column (1-based) of the last block tag in `source` that is never closed, and the
 * tag that closes it: unclosedTag("{% if a %}\nx") → { tag: "if", close: "endif", line: 1, column: 1 }.
 * Comments ({# … #}) and the inside of {% raw %} are skipped.
 */
export function unclosedTag(source: string): { tag: string; close: string; line: number; column: number } | undefined {
  const open: { tag: string; index: number }[] = [];
  let raw = false;
  for (const m of source.matchAll(/\{#[\s\S]*?#\}|\{%-?\s*(\w+)/g)) {
    const word = m[1];
    if (word === undefined) continue;
    if (raw) {
      if (word === 'endraw') {
        raw = false;
        open.pop();
      }
      continue;
    }
    if (word === 'raw') raw = true;
    // {% set x = … %} is a whole tag; {% set x %}…{% endset %} is a block.
    if (word in CLOSERS) open.push({ tag: word, index: m.index });
    else if (word.startsWith('end')) {
      const at = open.map((o) => o.tag).lastIndexOf(word.slice(3));
      if (at >= 0) open.splice(at);
    }
  }
  const last = open[open.length - 1];
  if (!last) return undefined;
  const before = source.slice(0, last.index).split('\n');
  return { tag: last.tag, close: CLOSERS[last.tag]!, line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * The name a filter was given that the page does not have, and the name probably meant:
 * misspeltName("{{ force.ofences | num }}", 20, { force: { offences: 4 } }) → "'force.ofences' is
 * not a name this page has (did you mean 'force.offences'?)". `column` is where Nunjucks placed
 * the filter call on the line; the expression nearest it is the one read. Undefined when the
 * name cannot be found in the line or resolves to a value.
 */
export function misspeltName(lineText: string, column: number, context: Record<string, unknown>): string | undefined {
  const calls = [...lineText.matchAll(/([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*|\[\s*(?:'[^']*'|"[^"]*")\s*\])*)\s*\|\s*[A-Za-z_]\w*/g)];
  if (calls.length === 0) return undefined;
  const call = calls.reduce((best, m) => (Math.abs((m.index ?? 0) + m[0].length - column) < Math.abs((best.index ?? 0) + best[0].length - column) ? m : best));
  const parts = [...call[1]!.matchAll(/([A-Za-z_]\w*)|\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  let value: unknown = context;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    if (value === null || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    if (!Object.hasOwn(record, key) || record[key] === undefined) {
      const known = Object.keys(record).filter((k) => record[k] !== undefined);
      const guess = suggest(key, known);
      const written = parts.slice(0, i + 1).join('.');
      if (!guess) return `'${written}' is not a name a release can use here`;
      return `'${written}' is not a name a release can use here (did you mean '${[...parts.slice(0, i), guess].join('.')}'?)`;
    }
    value = record[key];
  }
  return undefined;
}
