/**
 * Rules a schema cannot express: ids that must exist, counts that must fit inside
 * other counts. Every problem is collected, not just the first.
 */
import type { Problem } from '../errors.ts';
import type { Campaign, CampaignFigures, FigureCounts, Reference } from './types.ts';
import { didYouMean } from './suggest.ts';
import type { YamlDocument } from './yaml.ts';

type Path = (string | number)[];

/** Every cross-field problem in one campaign's figures, located in figures.yaml (or campaign.yaml). */
export function checkConsistency(campaign: Campaign, figures: CampaignFigures, reference: Reference, figuresDoc: YamlDocument, campaignDoc: YamlDocument): Problem[] {
  const problems: Problem[] = [];
  const at = (doc: YamlDocument, path: Path, message: string, severity: Problem['severity'] = 'error') => {
    const { line, column } = doc.locate(path);
    problems.push({ file: doc.file, line, column, path: path.join('.'), message, severity });
  };
  const forceIds = reference.forces.map((f) => f.id);
  const regionIds = reference.regions.map((r) => r.id);
  const platformIds = Object.keys(campaign.platforms);
  const groupIds = Object.keys(campaign.groups);

  for (const [groupId, group] of Object.entries(campaign.groups)) {
    group.members.forEach((member, i) => {
      if (!platformIds.includes(member)) at(campaignDoc, ['groups', groupId, 'members', i], `unknown platform '${member}'${didYouMean(member, platformIds)}; declare it under platforms:`);
    });
  }

  const checkCounts = (counts: FigureCounts, path: Path) => {
    const { offences, method_recorded: recorded } = counts;
    if (isCount(recorded) && isCount(offences) && recorded > offences) {
      at(figuresDoc, [...path, 'method_recorded'], `method_recorded (${recorded}) is more than offences (${offences})`);
    }
    for (const [platformId, n] of Object.entries(counts.platforms ?? {})) {
      if (!platformIds.includes(platformId)) at(figuresDoc, [...path, 'platforms', platformId], `unknown platform '${platformId}'${didYouMean(platformId, platformIds)}; declare it in campaign.yaml under platforms:`);
      else if (isCount(n) && isCount(recorded) && n > recorded) at(figuresDoc, [...path, 'platforms', platformId], `${platformId} (${n}) is more than method_recorded (${recorded})`);
    }
    for (const [groupId, n] of Object.entries(counts.groups ?? {})) {
      const group = campaign.groups[groupId];
      if (!group) {
        at(figuresDoc, [...path, 'groups', groupId], `unknown group '${groupId}'${didYouMean(groupId, groupIds)}; declare it in campaign.yaml under groups:`);
        continue;
      }
      if (!isCount(n)) continue;
      const members = group.members.map((m) => counts.platforms?.[m]).filter(isCount);
      const largest = Math.max(0, ...members);
      const sum = members.reduce((a, b) => a + b, 0);
      if (n < largest) at(figuresDoc, [...path, 'groups', groupId], `${groupId} (${n}) is less than its largest member (${largest}); a de-duplicated count cannot be smaller than any member`);
      if (members.length === group.members.length && n > sum) at(figuresDoc, [...path, 'groups', groupId], `${groupId} (${n}) is more than the sum of its members (${sum})`);
      if (isCount(recorded) && n > recorded) at(figuresDoc, [...path, 'groups', groupId], `${groupId} (${n}) is more than method_recorded (${recorded})`);
    }
    for (const [name, breakdown] of Object.entries(counts.breakdowns ?? {})) {
      const total = Object.values(breakdown).filter(isCount).reduce((a, b) => a + b, 0);
      if (isCount(offences) && total > offences) at(figuresDoc, [...path, 'breakdowns', name], `the ${name} breakdown adds up to ${total}, more than offences (${offences})`);
    }
  };

  for (const [forceId, force] of Object.entries(figures.forces)) {
    if (!forceIds.includes(forceId)) continue; // reported by checkForceIds, even when the schema fails
    checkCounts(force, ['forces', forceId]);
    if (force.previous) checkCounts(force.previous, ['forces', forceId, 'previous']);
  }
  if (figures.national) checkCounts(figures.national, ['national']);
  for (const [regionId, region] of Object.entries(figures.regions ?? {})) {
    if (!regionIds.includes(regionId)) at(figuresDoc, ['regions', regionId], `unknown region '${regionId}'${didYouMean(regionId, regionIds)}; region ids are listed in data/forces.yaml`);
    else checkCounts(region, ['regions', regionId]);
  }
  if (!figures.national) {
    // Without a published national block, every force should be accounted for: a gap may be a forgotten reply.
    const missing = forceIds.filter((id) => !(id in figures.forces));
    if (missing.length > 0 && missing.length < forceIds.length / 2) {
      at(figuresDoc, ['forces'], `no figures and no 'responded: false' for ${missing.join(', ')}: a forgotten reply?`, 'warning');
    }
  }
  return problems;
}

/** Unknown force ids in figures.yaml, checked on the raw data so they are reported alongside schema errors. */
export function checkForceIds(rawFigures: unknown, reference: Reference, figuresDoc: YamlDocument): Problem[] {
  const forces = (rawFigures as { forces?: unknown } | null)?.forces;
  if (!forces || typeof forces !== 'object' || Array.isArray(forces)) return [];
  const forceIds = reference.forces.map((f) => f.id);
  return Object.keys(forces)
    .filter((id) => !forceIds.includes(id))
    .map((id) => {
      const { line, column } = figuresDoc.locate(['forces', id]);
      return { file: figuresDoc.file, line, column, path: `forces.${id}`, message: `unknown force '${id}'${didYouMean(id, forceIds)}; force ids are listed in data/forces.yaml`, severity: 'error' as const };
    });
}

function isCount(n: number | null | undefined): n is number {
  return typeof n === 'number';
}
