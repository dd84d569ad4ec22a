/**
 * The Eleventy plugin: wires the site's templates to the page model. Loaded by .eleventy.js;
 * the page model itself is handed over by the build (src/site/build.ts) as global data `lp`.
 */
import { HtmlBasePlugin } from '@11ty/eleventy';

/** @param eleventyConfig Eleventy's UserConfig (untyped: Eleventy 3 ships no types). */
export function localpressPlugin(eleventyConfig: any): void {
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Nunjucks in our own templates: strict about missing values, like release.njk.
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: false, autoescape: true });
  eleventyConfig.setQuietMode(true);
}
