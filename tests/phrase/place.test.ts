import { describe, expect, it } from 'vitest';
import { defaultStyle as style, place } from '../../src/phrase/index.ts';

describe('place', () => {
  it.each([
    ['North West', 'the North West'],
    ['North East', 'the North East'],
    ['North-West', 'the North-West'],
    ['South East', 'the South East'],
    ['South West', 'the South West'],
    ['East Midlands', 'the East Midlands'],
    ['West Midlands', 'the West Midlands'],
    ['East of England', 'the East of England'],
    ['north of England', 'the north of England'],
    ['Thames Valley', 'the Thames Valley'],
    ['City of London', 'the City of London'],
    ['Yorkshire and The Humber', 'Yorkshire and the Humber'],
    ['London', 'London'],
    ['Wales', 'Wales'],
    ['England and Wales', 'England and Wales'],
    ['North Wales', 'North Wales'],
    ['South Yorkshire', 'South Yorkshire'],
    ['West Mercia', 'West Mercia'],
    ['Derbyshire', 'Derbyshire'],
    ['Hampshire and the Isle of Wight', 'Hampshire and the Isle of Wight'],
    ['the British Transport Police network', 'the British Transport Police network'],
    ['The North West', 'the North West'],
    ['UK', 'the UK'],
  ])('%j → %j', (name, expected) => {
    expect(place(name, style)).toBe(expected);
  });

  it.each([undefined, null, ''])('rejects %j', (bad) => {
    expect(() => place(bad as string, style)).toThrow(/^place: expected some text, found /);
  });
});
