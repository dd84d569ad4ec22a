/**
 * Corrections from campaign.yaml, on the pages they affect: one naming `forces` appears on those
 * force pages only; one without `forces` on every page of the campaign. Oldest first.
 */
import type { Campaign } from '../load/types.ts';

export interface PageCorrection {
  /** YYYY-MM-DD */
  date: string;
  /** "Corrected on Friday 20 April 2018" */
  label: string;
  text: string;
}

/** correctionsFor(campaign, { kind: "force", id: "kent" }, ukdate) → the corrections printed on Kent's page. */
export function correctionsFor(campaign: Campaign, area: { kind: string; id: string }, ukdate: (iso: string) => string): PageCorrection[] {
  return (campaign.corrections ?? [])
    .filter((c) => c.forces === undefined || (area.kind === 'force' && c.forces.includes(area.id)))
    .map((c) => ({ date: c.date, label: `Corrected on ${ukdate(c.date)}`, text: c.text }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
