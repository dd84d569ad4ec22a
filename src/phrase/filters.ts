/**
 * The Nunjucks filters, style bound. In a template `a | f(b, c)` calls f(a, b, c), and
 * keyword arguments arrive as a trailing { ...,  __keywords: true } object, so
 * `{{ 18 | num(capital=true) }}` and `{{ 18 | num(true) }}` both work.
 *
 * Usage: for (const [name, fn] of Object.entries(createFilters(resolveStyle(campaign.style))))
 *          eleventyConfig.addFilter(name, fn);
 */
import { PhraseError } from '../errors.ts';
import { approx } from './approx.ts';
import { article } from './article.ts';
import { change } from './change.ts';
import { fraction } from './fraction.ts';
import { list } from './list.ts';
import { num, ucfirst } from './num.ts';
import { ordinal } from './ordinal.ts';
import { pct } from './pct.ts';
import { place } from './place.ts';
import { plural } from './plural.ts';
import { rank } from './rank.ts';
import type { Style } from './style.ts';
import { ukdate } from './ukdate.ts';

export type Filter = (...args: any[]) => string;

/** Turns Nunjucks keyword arguments into positional ones, by the filter's parameter names. */
function positional(name: string, params: readonly string[], args: unknown[]): unknown[] {
  const last = args[args.length - 1];
  if (typeof last !== 'object' || last === null || !('__keywords' in last)) return args;
  const out = args.slice(0, -1);
  for (const [key, value] of Object.entries(last)) {
    if (key === '__keywords') continue;
    const at = params.indexOf(key);
    if (at < 0) throw new PhraseError(`${name}: unknown option "${key}" (options: ${params.join(', ') || 'none'})`);
    out[at] = value;
  }
  return out;
}

/** One filter: its parameter names (after the piped value) and the call with the style bound. */
function filter(name: string, params: readonly string[], call: (value: any, ...rest: any[]) => string): Filter {
  return (value: unknown, ...rest: unknown[]) => call(value, ...positional(name, params, rest));
}

/** createFilters(style).num(4) === "four"; every filter of docs/templates.md, by name. */
export function createFilters(style: Style): Record<string, Filter> {
  return {
    num: filter('num', ['capital'], (n, capital) => num(n, style, capital ?? false)),
    pct: filter('pct', ['dp'], (share, dp) => pct(share, style, dp ?? 1)),
    fraction: filter('fraction', ['form'], (share, form) => fraction(share, style, form ?? 'words')),
    approx: filter('approx', [], (n) => approx(n, style)),
    change: filter('change', ['from'], (to, from) => change(to, from, style)),
    ordinal: filter('ordinal', [], (n) => ordinal(n, style)),
    rank: filter('rank', ['noun'], (r, noun) => rank(r, style, noun ?? 'forces')),
    plural: filter('plural', ['n', 'pluralForm'], (word, n, form) => plural(word, n, style, form ?? undefined)),
    list: filter('list', [], (items) => list(items, style)),
    ukdate: filter('ukdate', ['withTime'], (iso, withTime) => ukdate(iso, style, withTime ?? false)),
    article: filter('article', [], (phrase) => article(phrase, style)),
    place: filter('place', [], (name) => place(name, style)),
    ucfirst: filter('ucfirst', [], (phrase) => {
      if (typeof phrase !== 'string') throw new PhraseError(`ucfirst: expected some text, found ${String(phrase)}`);
      return ucfirst(phrase);
    }),
  };
}
