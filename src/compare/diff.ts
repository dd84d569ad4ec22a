/**
 * What changed between two versions of a campaign: figures (per area, per field) and
 * the sentences of each area's release. Pure: two computed models and rendered texts in.
 */
import type { CampaignModel } from '../compute/types.ts';
import { flattenFigures, type Flat } from './flatten.ts';

export interface FigureChange {
  area: string;
  field: string;
  before: Flat[string] | undefined;
  after: Flat[string] | undefined;
}

export interface SentenceChange {
  area: string;
  removed: string[];
  added: string[];
}

/** diffFigures(before, after) → [{ area: "derbyshire", field: "offences", before: 20, after: 22 }, ...] */
export function diffFigures(before: CampaignModel, after: CampaignModel): FigureChange[] {
  const areas = (m: CampaignModel) => {
    const map = new Map<string, Parameters<typeof flattenFigures>[0]>([['national', m.national]]);
    for (const r of m.regions) map.set(`region:${r.id}`, r);
    for (const f of m.forces) map.set(f.id, f);
    return map;
  };
  const a = areas(before);
  const b = areas(after);
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  const changes: FigureChange[] = [];
  for (const id of ids) {
    const x = a.has(id) ? flattenFigures(a.get(id)!) : {};
    const y = b.has(id) ? flattenFigures(b.get(id)!) : {};
    for (const field of [...new Set([...Object.keys(x), ...Object.keys(y)])]) {
      if (x[field] !== y[field]) changes.push({ area: id, field, before: x[field], after: y[field] });
    }
  }
  return changes;
}

/** diffSentences({ derbyshire: ["A.", "B."] }, { derbyshire: ["A.", "C."] }) → [{ area: "derbyshire", removed: ["B."], added: ["C."] }] */
export function diffSentences(before: Record<string, string[]>, after: Record<string, string[]>): SentenceChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids.flatMap((area) => {
    const x = before[area] ?? [];
    const y = after[area] ?? [];
    const removed = x.filter((s) => !y.includes(s));
    const added = y.filter((s) => !x.includes(s));
    return removed.length || added.length ? [{ area, removed, added }] : [];
  });
}

/** A readable report: one line per changed figure, then -/+ sentences per area. */
export function formatDiff(figures: FigureChange[], sentences: SentenceChange[]): string {
  if (figures.length === 0 && sentences.length === 0) return 'No figures or sentences changed.\n';
  const show = (v: unknown) => (v === undefined ? '(absent)' : v === null ? '(none)' : String(v));
  const lines: string[] = [];
  if (figures.length > 0) {
    lines.push(`Figures changed (${figures.length}):`);
    for (const c of figures) lines.push(`  ${c.area}.${c.field}: ${show(c.before)} → ${show(c.after)}`);
    lines.push('');
  }
  for (const s of sentences) {
    lines.push(`Sentences changed in ${s.area}:`);
    for (const r of s.removed) lines.push(`  - ${r}`);
    for (const a of s.added) lines.push(`  + ${a}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
