/**
 * The only file-system reader for data: data/forces.yaml and data/campaigns/<id>/.
 * Everything it returns is validated; every problem in every file is reported together.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DataError, UsageError, type Problem } from '../errors.ts';
import { checkConsistency, checkForceIds } from './consistency.ts';
import { campaignFolderProblems, campaignFolders } from './folders.ts';
import { addressClashes, campaignIdMistake } from './ids.ts';
import { problemsFromZod } from './issues.ts';
import { limitPerFile } from './limit.ts';
import { periodProblems } from './period.ts';
import { allowedKeys } from './keys.ts';
import { readReleases } from './release.ts';
import { campaignSchema, figuresSchema, referenceSchema } from './schema.ts';
import { didYouMean } from './suggest.ts';
import type { Campaign, CampaignFigures, CampaignInput, Reference } from './types.ts';
import { readYaml, type YamlDocument } from './yaml.ts';

export type { CampaignInput, Reference } from './types.ts';

export interface Project {
  reference: Reference;
  campaigns: CampaignInput[];
  /** Problems that do not stop the build (e.g. a force with no figures). */
  warnings: Problem[];
}

/** loadProject("data") → every campaign under data/campaigns, validated; throws DataError listing every problem. */
export function loadProject(dataDir: string, campaignIds?: readonly string[]): Project {
  if (!existsSync(dataDir)) throw new UsageError(`no data folder '${dataDir}' (give the folder holding forces.yaml and campaigns/ with --data DIR)`);
  let reference: Reference;
  try {
    reference = loadReference(dataDir);
  } catch (error) {
    throw error instanceof DataError ? new DataError(limitPerFile(error.problems), { cause: error.cause, total: error.total }) : error;
  }
  const available = listCampaigns(dataDir);
  const ids = campaignIds && campaignIds.length > 0 ? [...campaignIds] : available;
  for (const id of ids) {
    if (!available.includes(id)) throw new UsageError(`no campaign '${id}' in ${path.join(dataDir, 'campaigns')}${didYouMean(id, available)}`);
  }
  const campaigns: CampaignInput[] = [];
  const problems: Problem[] = [];
  let unlisted = 0;
  for (const id of ids) {
    try {
      const loaded = loadCampaign(dataDir, id, reference);
      campaigns.push(loaded.input);
      problems.push(...loaded.problems);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
      unlisted += error.total - error.problems.length;
    }
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new DataError(limitPerFile(errors), { total: errors.length + unlisted });
  return { reference, campaigns, warnings: problems.filter((p) => p.severity === 'warning') };
}

/** Campaign ids: the folders under data/campaigns, sorted (one without campaign.yaml is reported when loaded, never skipped). */
export function listCampaigns(dataDir: string): string[] {
  return campaignFolders(dataDir);
}

export function loadReference(dataDir: string): Reference {
  const doc = readYaml(path.join(dataDir, 'forces.yaml'));
  const data = parseWith(referenceSchema, doc);
  const sources = doc.source
    .split('\n')
    .filter((line) => /^#\s*(Source|Attribution)/i.test(line))
    .map((line) => line.replace(/^#\s*/, ''));
  const regionIds = data.regions.map((r) => r.id);
  const problems = [
    ...repeatedIds(doc, 'regions', regionIds),
    ...repeatedIds(doc, 'forces', data.forces.map((f) => f.id)),
    ...data.forces.flatMap((force, i) =>
      force.region !== null && !regionIds.includes(force.region)
        ? [locatedProblem(doc, ['forces', i, 'region'], `unknown region '${force.region}'${didYouMean(force.region, regionIds)}`)]
        : [],
    ),
  ];
  for (const clash of addressClashes(regionIds, data.forces.map((f) => f.id))) {
    const id = regionIds[clash.region]!;
    const why = clash.folder === id ? '' : ` because a force has the id '${id}'`;
    problems.push(locatedProblem(doc, ['regions', clash.region, 'id'], `region '${id}' is published at '${clash.folder}/'${why}, where ${clash.holder} is published too; rename one of them`));
  }
  if (problems.length > 0) throw new DataError(problems);
  return { regions: data.regions, forces: data.forces, sources };
}

function loadCampaign(dataDir: string, id: string, reference: Reference): { input: CampaignInput; problems: Problem[] } {
  const folder = path.join(dataDir, 'campaigns', id);
  const files = { campaign: path.join(folder, 'campaign.yaml'), figures: path.join(folder, 'figures.yaml'), release: path.join(folder, 'release.njk') };
  const mistake = campaignIdMistake(id);
  if (mistake) {
    const found = id.length > 40 ? `'${id.slice(0, 37)}...', ${id.length} characters` : `'${id}'`;
    throw new DataError([{ file: folder, line: 0, column: 0, path: '', message: `campaign folder names become paths: ${mistake} (found ${found})`, severity: 'error' }]);
  }
  const missing = campaignFolderProblems(folder);
  if (missing.length > 0) throw new DataError(missing);
  const [campaignDoc, figuresDoc] = readBoth(files.campaign, files.figures);
  const problems: Problem[] = [];
  const campaign = collect(problems, () => ({ ...parseWith(campaignSchema, campaignDoc), id }) as Campaign);
  const declaredId = (campaignDoc.data as { id?: unknown } | null)?.id;
  if (campaign && declaredId !== undefined && declaredId !== id) {
    problems.push(locatedProblem(campaignDoc, ['id'], `id '${String(declaredId)}' does not match the folder name '${id}' (remove the id, or rename the folder)`));
  }
  if (campaign) problems.push(...periodProblems(campaign, campaignDoc));
  const figures = collect(problems, () => parseWith(figuresSchema, figuresDoc) as CampaignFigures);
  const releases = collect(problems, () => readReleases(folder));
  const release = releases?.release;
  problems.push(...checkForceIds(figuresDoc.data, reference, figuresDoc));
  if (!campaign || !figures || !release) throw new DataError(problems);
  problems.push(...checkConsistency(campaign, figures, reference, figuresDoc, campaignDoc));
  return { input: { campaign, figures, release, releases: releases?.kinds ?? {}, files }, problems };
}

/** Both YAML files of a campaign, read even when the first is broken, so that their problems come together. */
function readBoth(campaignFile: string, figuresFile: string): [YamlDocument, YamlDocument] {
  const problems: Problem[] = [];
  const campaignDoc = collect(problems, () => readYaml(campaignFile));
  const figuresDoc = collect(problems, () => readYaml(figuresFile));
  if (!campaignDoc || !figuresDoc) throw new DataError(problems);
  return [campaignDoc, figuresDoc];
}

/** parseWith(campaignSchema, doc) → the validated value; invalid → DataError located in the file, with the allowed keys. */
export function parseWith<T extends z.ZodType>(schema: T, doc: YamlDocument): z.output<T> {
  const result = schema.safeParse(doc.data ?? {});
  if (!result.success) throw new DataError(problemsFromZod(result.error.issues, doc, (p) => allowedKeys(schema, p)));
  return result.data;
}

function collect<T>(problems: Problem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

function locatedProblem(doc: YamlDocument, p: (string | number)[], message: string): Problem {
  const { line, column } = doc.locate(p);
  return { file: doc.file, line, column, path: p.join('.'), message, severity: 'error' };
}

/** An id listed twice in forces.yaml would make two pages write to the same folder. */
function repeatedIds(doc: YamlDocument, list: 'regions' | 'forces', ids: string[]): Problem[] {
  return ids.flatMap((id, i) => {
    const first = ids.indexOf(id);
    if (first === i) return [];
    return [locatedProblem(doc, [list, i, 'id'], `id '${id}' is listed twice (first at line ${doc.locate([list, first, 'id']).line}); each id must be unique`)];
  });
}
