/** "Did you mean" for mistyped ids, by edit distance. */

/** suggest("derbyshre", ["derbyshire", "durham"]) → "derbyshire"; nothing close → undefined. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 200) return undefined; // a pasted paragraph is no typo, and the distance costs length²
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Allow roughly one typo per four characters, and always at least two.
  return bestDistance <= Math.max(2, Math.floor(input.length / 4)) ? best : undefined;
}

/** " (did you mean 'derbyshire'?)" or "" — ready to append to a message. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const s = suggest(input, candidates);
  return s ? ` (did you mean '${s}'?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
