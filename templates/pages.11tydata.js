// The output path of each paginated page, as a function: a Nunjucks string here
// ("{{ p.permalink }}") was compiled again for every page (about 0.2 ms a page).
export default {
  eleventyComputed: {
    permalink: (data) => data.p.permalink,
  },
};
