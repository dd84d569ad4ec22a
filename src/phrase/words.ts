/**
 * Whole numbers in British English words: 1628 → "one thousand six hundred and twenty-eight",
 * 1005 → "one thousand and five" (the British "and" before a final part below 100).
 */

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: ReadonlyArray<[number, string]> = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];

/** Largest number written in words; above it, digits are kept. */
export const MAX_WORDS = 1e12 - 1;

/** 0..99: twentyEight → "twenty-eight". */
function belowHundred(n: number): string {
  if (n < 20) return UNITS[n] ?? '';
  const unit = n % 10;
  return (TENS[Math.floor(n / 10)] ?? '') + (unit ? `-${UNITS[unit]}` : '');
}

/** 0..999: "six hundred and twenty-eight". */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${UNITS[hundreds]} hundred`;
  return rest ? `${head} and ${belowHundred(rest)}` : head;
}

/** A whole number 0..MAX_WORDS in words: toWords(18) === "eighteen". */
export function toWords(n: number): string {
  if (n < 1000) return belowThousand(n);
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const count = Math.floor(rest / size);
    if (count) parts.push(`${belowThousand(count)} ${name}`);
    rest %= size;
  }
  if (rest) parts.push(rest < 100 ? `and ${belowHundred(rest)}` : belowThousand(rest));
  return parts.join(' ');
}

const ORDINAL_UNITS: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** A whole number in ordinal words: toOrdinalWords(2) === "second", toOrdinalWords(20) === "twentieth". */
export function toOrdinalWords(n: number): string {
  const words = toWords(n);
  return words.replace(/([a-z]+)$/, (last) => {
    const known = ORDINAL_UNITS[last];
    if (known) return known;
    if (last.endsWith('y')) return `${last.slice(0, -1)}ieth`;
    return `${last}th`;
  });
}
