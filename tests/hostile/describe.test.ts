/** describe(): a found value in a few words, never expanded, whatever the value is. */
import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../src/load/issues.ts';
import { cpuClock } from './cpu.ts';

suite('describe', () => {
  it('says NaN and infinity in words (JSON would say null)', () => {
    expect(describe(Number.NaN)).toBe('NaN (not a number)');
    expect(describe(Number.POSITIVE_INFINITY)).toBe('infinity (.inf)');
    expect(describe(Number.NEGATIVE_INFINITY)).toBe('minus infinity (-.inf)');
    expect(describe([1, Number.NaN])).toBe('[1,NaN]');
  });

  it('describes a value standing for 9^10 values at once, in at most 40 characters', () => {
    let bomb: unknown = Array(9).fill('lol');
    for (let i = 0; i < 9; i++) bomb = Array(9).fill(bomb);
    const cpuMs = cpuClock();
    expect(describe(bomb)).toBe('[[[[[[[[[["lol","lol","lol","lol","lo...');
    expect(cpuMs()).toBeLessThan(50);
  });

  it('describes a value that contains itself', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(describe(loop)).toBe('{"a":1,"self":…}');
  });

  it('keeps the short forms it had', () => {
    expect(describe(undefined)).toBe('nothing');
    expect(describe(null)).toBe('an empty value');
    expect(describe(-3)).toBe('-3');
    expect(describe('x')).toBe('"x"');
    expect(describe(['derbyshire'])).toBe('["derbyshire"]');
  });
});
