import { describe, expect, it } from 'vitest';
import { ratePer100k } from '../../src/compute/rate.ts';
import { forceRef } from './fixtures.ts';

describe('ratePer100k', () => {
  it.each([
    { count: 20, population: 1_000_000, expected: 2 },
    { count: 1, population: 100_000, expected: 1 },
    { count: 0, population: 500_000, expected: 0 },
    { count: 20, population: null, expected: null },
    { count: null, population: 500_000, expected: null },
    { count: 5, population: 0, expected: null },
  ])('$count offences in $population people → $expected', ({ count, population, expected }) => {
    expect(ratePer100k(count, population)).toBe(expected);
  });

  it('uses the Census 2021 population of the force', () => {
    const derbyshire = forceRef('derbyshire');
    expect(derbyshire.population).toBeGreaterThan(1_000_000);
    expect(ratePer100k(20, derbyshire.population)).toBeCloseTo(2_000_000 / (derbyshire.population ?? NaN), 12);
  });

  it('gives British Transport Police no rate (no resident population)', () => {
    expect(ratePer100k(50, forceRef('btp').population)).toBeNull();
  });
});
