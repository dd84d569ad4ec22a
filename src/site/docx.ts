/**
 * The release as a Word document (release.docx, the `docx` package), styled as a press release:
 * embargo line, date, corrections, headline, standfirst, body, quotes, ENDS, notes to editors,
 * method, source, the page link and press contacts: the same parts, in the same order and words,
 * as release.txt (both come from one ReleaseDocument).
 *
 * Deterministic: docx stamps the document's created/modified dates and every zip entry with the
 * clock, so the archive is opened again and written with the campaign's publication date instead.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PlainBlock } from './plain.ts';
import { attribution, contactLine, type ReleaseDocument } from './release-doc.ts';

const ACCENT = '00577A';
const WARN = '8B0000';

/** releaseDocx(doc, "2018-04-16") → the bytes of release.docx; the same inputs give the same bytes. */
export async function releaseDocx(doc: ReleaseDocument, published: string): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  const para = (text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; center?: boolean; border?: boolean } = {}) =>
    children.push(new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
      ...(options.border ? { border: { top: { style: BorderStyle.SINGLE, size: 12, color: options.color ?? '000000', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 12, color: options.color ?? '000000', space: 4 } } } : {}),
      spacing: { after: 160 },
      children: [new TextRun({ text, bold: options.bold ?? false, italics: options.italics ?? false, ...(options.color ? { color: options.color } : {}), ...(options.size ? { size: options.size } : {}) })],
    }));
  const blocks = (list: PlainBlock[]) => {
    for (const b of list) {
      if (b.kind === 'heading') para(b.text, { heading: HeadingLevel.HEADING_3 });
      else if (b.kind === 'item') para(`${b.marker}${b.text}`);
      else if (b.kind === 'row') para(b.text, { bold: b.header ?? false });
      else para(b.text);
    }
  };

  if (doc.embargo) para(doc.embargo, { bold: true, color: WARN, size: 28, border: true });
  if (doc.illustrative) para(doc.illustrative, { bold: true, border: true });
  para(doc.dateline, { color: '4A4A4A' });
  for (const c of doc.corrections) para(`${c.label.toUpperCase()}: ${c.text}`, { italics: true, color: WARN });
  para(doc.headline.toUpperCase(), { heading: HeadingLevel.TITLE });
  para(doc.standfirst, { bold: true, size: 26 });
  blocks(doc.body);
  for (const q of doc.quotes) {
    para(`"${q.text}"`, { italics: true });
    para(attribution(q));
  }
  para('ENDS', { bold: true, center: true });
  if (doc.notes.length > 0) {
    para('NOTES TO EDITORS', { heading: HeadingLevel.HEADING_2 });
    blocks(doc.notes);
  }
  if (doc.method.length > 0) {
    para('METHOD', { heading: HeadingLevel.HEADING_2 });
    blocks(doc.method);
  }
  para(`Source: ${doc.source}`);
  children.push(new Paragraph({
    spacing: { after: 160 },
    children: [new TextRun('Online: '), /^https?:\/\//.test(doc.pageUrl) ? new ExternalHyperlink({ link: doc.pageUrl, children: [new TextRun({ text: doc.pageUrl, style: 'Hyperlink' })] }) : new TextRun(doc.pageUrl)],
  }));
  if (doc.contacts.length > 0) {
    para('PRESS CONTACTS', { heading: HeadingLevel.HEADING_2 });
    for (const c of doc.contacts) para(contactLine(c));
  }

  const document = new Document({
    creator: 'localpress',
    lastModifiedBy: 'localpress',
    title: doc.headline,
    description: doc.title,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 } },
        title: { run: { font: 'Arial', size: 40, bold: true, color: ACCENT } },
        heading2: { run: { font: 'Arial', size: 24, bold: true, color: ACCENT } },
        heading3: { run: { font: 'Arial', size: 22, bold: true } },
      },
    },
    sections: [{ children }],
  });
  return fixedDates(await Packer.toBuffer(document), published);
}

/** Rewrite the archive with the publication date in docProps/core.xml and on every entry. */
export function fixedDates(archive: Uint8Array, published: string): Uint8Array {
  const files = unzipSync(archive);
  const stamp = `${published}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
  // DOS time has no zone: fflate reads a local Date, so a date at local midnight is the same bytes everywhere.
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime, level: 6 }]])));
}
