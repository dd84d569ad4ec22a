/**
 * src/site/zip.ts writes the bytes fflate's zipSync writes (which release.docx used before), from
 * parts deflated beforehand; the shell parts of a release.docx are deflated once per process.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { releaseDocx } from '../../src/site/docx.ts';
import { deflated, deflatedOnce, dosDateTime, zip } from '../../src/site/zip.ts';

/**
 * The archive as zipSync writes it, every entry dated local midnight of `date` (as docx.ts did).
 * zipSync reads the date through local-time getters, and where clocks skip midnight on a date
 * (Asia/Beirut, 2028-03-26) local midnight does not exist, so the yardstick said 01:00 there and
 * the property failed on a machine in such a zone (counterexample [[[" ", []]], "2028-03-26"]).
 * Our zip takes no zone at all, so the yardstick is taken in UTC, where every midnight exists.
 */
function byFflate(entries: [string, Uint8Array][], date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const zone = process.env.TZ;
  process.env.TZ = 'UTC'; // Node reads TZ again when it is set
  try {
    const mtime = new Date(y, m - 1, d);
    return zipSync(Object.fromEntries(entries.map(([name, bytes]) => [name, [bytes, { mtime, level: 6 }]])));
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}

const doc = {
  title: 'Online grooming', embargo: 'EMBARGOED UNTIL 00:01 Monday 16 April 2018', illustrative: null, dateline: 'Monday 16 April 2018', corrections: [],
  headline: 'Facebook used in four online grooming offences in Derbyshire', standfirst: 'Police recorded 20 offences & more <b>',
  body: [{ kind: 'paragraph' as const, text: 'In Derbyshire, police recorded 20 offences.' }], quotes: [], notes: [], method: [],
  source: 'FOI requests', pageUrl: 'https://press.example.org/scwc/derbyshire/', contacts: [],
};

describe('zip', () => {
  it('dates entries at midnight of the publication date, in DOS form', () => {
    expect(dosDateTime('2018-04-16')).toBe(((2018 - 1980) * 2 ** 25) + (4 << 21) + (16 << 16));
    expect(dosDateTime('2099-12-31')).toBe(((2099 - 1980) * 2 ** 25) + (12 << 21) + (31 << 16));
    expect(() => dosDateTime('1979-12-31')).toThrow(/1980 to 2099/);
    expect(() => dosDateTime('16/04/2018')).toThrow(/not a date/);
  });

  it('writes a release.docx byte for byte as zipSync did', async () => {
    for (const [published, pageUrl] of [['2018-04-16', doc.pageUrl], ['2024-02-29', '/scwc/derbyshire/']] as const) {
      const bytes = await releaseDocx({ ...doc, pageUrl }, published);
      const parts = Object.entries(unzipSync(bytes));
      expect(parts.length).toBeGreaterThan(10);
      expect(Buffer.from(byFflate(parts, published)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('writes any entries as zipSync does (names in any script, empty and repetitive parts)', () => {
    const part = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => strToU8(s.repeat(5))));
    // "__proto__" cannot be a part name in zipSync's object of parts (the yardstick), so not here either.
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !s.endsWith('/') && s !== '__proto__');
    const date = fc.date({ min: new Date(Date.UTC(1980, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, part), { selector: ([n]) => n, maxLength: 8 }), date, (entries, published) => {
        const ours = zip(entries.map(([n, bytes]) => [n, deflated(bytes)]), dosDateTime(published));
        expect(Buffer.from(ours).equals(Buffer.from(byFflate(entries, published)))).toBe(true);
        // and it reads back
        const back = unzipSync(ours);
        for (const [n, bytes] of entries) expect(Buffer.from(back[n]!).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 60, examples: [[[[' ', new Uint8Array()]], '2028-03-26']] },
    );
  });

  it('deflates a shared part once: remembered for that very array, never for equal bytes in another', () => {
    const shared = strToU8('<w:styles>'.repeat(100));
    const first = deflatedOnce(shared);
    expect(deflatedOnce(shared)).toBe(first);
    const copy = new Uint8Array(shared);
    const other = deflatedOnce(copy);
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
    expect(first).toEqual(deflated(shared));
    expect(first.size).toBe(1000);
  });
});
