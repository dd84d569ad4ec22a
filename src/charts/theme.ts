/**
 * House colours and type for every chart, in one object so a campaign can restyle them.
 * Text colours pass WCAG AA (4.5:1) on white and bar fills pass 3:1 for graphics
 * (tests/charts/theme.test.ts checks both); meaning is never carried by colour alone:
 * every series also differs by pattern or a drawn label.
 */
export interface Theme {
  font: { family: string; size: number; small: number; title: number };
  /** Width of every chart in SVG units; PNGs are rendered at 2x (1200 px). */
  width: number;
  colour: {
    background: string;
    ink: string;
    muted: string;
    rule: string;
    /** This area: the force or region the page is about. */
    focus: string;
    /** Every other area, and England and Wales. */
    other: string;
    illustrative: string;
    /** Choropleth classes, light to dark. */
    scale: readonly string[];
  };
}

/** The house theme. Example: `theme.colour.focus` → "#1d70b8". */
export const theme: Theme = {
  font: { family: 'Inter, Arial, sans-serif', size: 12, small: 10, title: 16 },
  width: 600,
  colour: {
    background: '#ffffff',
    ink: '#0b0c0c',
    muted: '#505a5f',
    rule: '#6f777b',
    focus: '#1d70b8',
    other: '#6f777b',
    illustrative: '#b3261e',
    scale: ['#deebf7', '#9ecae1', '#4a98c9', '#2171b5', '#08306b'],
  },
};

/** WCAG relative-luminance contrast ratio. Example: `contrast('#000000', '#ffffff')` → 21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The frame and type a chart is drawn to. The wide layout (the theme's width, 600) is the one
 * for desktops, print and every download; the phone layout is drawn 360 wide with larger type,
 * so that shown at a phone's width (about 358 px at 390) its smallest text is 12 px, where the
 * wide chart scaled to the same width shows 10-unit text at 6 px.
 */
export interface Layout {
  name: 'wide' | 'phone';
  width: number;
  font: Theme['font'];
  /** Characters per line of the drawn title, of the source line and of the illustrative label. */
  titleChars: number;
  sourceChars: number;
  stampChars: number;
  /** Line heights of the title and of small text. */
  titleLine: number;
  smallLine: number;
  /** Size of the faint ILLUSTRATIVE watermark. */
  watermark: number;
}

/** The wide layout, from the theme as it is now (a campaign may restyle it). Example: `wideLayout().width` → 600. */
export function wideLayout(): Layout {
  return { name: 'wide', width: theme.width, font: theme.font, titleChars: 62, sourceChars: 105, stampChars: 105, titleLine: 20, smallLine: 13, watermark: 56 };
}

/** The phone layout: 360 wide, no text under 12 units. Example: `phoneLayout().font.small` → 12. */
export function phoneLayout(): Layout {
  return {
    name: 'phone',
    width: PHONE_WIDTH,
    font: { family: theme.font.family, size: 13, small: 12, title: 16 },
    titleChars: 36,
    sourceChars: 50,
    stampChars: 42,
    titleLine: 20,
    smallLine: 15,
    watermark: 40,
  };
}

/** Width of the phone layout in SVG units: shown at about 1:1 on a 390 px phone. */
export const PHONE_WIDTH = 360;
