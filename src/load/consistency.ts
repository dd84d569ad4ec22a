/**
 * Rules a schema cannot express: ids that must exist, counts that must fit inside
 * other counts, reply states, published totals. Every problem is collected, not just the first.
 */
import type { Problem } from '../errors.ts';
import type { Campaign, CampaignFigures, Figure, FigureCounts, Reference } from './types.ts';
import { checkPublishedTotals } from './published.ts';
import { leaveOutProblems } from './leave-out.ts';
import { pressProblems } from './press.ts';
import { statusProblems } from './status.ts';
import { didYouMean } from './suggest.ts';
import type { YamlDocument } from './yaml.ts';

type Path = (string | number)[];
type At = (doc: YamlDocument, path: Path, message: string, severity?: Problem['severity']) => void;

/** Every cross-field problem in one campaign's figures, located in figures.yaml (or campaign.yaml). */
export function checkConsistency(campaign: Campaign, figures: CampaignFigures, reference: Reference, figuresDoc: YamlDocument, campaignDoc: YamlDocument): Problem[] {
  const problems: Problem[] = [];
  const at: At = (doc, path, message, severity = 'error') => {
    const { line, column } = doc.locate(path);
    problems.push({ file: doc.file, line, column, path: path.join('.'), message, severity });
  };
  const forceIds = new Set(reference.forces.map((f) => f.id));
  const regionIds = reference.regions.map((r) => r.id);
  const platformIds = Object.keys(campaign.platforms);

  for (const [groupId, group] of Object.entries(campaign.groups)) {
    group.members.forEach((member, i) => {
      if (!platformIds.includes(member)) at(campaignDoc, ['groups', groupId, 'members', i], `unknown platform '${member}'${didYouMean(member, platformIds)}; declare it under platforms:`);
    });
  }
  for (const p of pressProblems(campaign, reference)) at(campaignDoc, p.path, p.message);
  for (const p of leaveOutProblems(campaign, figures, reference)) at(campaignDoc, p.path, p.message);
  const checkCounts = (counts: FigureCounts, path: Path) => countProblems(counts, path, campaign, (p, m) => at(figuresDoc, p, m));

  for (const [forceId, force] of Object.entries(figures.forces)) {
    if (!forceIds.has(forceId)) continue; // reported by checkForceIds, even when the schema fails
    checkCounts(force, ['forces', forceId]);
    if (force.previous) checkCounts(force.previous, ['forces', forceId, 'previous']);
    for (const s of statusProblems(force)) at(figuresDoc, ['forces', forceId, s.field], s.message, s.severity);
  }
  if (figures.national) checkCounts(figures.national, ['national']);
  for (const [regionId, region] of Object.entries(figures.regions ?? {})) {
    if (!regionIds.includes(regionId)) at(figuresDoc, ['regions', regionId], `unknown region '${regionId}'${didYouMean(regionId, regionIds)}; region ids are listed in data/forces.yaml`);
    else checkCounts(region, ['regions', regionId]);
  }
  for (const t of checkPublishedTotals(figures, reference)) at(figuresDoc, t.path, t.message);
  if (campaign.asked === 'listed-forces') {
    // The request went only to the forces listed: the others were never asked, so none is missing.
    if (figures.national) at(campaignDoc, ['asked'], `'asked: listed-forces' makes the national figures the sum of the forces listed, but figures.yaml has a published national: total (expected no national: block with it, found one): remove 'asked', or the national: block`);
    else if (Object.keys(figures.forces).length === 0) at(campaignDoc, ['asked'], `'asked: listed-forces' needs the forces asked listed in figures.yaml (expected at least one force under forces:, found none)`);
  } else if (!figures.national) {
    // Without a published national block, every force should be accounted for: a gap may be a forgotten reply.
    const missing = [...forceIds].filter((id) => !Object.hasOwn(figures.forces, id));
    if (missing.length > 0) {
      at(figuresDoc, ['forces'], `no figures for ${missing.join(', ')}: a forgotten reply? (expected every force in forces.yaml, with 'responded: false' if it did not reply; if the request went only to the forces listed, say so in campaign.yaml with 'asked: listed-forces')`, 'warning');
    }
  }
  return problems;
}

