/**
 * The real April 2018 campaign (data/campaigns/scwc-2017-nine-months), read with js-yaml
 * directly so this test needs only the compute layer. Skipped if the campaign is moved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import type { Campaign, CampaignFigures } from '../../src/load/types.ts';
import { reference } from './fixtures.ts';

const dir = 'data/campaigns/scwc-2017-nine-months';
const present = existsSync(`${dir}/figures.yaml`) && existsSync(`${dir}/campaign.yaml`);

describe.skipIf(!present)('the April 2018 release (real figures)', () => {
  const read = <T>(file: string) => load(readFileSync(`${dir}/${file}`, 'utf8')) as T;
  const model = present
    ? computeCampaign({ campaign: read<Campaign>('campaign.yaml'), figures: read<CampaignFigures>('figures.yaml') }, reference)
    : undefined;

  it('"Facebook was used in a third (32.6 per cent) of cases"', () => {
    expect(model?.national.top_platform?.id).toBe('facebook');
    expect(Math.round((model?.national.top_platform?.share ?? NaN) * 1000) / 10).toBe(32.6);
  });

  it('"Facebook and apps owned by Facebook ... were used in 52 per cent of those cases"', () => {
    expect(Math.round((model?.national.group['facebook-owned']?.share ?? NaN) * 100)).toBe(52);
    expect(model?.national.group['facebook-owned']?.instances).toBe(false);
  });

  it('"In Derbyshire, police recorded 20 offences, with four involving the social media giant ... youngest victim aged just nine"', () => {
    const derbyshire = model?.forces.find((f) => f.id === 'derbyshire');
    expect(derbyshire).toMatchObject({ offences: 20, youngest_victim_age: 9 });
    expect(derbyshire?.group['facebook-owned']).toMatchObject({ count: 4, share: null, instances: false });
  });

  it('keeps the published Wales total (149) and national total (1,628)', () => {
    expect(model?.regions.find((r) => r.id === 'wales')?.offences).toBe(149);
    expect(model?.national.offences).toBe(1628);
  });
});
