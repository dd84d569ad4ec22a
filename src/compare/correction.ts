/**
 * A ready-to-paste `corrections:` entry for campaign.yaml, worded from the figures of forces
 * that changed (`localpress diff --against`). Only figures a force supplies are named (offences,
 * method recorded, platform and group counts, youngest victim, reply); ranks, shares and totals
 * follow from them. Pure: the figure changes and the current model in, YAML text out.
 */
import type { CampaignModel, ComputedForce } from '../compute/types.ts';
import type { FigureChange } from './diff.ts';

/** Supplied figures, in the order a correction names them. */
const FIELDS: [RegExp, (force: ComputedForce, id: string) => string][] = [
  [/^offences$/, () => 'offences'],
  [/^method_recorded$/, () => 'offences with the method recorded'],
  [/^platform\.([^.]+)\.count$/, (f, id) => f.platform[id]?.name ?? id],
  [/^group\.([^.]+)\.count$/, (f, id) => f.group[id]?.name ?? id],
  [/^youngest_victim_age$/, () => "the youngest victim's age"],
  [/^responded$/, () => 'whether it replied'],
];

/**
 * proposeCorrection([{ area: "derbyshire", field: "offences", before: 20, after: 22 }], model, "2026-11-30")
 * → 'corrections:\n  - date: 2026-11-30\n    text: "Derbyshire's figure for offences was 22, not 20."\n    forces: [derbyshire]\n'
 * null when no force's own figures changed.
 */
export function proposeCorrection(changes: FigureChange[], after: CampaignModel, date: string): string | null {
  const sentences: string[] = [];
  const ids: string[] = [];
  for (const force of after.forces) {
    const own = changes.filter((c) => c.area === force.id);
    const said = FIELDS.flatMap(([pattern, label]) =>
      own.flatMap((c) => {
        const match = pattern.exec(c.field);
        return match ? [sentence(force.area || force.name, label(force, match[1] ?? ''), c.before, c.after)] : [];
      }));
    if (said.length > 0) {
      ids.push(force.id);
      sentences.push(...said);
    }
  }
  if (ids.length === 0) return null;
  // JSON string syntax is valid YAML double-quoted syntax: quotes, colons and '#' stay text.
  return `corrections:\n  - date: ${date}\n    text: ${JSON.stringify(sentences.join(' '))}\n    forces: [${ids.join(', ')}]\n`;
}

/** sentence("Derbyshire", "offences", 20, 22) → "Derbyshire's figure for offences was 22, not 20." */
function sentence(where: string, label: string, before: FigureChange['before'], after: FigureChange['after']): string {
  const given = (v: FigureChange['before']) => v !== undefined && v !== null;
  const show = (v: FigureChange['before']) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
  const owner = `${where}'s`; // house style, as "Dyfed-Powys's" (the Guardian's "James's")
  if (!given(after)) return `${owner} figure for ${label} is not recorded; it was given as ${show(before)} in error.`;
  if (!given(before)) return `${owner} figure for ${label} is ${show(after)}; it was missing before.`;
  return `${owner} figure for ${label} was ${show(after)}, not ${show(before)}.`;
}
