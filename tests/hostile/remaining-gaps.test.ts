/**
 * Gaps left by the first hostile pass (issues 15 and 12): reserved names as ids, which zod
 * dropped without a word or JavaScript found on every object.
 */
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
