/**
 * Gaps left by the first hostile pass (issues 15 and 12): reserved names as ids, which zod
 * dropped without a word or JavaScript found on every object.
 */
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CAMPAIGN, cli, variant, type Variant } from './data-helpers.ts';

const F = `${CAMPAIGN}/figures.yaml`;
const C = `${CAMPAIGN}/campaign.yaml`;

let current: Variant | undefined;
afterEach(async () => {
  await current?.cleanup();
  current = undefined;
});

const reserved = (key: string) => `'${key}' cannot be used as a name: JavaScript gives __proto__, constructor and prototype a meaning of their own, so this value would be lost; choose another name`;

describe('__proto__, constructor and prototype as ids', () => {
  it('are reported with file:line wherever they are a key, in campaign.yaml and figures.yaml', async () => {
    current = await variant();
    const v = current;
    await v.replace(C, '  snapchat: Snapchat\n', '  snapchat: Snapchat\n  __proto__: Evil\n  constructor: Con\n');
    await v.replace(C, 'groups:\n', 'groups:\n  __proto__:\n    name: X\n    members: [facebook]\n');
    // `constructor: 2` used to pass as a declared platform: every object has a constructor.
    await v.replace(F, '{ facebook: 3,', '{ __proto__: 7, constructor: 2, facebook: 3,');
    await v.replace(F, '{ facebook-owned: 4 }', '{ facebook-owned: 4, prototype: 1 }');
    await v.replace(F, '    previous: { offences: 16 }\n', '    previous: { offences: 16 }\n    breakdowns:\n      __proto__: { a: 1 }\n      age: { __proto__: 2, b: 1 }\n');
    await v.replace(F, '  btp:\n', '  __proto__:\n    offences: 3\n  btp:\n');
    const result = await cli(v.root, ['check', '--data', v.root]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      `${C}:14:14  platforms.__proto__  ${reserved('__proto__')}`,
      `${C}:15:16  platforms.constructor  ${reserved('constructor')}`,
      `${C}:17:3  groups.__proto__  ${reserved('__proto__')}`,
      `${F}:5:29  forces.derbyshire.platforms.__proto__  ${reserved('__proto__')}`,
      `${F}:5:45  forces.derbyshire.platforms.constructor  ${reserved('constructor')}`,
      `${F}:6:45  forces.derbyshire.groups.prototype  ${reserved('prototype')}`,
      `${F}:10:7  forces.derbyshire.breakdowns.__proto__  ${reserved('__proto__')}`,
      `${F}:11:25  forces.derbyshire.breakdowns.age.__proto__  ${reserved('__proto__')}`,
      `${F}:25:3  forces.__proto__  ${reserved('__proto__')}`,
    ]);
  });

  it('a platform alone named __proto__ in figures.yaml is not dropped silently', async () => {
    current = await variant();
    await current.replace(F, '{ facebook: 3,', '{ __proto__: 7, facebook: 3,');
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([`${F}:5:29  forces.derbyshire.platforms.__proto__  ${reserved('__proto__')}`]);
  });
});

const R = `${CAMPAIGN}/release.njk`;
const releaseWith = (body: string) => `---\nheadline: "Headline"\nstandfirst: "Standfirst"\n---\n${body}\n`;

describe('a file included by the release template is read like a data file', () => {
  it('Latin-1 bytes in an included file: an error naming that file and the line of the byte, not a silent U+FFFD', async () => {
    current = await variant();
    await current.write(R, releaseWith('{% include "parts/quote.njk" %}'));
    await mkdir(`${current.root}/${CAMPAIGN}/parts`);
    await current.write(`${CAMPAIGN}/parts/quote.njk`, Buffer.from('First line\nIt cost \xa35 a week\n', 'latin1'));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.code).toBe(1);
    // One mistake on every page: one line, with the pages it breaks.
    expect(result.lines[0]!.split(' — on ')[0]).toBe(`${CAMPAIGN}/parts/quote.njk:2:9  body  campaign 'fixture-grooming': this file is not UTF-8 text: found the byte 0xA3 ('£' in Latin-1/Windows-1252); save the file as UTF-8`);
    expect(result.lines[0]).toMatch(/ — on \d+ pages \(national, /);
  });

  it('the same for an imported macro file', async () => {
    current = await variant();
    await current.write(R, releaseWith('{% import "macros.njk" as m %}{{ m.x() }}'));
    await current.write(`${CAMPAIGN}/macros.njk`, Buffer.from('{% macro x() %}caf\xe9{% endmacro %}\n', 'latin1'));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.code).toBe(1);
    // One mistake on every page: one line, with the pages it breaks.
    expect(result.lines[0]!.split(' — on ')[0]).toBe(`${CAMPAIGN}/macros.njk:1:19  body  campaign 'fixture-grooming': this file is not UTF-8 text: found the byte 0xE9 ('é' in Latin-1/Windows-1252); save the file as UTF-8`);
    expect(result.lines[0]).toMatch(/ — on \d+ pages \(national, /);
  });

  it('an included file over the size cap is refused, not read (this cap was there already)', async () => {
    current = await variant();
    await current.write(R, releaseWith('{% include "big.njk" %}'));
    await current.write(`${CAMPAIGN}/big.njk`, 'x'.repeat(1_000_001));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.code).toBe(1);
    // One mistake on every page: one line, with the pages it breaks.
    expect(result.lines[0]!.split(' — on ')[0]).toBe(`${R}:5:4  body  campaign 'fixture-grooming': 'big.njk' cannot be included: it is 1,000,001 bytes, more than the 1,000,000 a template may be`);
    expect(result.lines[0]).toMatch(/ — on \d+ pages \(national, /);
  });
});

describe('figures.yaml fields accepted but never used', () => {
  it('regions.<id>.name is refused with why (a region is named as data/forces.yaml names it)', async () => {
    current = await variant();
    await current.replace(F, 'forces:\n', 'regions:\n  wales:\n    name: Cymru\n    offences: 56\nforces:\n');
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([`${F}:3:11  regions.wales.name  unknown field 'name': a region is named as data/forces.yaml names it, so a name here would be ignored; remove it`]);
  });
});
