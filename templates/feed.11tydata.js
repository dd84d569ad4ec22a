// Site-wide file: written by the first of the build's Eleventy runs only (src/site/build.ts
// renders pages in slices, one run each).
export default {
  eleventyComputed: {
    permalink: (data) => (data.lp.siteFiles ? 'feed.xml' : false),
  },
};
