/** Ids named by corrections and local voices in campaign.yaml must be forces and regions of forces.yaml. */
import type { Campaign, Reference } from './types.ts';
import { didYouMean } from './suggest.ts';

export interface PressProblem {
  path: (string | number)[];
  message: string;
}

/** pressProblems({ corrections: [{ forces: ["derbyshre"] }] }, reference) → [{ path: [corrections, 0, forces, 0], message: "unknown force 'derbyshre' (did you mean 'derbyshire'?)" }] */
export function pressProblems(campaign: Campaign, reference: Reference): PressProblem[] {
  const forceIds = reference.forces.map((f) => f.id);
  const regionIds = reference.regions.map((r) => r.id);
  const out: PressProblem[] = [];
  (campaign.corrections ?? []).forEach((correction, i) => {
    (correction.forces ?? []).forEach((id, j) => {
      if (!forceIds.includes(id)) out.push({ path: ['corrections', i, 'forces', j], message: `unknown force '${id}'${didYouMean(id, forceIds)}; force ids are listed in data/forces.yaml` });
    });
    if (correction.date < campaign.published) out.push({ path: ['corrections', i, 'date'], message: `a correction dated ${correction.date}, before the campaign was published (${campaign.published})` });
  });
  for (const id of Object.keys(campaign.regions ?? {})) {
    if (!regionIds.includes(id)) out.push({ path: ['regions', id], message: `unknown region '${id}'${didYouMean(id, regionIds)}; region ids are listed in data/forces.yaml` });
  }
  for (const id of Object.keys(campaign.forces ?? {})) {
    if (!forceIds.includes(id)) out.push({ path: ['forces', id], message: `unknown force '${id}'${didYouMean(id, forceIds)}; force ids are listed in data/forces.yaml` });
  }
  return out;
}
