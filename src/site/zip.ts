/**
 * Zip archives written byte for byte as fflate's `zipSync` writes them (deflate level 6, no
 * extra fields or comments), but from entries deflated beforehand, so a part that is the same in
 * every archive is deflated once. A release.docx is seventeen parts, fourteen of them the same on
 * every page (styles, theme, settings...): deflating them again for every page was 3.2 s of a
 * 23 s build at 1,000 areas (fflate pays a fixed cost per call, however small the part).
 * tests/site/zip.test.ts checks the bytes against `zipSync` itself.
 */
import { deflateSync } from 'fflate';
import { crc32 } from 'node:zlib';

/** One part, deflated: what a zip records of it. */
export interface Deflated {
  /** Uncompressed length. */
  size: number;
  /** CRC-32 of the uncompressed bytes (unsigned). */
  crc: number;
  /** The raw deflate stream (level 6, as zipSync's default). */
  data: Uint8Array;
}

/** deflated(bytes) → its deflate stream, size and CRC, as zipSync computes them. */
export function deflated(bytes: Uint8Array): Deflated {
  return { size: bytes.length, crc: crc32(bytes) >>> 0, data: deflateSync(bytes, { level: 6 }) };
}

const once = new WeakMap<Uint8Array, Deflated>();
/**
 * deflatedOnce(bytes) → deflated(bytes), remembered for this very array (by identity, not by
 * contents): for parts made once per process and never changed afterwards.
 */
export function deflatedOnce(bytes: Uint8Array): Deflated {
  let result = once.get(bytes);
  if (!result) once.set(bytes, (result = deflated(bytes)));
  return result;
}

/**
 * dosDateTime("2018-04-16") → the zip's DOS date and time for midnight of that day (fflate
 * stamps a local Date's fields; midnight of a date is the same fields in every time zone).
 */
export function dosDateTime(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`zip: '${isoDate}' is not a date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1980 || year > 2099) throw new Error(`zip: a zip cannot date ${isoDate} (years 1980 to 2099 only)`);
  return (((year - 1980) << 25) | (month << 21) | (day << 16)) >>> 0;
}

const encoder = new TextEncoder();

/**
 * zip([[name, deflated], ...], dosDateTime("2018-04-16")) → the archive, entries in the order
 * given: local header and data for each, then the central directory, then its end record.
 */
export function zip(entries: [name: string, part: Deflated][], stamp: number): Uint8Array {
  const names = entries.map(([name]) => encoder.encode(name));
  const size = entries.reduce((sum, [, part], i) => sum + 30 + 46 + 2 * names[i]!.length + part.data.length, 22);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  /** The fields a local header and a central directory entry share, from "version needed" on. */
  const common = (i: number) => {
    const [name, part] = entries[i]!;
    view.setUint16(at, 20, true); // version needed to extract: 2.0
    view.setUint16(at + 2, names[i]!.length !== name.length ? 0x0800 : 0, true); // UTF-8 name
    view.setUint16(at + 4, 8, true); // deflate
    view.setUint32(at + 6, stamp, true);
    view.setUint32(at + 10, part.crc, true);
    view.setUint32(at + 14, part.data.length, true);
    view.setUint32(at + 18, part.size, true);
    view.setUint16(at + 22, names[i]!.length, true);
    at += 26; // + extra length (0)
  };
  entries.forEach(([, part], i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    at += 4;
    common(i);
    out.set(names[i]!, at);
    at += names[i]!.length;
    out.set(part.data, at);
    at += part.data.length;
  });
  const directory = at;
  entries.forEach((_, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // version made by: 2.0, MS-DOS
    at += 6;
    common(i);
    at += 10; // comment length, disk number, internal and external attributes: all 0
    view.setUint32(at, offsets[i]!, true);
    at += 4;
    out.set(names[i]!, at);
    at += names[i]!.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
