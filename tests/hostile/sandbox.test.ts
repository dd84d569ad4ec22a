/** The release sandbox on its own (src/site/sandbox.ts): each budget with small limits, and Eleventy's Nunjucks left alone. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDER_LIMITS, createReleaseEnvironment, type RenderLimits } from '../../src/site/sandbox.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'localpress-sandbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(source: string, limits: Partial<RenderLimits> = {}, context: object = {}): string {
  const { compile } = createReleaseEnvironment(dir, {}, { ...RENDER_LIMITS, ...limits });
  return compile(source, 'release.njk', path.join(dir, 'release.njk')).render(context);
}

describe('render budgets', () => {
  it('stops a render over its time budget, naming the line', () => {
    const started = performance.now();
    expect(() => render('\n{% for i in range(0, 100000) %}{% for j in range(0, 100000) %}{% endfor %}{% endfor %}', { milliseconds: 50, steps: 1e12 })).toThrow(
      /\[Line 2, Column \d+\]\s+the render went over its time budget of 50 ms/,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('stops a render over its step budget, counting nested loops', () => {
    expect(() => render('{% for i in range(0, 100) %}{% for j in range(0, 100) %}{% endfor %}{% endfor %}', { steps: 1_000 })).toThrow(/budget of 1,000 steps/);
    expect(render('{% for i in range(0, 10) %}{% for j in range(0, 10) %}{% endfor %}{% endfor %}ok', { steps: 1_000 })).toBe('ok');
  });
  it('counts macro calls and filter calls as steps', () => {
    expect(() => render('{% macro m() %}x{% endmacro %}{% for i in range(0, 50) %}{{ m() }}{% endfor %}', { steps: 60 })).toThrow(/steps/);
    expect(() => render('{% for i in range(0, 50) %}{{ "a" | upper | lower }}{% endfor %}', { steps: 60 })).toThrow(/steps/);
  });
  it('stops output over its size budget, and values over it', () => {
    expect(() => render('{% for i in range(0, 100) %}xxxxxxxxxx{% endfor %}', { outputChars: 500 })).toThrow(/grew beyond 500 characters/);
    expect(() => render('{% set s = "xxxxxxxxxx" %}{% for i in range(0, 10) %}{% set s = s ~ s %}{% endfor %}', { outputChars: 500 })).toThrow(/grew beyond 500 characters/);
    expect(() => render('{{ "x" | replace("", "yyyyyyyyyy") | replace("", "yyyyyyyyyy") | replace("", "yyyyyyyyyy") }}', { outputChars: 500 })).toThrow(/grew beyond 500 characters/);
  });
  it('counts the parts of a value as printing would walk them, shared parts as often as they occur', () => {
    expect(() => render('{% set a = [1, 2, 3] %}{% for i in range(0, 10) %}{% set a = [a, a] %}{% endfor %}', { valueParts: 1_000 })).toThrow(/\[Line 1, Column \d+\]\s+a value grew beyond 1,000 parts/);
    expect(render('{% set a = [1, 2, 3] %}{% for i in range(0, 5) %}{% set a = [a, a] %}{% endfor %}{{ a | dump | length }}', { valueParts: 1_000 })).toMatch(/^\d+$/);
    const model = { forces: Array.from({ length: 100 }, (_, i) => ({ id: `f${i}`, platforms: { a: 1, b: 2 } })) };
    // Each force is 5 parts (itself, id, platforms and its two counts): forces is 501.
    expect(render('{{ [forces, forces, forces] | length }} {{ (forces | batch(10)) | length }}', { valueParts: 2_000 }, model)).toBe('3 10');
    expect(() => render('{{ [forces, forces, forces, forces] | length }}', { valueParts: 2_000 }, model)).toThrow(/parts/);
  });
  it('gives each render a fresh budget', () => {
    const { compile } = createReleaseEnvironment(dir, {}, { ...RENDER_LIMITS, steps: 150 });
    const template = compile('{% for i in range(0, 100) %}{% endfor %}ok', 'release.njk', 'release.njk');
    for (let i = 0; i < 5; i++) expect(template.render({})).toBe('ok');
  });
});

describe('the sandbox is only for release templates', () => {
  it("leaves Eleventy's Nunjucks (the same module) as it was", () => {
    render('{{ "x" }}');
    const plain = new nunjucks.Environment(null, { autoescape: false });
    // Stock Nunjucks still reaches Function (which is why release templates do not use it).
    expect(plain.renderString('{{ range.constructor("return 7")() }} {{ range(0, 3) | join }}', {})).toBe('7 012');
  });
  it('keeps model values as they were: ordinary templates still render', () => {
    const model = { forces: [{ name: 'Gwent', offences: 3 }, { name: 'Kent', offences: 9 }], area: { name: 'Wales', rate: 1.25 } };
    const out = render('{% for f in forces | sort(true, false, "offences") %}{{ f.name }}{% if not loop.last %}, {% endif %}{% endfor %}; {{ area.name | upper }} {{ area.rate.toFixed(1) }} {{ forces.length }} {{ area["name"] }} {{ area.missing if area.missing else "-" }}', {}, model);
    expect(out).toBe('Kent, Gwent; WALES 1.3 2 Wales -');
  });
});

describe('README', () => {
  it('states the limits the code has', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
    const n = (x: number) => x.toLocaleString('en-GB');
    expect(readme).toContain(`at most ${n(RENDER_LIMITS.steps)} steps`);
    expect(readme).toContain(`${n(RENDER_LIMITS.milliseconds / 1000)} seconds and ${n(RENDER_LIMITS.outputChars)} characters`);
    expect(readme).toContain(`at most ${n(RENDER_LIMITS.rangeLength)} numbers`);
    expect(readme).toContain(`at most ${n(RENDER_LIMITS.valueParts)} parts`);
    expect(readme).toContain(`nest at most ${RENDER_LIMITS.macroDepth} deep`);
    expect(readme).toContain(`includes ${RENDER_LIMITS.includeDepth} deep`);
  });
});
