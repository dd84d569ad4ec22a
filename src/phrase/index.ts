/**
 * House-style phrasing: the public surface. Every function takes the value first, the
 * Style second, then its options: num(1628, style) === "1,628". Templates use the same
 * functions through createFilters(style), documented in docs/templates.md.
 */
export { approx } from './approx.ts';
export { article } from './article.ts';
export { change, type ChangeLike } from './change.ts';
export { createFilters, type Filter } from './filters.ts';
export { fraction, type FractionForm } from './fraction.ts';
export { list } from './list.ts';
export { num, rate, ucfirst } from './num.ts';
export { ordinal } from './ordinal.ts';
export { pct } from './pct.ts';
export { place } from './place.ts';
export { plural, regularPlural } from './plural.ts';
export { rank } from './rank.ts';
export { countFigures, figureDenseSentences, sentences } from './readability.ts';
export { defaultStyle, resolveStyle, type Style } from './style.ts';
export { ukdate } from './ukdate.ts';
export { toWords } from './words.ts';
