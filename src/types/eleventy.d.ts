// Eleventy 3 ships no type declarations; these cover what localpress calls.
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    config?: (eleventyConfig: any) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences Eleventy's console logger, including its forced "Wrote N files" line. */
    disableLogger(): void;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
  }
  export const HtmlBasePlugin: (eleventyConfig: any, options?: unknown) => void;
}
