/** `localpress new ID`: scaffold a campaign that validates and builds, marked illustrative until real figures arrive. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { campaignIdMistake } from '../load/ids.ts';

/** What to do after `new`: the files to fill in, where their fields are explained, and the commands to run. */
export function nextSteps(folder: string, id: string, dataDir: string): string {
  const data = path.normalize(dataDir) === 'data' ? '' : ` --data ${dataDir}`;
  return [
    `localpress: created ${folder} (campaign.yaml, figures.yaml, release.njk); it is marked illustrative until you enter real figures`,
    'Next: fill in campaign.yaml and figures.yaml (every field is explained in docs/data.md) and write the release in release.njk (docs/templates.md); then',
    `  npx localpress check --campaign ${id}${data}     # every mistake, with its file and line`,
    `  npx localpress serve --campaign ${id}${data}     # preview on http://127.0.0.1:8080/`,
    '',
  ].join('\n');
}

/** newCampaign("data", "apps-2026") → the folder written. */
export function newCampaign(dataDir: string, id: string, today: string): string {
  const mistake = campaignIdMistake(id);
  if (mistake) throw new UsageError(`new: campaign ids become paths: ${mistake} (found '${id.length > 40 ? `${id.slice(0, 37)}...` : id}')`);
  const folder = path.join(dataDir, 'campaigns', id);
  if (existsSync(folder)) throw new UsageError(`new: ${folder} already exists`);
  mkdirSync(folder, { recursive: true });
  for (const [name, contents] of Object.entries(scaffold(today))) writeFileSync(path.join(folder, name), contents);
  return folder;
}

/** The last 1 April on or before today, where a UK financial year starts: "2027-01-15" → "2026-04-01". */
export function yearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  return `${today.slice(5) < '04-01' ? year - 1 : year}-04-01`;
}

function scaffold(today: string): Record<string, string> {
  return {
    'campaign.yaml': `# A new campaign. Replace every placeholder; remove "illustrative: true" once the figures are real.
title: "[Campaign title]"
offence: Sexual Communication with a Child
published: ${today}
period: { start: ${yearStart(today)}, end: ${today}, label: "[the period, as copy will say it]" }
# embargo: ${today}T00:01:00+01:00
source: "[Where the figures come from, e.g. an FOI request to every police force]"
unit: { singular: offence, plural: offences }
illustrative: true
# Regions whose figures come from only some of their forces get a page that says so; to leave them
# out of the release instead (docs/figures.md): leave_out_regions: partly-covered
# If the request went only to the forces in figures.yaml, not to every force (docs/figures.md): asked: listed-forces
platforms:
  facebook: Facebook
  instagram: Instagram
  whatsapp: WhatsApp
  snapchat: Snapchat
groups:
  facebook-owned:
    name: Facebook-owned apps
    members: [facebook, instagram, whatsapp]
quotes:
  - text: "[Quote]"
    name: "[Name]"
    role: "[Role]"
contacts:
  - name: Press office
    email: press@example.org
notes_to_editors: |
  1. [Notes to editors: sources, methodology, caveats.]
`,
    'figures.yaml': `# One entry per force id (see data/forces.yaml); every field is in docs/data.md, what the figures
# mean (a share published without its count: 48%) in docs/figures.md. A force that did not reply:
# status: no-reply (or refused, not-held). Last year's figures go under previous: { offences: … }.
forces:
  derbyshire:
    offences: 20
    method_recorded: 10
    platforms: { facebook: 3, instagram: 1, whatsapp: 0, snapchat: 4 }
    groups: { facebook-owned: 4 }
    youngest_victim_age: 9
  nottinghamshire:
    responded: false
`,
    'release.njk': `---
headline: >-
  {%- if force and not force.responded -%}
  {{ force.name }} did not provide figures
  {%- elif area.offences == none -%}
  No figures {{ in_where }}
  {%- else -%}
  {{ area.offences | num(true) }} {{ campaign.unit.singular | plural(area.offences, campaign.unit.plural) }} recorded {{ in_where }}
  {%- endif -%}
standfirst: "Figures for {{ campaign.period.label }}."
---
{% if force and not force.responded %}
{{ force.name }} did not provide figures for {{ campaign.period.label }}.
{% elif area.offences == none %}
No force {{ in_where }} provided figures for {{ campaign.period.label }}.
{% else %}
Police {{ in_where }} recorded {{ area.offences | num }} {{ campaign.unit.singular | plural(area.offences, campaign.unit.plural) }} in {{ campaign.period.label }}.
{% endif %}
`,
  };
}
