// One page per area (and the home page), from the page model the build hands over (lp.pages).
// A JavaScript template, not Nunjucks: Eleventy 3.1 compiles a paginated Nunjucks template again
// for every page (1,034 compilations at 1,000 areas, the largest single cost of rendering),
// while the body here, partials/page.njk, is compiled once and kept by Nunjucks' own cache
// (src/site/plugin.ts, lpPageBody). The output path is set in pages.11tydata.js.
export default class Pages {
  data() {
    return {
      pagination: { data: 'lp.pages', size: 1, alias: 'p' },
      layout: 'layouts/base.njk',
      eleventyExcludeFromCollections: true,
    };
  }

  render(data) {
    return data.lpPageBody(data);
  }
}
