/** The real site, as built: glossary and `<abbr>`, edit links and dates, search markers. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { REPOSITORY_URL } from '../../src/consts.ts';
import { loadGlossaryTerms } from '../../src/lib/glossary-terms.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { readPages } from '../helpers/dist.ts';

const distDir = inject('distDir');
let pages: Map<string, HTMLElement>;
const terms = loadGlossaryTerms(join(PROJECT_ROOT, 'content'));

beforeAll(async () => {
  pages = await readPages(distDir);
});

describe('the glossary', () => {
  it('lists every term on /ordlista/, in Swedish alphabetical order', () => {
    const listed = pages.get('/ordlista/')!.querySelectorAll('dl dt').map((dt) => dt.text.trim());
    expect(listed).toEqual(terms.map((t) => t.abbreviation).sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('marks abbreviations with their expansion, never inside links, code or headings', () => {
    const titles = new Map(terms.map((t) => [t.abbreviation, t.title]));
    let marked = 0;
    for (const [url, page] of pages) {
      for (const abbr of page.querySelectorAll('main abbr')) {
        marked++;
        expect(abbr.getAttribute('title'), `${url} ${abbr.text}`).toBe(titles.get(abbr.text));
        expect(abbr.closest('a, code, pre, h1, h2, h3, h4, h5, h6'), url).toBeNull();
      }
    }
    expect(marked).toBeGreaterThan(0);
  });

  it('marks each abbreviation once per page, also on pages made of many texts', () => {
    for (const [url, page] of pages) {
      const marked = page.querySelectorAll('abbr').map((a) => a.text);
      expect(new Set(marked).size, url).toBe(marked.length);
      expect(page.querySelectorAll('[data-glossary]'), url).toHaveLength(0);
    }
    expect(pages.get('/organisation/')!.querySelectorAll('abbr').map((a) => a.text)).toContain('VGR');
  });
});

describe('editing links and dates', () => {
  // Pages made from content files. The 404, search, accessibility-statement and open-data pages
  // are written in the templates (or generated from check results), and redirect stubs only redirect.
  const contentPages = () =>
    [...pages].filter(
      ([url]) =>
        !['/404', '/sok/', '/tillganglighet/', '/oppna-data/'].includes(url) && !pages.get(url)!.querySelector('meta[http-equiv="refresh"]'),
    );

  it('links "Föreslå en ändring" on every page to a file or folder that exists in the repository', () => {
    for (const [url, page] of contentPages()) {
      const link = page.querySelectorAll('main a').find((a) => a.text.trim() === 'Föreslå en ändring');
      const href = link?.getAttribute('href') ?? '';
      const path = href.replace(new RegExp(`^${REPOSITORY_URL}/(edit|tree)/main/`), '');
      expect(path, url).toMatch(/^content(\/|$)/);
      expect(existsSync(join(PROJECT_ROOT, path)), `${url} → ${path}`).toBe(true);
    }
  });

  it('shows "Senast uppdaterad" as the date of the file\'s last commit', () => {
    const page = pages.get('/mal/vuxna/3-2/')!;
    // The page shows its focus area, indicators, assignments, contacts and counterpart too; the latest of their commits counts.
    const shown = ['content/mal/', 'content/fokusomraden/enskildas-delaktighet-och-rattigheter.md', 'content/indikatorer/', 'content/uppdrag/', 'content/kontakter/'];
    const expected = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...shown], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    expect(page.querySelector('.edit-info')?.text).toContain('Senast uppdaterad');
    expect(page.querySelector('.edit-info time')?.getAttribute('datetime')).toBe(expected);
  });

  it('marks current pages as searchable', () => {
    for (const [url, page] of contentPages()) expect(page.querySelector('main')?.hasAttribute('data-pagefind-body'), url).toBe(true);
  });

  it('writes a _redirects file for hosts that read one', () => {
    expect(existsSync(join(distDir, '_redirects'))).toBe(true);
  });
});
