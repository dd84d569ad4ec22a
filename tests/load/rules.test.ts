/** Consistency rules a schema cannot express: reply states and published totals, as pure functions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPublishedTotals } from '../../src/load/published.ts';
import { isResponse, statusProblems } from '../../src/load/status.ts';
import type { Reference } from '../../src/load/types.ts';

const reference: Reference = {
  regions: [{ id: 'wales', name: 'Wales', nation: 'Wales' }],
  forces: [
    { id: 'gwent', name: 'Gwent Police', area: 'Gwent', code: 'W15000002', region: 'wales', population: 587700 },
    { id: 'north-wales', name: 'North Wales Police', area: 'North Wales', code: 'W15000001', region: 'wales', population: 687000 },
    { id: 'btp', name: 'British Transport Police', area: 'the BTP network', code: null, region: null, population: null },
  ],
  sources: [],
};

describe('reply states', () => {
  it('a refused force with figures, a partial reply without a note, and contradictions are errors', () => {
    expect(statusProblems({ status: 'refused', note: 'cost limit', offences: 4 })).toEqual([
      { field: 'offences', message: "this force is marked 'status: refused' but has figures (expected no offences, found 4): remove the figures, or the 'status: refused'", severity: 'error' },
    ]);
    expect(statusProblems({ status: 'partial', offences: 19 }).map((p) => [p.field, p.severity])).toEqual([['status', 'error']]);
    expect(statusProblems({ responded: false, status: 'replied' })[0]?.message).toBe("'responded: false' and 'status: replied' contradict each other (expected one of them, found both)");
  });

  it('a refusal without a reason is a warning; complete states are fine', () => {
    expect(statusProblems({ status: 'not-held' })).toEqual([
      { field: 'status', message: 'say why in a note (expected e.g. note: "the force does not record the app used", found no note)', severity: 'warning' },
    ]);
    expect(statusProblems({ status: 'partial', note: 'April to September only', offences: 19 })).toEqual([]);
    expect(statusProblems({ responded: false })).toEqual([]);
    expect(statusProblems({ offences: 20, method_recorded: 10 })).toEqual([]);
  });

  it('only replied and partial forces count in totals', () => {
    expect([{}, { status: 'partial' }, { status: 'refused' }, { status: 'not-held' }, { responded: false }].map((f) => isResponse(f as never))).toEqual([true, true, false, false, false]);
  });
});

describe('published totals', () => {
  it('a region total below its forces is located at the field', () => {
    const figures = { forces: { gwent: { offences: 21 }, 'north-wales': { offences: 35 } }, regions: { wales: { offences: 50, forces_replied: 1 } } };
    expect(checkPublishedTotals(figures, reference)).toEqual([
      { path: ['regions', 'wales', 'offences'], message: 'the published total is below the sum of the forces in this region in figures.yaml (expected at least 56, found 50): correct it, or say why the source\'s figures disagree with discrepancy: "…"' },
      { path: ['regions', 'wales', 'forces_replied'], message: 'fewer forces replied than figures.yaml gives replies for (expected at least 2, found 1)' },
    ]);
  });

  it('a national platform below the sum of forces is an error; forces that did not reply do not count', () => {
    const figures = {
      forces: { gwent: { method_recorded: 10, platforms: { facebook: 6 } }, 'north-wales': { status: 'refused' as const }, btp: { method_recorded: 2, platforms: { facebook: 1 } } },
      national: { method_recorded: 12, platforms: { facebook: 5 }, forces_asked: 2, forces_replied: 3 },
    };
    expect(checkPublishedTotals(figures, reference).map((p) => p.path.join('.'))).toEqual(['national.platforms.facebook', 'national.forces_asked']);
  });

  it('property: a published total at or above the sum is never flagged; one below it always is', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.integer({ min: -600, max: 600 }), (a, b, delta) => {
        const published = a + b + delta;
        fc.pre(published >= 0);
        const figures = { forces: { gwent: { offences: a }, 'north-wales': { offences: b } }, national: { offences: published } };
        expect(checkPublishedTotals(figures, reference).length).toBe(delta < 0 ? 1 : 0);
      }),
    );
  });
});
