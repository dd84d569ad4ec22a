/**
 * The demo releases, rendered for real from data/: the sentences from SPEC.md that the
 * product must be able to produce, word for word. A change in copy or phrasing shows here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotCampaign } from '../../src/compare/snapshot.ts';
import { loadProject } from '../../src/load/index.ts';
import { countFigures } from '../../src/phrase/readability.ts';

const DATA = path.resolve(import.meta.dirname, '../../data');

describe('scwc-2017-nine-months (real figures, April 2018 release)', () => {
  const { sentences } = snapshotCampaign(DATA, 'scwc-2017-nine-months');

  it('Derbyshire: the published headline and first sentence', () => {
    expect(sentences['derbyshire']![0]).toBe('Facebook used in four online grooming offences in Derbyshire');
    expect(sentences['derbyshire']).toContain(
      'In Derbyshire, police recorded 20 offences, with four involving the social media giant and its affiliated apps, with the youngest victim aged just nine.',
    );
  });

  it('national: "a third (32.6 per cent)" and "52 per cent" from 312 and 497 of 956', () => {
    expect(sentences['national']).toContain(
      'Where police logged the method of communication, Facebook was used in a third (32.6 per cent) of cases, and Snapchat was the second most-used app (18.4 per cent).',
    );
    expect(sentences['national']).toContain(
      'Facebook and apps it owns, Instagram and WhatsApp, were used in 52 per cent of those cases, with Facebook the most-recorded site overall.',
    );
  });
});

describe('illustrative-online-grooming', () => {
  const { sentences } = snapshotCampaign(DATA, 'illustrative-online-grooming');

  it('a force that did not reply gets the "did not provide figures" copy, and the figures are called illustrative', () => {
    expect(sentences['lincolnshire']![0]).toBe('Lincolnshire Police did not provide figures on online grooming offences');
    expect(sentences['lincolnshire']!.join(' ')).toMatch(/illustrative/i);
  });

  it('never prints a missing value', () => {
    for (const [area, lines] of Object.entries(sentences)) {
      for (const line of lines) expect(line, area).not.toMatch(/\b(null|undefined|NaN)\b/);
    }
  });
});

describe('every demo campaign names its source', () => {
  // Pages, charts, release.txt, the Word release and figures.csv print "Source: " + campaign.source;
  // the illustrative demo's source once began "None: these figures are illustrative…", so every
  // page of the house example read "Source: None: …".
  it('reads properly after "Source:", never "Source: None: …"', () => {
    for (const { campaign } of loadProject(DATA).campaigns) {
      expect(`Source: ${campaign.source}`, campaign.id).not.toMatch(/^Source: (none|n\/a|nil|unknown|null)\b/i);
      if (campaign.illustrative) expect(campaign.source, campaign.id).toMatch(/made up/i);
    }
  });
});

describe('the demo releases pass the build\'s own readability warning', () => {
  // They are the house example a press officer copies. "By force: Greater Manchester Police 264,
  // Lancashire Constabulary 145, Merseyside Police 67, …" as one sentence tripped the warning
  // "carry more than four figures, hard to read"; a by-force breakdown is a list, one figure a line.
  it.each(['illustrative-online-grooming', 'scwc-2017-nine-months', 'scwc-annual-2017-2024'])('%s: no sentence carries more than four figures', (id) => {
    const { sentences } = snapshotCampaign(DATA, id);
    const dense = Object.entries(sentences).flatMap(([area, lines]) => lines.filter((s) => countFigures(s) > 4).map((s) => `${area}: ${s}`));
    expect(dense).toEqual([]);
  });

  it('a region still gives every force its figure, one a line', () => {
    const { sentences } = snapshotCampaign(DATA, 'illustrative-online-grooming');
    expect(sentences['region:north-west']).toEqual(expect.arrayContaining(['By force:', 'Greater Manchester Police: 264', 'Cumbria Constabulary: 24']));
  });
});
