/**
 * Force names as police write them → force ids, through the names, areas, aliases and ids in
 * forces.yaml. "Avon & Somerset Constabulary", "Dyfed Powys Police" and "Metropolitan Police
 * Service" all reduce to the same key as their forces.yaml entry.
 */
import type { Reference } from '../load/types.ts';
import { suggest } from '../load/suggest.ts';

/** normaliseName("Avon & Somerset Constabulary") → "avon and somerset"; "Dyfed-Powys Police" → "dyfed powys". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[-‐‑‒–—_/]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .split(/\s+/)
    .filter((word) => word !== '' && !NOISE.has(word))
    .join(' ');
}
const NOISE = new Set(['police', 'constabulary', 'service', 'force', 'the', 'network']);

/** Rows that are totals, not forces. */
const TOTAL = /^(grand )?totals?\b|^all( police)? forces|^(england|national)\b|^sum\b/;

/**
 * Police forces outside England and Wales, or not territorial, that FOI tables list beside the
 * 43: they are not in forces.yaml and are skipped, not errors. Normalised keys.
 */
const OUTSIDE = [
  'scotland', 'of scotland', 'of northern ireland', 'northern ireland', 'psni', 'isle of man', 'states of jersey', 'jersey', 'guernsey', 'bailiwick of guernsey',
  'ministry of defence', 'mod', 'civil nuclear', 'cnc', 'national crime agency', 'nca', 'port of liverpool', 'port of dover', 'tyne and wear metro',
].map(normaliseName);

export type NameMatch =
  | { kind: 'force'; id: string }
  | { kind: 'total' }
  | { kind: 'outside' }
  | { kind: 'close'; suggestion: string }
  | { kind: 'unknown' };

export interface ForceNames {
  match(name: string): NameMatch;
}

/** forceNames(reference).match("Avon & Somerset Constabulary") → { kind: "force", id: "avon-and-somerset" } */
export function forceNames(reference: Reference): ForceNames {
  const byKey = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const force of reference.forces) {
    for (const name of [force.name, force.area, force.id, ...(force.aliases ?? [])]) {
      const key = normaliseName(name);
      if (key === '') continue;
      if (byKey.has(key) && byKey.get(key) !== force.id) ambiguous.add(key);
      else byKey.set(key, force.id);
    }
  }
  for (const key of ambiguous) byKey.delete(key);
  const keys = [...byKey.keys()];
  // A row named after a region ("North West") is a subtotal; a force of the same name was matched first.
  const regionKeys = new Set(reference.regions.map((r) => normaliseName(r.name)));
  const officialName = new Map(reference.forces.map((f) => [f.id, f.name]));
  return {
    match(name) {
      const key = normaliseName(name);
      const id = byKey.get(key);
      if (id) return { kind: 'force', id };
      if (TOTAL.test(key) || key === '' || regionKeys.has(key)) return { kind: 'total' };
      if (OUTSIDE.includes(key)) return { kind: 'outside' };
      const near = suggest(key, keys);
      if (near) return { kind: 'close', suggestion: officialName.get(byKey.get(near)!)! };
      return { kind: 'unknown' };
    },
  };
}
