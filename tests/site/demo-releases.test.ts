/**
 * The demo releases are the house examples a press officer copies (issue 13): every file
 * (each page kind and each shared part) at most 45 lines and 8 `if`s, no `groupby`, no
 * arithmetic in `set`, lists through the `list` filter rather than joined by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CAMPAIGNS = path.resolve(import.meta.dirname, '../../data/campaigns');

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return templates(full);
    return name.endsWith('.njk') ? [full] : [];
  });
}

const files = readdirSync(CAMPAIGNS).flatMap((c) => templates(path.join(CAMPAIGNS, c)));
/** The Nunjucks tags and expressions of a template, comments left out. */
const tags = (text: string) => [...text.replace(/\{#[\s\S]*?#\}/g, '').matchAll(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g)].map((m) => m[0]);
/** Every `if` and `elif`, in tags and inline in expressions. */
const ifs = (text: string) => tags(text).reduce((n, tag) => n + (tag.match(/\b(?:if|elif)\b/g)?.length ?? 0), 0);
/** A `set` that computes: an arithmetic operator outside quoted text ('Police in ' + where is joining words). */
const setArithmetic = (text: string) =>
  tags(text).filter((t) => /^\{%-?\s*set\b/.test(t)).filter((t) => /[-*/%]|\+\s*\d|\d\s*\+/.test(t.replace(/'[^']*'|"[^"]*"/g, "''").replace(/^\{%-?|-?%\}$/g, '')));

describe('the demo releases', () => {
  it('are split by page kind, with shared parts', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const campaign of readdirSync(CAMPAIGNS)) {
      for (const kind of ['force', 'region', 'national']) expect(files).toContain(path.join(CAMPAIGNS, campaign, 'release', `${kind}.njk`));
    }
  });

  it.each(files.map((f) => [path.relative(CAMPAIGNS, f), f]))('%s: at most 45 lines and 8 ifs, no groupby, no set arithmetic, no hand-joined lists', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(45);
    expect(ifs(text)).toBeLessThanOrEqual(8);
    expect(text).not.toMatch(/\|\s*groupby\b/);
    expect(setArithmetic(text)).toEqual([]);
    expect(text).not.toMatch(/loop\.(revindex|last|first|index)/);
  });

  it('the checks catch what they are for', () => {
    expect(ifs("{% if a %}x{% elif b %}y{% endif %}{{ 'on' if c else 'in' }}")).toBe(3);
    expect(setArithmetic("{% set n = a + 1 %}{% set who = 'Police in ' + where %}{% set d = a / b %}")).toHaveLength(2);
  });
});
