import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { createFilters, defaultStyle, resolveStyle, type Style } from '../../src/phrase/index.ts';

/** A Nunjucks environment with the filters registered, as the site does it. */
function render(template: string, context: object = {}, style: Style = defaultStyle): string {
  const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
  for (const [name, fn] of Object.entries(createFilters(style))) env.addFilter(name, fn);
  return env.renderString(template, context);
}

describe('createFilters', () => {
  it('has exactly the documented filter names', () => {
    expect(Object.keys(createFilters(defaultStyle)).sort()).toEqual([
      'approx', 'article', 'change', 'fraction', 'list', 'num', 'ordinal', 'pct', 'place', 'plural', 'rank', 'rate', 'ucfirst', 'ukdate',
    ]);
  });

  it.each([
    ['{{ 4 | num }}', 'four'],
    ['{{ 1628 | num }}', '1,628'],
    ['{{ 18 | num(true) }}', 'Eighteen'],
    ['{{ 18 | num(capital=true) }}', 'Eighteen'],
    ['{{ 0.326 | pct }}', '32.6 per cent'],
    ['{{ 0.524 | pct(0) }}', '52 per cent'],
    ['{{ 0.524 | pct(dp=0) }}', '52 per cent'],
    ['{{ 0.326 | fraction }}', 'a third'],
    ["{{ 0.21 | fraction('one-in') }}", 'more than one in five'],
    ["{{ 0.2 | fraction(form='one-in') }}", 'one in five'],
    ['{{ 1993 | approx }}', 'nearly 2,000'],
    ['{{ 428 | change(126) }}', 'more than tripled'],
    ['{{ c | change }}', 'more than tripled'],
    ["{{ 136 | change(100, form='noun') }}", 'a rise of 36 per cent'],
    ["{{ 554 | change(274, form='perfect') }}", 'has more than doubled'],
    ["{{ 428 | change(126, verb='trebled') }}", 'more than trebled'],
    ['{{ 5161 | approx }}', 'more than 5,000'],
    ['{{ 5161 | approx(sf=2) }}', 'more than 5,100'],
    ["{{ 0.524 | pct(0, style='%') }}", '52%'],
    ['{{ 1.404 | pct(0) }}', '140 per cent'],
    ["{{ '2018-04-16' | ukdate(form='month-year') }}", 'April 2018'],
    ["{{ '2018-04-16' | ukdate(form='day-month') }}", '16 April'],
    ["{% macro fb() %}nearly a fifth{% endmacro %}{{ fb() | ucfirst }}", 'Nearly a fifth'],
    ['{{ 2 | ordinal }}', 'second'],
    ['{{ r | rank }}', 'joint third highest of 39 forces'],
    ["{{ r | rank('regions') }}", 'joint third highest of 39 regions'],
    ["{{ 'offence' | plural(1) }} / {{ 'offence' | plural(21) }}", 'offence / offences'],
    ["{{ 'child' | plural(3, 'children') }}", 'children'],
    ['{{ apps | list }}', 'Facebook, Instagram and WhatsApp'],
    ["{{ fs | list(attr='name') }}", 'Gwent Police and Dyfed-Powys Police'],
    ["{{ fs | list(attr='name', count='offences') }}", 'Gwent Police 21 and Dyfed-Powys Police 19'],
    ["{{ '2018-04-16' | ukdate }}", 'Monday 16 April 2018'],
    ["{{ '2018-04-16T00:01:00+01:00' | ukdate(true) }}", '00:01 Monday 16 April 2018'],
    ["{{ '2018-04-16T00:01:00+01:00' | ukdate(withTime=true) }}", '00:01 Monday 16 April 2018'],
    ['{{ 0.18 | pct(0) | article }} rise', 'an 18 per cent rise'],
    ["{{ 'North West' | place }}", 'the North West'],
    ['{{ 0.198 | fraction | ucfirst }}', 'Nearly a fifth'],
  ])('%s → %j', (template, expected) => {
    const context = {
      c: { from: 126, to: 428, absolute: 302, ratio: 428 / 126, percent: 302 / 126 },
      r: { position: 3, of: 39, joint: true, direction: 'highest' },
      apps: ['Facebook', 'Instagram', 'WhatsApp'],
      fs: [{ name: 'Gwent Police', offences: 21 }, { name: 'Dyfed-Powys Police', offences: 19 }],
    };
    expect(render(template, context)).toBe(expected);
  });

  it('binds the campaign style', () => {
    const style = resolveStyle({ percent: '%', words_up_to: 10, oxford_comma: true });
    expect(render("{{ 0.326 | pct }}, {{ 10 | num }}, {{ ['a', 'b', 'c'] | list }}", {}, style)).toBe('32.6%, ten, a, b, and c');
  });

  it('fails the render on a missing value, naming the filter', () => {
    expect(() => render('{{ force.share | pct }} of cases', { force: {} })).toThrow(
      /pct: expected a share of 0 or more .* found undefined \(a missing value\?\)/,
    );
    expect(() => render('{{ force.offences | num }}', { force: { offences: null } })).toThrow(/num: expected a number of 0 or more, found null/);
    expect(() => render('{{ 5 | change(previous) }}')).toThrow(/change \(the earlier figure\): .* found undefined/);
  });

  it('rejects an unknown keyword argument, with "did you mean"', () => {
    expect(() => createFilters(defaultStyle).num!(4, { capitalise: true, __keywords: true })).toThrow(
      new PhraseError(`num: unknown option "capitalise" (did you mean 'capital'?) (options: capital)`),
    );
    expect(() => render("{{ 0.5 | pct(stlye='%') }}")).toThrow(
      `pct: unknown option "stlye" (did you mean 'style'?) (options: dp, style=…)`,
    );
    expect(() => render('{{ 5 | ordinal(capital=true) }}')).toThrow('ordinal: unknown option "capital" (ordinal takes no options)');
  });

  it('rejects values in brackets a filter does not take without a name', () => {
    expect(() => render('{{ 5161 | approx(1) }}')).toThrow(
      'approx: too many values in brackets: 1 (did you mean approx(sf=1)?); options: sf=…',
    );
    expect(() => render("{{ 0.5 | pct(0, '%') }}")).toThrow(`pct: too many values in brackets: 0, "%" (did you mean pct(style="%")?); options: dp, style=…`);
    expect(() => render("{{ ['a'] | list(', ') }}")).toThrow(`list: too many values in brackets: ", " (did you mean list(attr=", ")?); options: attr=…, count=…`);
    expect(() => render('{{ 2 | ordinal(1) }}')).toThrow('ordinal: too many values in brackets: 1; ordinal takes no options');
  });
});
