/** The basic fixture with corrections, local voices and a Markdown methodology (issue 16 tests). */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './helpers.ts';

export const PRESS_YAML = `
corrections:
  - date: 2018-04-20
    text: Derbyshire's figure for Snapchat was four, not fourteen.
    forces: [derbyshire]
  - date: 2018-04-23
    text: The national total now includes British Transport Police.
regions:
  wales:
    quotes:
      - text: Welsh children deserve better.
        name: Cymru Head
        role: Head of NSPCC Cymru
    contacts:
      - name: Wales press office
        email: wales@example.org
forces:
  gwent:
    contacts:
      - name: Gwent press desk
        phone: "01633 000000"
methodology: |
  Figures come from **FOI requests** to every force, sent in
  January 2018. See [the request](https://example.org/foi) for the wording.
`;

/** The basic fixture plus corrections, local voices and a methodology with Markdown. */
export function pressFixture(dir: string, extra = ''): string {
  const data = path.join(dir, 'data');
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  const campaign = path.join(data, 'campaigns/fixture-grooming/campaign.yaml');
  writeFileSync(campaign, readFileSync(campaign, 'utf8') + PRESS_YAML + extra);
  return data;
}

