// Eleventy config: thin. TypeScript in src/ is loaded through tsx's ESM hooks, so the
// build, the CLI and vitest all run the same source files with no compile step.
import { register } from 'tsx/esm/api';

register();
const { localpressPlugin } = await import('./src/site/plugin.ts');

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(localpressPlugin);
}

// Input and output directories are passed by src/site/build.ts (see notes/toolchain: a
// dir.output here would override the programmatic one).
export const config = {
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
