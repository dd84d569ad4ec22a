/**
 * Renders release.njk for one area: the headline, standfirst and Markdown body are
 * Nunjucks strings evaluated against the computed model, with the house-style filters.
 *
 * Nunjucks runs without autoescaping here because its output is not HTML yet: the
 * headline is plain text (escaped by the page template), and the body is Markdown,
 * turned into HTML by markdown-it with raw HTML disabled, so `<script>` stays text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type nunjucks from 'nunjucks';
import { TemplateError } from '../errors.ts';
import { createReleaseEnvironment } from './sandbox.ts';
import type { CampaignInput, ReleaseTemplate, Reference, TextSegment } from '../load/types.ts';
import { pageAngles } from './angles.ts';
import { plainBlocksOf, type PlainBlock } from './plain.ts';
import { misspeltName, plainMessage, unclosedTag, unknownFilter } from './template-messages.ts';
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
  /** Markdown, as rendered: the source of bodyHtml and bodyBlocks. */
  bodyMarkdown: string;
  bodyHtml: string;
  /** The body as plain-text blocks, for release.txt and the Word release. */
  bodyBlocks: PlainBlock[];
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

/**
 * A release body → its HTML (as markdownToHtml) and its plain-text blocks (as plainBlocks), from
 * one parse: parsing was most of the cost of each, on every page. The blocks are read before
 * the HTML is rendered (the table rules above rewrite cell attributes).
 */
export function markdownBody(source: string): { html: string; blocks: PlainBlock[] } {
  const env = {};
  const tokens = markdown.parse(source, env);
  const blocks = plainBlocksOf(tokens);
  return { html: markdown.renderer.render(tokens, markdown.options, env), blocks };
}

/**
 * compileRelease(input, filters, reference).render(model, force) → the release for that force.
 * Compiles once per campaign. The reference gives forces' aliases (short_name).
 */
export function compileRelease(input: CampaignInput, filters: Filters, reference?: Reference): CompiledRelease {
  const folder = path.dirname(input.files.release);
  // A sandbox: the template cannot reach JavaScript, includes stay in the campaign folder, renders have a budget.
  const { env, compile } = createReleaseEnvironment(folder, filters);
  env.addFilter('groupby', groupbyOnce(env.getFilter('groupby')));
  const names: FilterNames = { house: Object.keys(filters), all: Object.keys((env as unknown as { filters: object }).filters) };
  const compiled = new Map<ReleaseTemplate, ReturnType<typeof compileParts>>();
  // A release split by page kind (release/force.njk…) renders each kind from its own file.
  const forKind = (kind: 'force' | 'region' | 'national') => {
    const release = input.releases?.[kind] ?? input.release;
    if (!compiled.has(release)) compiled.set(release, compileParts(release, release.file ?? input.files.release, folder, env, compile, input.campaign.id, names));
    return compiled.get(release)!;
  };
  forKind('force'); forKind('region'); forKind('national');

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
        // The angles copy needs, so a release never computes (src/site/angles.ts): where,
        // short_name, region_forces, per_week, peak, previous_label, national_rate…
        ...pageAngles(model, area, reference, filters.place),
      };
      const { parts, templates, file } = forKind(area.kind);
      const run = (key: keyof typeof parts) => {
        try {
          return templates[key].render(context);
        } catch (error) {
          throw templateError(error, file, parts[key], key, input.campaign.id, names, area, context);
        }
      };
      const bodyMarkdown = tidyMarkdown(run('body'));
      const body = markdownBody(bodyMarkdown);
      return { headline: oneLine(run('headline')), standfirst: oneLine(run('standfirst')), bodyMarkdown, bodyHtml: body.html, bodyBlocks: body.blocks };
    },
  };
}

type Compile = ReturnType<typeof createReleaseEnvironment>['compile'];

