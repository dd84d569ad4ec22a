/**
 * Scores the phrasing filters against real published wordings, as issue 13 defines
 * agreement: a phrase agrees with an outlet when it makes the same claim — the same hedge
 * direction ("nearly"/"almost" alike, "more than"/"over" alike, or none) and the same round
 * number, fraction or multiple, or the same whole percentage. Forms with no checkable claim
 * ("the majority", "some 5,161", "topped", "down from 101") and forms that contradict their
 * own figure ("nearly doubling" for ×2.23) are not counted; an entry none of whose forms
 * count is not scorable, nor is a change published without its two counts.
 *
 * The sample (tests/fixtures/phrasings-sample.yaml) is a copy of
 * ../shared/data/phrasings-sample.yaml, so the tests run on a clean clone.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { approx, change, defaultStyle, fraction } from '../../src/phrase/index.ts';

export type Direction = 'below' | 'above' | 'none';
export type ClaimKind = 'number' | 'fraction' | 'multiple' | 'percent';
export interface Claim {
  direction: Direction;
  kind: ClaimKind;
  value: number;
}

export interface Form {
  text: string;
  hedge: string;
  round_to?: number;
  names_value?: number;
  claims_multiple?: number;
  claims_pct?: number;
}
export interface Entry {
  id: string;
  kind: 'approx' | 'fraction' | 'change';
  value?: number;
  from?: number;
  to?: number;
  ratio?: number;
  pct_change?: number;
  published_forms: Form[];
}

export const SAMPLE = new URL('../fixtures/phrasings-sample.yaml', import.meta.url);

export function readSample(file: URL = SAMPLE): Entry[] {
  return (load(readFileSync(file, 'utf8')) as { entries: Entry[] }).entries;
}

const HEDGES: Record<string, Direction> = { nearly: 'below', almost: 'below', 'more than': 'above', over: 'above', none: 'none' };

/** What a published form claims, or undefined when it makes no checkable claim. */
export function publishedClaim(entry: Entry, form: Form): Claim | undefined {
  const direction = HEDGES[form.hedge];
  if (direction === undefined) return undefined;
  if (entry.kind === 'approx' && form.round_to !== undefined) return { direction, kind: 'number', value: form.round_to };
  if (entry.kind === 'fraction' && form.names_value !== undefined) return { direction, kind: 'fraction', value: form.names_value };
  if (entry.kind === 'change' && form.claims_multiple !== undefined) return { direction, kind: 'multiple', value: form.claims_multiple };
  if (entry.kind === 'change' && form.claims_pct !== undefined) return { direction, kind: 'percent', value: form.claims_pct };
  return undefined;
}

/** The exact figure a claim is about: the count, the share, the ratio or the per cent change. */
function truth(entry: Entry, kind: ClaimKind): number {
  if (entry.kind === 'change') {
    const ratio = entry.to! / entry.from!;
    return kind === 'multiple' ? ratio : (ratio - 1) * 100;
  }
  return entry.value!;
}

/** How close a claim's value must be to be "the same": fractions are published as 0.3333 for a third. */
function same(a: number, b: number, kind: ClaimKind): boolean {
  return kind === 'fraction' ? Math.abs(a - b) < 0.002 : a === b;
}

/** Whether a claim contradicts its figure: "more than" something the figure does not exceed, "nearly" something it reaches. */
export function contradicts(entry: Entry, claim: Claim): boolean {
  const actual = truth(entry, claim.kind);
  if (claim.direction === 'below') return !(actual < claim.value) || same(actual, claim.value, claim.kind);
  if (claim.direction === 'above') return !(actual > claim.value) || same(actual, claim.value, claim.kind);
  return false;
}

