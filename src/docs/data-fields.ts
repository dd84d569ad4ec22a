/**
 * What each field of the data files means, for docs/data.md. The fields themselves come
 * from the zod schemas (schema-fields.ts): a field the schema accepts but this table does
 * not explain fails tests/docs/data-docs.test.ts, so the reference cannot fall behind.
 *
 * Keys are field paths; a key matches a path that ends with it, so `offences` explains
 * forces.<force-id>.offences, national.offences and previous.offences alike, and a longer
 * key wins (`previous.offences`).
 */
export const DATA_FIELDS: Readonly<Record<string, string>> = {
  // forces.yaml
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
  // campaign.yaml
  'id': 'Optional: the folder name is the campaign id; when given it must match it.',
  'title': 'The campaign title, on the index and the national page.',
  'offence': 'The offence the figures count ("Sexual Communication with a Child").',
  'published': 'The day the release is published; the feed and the index sort by it.',
  'period': 'The period the figures cover.',
  'period.start': 'First day of the period; with end, gives `period_days`, `per_day` and `per_week`.',
  'period.end': 'Last day of the period (included).',
  'period.label': 'The period as written in copy ("2023/24"); also finds `previous_label` in the history.',
  'embargo': 'Not published before this time; `--preview` builds it with an EMBARGOED banner.',
  'campaign:source': 'Where the figures come from, printed on every page and download.',
  'methodology': 'How the figures were gathered (Markdown), printed under the release.',
  'unit': 'What one count is.',
  'unit.singular': 'One count, as a noun ("offence").',
  'unit.plural': 'More than one ("offences").',
  'campaign:platforms': 'Platform id → the name copy uses ("facebook: Facebook"); counts per platform go in figures.yaml.',
  'campaign:groups': 'Groups of platforms counted together (Facebook-owned apps).',
  'groups.<group-id>': 'One group of platforms.',
  'groups.<group-id>.name': 'The group as named in copy.',
  'groups.<group-id>.members': 'The platform ids in the group.',
  'quotes': 'Quotes printed in every release.',
  'quotes[].text': 'What was said.',
  'quotes[].name': 'Who said it.',
  'quotes[].role': 'Their role ("head of policy").',
  'contacts': 'Press contacts printed in every release.',
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
  // figures.yaml
  'forces.<force-id>': 'One force\'s figures; every force of the campaign is listed, a force that did not reply with `responded: false`.',
  'offences': 'Offences recorded in the period; null = not supplied, never zero.',
  'method_recorded': 'Offences where the method of communication was recorded: the denominator of every platform share.',
  'platforms': 'Platform id → offences involving it (or a published percentage, e.g. 32.6%).',
  'groups': 'Group id → offences involving any member app, de-duplicated, where the source gives it; otherwise the member sum is used and labelled as instances.',
  'youngest_victim_age': 'Age of the youngest victim, in years.',
  'breakdowns': 'Optional breakdowns (victims by gender, by age band): breakdown id → category → count.',
  'breakdowns.<breakdown-id>': 'One breakdown: category → count (victims by age band: `under-12: 40`).',
  'responded': 'false for a force that did not reply (default true).',
  'status': 'How the force replied: replied, no-reply, refused, not-held or partial.',
  'note': 'A caveat about the force\'s figures ("six months only"), available to copy as `force.note`.',
  'previous': 'The same figures for the previous period: `change` and `previous_label` come from them.',
  'history': 'Period label → offences for earlier periods ("2017/18: 126"); null = not supplied, never zero.',
  'source': 'Where this force\'s figures come from, when it differs from the campaign\'s.',
  'figures:forces': 'Force id → that force\'s figures for the period.',
  'figures:regions': 'Region id → totals as published for the region (optional).',
  'national': 'Totals as published for the nation, for campaigns where only some forces\' figures are available; without it the totals are the sums of the forces.',
  'national.name': 'The nation as named in copy ("England and Wales", "the UK").',
  'forces_replied': 'How many forces replied, as published.',
  'forces_asked': 'How many forces were asked, as published.',
  'regions.<region-id>': 'Totals as published for one region; without them the region\'s totals are the sums of its forces.',
  'regions.<region-id>.name': 'The region\'s name for this campaign, when the published total covers a different area.',
};

/** The description for a field path of a file: `file:path` first, then the longest key the path ends with. */
export function describeField(path: string, file = ''): string | undefined {
  const own = DATA_FIELDS[`${file}:${path}`];
  if (own !== undefined) return own;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const key = parts.slice(i).join('.');
    if (DATA_FIELDS[key] !== undefined) return DATA_FIELDS[key];
  }
  return undefined;
}
