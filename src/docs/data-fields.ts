/**
 * What each field of the data files means, for docs/data.md. The fields themselves come
 * from the zod schemas (schema-fields.ts): a field the schema accepts but these tables do
 * not explain fails tests/docs/data-docs.test.ts, so the reference cannot fall behind.
 *
 * One table per file, so a meaning never leaks into another file (campaign.yaml's `forces:`,
 * local voices, is not forces.yaml's list of forces). Within a file a key matches a path that
 * ends with it, so `offences` explains forces.<force-id>.offences, national.offences and
 * previous.offences alike, and a longer key wins (`national.source`). A top-level field's
 * meaning is never borrowed by a nested path (the test checks): give the nested one its own key.
 */
export type DataFile = 'forces' | 'campaign' | 'figures';

export const DATA_FIELDS: Readonly<Record<DataFile, Readonly<Record<string, string>>>> = {
  forces: {
    'regions': 'The regions forces belong to, in the order pages list them.',
    'regions[].id': 'The region id used in figures.yaml and in page addresses (`north-west`).',
    'regions[].name': 'The region as written in copy ("North West"); `place` adds "the".',
    'regions[].nation': 'The nation the region is in (England, Wales).',
    'forces': 'Every police force: the reference the campaigns refer to by id.',
    'forces[].id': 'The force id used in figures.yaml and in page addresses (`thames-valley`).',
    'forces[].name': 'The official name ("Thames Valley Police").',
    'forces[].area': 'The area as named in copy ("Thames Valley"): `where` on a force page.',
    'forces[].code': 'ONS police force area code (E23000029); null for British Transport Police.',
    'forces[].region': 'The region id; null for British Transport Police.',
    'forces[].population': 'Census 2021 usual residents, the base of rates per 100,000; null where a force has no area.',
    'forces[].aliases': 'Other names the force goes by ("TVP", "Met"): `short_name` and `aliases` in a release, and names `import` recognises.',
  },
  campaign: {
    'id': 'Optional: the folder name is the campaign id; when given it must match it.',
    'title': 'The campaign title, on the index and the national page.',
    'offence': 'The offence the figures count ("Sexual Communication with a Child").',
    'published': 'The day the release is published; the feed and the index sort by it.',
    'period': 'The period the figures cover.',
    'period.start': 'First day of the period; with end, gives `period_days`, `per_day` and `per_week`.',
    'period.end': 'Last day of the period (included).',
    'period.label': 'The period as written in copy ("2023/24"); also finds `previous_label` in the history.',
    'embargo': 'Not published before this time; `--preview` builds it with an EMBARGOED banner.',
    'source': 'Where the figures come from, printed on every page and download.',
    'methodology': 'How the figures were gathered (Markdown), printed under the release.',
    'unit': 'What one count is.',
    'unit.singular': 'One count, as a noun ("offence").',
    'unit.plural': 'More than one ("offences").',
    'platforms': 'Platform id → the name copy uses ("facebook: Facebook"); counts per platform go in figures.yaml.',
    'groups': 'Groups of platforms counted together (Facebook-owned apps).',
    'groups.<group-id>': 'One group of platforms.',
    'groups.<group-id>.name': 'The group as named in copy.',
    'groups.<group-id>.members': 'The platform ids in the group.',
    'quotes': 'Quotes printed under every release, except on pages whose region or force has its own (`regions`, `forces` below).',
    'quotes[].text': 'What was said.',
    'quotes[].name': 'Who said it.',
    'quotes[].role': 'Their role ("head of policy").',
    'contacts': 'Press contacts printed under every release, except on pages whose region or force has its own (`regions`, `forces` below).',
    'contacts[].name': 'The contact name.',
    'contacts[].role': 'Their role.',
    'contacts[].email': 'Email address.',
    'contacts[].phone': 'Phone number.',
    'notes_to_editors': 'Notes to editors (Markdown), printed under every release.',
    'style': 'House-style choices the filters follow (docs/templates.md).',
    'style.words_up_to': 'Whole numbers up to this are words ("four"); default 9.',
    'style.percent': '"per cent" (default) or "%".',
    'style.oxford_comma': 'A comma before "and" in lists of three or more; default false.',
    'style.multiples': 'A rise to three times: "tripled" (default) or "trebled".',
    'illustrative': 'true for made-up demo figures: every page, chart and download then says so.',
    'suppress_below': 'Counts below this are withheld and shown as "fewer than N".',
    'leave_out_regions': 'Regions to leave out of the release because the figures cover them only in part (no published `regions:` total, and figures for fewer of the region\'s forces than it has in forces.yaml: Lancashire alone of the North West\'s five). `partly-covered` leaves out every such region; a list (`[north-west]`) only those named, each of which must be covered in part. A region left out gets no page, no link, no rank and no comparison; its forces keep their pages and stay in the national figures, and the national page names it and says why. Without it (the default), such a region has its page, with a note saying which forces its figures come from. More in docs/figures.md.',
    'asked': 'Who the request went to. `every-force` (the default): every force in forces.yaml, so `check` warns of a force missing from figures.yaml (a forgotten reply?). `listed-forces`: only the forces listed in figures.yaml (those that gave nothing with `status: no-reply`, `refused` or `not-held`); the others were never asked, so `check` does not warn of them, the national figures are named "the 12 forces asked" (`national.name`, `where`; `in_where` "across the 12 forces asked"), never "England and Wales", and every page\'s notes to editors name the forces asked. Not with a published `national:` block. More in docs/figures.md.',
    'corrections': 'Corrections made after publication, each printed as a dated "Corrected on …" note on the pages it affects, in their release.txt and Word release, and as an entry in the feed.',
    'corrections[].date': 'The day of the correction: the note reads "Corrected on Friday 20 April 2018" and the feed entry is dated then.',
    'corrections[].text': 'What was corrected, as it is printed ("Derbyshire\'s figure for Snapchat was four, not fourteen.").',
    'corrections[].forces': 'The force ids whose pages carry it; leave it out for every page (a correction naming forces is not shown on their region\'s or the national page).',
    'regions': 'Local voices: region id → quotes and contacts for that region\'s page and its forces\' pages.',
    'regions.<region-id>': 'One region\'s quotes, contacts or both; a list left out falls back to the campaign\'s.',
    'regions.<region-id>.quotes': 'Quotes printed on the region\'s page and its forces\' pages instead of the campaign\'s (a force\'s own quotes win).',
    'regions.<region-id>.contacts': 'Press contacts printed on the region\'s page and its forces\' pages instead of the campaign\'s (a force\'s own contacts win).',
    'forces': 'Local voices: force id → quotes and contacts for that force\'s page.',
    'forces.<force-id>': 'One force\'s quotes, contacts or both; a list left out falls back to its region\'s, then the campaign\'s.',
    'forces.<force-id>.quotes': 'Quotes printed on the force\'s page instead of its region\'s or the campaign\'s.',
    'forces.<force-id>.contacts': 'Press contacts printed on the force\'s page instead of its region\'s or the campaign\'s.',
  },
  figures: {
    'forces': 'Force id → that force\'s figures for the period.',
    'forces.<force-id>': 'One force\'s figures; a force that did not reply is listed with `responded: false`. Without a `national:` block every force of the campaign is listed.',
    'offences': 'Offences recorded in the period; null = not supplied, never zero.',
    'method_recorded': 'Offences where the method of communication was recorded: the denominator of every platform and group share.',
    'platforms': 'Platform id (from campaign.yaml) → offences involving it, or its share of method_recorded as published ("48%", exact to its precision; docs/figures.md); null = not supplied.',
    'groups': 'Group id → offences involving any member app, de-duplicated, or its share as published ("28%"), where the source gives it; otherwise the member sum is used and labelled as instances.',
    'youngest_victim_age': 'Age of the youngest victim, in years.',
    'breakdowns': 'Optional breakdowns (victims by gender, by age band): breakdown id → what the shares are of, and category → count.',
    'breakdowns.<breakdown-id>': 'One breakdown: `of:` and its categories (`age: { of: known, under-12: 4, 12-15: 16 }`).',
    'breakdowns.<breakdown-id>.of': 'What its shares are of: `offences` (the default: every offence of the area) or `known` (only those where the category is known, the sum of the categories given; needs two or more).',
    'breakdowns.<breakdown-id>.<category>': 'The count in this category (`girls: 12`), or its share as published (`girls: 81%`) of what `of` says; null = not supplied.',
    'responded': 'false for a force that did not reply (default true); `status:` says the same with the reason, and needs no `responded: false` beside it.',
    'status': 'How the force replied: replied, no-reply, refused, not-held or partial. no-reply, refused and not-held mean no figures (the force is listed, never counted as zero; a `note` says why); partial needs a `note` saying what the figures cover.',
    'note': 'A caveat about the force\'s figures ("six months only"), available to copy as `force.note`.',
    'previous': 'The same figures for the previous period: `change`, `area.previous` and the previous_… download columns come from them.',
    'history': 'Period label → offences, oldest first, for the trend, `peak` and `previous_label` ("2017/18: 126"); list the campaign\'s own period last for the trend to reach it; null = not supplied, never zero.',
    'forces.<force-id>.source': 'Where this force\'s figures come from, when it differs from the campaign\'s (`force.source`, and the Source column of figures.csv).',
    'national': 'Totals as published for the nation, for campaigns where only some forces\' figures are available; without it the totals are the sums of the forces. A field left out is not published (never a partial sum).',
    'national.name': 'The area the total covers, as named in copy (default "England and Wales"); another area ("the UK") has no population here, so no rate.',
    'national.forces_replied': 'How many forces replied, as published ("39 of the 43 forces"); left out, the count is not stated.',
    'national.forces_asked': 'How many forces were asked, as published.',
    'national.discrepancy': 'Why the published figures disagree with the forces listed (a total below its parts): the published figure is used, the forces\' sum kept beside it in figures.json, and this reason printed in the notes to editors of every page.',
    'national.previous': 'The published totals for the previous period: `national.change` and `national_change` come from them; a field left out is not published.',
    'national.source': 'Where the published total comes from: printed in the notes to editors of every page ("Source of the published total. For the UK: …").',
    'regions': 'Region id → totals as published for the region (optional).',
    'regions.<region-id>': 'Totals as published for one region; without them the region\'s totals are the sums of its forces. A field left out is not published (never a partial sum).',
    'regions.<region-id>.forces_replied': 'How many of the region\'s forces replied, as published; left out, the count is not stated.',
    'regions.<region-id>.forces_asked': 'How many of the region\'s forces were asked, as published.',
    'regions.<region-id>.discrepancy': 'Why the published figures disagree with the region\'s forces listed (a total below its parts): the published figure is used, the forces\' sum kept beside it in figures.json, and this reason printed in the notes to editors of the region\'s page, its forces\' pages and the national page.',
    'regions.<region-id>.previous': 'The published totals for the previous period: the region\'s `change` comes from them; a field left out is not published.',
    'regions.<region-id>.source': 'Where the region\'s published total comes from: printed in the notes to editors of the region\'s page, its forces\' pages and the national page.',
  },
};

/** The key that explains a field path of a file: the longest key of that file's table the path ends with. */
export function fieldKey(path: string, file: DataFile): string | undefined {
  const table = DATA_FIELDS[file];
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const key = parts.slice(i).join('.');
    if (table[key]) return key;
  }
  return undefined;
}

/** The meaning of a field path of a file (`describeField('period.label', 'campaign')`). */
export function describeField(path: string, file: DataFile): string | undefined {
  const key = fieldKey(path, file);
  return key === undefined ? undefined : DATA_FIELDS[file][key];
}
