import { describe, expect, it } from 'vitest';
import { countFigures, figureDenseSentences, sentences } from '../../src/phrase/index.ts';

describe('countFigures', () => {
  it.each([
    ['Facebook used in four online grooming offences in Derbyshire', 1],
    ['In Derbyshire, police recorded 20 offences, with four involving the social media giant and its affiliated apps, with the youngest victim aged just nine.', 3],
    ['Facebook was used in a third (32.6 per cent) of cases', 2],
    // Years, periods, days of the month and clock times are dates, not figures.
    ['the number of cases rising from 126 in 2017 to 428', 2],
    ['Embargoed until 00:01 Monday 16 April 2018', 0],
    ['Between 2017/18 and 2023/24 the number rose by 40 per cent, from 100 to 140.', 3],
    ['Police recorded 2,000 offences.', 1],
    ['The highest proportion were recorded in the north of England, where 444, or 33.7%, of cases were logged.', 2],
    ['One thousand six hundred and twenty-eight offences were recorded.', 1],
    ['Facebook is one of the apps most used, and no one knows why.', 0],
    ['Figures for 2017/18 show one in five victims were 11-years-old or younger.', 3],
    ['No figures here.', 0],
  ])('%j has %s', (sentence, expected) => {
    expect(countFigures(sentence)).toBe(expected);
  });
});

describe('sentences', () => {
  it('splits on sentence ends, not on decimals or grouped thousands', () => {
    expect(sentences('Police recorded 1,993 crimes. More than half (52.4 per cent) involved Facebook. "It is shocking," she said.'))
      .toEqual(['Police recorded 1,993 crimes.', 'More than half (52.4 per cent) involved Facebook.', '"It is shocking," she said.']);
  });

  it('splits HTML blocks and Markdown paragraphs and list items', () => {
    expect(sentences('<h1>Headline 4</h1><p>First line.</p>')).toEqual(['Headline 4', 'First line.']);
    expect(sentences('# Headline\n\nA paragraph that\nwraps.\n\n- item one\n- item two')).toEqual([
      'Headline', 'A paragraph that wraps.', 'item one', 'item two',
    ]);
  });

  it('leaves out Markdown table rows', () => {
    expect(sentences('The figures:\n\n| Year | Offences |\n|---|---:|\n| 2017/18 | 3,728 |\n\nEnd.')).toEqual(['The figures:', 'End.']);
  });
});

describe('figureDenseSentences', () => {
  const text =
    'In Derbyshire, police recorded 20 offences. ' +
    'Of the 20 offences, 4 involved Facebook, 3 Instagram, 2 WhatsApp and 1 Snapchat, up 18 per cent on 2017.';

  it('returns the sentences with more than four figures', () => {
    expect(figureDenseSentences(text)).toEqual([
      'Of the 20 offences, 4 involved Facebook, 3 Instagram, 2 WhatsApp and 1 Snapchat, up 18 per cent on 2017.',
    ]);
  });

  it('takes the limit as a parameter', () => {
    expect(figureDenseSentences(text, 10)).toEqual([]);
    expect(figureDenseSentences(text, 0)).toHaveLength(2);
  });
});
