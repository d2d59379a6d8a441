/** The `<abbr>` plugin, run through Sätteri (Astro 7's Markdown processor) as the build runs it. */
import { markdownToHtml } from 'satteri';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { abbreviationsPlugin, keepFirstPerPage } from '../../src/markdown/abbreviations.ts';
import { loadGlossaryTerms } from '../../src/markdown/glossary-terms.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const TERMS = [
  { abbreviation: 'VGR', title: 'Västra Götalandsregionen' },
  { abbreviation: 'NSPH VG', title: 'NSPH Västra Götaland och Göteborg' },
  { abbreviation: 'SoL', title: 'Socialtjänstlagen' },
];

function render(markdown: string) {
  const { html } = markdownToHtml(markdown, { hastPlugins: [abbreviationsPlugin(TERMS) as never] });
  return parse(html);
}

const abbrs = (html: ReturnType<typeof parse>) => html.querySelectorAll('abbr').map((a) => [a.text, a.getAttribute('title')]);

describe('marking abbreviations', () => {
  it('marks the first use of each abbreviation only, with its expansion as title', async () => {
    const html = render('VGR och NSPH VG samarbetar. VGR gör mer enligt SoL.\n\nVGR igen.');
    expect(abbrs(html)).toEqual([
      ['VGR', 'Västra Götalandsregionen'],
      ['NSPH VG', 'NSPH Västra Götaland och Göteborg'],
      ['SoL', 'Socialtjänstlagen'],
    ]);
    expect(html.querySelector('p')?.text).toBe('VGR och NSPH VG samarbetar. VGR gör mer enligt SoL.');
  });

  it('leaves headings, links and code alone and marks the first use in running text', async () => {
    const html = render('## Om VGR\n\nLäs [VGR:s sida](/x/) och `VGR`.\n\nSedan skriver VGR:s styrelse.');
    expect(html.querySelector('h2')?.innerHTML).toBe('Om VGR');
    expect(html.querySelector('a')?.innerHTML).toBe('VGR:s sida');
    expect(html.querySelector('code')?.innerHTML).toBe('VGR');
    expect(html.querySelectorAll('p')[1]?.querySelector('abbr')?.getAttribute('title')).toBe('Västra Götalandsregionen');
    expect(html.querySelectorAll('p')[1]?.text).toBe('Sedan skriver VGR:s styrelse.');
  });

  it('matches whole words, case and all', async () => {
    const html = render('VGRX, vgr och SOL är inga förkortningar här, men VGR-kansliet innehåller en.');
    expect(abbrs(html)).toEqual([['VGR', 'Västra Götalandsregionen']]);
  });

  it('starts afresh in every document', async () => {
    expect(abbrs(render('VGR.'))).toHaveLength(1);
    expect(abbrs(render('VGR.'))).toHaveLength(1);
  });
});

describe('one <abbr> per page', () => {
  it('keeps the first of each abbreviation on a page made of several texts and unwraps the rest', () => {
    const page = [render('VGR och SoL.').toString(), render('VGR igen och NSPH VG.').toString()].join('\n');
    const once = parse(keepFirstPerPage(page));
    expect(abbrs(once)).toEqual([
      ['VGR', 'Västra Götalandsregionen'],
      ['SoL', 'Socialtjänstlagen'],
      ['NSPH VG', 'NSPH Västra Götaland och Göteborg'],
    ]);
    expect(once.text).toContain('VGR igen');
    expect(once.querySelectorAll('[data-glossary]')).toHaveLength(0);
  });
});

describe('the glossary the plugin uses', () => {
  it('holds the real glossary, each term with a title', () => {
    const terms = loadGlossaryTerms(`${PROJECT_ROOT}/content`);
    expect(terms.map((t) => t.abbreviation)).toEqual(expect.arrayContaining(['VGR', 'SKL', 'NSPHiG', 'NSV', 'SIP', 'HSS', 'FINSAM', 'VVG', 'SRO']));
    expect(terms.map((t) => t.abbreviation)).not.toContain('KPH');
    for (const term of terms) expect(term.title, term.abbreviation).not.toBe('');
  });
});
