/**
 * Readability guard: readers of automated copy struggle most with number-dense sentences,
 * so the build warns about any sentence carrying more than four figures.
 *
 * A figure is a number in digits ("1,993", "32.6", "2017/18"), a number in words
 * ("four", "twenty-eight", "one thousand and five" counts once), or a fraction word
 * ("half", "a third"). A unit after it ("per cent", "%") is part of the same figure.
 * Dates are not figures a reader has to hold in mind: years and periods ("2017",
 * "2017/18"), days before a month ("16 April") and clock times ("00:01") are not counted.
 * Markdown table rows are not sentences and are left out.
 */

const UNIT_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
const FRACTION_WORDS = 'half|halves|thirds?|quarters?|fifths?|tenths?|doubled|trebled|tripled|quadrupled';
const NUMBER_WORD = `(?:${UNIT_WORDS})(?:-(?:${UNIT_WORDS}))?`;

/** Digits (grouped, decimal, ranges like 2017/18) or a run of number words joined by spaces, hyphens or "and". */
const FIGURE = new RegExp(
  `\\d[\\d,.]*(?:[/–-]\\d[\\d,.]*)?|\\b${NUMBER_WORD}(?:(?:\\s+and\\s+|\\s+)${NUMBER_WORD})*\\b|\\b(?:${FRACTION_WORDS})\\b`,
  'gi',
);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Years and periods, days of the month and clock times, blanked before counting. */
const DATES = new RegExp(
  `\\b(?:19|20)\\d\\d(?:[/–-](?:\\d{2}|\\d{4}))?\\b(?!,\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?=(?:${MONTHS})\\b)|\\b\\d{1,2}:\\d{2}\\b`,
  'g',
);
/** "one" that is a pronoun, not a figure: "one of the", "no one". */
const NOT_A_FIGURE = /^(?:one)$/i;

/** countFigures("Police recorded 20 offences, with four involving Facebook.") === 2 */
export function countFigures(text: string): number {
  const sentence = text.replace(DATES, ' ');
  let count = 0;
  for (const m of sentence.matchAll(FIGURE)) {
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    const before = sentence.slice(0, m.index ?? 0);
    if (NOT_A_FIGURE.test(m[0]) && (/^\s+of\b/i.test(after) || /\bno\s+$/i.test(before))) continue;
    count += 1;
  }
  return count;
}

/** Sentences of plain, Markdown or HTML text: sentences("<p>One. Two 2.5.</p>") → ["One.", "Two 2.5."]. */
export function sentences(text: string): string[] {
  const plain = text
    .replace(/<\/(?:p|li|h[1-6]|td|th|div|blockquote)>|<br\s*\/?>/gi, '\n\n')
    // Linear on any text (a release template is untrusted): a tag stops at the next '<', a table
    // row is one line. '<[^>]+>' and '^\s*…\s*$' took seconds on 20,000 characters of '<' or of blank lines.
    .replace(/<[^<>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/^[ \t]*\|.*\|[ \t]*$/gm, '\n');
  return plain
    .split(/\n\s*\n|\n\s*(?=[-*#>]|\d+\.\s)/)
    .flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/))
    .map((s) => s.replace(/^[-*#>\s]+/, '').trim())
    .filter((s) => s !== '');
}

/** figureDenseSentences(releaseText) → the sentences with more than `max` figures (default four), for a build warning. */
export function figureDenseSentences(text: string, max = 4): string[] {
  return sentences(text).filter((s) => countFigures(s) > max);
}
