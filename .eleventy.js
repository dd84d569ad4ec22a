// Eleventy config: thin. The plugin comes from the same build of src/ as the code that
// started Eleventy (bin/boot.js): compiled JavaScript when the CLI or the benchmark runs
// compiled, so the plugin and the build share module instances; the TypeScript sources
// through tsx otherwise (vitest, or Eleventy started on its own).
import { follow } from './bin/boot.js';

const { localpressPlugin } = await follow('plugin');

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(localpressPlugin);
}

// Input and output directories are passed by src/site/build.ts (see notes/toolchain: a
// dir.output here would override the programmatic one).
export const config = {
  templateFormats: ['njk', '11ty.js'],
  htmlTemplateEngine: 'njk',
};
