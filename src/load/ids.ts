/**
 * Ids become folder and file names in dist/: force, region, campaign, platform, group and
 * breakdown ids are lower-case slugs of at most 64 characters (the longest in the demo data is
 * 28), and no two pages of a campaign may be published at the same address.
 */

/** The longest id: well inside every file system's 255-byte name limit, and readable in a URL. */
export const ID_MAX_LENGTH = 64;
export const ID_PATTERN = /^[a-z0-9-]+$/;
/** Top-level folders of dist/ that the build itself writes: a campaign cannot take their name. */
export const RESERVED_CAMPAIGN_IDS: readonly string[] = ['assets'];

/** isId("derbyshire") → true; isId("Derby Shire") → false; isId("a".repeat(65)) → false */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text) && text.length <= ID_MAX_LENGTH;
}

/** What is wrong with an id, in words, or undefined when it is fine. */
export function idMistake(text: string): string | undefined {
  if (!ID_PATTERN.test(text)) return 'use lower-case letters, digits and hyphens';
  if (text.length > ID_MAX_LENGTH) return `use at most ${ID_MAX_LENGTH} characters`;
  return undefined;
}

/** A campaign id (its folder name) is an id that is not a folder of the build itself. */
export function campaignIdMistake(text: string): string | undefined {
  return idMistake(text) ?? (RESERVED_CAMPAIGN_IDS.includes(text) ? 'this name is taken by a folder of the build itself (dist/assets/)' : undefined);
}

/**
 * The folder a region's page is published in: its id, or "<id>-region" when a force has the
 * same id (West Midlands), so the two pages cannot overwrite each other.
 * @example regionFolder("west-midlands", new Set(["west-midlands"])) // "west-midlands-region"
 */
export function regionFolder(regionId: string, forceIds: ReadonlySet<string>): string {
  return forceIds.has(regionId) ? `${regionId}-region` : regionId;
}

/**
 * Regions whose page would land in a force's folder (or another region's), with the index of the
 * region and what already holds that folder.
 * @example addressClashes(["foo"], ["foo", "foo-region"]) // [{ region: 0, folder: "foo-region", holder: "force 'foo-region'" }]
 */
export function addressClashes(regionIds: readonly string[], forceIds: readonly string[]): { region: number; folder: string; holder: string }[] {
  const forces = new Set(forceIds);
  const holders = new Map<string, string>(forceIds.map((id) => [id, `force '${id}'`]));
  const clashes: { region: number; folder: string; holder: string }[] = [];
  regionIds.forEach((id, i) => {
    const folder = regionFolder(id, forces);
    const holder = holders.get(folder);
    if (holder === undefined) holders.set(folder, `region '${id}'`);
    else if (holder !== `region '${id}'`) clashes.push({ region: i, folder, holder }); // the same id twice is reported as such
  });
  return clashes;
}
