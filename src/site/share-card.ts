/**
 * The share card (share.png, 1200 × 630, og:image): the local headline figure, the headline,
 * the area and the campaign, drawn as SVG in the charts' theme and rasterised by the charts'
 * renderer (resvg with the Inter font files, through the PNG cache), so every machine makes the
 * same bytes. Made-up figures carry an "ILLUSTRATIVE FIGURES" band across the top.
 */
import { escapeAttribute } from '../charts/document.ts';
import { theme } from '../charts/theme.ts';

export interface ShareCard {
  /** "20", or null when the area has no figure (a force that did not reply). */
  figure: string | null;
  /** "online grooming offences recorded in the first nine months of the offence" */
  figureLabel: string;
  headline: string;
  /** "Derbyshire" */
  area: string;
  campaign: string;
  /** "First nine months of the offence", in the footer. */
  period: string;
  illustrative: boolean;
}

/** SVG units; resvg renders at PNG_WIDTH (1200 px), so the card is 1200 × 630 pixels. */
export const CARD = { width: 600, height: 315 } as const;

/** shareCardSvg({ figure: "20", headline: "Facebook used in four…", area: "Derbyshire", … }) → an SVG 600 × 315 units. */
export function shareCardSvg(card: ShareCard): string {
  const { colour } = theme;
  const font = 'Inter';
  const pad = 32;
  const parts: string[] = [];
  const text = (x: number, y: number, size: number, weight: 400 | 700, fill: string, content: string, extra = '') =>
    parts.push(`<text x="${x}" y="${y}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="${fill}"${extra}>${escapeAttribute(content)}</text>`);
  parts.push(`<rect width="${CARD.width}" height="${CARD.height}" fill="${colour.background}"/>`);
  // Made-up figures: a red band across the top that no crop of the card loses.
  const top = card.illustrative ? 16 : 0;
  if (card.illustrative) {
    parts.push(`<rect width="${CARD.width}" height="26" fill="${colour.illustrative}"/>`);
    text(CARD.width / 2, 18, 13, 700, '#ffffff', 'ILLUSTRATIVE FIGURES: MADE UP, NOT REAL DATA', ' text-anchor="middle" letter-spacing="1"');
  } else parts.push(`<rect width="${CARD.width}" height="10" fill="${colour.focus}"/>`);
  text(pad, 42 + top, 13, 700, colour.muted, fit(card.campaign.toUpperCase(), 13, CARD.width - 2 * pad, 0.64));
  let y = 70 + top;
  if (card.figure !== null) {
    text(pad, y + 58, 72, 700, colour.focus, card.figure);
    // Inter bold digits are about 0.6 em wide, separators 0.3 em.
    const figureWidth = [...card.figure].reduce((w, ch) => w + (/\d/.test(ch) ? 0.6 : 0.3), 0) * 72;
    const labelX = Math.ceil(pad + figureWidth + 16);
    const labelLines = wrap(card.figureLabel, 15, CARD.width - pad - labelX, 3, 0.55);
    labelLines.forEach((line, i) => text(labelX, y + 18 + i * 19, 15, 400, colour.ink, line));
    y += 88;
  }
  const size = card.figure === null ? 32 : 24;
  const lines = wrap(card.headline, size, CARD.width - 2 * pad, card.figure === null ? 4 : 3);
  lines.forEach((line, i) => text(pad, y + size + i * size * 1.22, size, 700, colour.ink, line));
  parts.push(`<rect x="0" y="${CARD.height - 48}" width="${CARD.width}" height="48" fill="#f3f2f1"/>`);
  text(pad, CARD.height - 19, 16, 700, colour.ink, fit(card.area, 16, 260, 0.62));
  text(CARD.width - pad, CARD.height - 19, 12, 400, colour.muted, fit(card.period, 12, 280, 0.56), ' text-anchor="end"');
  const label = `${card.figure !== null ? `${card.figure} ${card.figureLabel}. ` : ''}${card.headline}. ${card.area}, ${card.campaign}${card.illustrative ? ' (illustrative figures)' : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" role="img" aria-label="${escapeAttribute(label)}">${parts.join('')}</svg>`;
}

/**
 * wrap("Facebook used in four online grooming offences in Derbyshire", 24, 536, 3) → lines that fit,
 * judged by Inter's average glyph width (about 0.56 em regular, 0.6 em bold: text is drawn bold);
 * a last line that would overflow ends in "…".
 */
export function wrap(text: string, size: number, width: number, maxLines: number, em = 0.6): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= perLine || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fit(l, size, width, em));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(`${kept[maxLines - 1]} ${lines[maxLines]}`, size, width, em, true);
  return kept;
}

/** One line cut to the width with "…" (always when `more` says text follows). */
function fit(text: string, size: number, width: number, em: number, more = false): string {
  const max = Math.max(4, Math.floor(width / (size * em)));
  if (text.length <= max && !more) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '').trimEnd()}…`;
}
