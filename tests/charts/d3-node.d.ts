// d3-node 4 ships no types (@types/d3-node does not exist); this covers what document.ts uses.
declare module 'd3-node' {
  import type * as d3 from 'd3';
  export interface D3NodeOptions {
    d3Module?: typeof d3;
    selector?: string;
    container?: string;
    styles?: string;
  }
  export class D3Node {
    constructor(options?: D3NodeOptions);
    document: Document;
    window: Window;
    d3: typeof d3;
    d3Element: d3.Selection<any, unknown, null, undefined>;
    createSVG(
      width?: number,
      height?: number,
      attrs?: Record<string, string | number>,
    ): d3.Selection<SVGSVGElement, unknown, null, undefined>;
    svgString(): string;
    html(): string;
  }
}
