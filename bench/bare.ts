/**
 * The baseline: a bare Eleventy 3 project that paginates the same number of plain pages
 * from a JSON array, with a small HTML layout: what a user would compare our build against.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LAYOUT = `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ item.title }}</title></head>
<body>
<main>
{{ content | safe }}
</main>
</body>
</html>
`;

const PAGE = `---
pagination:
  data: items
  size: 1
  alias: item
permalink: "{{ item.id }}/index.html"
layout: base.njk
---
<h1>{{ item.title }}</h1>
<p>{{ item.text }}</p>
`;

/** Writes a bare project with `pages` pages under <dir>/src; returns the input folder. */
export function writeBareProject(dir: string, pages: number): string {
  const input = path.join(dir, 'src');
  mkdirSync(path.join(input, '_data'), { recursive: true });
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  const items = Array.from({ length: pages }, (_, i) => ({ id: `page-${i + 1}`, title: `Page ${i + 1}`, text: `Plain text for page ${i + 1}.` }));
  writeFileSync(path.join(input, '_data', 'items.json'), JSON.stringify(items));
  writeFileSync(path.join(input, '_includes', 'base.njk'), LAYOUT);
  writeFileSync(path.join(input, 'pages.njk'), PAGE);
  // An empty config of its own, so Eleventy never picks up the repository's .eleventy.js.
  writeFileSync(path.join(dir, 'eleventy.config.mjs'), 'export default function () {}\n');
  return input;
}

/**
 * The fair floor: an Eleventy project with no templates that copies a finished build of
 * ours through (passthrough copy), so it writes the same files and bytes as our build does.
 * Returns the config file; `finished` is copied under <dir>/site first.
 */
export function writeFloorProject(dir: string, finished: string): string {
  const site = path.join(dir, 'site');
  const input = path.join(dir, 'src');
  mkdirSync(input, { recursive: true });
  cpSync(finished, site, { recursive: true });
  // Passthrough paths are read relative to the working directory.
  const from = path.relative(process.cwd(), site).split(path.sep).join('/');
  const config = path.join(dir, 'eleventy.config.mjs');
  writeFileSync(config, `export default function (config) {\n  config.addPassthroughCopy({ ${JSON.stringify(from)}: '/' });\n}\n`);
  return config;
}
