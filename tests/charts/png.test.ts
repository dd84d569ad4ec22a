import { describe, expect, it } from 'vitest';
import { forceCharts, PNG_WIDTH, svgToPng, svgToPngAsync } from '../../src/charts/index.ts';
import { derbyshire, model, options } from './fixtures.ts';

/** Read width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const charts = forceCharts(model, derbyshire, options);

describe('PNG downloads', () => {
  it.each(charts.map((c) => [c.fileBase, c] as const))('%s is a PNG 1200 px wide, in proportion to the SVG', (_name, c) => {
    const { width, height } = pngSize(svgToPng(c.svg));
    expect(width).toBe(PNG_WIDTH);
    const svgHeight = Number(/height="(\d+)"/.exec(c.svg)?.[1]);
    expect(height).toBe(svgHeight * 2);
  });

  it('draws text with the bundled font (system fonts are off)', () => {
    const withText = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><rect width="100" height="20" fill="#fff"/><text x="2" y="15" font-family="Inter" font-size="14" fill="#000">Derbyshire</text></svg>';
    const blank = withText.replace(/<text.*<\/text>/, '');
    // Without a usable font resvg drops text silently, and the two images come out identical.
    expect(svgToPng(withText).equals(svgToPng(blank))).toBe(false);
  });
});

describe('determinism', () => {
  it('gives byte-identical SVG and PNG for the same data, whatever was drawn in between', () => {
    const again = forceCharts(model, derbyshire, options);
    const other = forceCharts(model, model.forces[0]!, { ...options, idPrefix: 'metropolitan' });
    const third = forceCharts(model, derbyshire, options);
    expect(other.length).toBeGreaterThan(0);
    expect(again.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
    expect(third.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
    const [first] = charts;
    expect(svgToPng(first!.svg).equals(svgToPng(third[0]!.svg))).toBe(true);
  });

  it('renders the same bytes off the main thread', async () => {
    const svgs = charts.map((c) => c.svg);
    const parallel = await Promise.all(svgs.map(svgToPngAsync));
    parallel.forEach((png, i) => expect(png.equals(svgToPng(svgs[i]!))).toBe(true));
  });
});
