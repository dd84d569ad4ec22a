/**
 * The release as a Word document (release.docx, the `docx` package), styled as a press release:
 * embargo line, date, corrections, headline, standfirst, body, quotes, ENDS, notes to editors,
 * method, source, the page link and press contacts: the same parts, in the same order and words,
 * as release.txt (both come from one ReleaseDocument).
 *
 * Deterministic: docx stamps the document's created/modified dates and every zip entry with the
 * clock, and names a hyperlink's relationship at random; here the dates are the campaign's
 * publication date and the page link's relationship has a fixed id.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { PlainBlock } from './plain.ts';
import { attribution, contactLine, type ReleaseDocument } from './release-doc.ts';
import { deflated, deflatedOnce, dosDateTime, zip } from './zip.ts';

const ACCENT = '00577A';
const WARN = '8B0000';

interface ParagraphStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** half-points */
  size?: number;
  style?: 'Title' | 'Heading2' | 'Heading3';
  center?: boolean;
  border?: boolean;
}

/** releaseDocx(doc, "2018-04-16") → the bytes of release.docx; the same inputs give the same bytes. */
export async function releaseDocx(doc: ReleaseDocument, published: string): Promise<Uint8Array> {
  const body: string[] = [];
  const para = (text: string, style: ParagraphStyle = {}) => body.push(paragraphXml(text, style));
  const blocks = (list: PlainBlock[]) => {
    for (const b of list) {
      if (b.kind === 'heading') para(b.text, { style: 'Heading3' });
      else if (b.kind === 'item') para(`${b.marker}${b.text}`);
      else if (b.kind === 'row') para(b.text, { bold: b.header ?? false });
      else para(b.text);
    }
  };
  if (doc.embargo) para(doc.embargo, { bold: true, color: WARN, size: 28, border: true });
  if (doc.illustrative) para(doc.illustrative, { bold: true, border: true });
  para(doc.dateline, { color: '4A4A4A' });
  for (const c of doc.corrections) para(`${c.label.toUpperCase()}: ${c.text}`, { italics: true, color: WARN });
  para(doc.headline.toUpperCase(), { style: 'Title' });
  para(doc.standfirst, { bold: true, size: 26 });
  blocks(doc.body);
  for (const q of doc.quotes) {
    para(`"${q.text}"`, { italics: true });
    para(attribution(q));
  }
  para('ENDS', { bold: true, center: true });
  if (doc.notes.length > 0) {
    para('NOTES TO EDITORS', { style: 'Heading2' });
    blocks(doc.notes);
  }
  if (doc.method.length > 0) {
    para('METHOD', { style: 'Heading2' });
    blocks(doc.method);
  }
  para(`Source: ${doc.source}`);
  const link = /^https?:\/\//.test(doc.pageUrl);
  body.push(`<w:p><w:pPr><w:spacing w:after="160"/></w:pPr><w:r><w:t xml:space="preserve">Online: </w:t></w:r>${link
    ? `<w:hyperlink w:history="1" r:id="${LINK_ID}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">${escapeXml(doc.pageUrl)}</w:t></w:r></w:hyperlink>`
    : `<w:r><w:t xml:space="preserve">${escapeXml(doc.pageUrl)}</w:t></w:r>`}</w:p>`);
  if (doc.contacts.length > 0) {
    para('PRESS CONTACTS', { style: 'Heading2' });
    for (const c of doc.contacts) para(contactLine(c));
  }

  const { files, documentHead, documentTail } = await shell();
  const out: Record<string, Uint8Array> = { ...files };
  out['word/document.xml'] = strToU8(`${documentHead}${body.join('')}${documentTail}`);
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  if (link) out['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', () => `<Relationship Id="${LINK_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(doc.pageUrl)}" TargetMode="External"/></Relationships>`));
  const stamp = `${published}T00:00:00Z`;
  out['docProps/core.xml'] = strToU8(strFromU8(files['docProps/core.xml']!)
    .replace(TITLE, () => escapeXml(doc.headline))
    .replace(DESCRIPTION, () => escapeXml(doc.title))
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
  // The shell's parts (the same arrays on every page) are deflated once per process; the page's own afresh.
  return zip(Object.entries(out).map(([name, bytes]) => [name, bytes === files[name] ? deflatedOnce(bytes) : deflated(bytes)]), dosDateTime(published));
}

const LINK_ID = 'rIdPageLink';
const TITLE = '@@LOCALPRESS_TITLE@@';
const DESCRIPTION = '@@LOCALPRESS_DESCRIPTION@@';

/**
 * What every release.docx shares (styles, theme, settings, fonts, content types), packed by the
 * docx package once per process: packing a whole Document took 8-10 ms a page (most of it
 * rebuilding these parts), so each page writes only its paragraphs into word/document.xml, in the
 * markup docx itself writes for them.
 */
let shellPromise: Promise<{ files: Record<string, Uint8Array>; documentHead: string; documentTail: string }> | null = null;
function shell() {
  return (shellPromise ??= (async () => {
    const document = new Document({
      creator: 'localpress',
      lastModifiedBy: 'localpress',
      title: TITLE,
      description: DESCRIPTION,
      styles: {
        default: {
          document: { run: { font: 'Arial', size: 22 } },
          title: { run: { font: 'Arial', size: 40, bold: true, color: ACCENT } },
          heading2: { run: { font: 'Arial', size: 24, bold: true, color: ACCENT } },
          heading3: { run: { font: 'Arial', size: 22, bold: true } },
        },
      },
      sections: [{ children: [new Paragraph({ children: [new TextRun('@@BODY@@')] })] }],
    });
    const files = unzipSync(await Packer.toBuffer(document));
    const xml = strFromU8(files['word/document.xml']!);
    const start = xml.indexOf('<w:body>') + '<w:body>'.length;
    const end = xml.indexOf('<w:sectPr');
    return { files, documentHead: xml.slice(0, start), documentTail: xml.slice(end) };
  })());
}

/** One paragraph in WordprocessingML, in the element order the schema requires (pStyle, pBdr, spacing, jc; b, i, color, sz). */
export function paragraphXml(text: string, s: ParagraphStyle): string {
  const border = s.border ? `<w:pBdr><w:top w:val="single" w:color="${s.color ?? '000000'}" w:sz="12" w:space="4"/><w:bottom w:val="single" w:color="${s.color ?? '000000'}" w:sz="12" w:space="4"/></w:pBdr>` : '';
  const pPr = `<w:pPr>${s.style ? `<w:pStyle w:val="${s.style}"/>` : ''}${border}<w:spacing w:after="160"/>${s.center ? '<w:jc w:val="center"/>' : ''}</w:pPr>`;
  const flag = (on: boolean | undefined, tag: string) => (on ? `<w:${tag}/><w:${tag}Cs/>` : '');
  const rPr = `${flag(s.bold, 'b')}${flag(s.italics, 'i')}${s.color ? `<w:color w:val="${s.color}"/>` : ''}${s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : ''}`;
  return `<w:p>${pPr}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** Text for XML: escaped, and without the control characters XML 1.0 forbids. */
function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
