/** A campaign's computed model and the sentences of every area's release, for comparing two versions. */
import { TemplateError, templateErrors } from '../errors.ts';
import { computeCampaign } from '../compute/index.ts';
import type { CampaignModel } from '../compute/types.ts';
import { loadProject } from '../load/index.ts';
import type { CampaignInput, Reference } from '../load/types.ts';
import { createFilters, resolveStyle, sentences } from '../phrase/index.ts';
import { compileRelease, type Filters } from '../site/release.ts';

export interface CampaignSnapshot {
  model: CampaignModel;
  /** area id ("national", "region:wales", "derbyshire") → sentences of its headline, standfirst and body */
  sentences: Record<string, string[]>;
}

/** snapshotCampaign("data", "scwc-2017") → its model and rendered sentences; throws DataError like a build. */
export function snapshotCampaign(dataDir: string, campaignId: string): CampaignSnapshot {
  const project = loadProject(dataDir, [campaignId]);
  return snapshotInput(project.campaigns[0]!, project.reference);
}

/** The same, for a campaign already loaded (check renders every campaign of one load). */
export function snapshotInput(input: CampaignInput, reference: Reference): CampaignSnapshot {
  const model = computeCampaign({ campaign: input.campaign, figures: input.figures }, reference);
  const release = compileRelease(input, createFilters(resolveStyle(input.campaign.style)) as Filters, reference);
  const out: Record<string, string[]> = {};
  const areas = [
    ['national', model.national] as const,
    ...model.regions.map((r) => [`region:${r.id}`, r] as const),
    ...model.forces.map((f) => [f.id, f] as const),
  ];
  // Every page is rendered, so `check` reports every failing page, not only the first.
  const failures: TemplateError[] = [];
  for (const [key, area] of areas) {
    try {
      const r = release.render(model, area);
      out[key] = [r.headline, ...sentences(r.standfirst), ...sentences(r.bodyMarkdown)];
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw templateErrors(failures, ` of campaign '${input.campaign.id}'`);
  return { model, sentences: out };
}
