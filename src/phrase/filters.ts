/**
 * The Nunjucks filters, style bound. In a template `a | f(b, c)` calls f(a, b, c), and
 * keyword arguments arrive as a trailing { ...,  __keywords: true } object, so
 * `{{ 18 | num(capital=true) }}` and `{{ 18 | num(true) }}` both work.
 *
 * Usage: for (const [name, fn] of Object.entries(createFilters(resolveStyle(campaign.style))))
 *          eleventyConfig.addFilter(name, fn);
 */
import { PhraseError } from '../errors.ts';
import { suggest } from '../load/suggest.ts';
import { show } from './guard.ts';
import { approx } from './approx.ts';
import { article } from './article.ts';
import { change } from './change.ts';
import { fraction } from './fraction.ts';
import { list } from './list.ts';
import { num, rate, ucfirst } from './num.ts';
import { ordinal } from './ordinal.ts';
import { pct } from './pct.ts';
import { place } from './place.ts';
import { plural } from './plural.ts';
import { rank } from './rank.ts';
import type { Style } from './style.ts';
import { ukdate } from './ukdate.ts';

export type Filter = (...args: any[]) => string;

/** A filter's options in order, and how many of them may be given without a name. */
interface Signature {
  params: readonly string[];
  positional: number;
}

function optionsText(name: string, { params, positional }: Signature): string {
  if (params.length === 0) return `${name} takes no options`;
  const named = params.map((p, i) => (i < positional ? p : `${p}=…`));
  return `options: ${named.join(', ')}`;
}

/**
 * Turns Nunjucks arguments into positional ones by the filter's parameter names, refusing
 * what the filter does not take: `approx(1)` (sf must be named), `num(capitalise=true)`.
 */
function positional(name: string, sig: Signature, args: unknown[]): unknown[] {
  const last = args[args.length - 1];
  const hasKeywords = typeof last === 'object' && last !== null && '__keywords' in last;
  const out = hasKeywords ? args.slice(0, -1) : [...args];
  if (out.length > sig.positional) {
    const hint = sig.params[out.length - 1] && out.length - 1 >= sig.positional
      ? ` (did you mean ${name}(${sig.params[out.length - 1]}=${show(out[out.length - 1])})?)` : '';
    throw new PhraseError(`${name}: too many values in brackets: ${out.map(show).join(', ')}${hint}; ${optionsText(name, sig)}`);
  }
  if (!hasKeywords) return out;
  for (const [key, value] of Object.entries(last as object)) {
    if (key === '__keywords') continue;
    const at = sig.params.indexOf(key);
    if (at < 0) {
      const near = suggest(key, sig.params) ?? sig.params.find((p) => key.startsWith(p) || p.startsWith(key));
      throw new PhraseError(`${name}: unknown option "${key}"${near ? ` (did you mean '${near}'?)` : ''} (${optionsText(name, sig)})`);
    }
    out[at] = value;
  }
  return out;
}

/** One filter: its parameter names (after the piped value) and the call with the style bound. */
function filter(name: string, params: readonly string[], positionalCount: number, call: (value: any, ...rest: any[]) => string): Filter {
  const sig = { params, positional: positionalCount };
  return (value: unknown, ...rest: unknown[]) => call(value, ...positional(name, sig, rest));
}

/** Text from a string or a macro's output (a Nunjucks SafeString, which carries its text in `val`). */
function asText(name: string, phrase: unknown): string {
  if (typeof phrase === 'string') return phrase;
  if (typeof phrase === 'object' && phrase !== null && typeof (phrase as { val?: unknown }).val === 'string') return String(phrase);
  throw new PhraseError(`${name}: expected some text, found ${show(phrase)}`);
}

/** createFilters(style).num(4) === "four"; every filter of docs/templates.md, by name. */
export function createFilters(style: Style): Record<string, Filter> {
  return {
    num: filter('num', ['capital'], 1, (n, capital) => num(n, style, capital ?? false)),
    rate: filter('rate', ['capital'], 1, (n, capital) => rate(n, style, capital ?? false)),
    pct: filter('pct', ['dp', 'style'], 1, (share, dp, suffix) => pct(share, style, dp ?? 1, suffix ?? undefined)),
    fraction: filter('fraction', ['form'], 1, (share, form) => fraction(share, style, form ?? 'words')),
    approx: filter('approx', ['sf'], 0, (n, sf) => approx(n, style, sf ?? undefined)),
    change: filter('change', ['from', 'form', 'verb'], 1, (to, from, form, verb) => change(to, from, style, form ?? 'verb', verb ?? undefined)),
    ordinal: filter('ordinal', [], 0, (n) => ordinal(n, style)),
    rank: filter('rank', ['noun'], 1, (r, noun) => rank(r, style, noun ?? 'forces')),
    plural: filter('plural', ['n', 'pluralForm'], 2, (word, n, form) => plural(word, n, style, form ?? undefined)),
    list: filter('list', ['attr', 'count'], 0, (items, attr, count) => list(items, style, attr ?? undefined, count ?? undefined)),
    ukdate: filter('ukdate', ['withTime', 'form'], 1, (iso, withTime, form) => ukdate(iso, style, withTime ?? false, form ?? 'full')),
    article: filter('article', [], 0, (phrase) => article(asText('article', phrase), style)),
    place: filter('place', [], 0, (name) => place(name, style)),
    ucfirst: filter('ucfirst', [], 0, (phrase) => ucfirst(asText('ucfirst', phrase))),
  };
}