/** Counts that must fit inside other counts, for one force, region, nation or previous period. */
function countProblems(counts: FigureCounts, path: Path, campaign: Campaign, at: (path: Path, message: string) => void): void {
  const { offences, method_recorded: recorded } = counts;
  const platformIds = Object.keys(campaign.platforms);
  const groupIds = Object.keys(campaign.groups);
  if (isCount(recorded) && isCount(offences) && recorded > offences) {
    at([...path, 'method_recorded'], `offences with a recorded method cannot be more than all offences (expected at most ${offences}, found ${recorded})`);
  }
  // Platform shares are of method_recorded; without it, a platform still cannot exceed all offences.
  const [limit, limitName] = isCount(recorded) ? [recorded, 'method_recorded'] : [offences, 'offences'];
  for (const [platformId, n] of Object.entries(counts.platforms ?? {})) {
    if (!platformIds.includes(platformId)) at([...path, 'platforms', platformId], `unknown platform '${platformId}'${didYouMean(platformId, platformIds)}; declare it in campaign.yaml under platforms:`);
    else if (isCount(n) && isCount(limit) && n > limit) at([...path, 'platforms', platformId], `${platformId} cannot be more than ${limitName} (expected at most ${limit}, found ${n})`);
  }
  for (const [groupId, n] of Object.entries(counts.groups ?? {})) {
    const group = campaign.groups[groupId];
    if (!group) {
      at([...path, 'groups', groupId], `unknown group '${groupId}'${didYouMean(groupId, groupIds)}; declare it in campaign.yaml under groups:`);
      continue;
    }
    if (!isCount(n)) continue;
    const members = group.members.map((m) => [m, counts.platforms?.[m]] as const).filter((e): e is readonly [string, number] => isCount(e[1]));
    const largest = members.reduce<readonly [string, number] | undefined>((best, e) => (best === undefined || e[1] > best[1] ? e : best), undefined);
    const sum = members.reduce((a, [, b]) => a + b, 0);
    if (largest && n < largest[1]) at([...path, 'groups', groupId], `${groupId} counts each offence once, so it cannot be less than its largest member, ${largest[0]} (expected at least ${largest[1]}, found ${n})`);
    else if (members.length === group.members.length && n > sum) at([...path, 'groups', groupId], `${groupId} cannot be more than its members added together (expected at most ${sum}, found ${n})`);
    else if (isCount(limit) && n > limit) at([...path, 'groups', groupId], `${groupId} cannot be more than ${limitName} (expected at most ${limit}, found ${n})`);
  }
  for (const [name, breakdown] of Object.entries(counts.breakdowns ?? {})) {
    const given = Object.entries(breakdown.categories).filter((e): e is [string, number] => isCount(e[1]));
    const total = given.reduce((a, [, b]) => a + b, 0);
    if (isCount(offences) && total > offences) at([...path, 'breakdowns', name], `the ${name} breakdown adds up to more than offences (expected at most ${offences}, found ${total})`);
    else if (breakdown.of === 'known' && Object.values(breakdown.categories).filter((v) => v !== null && v !== undefined).length === 1 && given.length === 1) {
      // Shares of the known cases with one category known would all be "100 per cent".
      at([...path, 'breakdowns', name, 'of'], `'of: known' makes shares of the categories given, so '${given[0]![0]}' alone would be 100% (expected at least two categories, found one): give the other categories, or use 'of: offences'`);
    }
  }
}

/** Unknown force ids in figures.yaml, checked on the raw data so they are reported alongside schema errors. */
export function checkForceIds(rawFigures: unknown, reference: Reference, figuresDoc: YamlDocument): Problem[] {
  const forces = (rawFigures as { forces?: unknown } | null)?.forces;
  if (!forces || typeof forces !== 'object' || Array.isArray(forces)) return [];
  const forceIds = reference.forces.map((f) => f.id);
  const known = new Set(forceIds);
  return Object.keys(forces)
    .filter((id) => !known.has(id))
    .map((id) => {
      const { line, column } = figuresDoc.locate(['forces', id]);
      return { file: figuresDoc.file, line, column, path: `forces.${id}`, message: `unknown force '${id}'${didYouMean(id, forceIds)}; force ids are listed in data/forces.yaml`, severity: 'error' as const };
    });
}

function isCount(n: Figure): n is number {
  return typeof n === 'number';
}
