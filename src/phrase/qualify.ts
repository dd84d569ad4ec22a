/**
 * The one rule every approximate phrase follows: a value below its round target is
 * "nearly" it, above it is "more than" it, and one that matches is plain. Callers decide
 * what "matches" means (exact for counts, a display precision for fractions), but a value
 * that differs is never qualified in the wrong direction.
 */

export type Qualifier = '' | 'nearly ' | 'more than ';

/** qualify(1993, 2000, false) === "nearly "; qualify(0.5, 0.5, true) === "". */
export function qualify(value: number, target: number, matches: boolean): Qualifier {
  if (matches || value === target) return '';
  return value < target ? 'nearly ' : 'more than ';
}
