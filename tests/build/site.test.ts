import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { hrefsIn, internalLinks, readPages, resolvesInDist } from '../helpers/dist.ts';

let pages: Map<string, HTMLElement>;
const distDir = inject('distDir');
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`No page at ${url}; built: ${[...pages.keys()].join(', ')}`);
  return found;
};
const urlsUnder = (prefix: string) => [...pages.keys()].filter((url) => url.startsWith(prefix) && url !== prefix);

beforeAll(async () => {
  pages = await readPages(distDir);
});

describe('the built site', () => {
  it('has the agreed URLs', () => {
    for (const url of ['/', '/fokusomraden/', '/mal/', '/indikatorer/', '/uppdrag/', '/kontakt/', '/om/', '/404']) {
      expect(pages.has(url), url).toBe(true);
    }
    expect(pages.has('/mal/vuxna/3-2/')).toBe(true);
    expect(pages.has('/mal/barn-och-unga/3-2/')).toBe(true);
    expect(pages.has('/fokusomraden/enskildas-delaktighet-och-rattigheter/')).toBe(true);
    expect(urlsUnder('/fokusomraden/')).toHaveLength(5);
  });

  it('uses lower-case ASCII paths with trailing slashes', () => {
    for (const url of pages.keys()) if (url !== '/404') expect(url).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });

  it('is Swedish on every page, with one h1 and breadcrumbs on inner pages', () => {
    for (const [url, html] of pages) {
      expect(html.querySelector('html')?.getAttribute('lang'), url).toBe('sv');
      expect(html.querySelectorAll('h1'), url).toHaveLength(1);
      // A redirect page (an earlier address, `redirectFrom`) only says where the page moved.
      const redirect = html.querySelector('meta[http-equiv="refresh"]') !== null;
      if (url !== '/' && url !== '/404' && !redirect) expect(html.querySelector('nav.breadcrumbs'), url).not.toBeNull();
    }
  });

  it('ships no client-side JavaScript on content pages, except the copy button on goal pages', () => {
    for (const [url, html] of pages) {
      if (url.startsWith('/sok/')) continue;
      const scripts = html.querySelectorAll('script:not([type="application/ld+json"])');
      // Goal pages load one tiny external module that reveals the "Kopiera länken" button in
      // "Länka till detta mål"; without it the address stays selectable. External, not inline,
      // so that a strict Content-Security-Policy needs no exception for it.
      if (/^\/mal\/[a-z-]+\/\d+-\d+\/$/.test(url)) {
        expect(scripts.map((script) => script.outerHTML), url).toEqual(['<script type="module" src="/copy-link.js"></script>']);
        expect(scripts[0]?.text, url).toBe('');
      } else {
        expect(scripts, url).toHaveLength(0);
      }
    }
  });

  it('links every goal page to its focus area and each of its indicators', () => {
    const goalUrls = urlsUnder('/mal/').filter((url) => url.split('/').length === 5);
    expect(goalUrls.length).toBeGreaterThanOrEqual(2);
    for (const url of goalUrls) {
      const links = hrefsIn(page(url));
      expect(links.some((href) => href.startsWith('/fokusomraden/')), url).toBe(true);
      expect(links.some((href) => href.startsWith('/indikatorer/') && href !== '/indikatorer/'), url).toBe(true);
    }
  });

  it('links every indicator page back to every goal that uses it', () => {
    const indicator = hrefsIn(page('/indikatorer/systematiskt-samarbete-med-brukarorganisationer/'));
    expect(indicator).toContain('/mal/vuxna/3-2/');
    expect(indicator).toContain('/mal/barn-och-unga/3-2/');
    for (const url of urlsUnder('/indikatorer/')) {
      const goalLinks = hrefsIn(page(url)).filter((href) => /^\/mal\/[a-z-]+\/\d+-\d+\/$/.test(href));
      for (const goal of goalLinks) expect(hrefsIn(page(goal)), `${goal} → ${url}`).toContain(url);
    }
  });

  it('lists every goal on its focus area page', () => {
    const area = hrefsIn(page('/fokusomraden/enskildas-delaktighet-och-rattigheter/'));
    expect(area).toEqual(expect.arrayContaining(['/mal/vuxna/3-2/', '/mal/barn-och-unga/3-2/']));
  });

  it('walks from a goal to the other goal sharing its indicator, and to the funding document', () => {
    const adult = hrefsIn(page('/mal/vuxna/3-2/'));
    expect(adult).toContain('/mal/barn-och-unga/3-2/');
    const assignment = adult.find((href) => href.startsWith('/uppdrag/') && href !== '/uppdrag/');
    expect(assignment).toBe('/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/');
    expect(hrefsIn(page(assignment!))).toEqual(expect.arrayContaining(['/mal/vuxna/3-2/', '/mal/barn-och-unga/3-2/']));
  });

  it('says the money an assignment has in words, on its page and on its goals’ pages', () => {
    // `funding: { amount: 2, unit: mnkr }` in content/uppdrag/statsbidrag-for-att-starka-brukarsamverkan.md.
    for (const url of ['/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/', '/mal/vuxna/3-2/']) {
      const text = page(url).querySelector('main')!.text;
      expect(text, url).toContain('2 miljoner kronor, fördelade av');
      expect(text, url).not.toMatch(/\b(mnkr|tkr)\b/);
    }
  });

  it('shows sources under "Källor" on every content page', () => {
    for (const url of [...urlsUnder('/mal/'), ...urlsUnder('/indikatorer/'), ...urlsUnder('/uppdrag/'), ...urlsUnder('/fokusomraden/')]) {
      // List pages (`/mal/`, and `/mal/vuxna/`, which lists one target group) carry no sources.
      if (url.split('/').length < 4 || /^\/mal\/[a-z-]+\/$/.test(url)) continue;
      const heading = page(url).querySelector('#kallor');
      expect(heading?.text, url).toBe('Källor');
      expect(page(url).querySelectorAll('.sources li').length, url).toBeGreaterThan(0);
    }
  });

  it('resolves every internal link and asset to a file in dist/', () => {
    const broken: string[] = [];
    for (const [url, html] of pages) {
      for (const link of internalLinks(html)) {
        if (!resolvesInDist(distDir, link)) broken.push(`${url} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
