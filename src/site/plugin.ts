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
  // The body of every area page (templates/pages.11ty.js), rendered by Eleventy's own Nunjucks
  // environment (its filters, autoescape and template cache): compiled once, not once a page.
  let nunjucks: { render(name: string, context: object): string } | null = null;
  eleventyConfig.on('eleventy.engine.njk', ({ environment }: { environment: typeof nunjucks }) => { nunjucks = environment; });
  const pageBody = (data: object): string => {
    if (!nunjucks) throw new Error('localpress: Eleventy has not set up Nunjucks');
    return nunjucks.render('partials/page.njk', data);
  };
  // Global data, not a JavaScript function: Eleventy times those and prints a "Benchmark" line
  // for any that takes more than 8 % of a build, even in quiet mode (this one does, by design).
  eleventyConfig.addGlobalData('lpPageBody', () => pageBody);
}
