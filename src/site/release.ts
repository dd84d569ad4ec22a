/**
 * Renders release.njk for one area: the headline, standfirst and Markdown body are
 * Nunjucks strings evaluated against the computed model, with the house-style filters.
 *
 * Nunjucks runs without autoescaping here because its output is not HTML yet: the
 * headline is plain text (escaped by the page template), and the body is Markdown,
 * turned into HTML by markdown-it with raw HTML disabled, so `<script>` stays text.
 */
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type nunjucks from 'nunjucks';
import { TemplateError } from '../errors.ts';
import { createReleaseEnvironment } from './sandbox.ts';
import type { CampaignInput } from '../load/types.ts';
import type { CampaignModel, ComputedForce, ComputedNational, ComputedRegion } from '../compute/types.ts';

/** The house-style filters (src/phrase createFilters), as the site calls them. */
export interface Filters {
  [name: string]: (...args: any[]) => string;
  num: (n: number, capital?: boolean) => string;
  pct: (share: number, dp?: number) => string;
  rank: (rank: unknown, noun?: string) => string;
  change: (to: number, from: number) => string;
  place: (name: string) => string;
  plural: (word: string, n: number, pluralForm?: string) => string;
  ukdate: (iso: string, withTime?: boolean) => string;
}

export interface RenderedRelease {
  headline: string;
  standfirst: string;
  /** Markdown, as rendered: the plain-text release and the source of bodyHtml. */
  bodyMarkdown: string;
  bodyHtml: string;
}

export interface CompiledRelease {
  render(model: CampaignModel, area: ComputedForce | ComputedRegion | ComputedNational): RenderedRelease;
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Table alignment as classes (.num, .center in style.css), not inline styles: valid under
// html-validate's no-inline-style and a strict Content-Security-Policy.
for (const rule of ['th_open', 'td_open'] as const) {
  markdown.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    const align = /text-align:(\w+)/.exec(String(token.attrGet('style') ?? ''))?.[1];
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    if (align === 'right') token.attrJoin('class', 'num');
    if (align === 'center') token.attrJoin('class', 'center');
    return self.renderToken(tokens, idx, options);
  };
}

/** Markdown → HTML with raw HTML escaped (notes to editors, methodology, release bodies). */
export function markdownToHtml(source: string): string {
  return markdown.render(source);
}

/** compileRelease(input, filters).render(model, force) → the release for that force. Compiles once per campaign. */
export function compileRelease(input: CampaignInput, filters: Filters): CompiledRelease {
  const file = input.files.release;
  // A sandbox: the template cannot reach JavaScript, includes stay in the campaign folder, renders have a budget.
  const { env, compile } = createReleaseEnvironment(path.dirname(file), filters);
  env.addFilter('groupby', groupbyOnce(env.getFilter('groupby')));
  const { release } = input;
  const parts = {
    headline: { source: release.headline, firstLine: 2 },
    standfirst: { source: release.standfirst, firstLine: 2 },
    body: { source: release.body, firstLine: release.bodyLine },
  };
  checkFilterNames(parts, env, file, input.campaign.id);
  const templates = Object.fromEntries(
    Object.entries(parts).map(([key, part]) => {
      try {
        return [key, compile(part.source, path.basename(file), file)];
      } catch (error) {
        throw templateError(error, file, part.firstLine, key, input.campaign.id);
      }
    }),
  ) as Record<keyof typeof parts, ReturnType<typeof compile>>;

  return {
    render(model, area) {
      const context = {
        campaign: model.campaign,
        national: model.national,
        regions: model.regions,
        forces: model.forces,
        area,
        force: area.kind === 'force' ? area : undefined,
        region: area.kind === 'region' ? area : undefined,
        // Helpers so release copy never has to compute: the area as named in a sentence
        // ("Derbyshire", "the North West") and a region's responding forces, most offences first.
        where: area.kind === 'force' ? area.area : filters.place(area.name),
        region_forces: area.kind === 'region' ? regionForces(model, area.id) : [],
      };
      const run = (key: keyof typeof parts) => {
        try {
          return templates[key].render(context);
        } catch (error) {
          throw templateError(error, file, parts[key].firstLine, key, input.campaign.id, area);
        }
      };
      const bodyMarkdown = tidyMarkdown(run('body'));
      return { headline: oneLine(run('headline')), standfirst: oneLine(run('standfirst')), bodyMarkdown, bodyHtml: markdownToHtml(bodyMarkdown) };
    },
  };
}

