/**
 * The Eleventy plugin: wires the site's templates to the page model. Loaded by .eleventy.js;
 * the page model itself is handed over by the build (src/site/build.ts) as global data `lp`.
 */
import { HtmlBasePlugin } from '@11ty/eleventy';

/** @param eleventyConfig Eleventy's UserConfig (untyped: Eleventy 3 ships no types). */
export function localpressPlugin(eleventyConfig: any): void {
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Site templates escape everything. Unlike release.njk they are not strict about missing
  // values: the 404 and feed templates test optional page fields (p.campaign) with {% if %}.
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: false, autoescape: true });
  eleventyConfig.setQuietMode(true);
}
