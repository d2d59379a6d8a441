/** The search page and the header search field, as built HTML. The search itself: tests/browser. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPages } from '../helpers/dist.ts';

let pages: Map<string, HTMLElement>;
let search: HTMLElement;

beforeAll(async () => {
  pages = await readPages(inject('distDir'));
  search = pages.get('/sok/')!;
});

const labelText = (page: HTMLElement, control: HTMLElement) =>
  page.querySelector(`label[for="${control.getAttribute('id')}"]`)?.text.trim();

describe('the header search field', () => {
  it('is on every page but the search page, as a GET form to /sok/ with a labelled field named q', () => {
    for (const [url, page] of pages) {
      const form = page.querySelector('header form[role="search"]');
      if (url === '/sok/') {
        expect(form, url).toBeNull();
        continue;
      }
      expect(form?.getAttribute('action'), url).toBe('/sok/');
      expect(form?.getAttribute('method'), url).toBe('get');
      const field = form!.querySelector('input[name="q"]')!;
      expect(field.getAttribute('type'), url).toBe('search');
      expect(labelText(page, field), url).toBe('Sök i handlingsplanen');
      expect(form!.querySelector('button[type="submit"]')?.text.trim(), url).toBe('Sök');
    }
  });
});

describe('the search page /sok/', () => {
  it('exists, is Swedish and is not itself indexed', () => {
    expect(search).toBeDefined();
    expect(search.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(search.querySelector('h1')?.text).toBe('Sök i handlingsplanen');
    expect(search.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('loads its script as one external module, with no inline script (for a strict CSP)', () => {
    const scripts = search.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
    expect(scripts[0]!.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
    expect(scripts[0]!.text.trim()).toBe('');
    expect(search.querySelectorAll('[onclick], [onload], [onsubmit], [oninput], [onchange]')).toHaveLength(0);
  });

  it('has a labelled query field in a GET form that works without JavaScript', () => {
    const form = search.querySelector('main form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/sok/');
    expect(form.getAttribute('method')).toBe('get');
    const field = form.querySelector('input[name="q"]')!;
    expect(labelText(search, field)).toBe('Sökord');
  });

  it('says plainly, until the script takes over, that search needs JavaScript, and links to the lists', () => {
    const notice = search.querySelector('[data-search-notice]')!;
    expect(notice.getAttribute('hidden')).toBeUndefined();
    expect(notice.text).toContain('Sökningen behöver JavaScript');
    const links = notice.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/fokusomraden/', '/mal/', '/indikatorer/']));
  });

  it('offers labelled filters for type, focus area and target group, with an "all" choice first', () => {
    const selects = search.querySelectorAll('fieldset select');
    expect(selects.map((select) => labelText(search, select))).toEqual(['Typ av sida', 'Fokusområde', 'Målgrupp']);
    expect(search.querySelector('fieldset legend')?.text).toBe('Avgränsa sökningen');
    for (const select of selects) expect(select.querySelector('option')?.getAttribute('value')).toBe('');
    const groups = search.querySelectorAll('select[name="malgrupp"] option').map((o) => o.text.trim());
    expect(groups).toEqual(['Alla målgrupper', 'Vuxna', 'Barn och unga']);
    const types = search.querySelectorAll('select[name="typ"] option').map((o) => o.text.trim());
    expect(types).toEqual(['Alla typer', 'Fokusområde', 'Mål', 'Indikator', 'Uppdragshandling', 'Delregion', 'Kontakt', 'Sida']);
    expect(search.querySelectorAll('select[name="omrade"] option')).toHaveLength(6);
  });

  it('has a polite live region for the result count', () => {
    expect(search.querySelector('main [role="status"]')).not.toBeNull();
  });
});
