/**
 * Test fixtures: the real reference data (43 forces of England and Wales plus BTP, Census
 * 2021 populations) and a small campaign declaring the platforms of the April 2018 release.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Campaign, CampaignFigures, ForceRef, Reference } from '../../src/load/types.ts';

// The project's own copy of the ONS reference data: tests must run on a clean clone, without ../shared.
const raw = load(readFileSync(new URL('../../data/forces.yaml', import.meta.url), 'utf8')) as Omit<Reference, 'sources'>;
export const reference: Reference = { ...raw, sources: [] };

export function forceRef(id: string): ForceRef {
  const f = reference.forces.find((x) => x.id === id);
  if (!f) throw new Error(`no force ${id}`);
  return f;
}

export function campaign(extra: Partial<Campaign> = {}): Campaign {
  return {
    id: 'test',
    title: 'Test',
    offence: 'sexual communication with a child',
    published: '2018-04-16',
    period: { start: '2017-04-03', end: '2017-12-31', label: 'first nine months' },
    source: 'NSPCC FOI',
    unit: { singular: 'offence', plural: 'offences' },
    platforms: { facebook: 'Facebook', snapchat: 'Snapchat', instagram: 'Instagram', whatsapp: 'WhatsApp' },
    groups: { meta: { name: 'Facebook-owned apps', members: ['facebook', 'instagram', 'whatsapp'] } },
    quotes: [],
    contacts: [],
    notes_to_editors: '',
    ...extra,
  };
}

export function figures(forces: CampaignFigures['forces'], rest: Omit<CampaignFigures, 'forces'> = {}): CampaignFigures {
  return { forces, ...rest };
}
