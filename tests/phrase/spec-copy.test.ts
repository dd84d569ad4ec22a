/**
 * The published sentences in SPEC.md ("The kind of copy the releases must be able to
 * produce"), rebuilt from their figures with the filters, as release.njk would.
 */
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { createFilters, defaultStyle, resolveStyle, type Style } from '../../src/phrase/index.ts';

function render(template: string, context: object, style: Style = defaultStyle): string {
  const env = new nunjucks.Environment(null, { autoescape: false });
  for (const [name, fn] of Object.entries(createFilters(style))) env.addFilter(name, fn);
  return env.renderString(template, context);
}

describe('the SPEC copy, from figures', () => {
  it('Facebook used in four online grooming offences in Derbyshire', () => {
    expect(render('{{ p.name }} used in {{ p.count | num }} online grooming {{ "offence" | plural(p.count) }} in {{ area }}', {
      p: { name: 'Facebook', count: 4 }, area: 'Derbyshire',
    })).toBe('Facebook used in four online grooming offences in Derbyshire');
  });

  it('In Derbyshire, police recorded 20 offences … youngest victim aged just nine.', () => {
    expect(render(
      'In {{ area }}, police recorded {{ offences | num }} offences, with {{ fb | num }} involving the social media giant' +
        ' and its affiliated apps, with the youngest victim aged just {{ age | num }}.',
      { area: 'Derbyshire', offences: 20, fb: 4, age: 9 },
    )).toBe('In Derbyshire, police recorded 20 offences, with four involving the social media giant and its affiliated apps,' +
      ' with the youngest victim aged just nine.');
  });

  it('Facebook was used in a third (32.6 per cent) of cases', () => {
    expect(render('Facebook was used in {{ s | fraction }} ({{ s | pct }}) of cases', { s: 0.326 }))
      .toBe('Facebook was used in a third (32.6 per cent) of cases');
  });

  it('Facebook owned apps Instagram and Whatsapp were used in nearly a fifth (19.8 per cent) of cases', () => {
    expect(render('Facebook owned apps {{ apps | list }} were used in {{ s | fraction }} ({{ s | pct }}) of cases', {
      apps: ['Instagram', 'Whatsapp'], s: 0.198,
    })).toBe('Facebook owned apps Instagram and Whatsapp were used in nearly a fifth (19.8 per cent) of cases');
  });

  it('… were used in 52 per cent of those cases', () => {
    expect(render('were used in {{ s | pct(0) }} of those cases', { s: 0.524 })).toBe('were used in 52 per cent of those cases');
  });

  it('police forces in the North-West recorded 1,993 … More than half of these (52%), involved Facebook-owned apps.', () => {
    const style = resolveStyle({ percent: '%' });
    expect(render(
      'police forces in {{ region | place }} recorded {{ n | num }} online child sex crimes where the method of communication' +
        ' was known. {{ s | fraction | ucfirst }} of these ({{ s | pct(0) }}), involved Facebook-owned apps.',
      { region: 'North-West', n: 1993, s: 0.524 }, style,
    )).toBe('police forces in the North-West recorded 1,993 online child sex crimes where the method of communication was known.' +
      ' More than half of these (52%), involved Facebook-owned apps.');
  });

  it('the number of cases rising from 126 in 2017 to 428 (trebling)', () => {
    expect(render('the number of cases {{ to | change(from) }}, from {{ from | num }} in 2017 to {{ to | num }}', { from: 126, to: 428 }))
      .toBe('the number of cases more than tripled, from 126 in 2017 to 428');
    // "Trebled" is a style (multiples: trebled) or a per-call choice.
    expect(render('the number of cases {{ to | change(from) }}', { from: 126, to: 428 }, resolveStyle({ multiples: 'trebled' })))
      .toBe('the number of cases more than trebled');
  });

  it('more than 5,100 reports … according to data from 39 of the 43 forces', () => {
    expect(render('{{ n | approx }} reports, according to data from {{ replied | num }} of the {{ asked | num }} forces', {
      n: 5112, replied: 39, asked: 43,
    })).toBe('more than 5,100 reports, according to data from 39 of the 43 forces');
  });

  it('nearly 2,000 cases; around one in five victims were 11-years-old or younger', () => {
    expect(render("{{ n | approx }} cases; around {{ s | fraction('one-in') }} victims", { n: 1993, s: 0.2 }))
      .toBe('nearly 2,000 cases; around one in five victims');
  });

  it('The highest proportion … were recorded in the north of England, where 444, or 33.7%, of cases were logged.', () => {
    expect(render('were recorded in {{ where | place }}, where {{ n | num }}, or {{ s | pct }}, of cases were logged.', {
      where: 'north of England', n: 444, s: 0.337,
    }, resolveStyle({ percent: '%' }))).toBe('were recorded in the north of England, where 444, or 33.7%, of cases were logged.');
  });

  it('Eighteen child grooming crimes have been recorded …', () => {
    expect(render('{{ n | num(true) }} child grooming crimes have been recorded', { n: 18 }))
      .toBe('Eighteen child grooming crimes have been recorded');
  });

  it('Embargoed until 00:01 Monday 16 April 2018', () => {
    expect(render('Embargoed until {{ e | ukdate(true) }}', { e: '2018-04-16T00:01:00+01:00' }))
      .toBe('Embargoed until 00:01 Monday 16 April 2018');
  });

  it('Derbyshire recorded the joint third highest number of offences of 39 forces, an 18 per cent rise', () => {
    expect(render('The figure was the {{ r | rank }}, {{ 0.18 | pct(0) | article }} rise on the year before.', {
      r: { position: 3, of: 39, joint: true, direction: 'highest' },
    })).toBe('The figure was the joint third highest of 39 forces, an 18 per cent rise on the year before.');
  });
});