/**
 * Nunjucks' groupby, remembered per (array, attribute). Copy such as `forces | groupby('region_id')`
 * runs on every page over the same model array, which made a 10,000-area build quadratic; the
 * model does not change while rendering, so each grouping is computed once.
 */
function groupbyOnce(groupby: (...args: any[]) => any): (this: unknown, arr: unknown, attr: unknown) => unknown {
  const seen = new WeakMap<object, Map<unknown, unknown>>();
  return function (this: unknown, arr, attr) {
    if (typeof arr !== 'object' || arr === null || typeof attr !== 'string') return groupby.call(this, arr, attr);
    let byAttr = seen.get(arr);
    if (!byAttr) seen.set(arr, (byAttr = new Map()));
    if (!byAttr.has(attr)) byAttr.set(attr, groupby.call(this, arr, attr));
    return byAttr.get(attr);
  };
}

function regionForces(model: CampaignModel, regionId: string): ComputedForce[] {
  return model.forces
    .filter((f) => f.region_id === regionId && f.responded && f.offences !== null)
    .sort((a, b) => (b.offences ?? 0) - (a.offences ?? 0));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Branches in the template leave runs of blank lines; collapse them so the text download reads cleanly. */
function tidyMarkdown(text: string): string {
  // (?<![ \t]) starts a match only at the start of a run of spaces: '[ \t]+$' alone retried from
  // every space of a long run (seconds for 10,000 spaces from a hostile template).
  return text.replace(/(?<![ \t])[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function templateError(error: unknown, file: string, firstLine: number, part: string, campaignId: string, area?: { kind: string; id: string }): TemplateError {
  const raw = error instanceof Error ? error.message : String(error);
  // Nunjucks names every template the error passed through, outermost first: "(file) [Line n, Column m]".
  // The innermost one with a line is where the author wrote it (an included file keeps its own lines).
  const positions = [...raw.matchAll(/\(([^()\n]+)\) \[Line (\d+)(?:, Column (\d+))?\]/g)];
  const position = positions.at(-1);
  const inFile = !position || position[1] === file;
  const line = position ? Number(position[2]) + (inFile ? firstLine - 1 : 0) : 0;
  const where = line > 0 ? `${inFile ? file : position![1]}:${line}:${position?.[3] ?? 1}` : file;
  const detail = raw
    .replace(/^(\s*(\w*Error: |Template render error: )?\([^()\n]*\)( \[Line \d+(, Column \d+)?\])?\s*)+/, '')
    .replace(/^(\w*Error: |Template render error: )+/, '')
    .trim();
  const hint = /null or undefined/.test(detail) ? ' (a figure or field is missing for this area: guard it with {% if ... %})' : '';
  const page = area ? `, ${area.kind} '${area.id}'` : '';
  return new TemplateError(`${where}  ${part}  campaign '${campaignId}'${page}: ${detail}${hint}`, { cause: error });
}

/** Unknown filters are found before rendering, with their line: Nunjucks itself reports them without one. */
function checkFilterNames(parts: Record<string, { source: string; firstLine: number }>, env: nunjucks.Environment, file: string, campaignId: string): void {
  for (const [part, { source, firstLine }] of Object.entries(parts)) {
    const lines = source.split('\n');
    lines.forEach((text, i) => {
      for (const tag of text.matchAll(/\{\{[^}]*\}\}|\{%[^%]*%\}/g)) {
        for (const m of tag[0].matchAll(/\|\s*([A-Za-z_]\w*)/g)) {
          const name = m[1] ?? '';
          try {
            env.getFilter(name);
          } catch {
            const column = (tag.index ?? 0) + (m.index ?? 0) + 1;
            throw new TemplateError(`${file}:${firstLine + i}:${column}  ${part}  campaign '${campaignId}': unknown filter '${name}'`);
          }
        }
      }
    });
  }
}