/** One release file's headline, standfirst and body, compiled in the sandbox. */
function compileParts(release: ReleaseTemplate, file: string, folder: string, env: nunjucks.Environment, compile: Compile, campaignId: string, names: FilterNames) {
  const parts: Record<'headline' | 'standfirst' | 'body', Part> = {
    headline: { source: release.headline, firstLine: 2, segments: release.segments?.headline },
    standfirst: { source: release.standfirst, firstLine: 2, segments: release.segments?.standfirst },
    body: { source: release.body, firstLine: release.bodyLine },
  };
  checkFilterNames(parts, env, file, campaignId, names);
  const templates = Object.fromEntries(
    Object.entries(parts).map(([key, part]) => {
      try {
        return [key, compile(part.source, path.relative(folder, file), file)];
      } catch (error) {
        throw templateError(error, file, part, key, campaignId, names);
      }
    }),
  ) as Record<keyof typeof parts, ReturnType<Compile>>;
  return { parts, templates, file };
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

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Branches in the template leave runs of blank lines; collapse them so the text download reads cleanly. */
function tidyMarkdown(text: string): string {
  // (?<![ \t]) starts a match only at the start of a run of spaces: '[ \t]+$' alone retried from
  // every space of a long run (seconds for 10,000 spaces from a hostile template).
  return text.replace(/(?<![ \t])[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** A part of a release file: its source, and where that source lies in the file. */
interface Part {
  source: string;
  firstLine: number;
  /** Front-matter values: where each line of the (folded) text lies in the file. */
  segments?: TextSegment[];
}

/** The file line and column of line L, column C of a part's source (both 1-based). */
function filePosition(part: Part, line: number, column: number): { line: number; column: number } {
  if (!part.segments?.length) return { line: part.firstLine + line - 1, column };
  let offset = part.source.split('\n').slice(0, line - 1).reduce((n, text) => n + text.length + 1, 0) + column - 1;
  for (const seg of part.segments) {
    if (offset <= seg.length) return { line: seg.line, column: seg.column + offset };
    offset -= seg.length + 1;
  }
  const last = part.segments[part.segments.length - 1]!;
  return { line: last.line, column: last.column };
}

/**
 * The error with the line the author wrote: Nunjucks nests "(file) [Line L, Column C]" for
 * each template an error passes through; the innermost is where it happened — an include
 * (reported in its own file) or this release file (mapped through its front matter or body).
 */
function templateError(error: unknown, file: string, part: Part, partName: string, campaignId: string, names: FilterNames, area?: { kind: string; id: string }, context?: object): TemplateError {
  const raw = error instanceof Error ? error.message : String(error);
  const marks = [...raw.matchAll(/\(([^()\n]*)\)(?: \[Line (\d+), Column (\d+)\])?(?=\n)/g)];
  const inner = filterAtOuterMark(raw, marks, file, part) ?? [...marks].reverse().find((m) => m[2] !== undefined);
  let where = file;
  if (inner) {
    const [, at, line, column] = inner;
    if (at && at !== file && at !== 'unknown path') where = `${at}:${line}:${column}`;
    else {
      const pos = filePosition(part, Number(line), Number(column));
      where = `${file}:${pos.line}:${pos.column}`;
    }
  }
  const last = marks[marks.length - 1];
  const tail = last ? raw.slice((last.index ?? 0) + last[0].length) : raw;
  let detail = plainMessage(tail.replace(/^\s*(?:Template render error:\s*)?/, '').replace(/^\w*Error: /, '').trim(), names);
  if (last?.[2] === undefined && detail.startsWith('the file ends inside a tag')) {
    // Nunjucks gives no line when a file (this one, or the part it includes) ends inside a
    // block: point at the tag left open.
    const at = last?.[1];
    const inPart = !at || at === file || at === 'unknown path';
    const open = unclosedTag(inPart ? part.source : readSource(at));
    if (open) {
      const pos = inPart ? filePosition(part, open.line, open.column) : open;
      where = `${inPart ? file : at}:${pos.line}:${pos.column}`;
      detail = `this {% ${open.tag} %} is never closed: add {% ${open.close} %} where the text it controls ends`;
    } else if (!inPart) where = at;
  }
  let hint = /null or undefined/.test(detail) ? ' (a figure or field is missing for this area: guard it with {% if ... %})' : missingHint(detail, campaignId, area);
  if (context && inner && /found undefined \(a missing value\?\)$/.test(detail)) {
    // Name the misspelt name, and the one meant, from the line the author wrote.
    const [, at, line, column] = inner;
    const inPart = !at || at === file || at === 'unknown path';
    const text = (inPart ? part.source : readSource(at)).split('\n')[Number(line) - 1] ?? '';
    const name = misspeltName(text, Number(column), context as Record<string, unknown>);
    if (name) hint = `: ${name}${hint.replace(/^: a misspelt name\?/, ';')}`;
  }
  const page = area ? `, ${area.kind} '${area.id}'` : '';
  const head = `${where}  ${partName}  campaign '${campaignId}'`;
  const text = `${detail}${hint}`;
  // The same mistake on another page differs only in the page and the `explain --area` hint.
  const key = area ? `${head}: ${text.split(`--area ${area.id}\``).join('--area ID`')}` : '';
  return new TemplateError(`${head}${page}: ${text}`, { cause: error, ...(area ? { page: { id: area.id, unpaged: `${head}: ${text}`, key } } : {}) });
}

/**
 * What to do when a filter was given nothing: a figure this area does not have (null: not
 * supplied, withheld, a force that did not reply) is guarded; a name that is not in the model
 * at all (undefined) is most often misspelt, and `explain` lists the names a page has.
 */
function missingHint(detail: string, campaignId: string, area?: { kind: string; id: string }): string {
  if (/found null$/.test(detail)) return ' (this area has no such figure: not supplied, withheld, or not replied; guard the sentence with {% if … != none %})';
  if (/found undefined \(a missing value\?\)$/.test(detail)) {
    return `: a misspelt name? \`localpress explain --campaign ${campaignId} --area ${area?.id ?? 'ID'}\` lists the names a page can use`;
  }
  return '';
}

/**
 * Nunjucks renders what follows an {% include %} inside the included file's callback, so an error
 * later in the including file is also wrapped with the included file's last line: "(parts/x.njk)
 * [Line 2, Column 285]" under the real place. When the outermost place is a call of the very
 * filter that failed (`{{ force.rates | rate }}` and "rate: …"), that is where it happened.
 */
function filterAtOuterMark(raw: string, marks: RegExpMatchArray[], file: string, part: Part): RegExpMatchArray | undefined {
  const outer = marks[0];
  if (!outer || outer[2] === undefined || marks.filter((m) => m[2] !== undefined).length < 2) return undefined;
  const filter = /(?:^|\n)\s*(?:\w*Error: )?(\w+)(?: \([^)]*\))?: /.exec(raw.slice((marks[marks.length - 1]!.index ?? 0) + marks[marks.length - 1]![0].length))?.[1];
  if (!filter) return undefined;
  const at = outer[1];
  const inPart = !at || at === file || at === 'unknown path';
  const text = (inPart ? part.source : readSource(at)).split('\n')[Number(outer[2]) - 1] ?? '';
  const before = text.slice(0, Number(outer[3]) - 1);
  return text.slice(Number(outer[3]) - 1).startsWith(filter) && /\|\s*$/.test(before) ? outer : undefined;
}

/** The names of the filters a release can use: ours (suggested first), and Nunjucks' own too. */
interface FilterNames {
  house: readonly string[];
  all: readonly string[];
}

/** An included file's text, to find a tag it leaves open ("" when it cannot be read). */
function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Unknown filters are found before rendering, with their line: Nunjucks itself reports them without one. */
function checkFilterNames(parts: Record<string, Part>, env: nunjucks.Environment, file: string, campaignId: string, names: FilterNames): void {
  for (const [part, spec] of Object.entries(parts)) {
    const { source } = spec;
    const lines = source.split('\n');
    lines.forEach((text, i) => {
      for (const tag of text.matchAll(/\{\{[^}]*\}\}|\{%[^%]*%\}/g)) {
        for (const m of tag[0].matchAll(/\|\s*([A-Za-z_]\w*)/g)) {
          const name = m[1] ?? '';
          try {
            env.getFilter(name);
          } catch {
            const pos = filePosition(spec, i + 1, (tag.index ?? 0) + (m.index ?? 0) + 1);
            throw new TemplateError(`${file}:${pos.line}:${pos.column}  ${part}  campaign '${campaignId}': ${unknownFilter(name, names.house, names.all)}`);
          }
        }
      }
    });
  }
}