export function agrees(a: Claim, b: Claim): boolean {
  return a.direction === b.direction && a.kind === b.kind && same(a.value, b.value, a.kind);
}

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const FRACTIONS: Record<string, number> = {
  half: 1 / 2, 'a third': 1 / 3, 'a quarter': 1 / 4, 'a fifth': 1 / 5, 'a tenth': 1 / 10, 'two-fifths': 2 / 5,
  'three-fifths': 3 / 5, 'two-thirds': 2 / 3, 'three-quarters': 3 / 4, 'four-fifths': 4 / 5, all: 1, none: 0,
};
const MULTIPLES: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };

function figure(text: string): number {
  return WORDS[text] ?? Number(text.replace(/,/g, ''));
}

function hedge(prefix: string | undefined): Direction {
  return prefix === undefined ? 'none' : prefix.startsWith('nearly') ? 'below' : 'above';
}

/** What one of our phrases claims: "more than 3,000", "nearly a fifth", "rose by 140 per cent", "more than tripled". */
export function ourClaim(kind: Entry['kind'], phrase: string): Claim {
  const m = /^(nearly |more than )?(.+)$/.exec(phrase)!;
  const direction = hedge(m[1]);
  const body = m[2]!;
  if (kind === 'approx') return { direction, kind: 'number', value: figure(body) };
  if (kind === 'fraction') {
    const percent = /^([\d.]+) per cent$/.exec(body);
    if (percent) return { direction, kind: 'fraction', value: Number(percent[1]) / 100 };
    const kIn = /^(\w+) in ([\w,]+)$/.exec(body);
    const value = kIn ? figure(kIn[1]!) / figure(kIn[2]!) : FRACTIONS[body];
    if (value === undefined || Number.isNaN(value)) throw new Error(`unparsed fraction phrase: ${phrase}`);
    return { direction, kind: 'fraction', value };
  }
  const byPct = /^(rose|fell) by (less than |more than )?(\d+) per cent$/.exec(phrase);
  if (byPct) return { direction: hedge(byPct[2]), kind: 'percent', value: (byPct[1] === 'fell' ? -1 : 1) * Number(byPct[3]) };
  if (MULTIPLES[body] !== undefined) return { direction, kind: 'multiple', value: MULTIPLES[body]! };
  if (phrase === 'was unchanged') return { direction: 'none', kind: 'percent', value: 0 };
  throw new Error(`unparsed change phrase: ${phrase}`);
}

/** Our phrase for an entry, with the filters' defaults (as a release calls them). */
export function ourPhrase(entry: Entry): string | undefined {
  if (entry.kind === 'approx') return approx(entry.value!, defaultStyle);
  if (entry.kind === 'fraction') return fraction(entry.value!, defaultStyle);
  if (entry.from === undefined || entry.to === undefined) return undefined;
  return change(entry.to, entry.from, defaultStyle);
}

export interface Scored {
  entry: Entry;
  phrase: string;
  claim: Claim;
  /** The published forms that count. */
  counted: Form[];
  agreed: boolean;
  contradiction: boolean;
}

/** Scores every scorable entry; entries with no counted form or no counts to call change with are left out. */
export function score(entries: Entry[], phraseOf: (entry: Entry) => string | undefined = ourPhrase): Scored[] {
  const out: Scored[] = [];
  for (const entry of entries) {
    const counted = entry.published_forms.filter((form) => {
      const claim = publishedClaim(entry, form);
      return claim !== undefined && (entry.kind !== 'change' || entry.from !== undefined) && !contradicts(entry, claim);
    });
    const phrase = phraseOf(entry);
    if (counted.length === 0 || phrase === undefined) continue;
    const claim = ourClaim(entry.kind, phrase);
    out.push({
      entry, phrase, claim, counted,
      agreed: counted.some((form) => agrees(claim, publishedClaim(entry, form)!)),
      contradiction: contradicts(entry, claim),
    });
  }
  return out;
}

/** { approx: [agreed, scorable], … } */
export function tally(scored: Scored[]): Record<string, [number, number]> {
  const t: Record<string, [number, number]> = {};
  for (const s of scored) {
    const row = (t[s.entry.kind] ??= [0, 0]);
    row[1] += 1;
    if (s.agreed) row[0] += 1;
  }
  return t;
}
