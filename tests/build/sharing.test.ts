/**
 * Sharing and linking in the built site: Open Graph and canonical tags on every page, a social
 * image of the right size behind every og:image, the sitemap and robots.txt, JSON-LD on goal and
 * assignment pages, and the goal page's "Länka till detta mål" box.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { IS_PREVIEW, PUBLISHER, SITE_URL } from '../../src/consts.ts';
import { PlanExportSchema } from '../../src/open-data/schema.ts';
import { GOAL_COLUMNS, INDICATOR_COLUMNS } from '../../src/open-data/tables.ts';
import { readPages, resolvesInDist } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';
import { builtSites } from '../helpers/sites.ts';
import { readablePages, sitePages } from '../../scripts/lib/site-pages.ts';

const distDir = inject('distDir');
let pages: Map<string, HTMLElement>;
const meta = (page: HTMLElement, key: string) =>
  page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const isGoal = (url: string) => /^\/mal\/[a-z-]+\/\d+-\d+\/$/.test(url);
const isAssignment = (url: string) => /^\/uppdrag\/[a-z0-9-]+\/$/.test(url);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

beforeAll(async () => {
  pages = await readPages(distDir);
});

describe('link previews', () => {
  it('gives every page a title, description, type, locale, site name and a large Twitter card', () => {
    for (const [url, page] of pages) {
      expect(meta(page, 'og:title'), url).toBeTruthy();
      expect(meta(page, 'og:description'), url).toBe(meta(page, 'description'));
      expect(meta(page, 'description')?.length, url).toBeGreaterThan(10);
      expect(['website', 'article'], url).toContain(meta(page, 'og:type'));
      expect(meta(page, 'og:locale'), url).toBe('sv_SE');
      expect(meta(page, 'og:site_name'), url).toBeTruthy();
      expect(meta(page, 'twitter:card'), url).toBe('summary_large_image');
    }
  });

  it('gives every page but the 404 its canonical address from SITE_URL; the 404 page asks not to be indexed', () => {
    for (const [url, page] of pages) {
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (url === '/404') {
        expect(canonical).toBeUndefined();
        expect(meta(page, 'robots')).toBe('noindex');
        continue;
      }
      expect(canonical, url).toBe(new URL(url, SITE_URL).href);
      expect(meta(page, 'og:url'), url).toBe(canonical);
    }
  });

  it('points every og:image at a 1200×630 PNG in dist/, by an absolute URL', async () => {
    for (const [url, page] of pages) {
      const image = meta(page, 'og:image') ?? '';
      expect(image.startsWith(`${SITE_URL}/og/`), `${url}: ${image}`).toBe(true);
      const path = new URL(image).pathname;
      expect(resolvesInDist(distDir, path), `${url} → ${path}`).toBe(true);
      expect(pngSize(await readFile(join(distDir, path))), `${url} → ${path}`).toEqual({ width: 1200, height: 630 });
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')], url).toEqual(['1200', '630']);
      expect(meta(page, 'og:image:alt'), url).toBeTruthy();
    }
  });

  it('gives the start page, about page and every area, goal, indicator and assignment page an image of its own', () => {
    const own = [...pages.keys()].filter(
      (url) => url === '/' || url === '/om/' || isGoal(url) || isAssignment(url) || /^\/(fokusomraden|indikatorer)\/[a-z0-9-]+\/$/.test(url),
    );
    expect(own.length).toBeGreaterThanOrEqual(11);
    const images = own.map((url) => new URL(meta(pages.get(url)!, 'og:image')!).pathname);
    expect(new Set(images).size).toBe(own.length);
    expect(images).toContain('/og/mal/vuxna/3-2.png');
  });
});

describe('sitemap and robots.txt', () => {
  // Redirect pages only forward to another address, so search engines are not offered them.
  it.each(builtSites())('lists every page of $name but the 404 and redirect pages, at absolute addresses', async ({ distDir, real }) => {
    const index = await readFile(join(distDir, 'sitemap.xml'), 'utf8');
    expect(index).toBe(await readFile(join(distDir, 'sitemap-index.xml'), 'utf8'));
    const listed: string[] = [];
    for (const sitemap of locs(index)) {
      expect(sitemap.startsWith(SITE_URL)).toBe(true);
      listed.push(...locs(await readFile(join(distDir, new URL(sitemap).pathname), 'utf8')));
    }
    const readable = (await readablePages(distDir)).map((page) => page.url).filter((url) => url !== '/404.html');
    expect(listed.sort()).toEqual(readable.map((url) => new URL(url, SITE_URL).href).sort());
    if (!real) expect(readable.length).toBeLessThan((await sitePages(distDir)).length - 1);
  });

  // Test builds are previews; the production text is pinned in tests/unit/site-settings.test.ts.
  it('has a robots.txt that, in a preview, turns every crawler away and submits no sitemap', async () => {
    expect(IS_PREVIEW).toBe(true);
    const robots = await readFile(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/$/m);
    expect(robots).not.toMatch(/^Sitemap:/m);
    expect(resolvesInDist(distDir, '/sitemap.xml')).toBe(true);
  });

  it('marks every page of a preview noindex and shows the "Förhandsversion" notice on it', () => {
    for (const [url, page] of pages) {
      expect(meta(page, 'robots'), url).toBe('noindex');
      // Redirect stubs are never read; they only forward.
      if (page.querySelector('meta[http-equiv="refresh"]')) continue;
      expect(page.querySelector('aside.preview-notice')?.text, url).toContain('Förhandsversion');
    }
  });
});

describe('structured data', () => {
  const jsonLd = (url: string) =>
    pages.get(url)!.querySelectorAll('head script[type="application/ld+json"]').map((s) => JSON.parse(s.text));

  it('describes each goal page in JSON-LD: the goal, its number, target group and focus area', () => {
    const goals = [...pages.keys()].filter(isGoal);
    expect(goals.length).toBeGreaterThanOrEqual(2);
    for (const url of goals) {
      const [data, ...more] = jsonLd(url);
      expect(more, url).toEqual([]);
      expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: new URL(url, SITE_URL).href });
      expect(data.mainEntity).toMatchObject({ '@type': 'CreativeWork', identifier: '3:2', inLanguage: 'sv' });
      expect(data.mainEntity.about.url).toMatch(new RegExp(`^${SITE_URL}/fokusomraden/`));
      // The sender comes from `publisher` in content/installningar.yml.
      expect(data.isPartOf.publisher.map((org: { name: string }) => org.name)).toEqual(PUBLISHER.parties);
    }
    expect(jsonLd('/mal/barn-och-unga/3-2/')[0].mainEntity.audience.audienceType).toBe('Barn och unga');
  });

  it('describes each assignment page in JSON-LD: who decided it, who funded it and which goals it serves', () => {
    const [data] = jsonLd('/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/');
    expect(data.mainEntity).toMatchObject({ '@type': 'CreativeWork', dateCreated: '2018-05-04' });
    expect(data.mainEntity.author['@type']).toBe('Organization');
    expect(data.mainEntity.funder.name).toBeTruthy();
    expect(data.mainEntity.about.map((goal: { url: string }) => goal.url)).toEqual([
      `${SITE_URL}/mal/vuxna/3-2/`,
      `${SITE_URL}/mal/barn-och-unga/3-2/`,
    ]);
  });

  it('has no JSON-LD on other pages', () => {
    for (const url of pages.keys()) if (!isGoal(url) && !isAssignment(url)) expect(jsonLd(url), url).toEqual([]);
  });
});

describe('"Länka till detta mål" on goal pages', () => {
  it('shows the permanent address in a labelled, read-only field with a copy button that only JavaScript reveals', () => {
    for (const url of [...pages.keys()].filter(isGoal)) {
      const box = pages.get(url)!.querySelector('section.permalink')!;
      expect(box.querySelector('h2')?.text, url).toBe('Länka till detta mål');
      const field = box.querySelector('textarea')!;
      expect(field.text, url).toBe(new URL(url, SITE_URL).href);
      expect(field.hasAttribute('readonly'), url).toBe(true);
      expect(box.querySelector(`label[for="${field.id}"]`)?.text.trim(), url).toBeTruthy();
      const button = box.querySelector('button')!;
      expect(button.hasAttribute('hidden'), url).toBe(true);
      expect(button.text.trim(), url).toBe('Kopiera länken');
      expect(box.querySelector('[role="status"]'), url).not.toBeNull();
    }
  });
});

describe('the Öppna data page', () => {
  it('is linked from every page footer and links to every data file, each of which exists', () => {
    for (const [url, page] of pages) {
      expect(page.querySelectorAll('footer a').map((a) => a.getAttribute('href')), url).toContain('/oppna-data/');
    }
    const links = pages.get('/oppna-data/')!.querySelectorAll('main a[href^="/data/"]').map((a) => a.getAttribute('href')!);
    expect(links.sort()).toEqual(['/data/indikatorer.csv', '/data/indikatorvarden.csv', '/data/mal.csv', '/data/plan.json', '/data/plan.schema.json']);
    for (const link of links) expect(resolvesInDist(distDir, link), link).toBe(true);
  });

  it('documents every field of plan.json and every CSV column', () => {
    const documented = new Set(pages.get('/oppna-data/')!.querySelectorAll('table th[scope="row"] code').map((c) => c.text));
    const { shape } = PlanExportSchema;
    const fields = [
      ...Object.keys(shape),
      ...(['focusAreas', 'goals', 'indicators', 'assignments', 'contactRoles', 'organisations', 'timeline'] as const)
        .flatMap((list) => Object.keys(shape[list].element.shape)),
    ];
    for (const field of fields) expect(documented, field).toContain(field);
    for (const column of [...GOAL_COLUMNS, ...INDICATOR_COLUMNS]) expect(documented, column.header).toContain(column.header);
  });
});
