/**
 * Built fixtures: a renamed goal file keeps its URL, a renumbered goal's old URL redirects to
 * its new one (in a browser too), and a withdrawn goal keeps its page but leaves lists and search.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { SITE_URL } from '../../src/consts.ts';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import { readPages } from '../helpers/dist.ts';
import { safeBuild } from '../helpers/safe-build.ts';
import { scenario } from '../helpers/scenario.ts';

async function build(name: string) {
  const { root, contentDir } = await scenario(name);
  const outDir = join(root, 'dist');
  const result = await safeBuild(contentDir, outDir, join(root, 'cache'));
  if (result.status !== 0) throw new Error(result.output);
  return { outDir, pages: await readPages(outDir) };
}

const h1 = (page: HTMLElement | undefined) => page?.querySelector('h1')?.text.trim();

describe('a goal file renamed', () => {
  it('is still published at its old URL', async () => {
    const { pages } = await build('renamed-goal');
    const page = pages.get('/mal/vuxna/1-2/');
    expect(h1(page)).toBe('Ett andra testmål för vuxna');
    // Fixture content has no git history: the page links to its file and leaves the date out.
    const editInfo = page?.querySelector('.edit-info');
    expect(editInfo?.querySelector('.edit-info__editors a')?.getAttribute('href')).toMatch(/\/edit\/main\/content\/mal\/vuxna-1-2-paverka-sin-vard\.md$/);
    expect(editInfo?.querySelector('time')).toBeNull();
    expect(editInfo?.text).not.toContain('Senast uppdaterad');
  });
});

describe('a goal renumbered with redirectFrom', () => {
  let outDir: string;
  let pages: Map<string, HTMLElement>;
  beforeAll(async () => {
    ({ outDir, pages } = await build('renumbered-goal'));
  });

  it('is published at its new URL', () => {
    expect(h1(pages.get('/mal/vuxna/1-3/'))).toBe('Ett andra testmål för vuxna');
  });

  it('leaves a redirect page at the old URL: refresh, canonical, noindex and a visible link, in Swedish', () => {
    const page = pages.get('/mal/vuxna/1-2/')!;
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/mal/vuxna/1-3/');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL('/mal/vuxna/1-3/', SITE_URL).href);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(h1(page)).toBe('Sidan har flyttats');
    const link = page.querySelector('main a');
    expect(link?.getAttribute('href')).toBe('/mal/vuxna/1-3/');
    expect(link?.text).toBe('Mål 1:3 för vuxna: Ett andra testmål för vuxna');
  });

  it('lists the redirect in _redirects for hosts that read one', async () => {
    const lines = (await readFile(join(outDir, '_redirects'), 'utf8')).split('\n');
    expect(lines).toContain('/mal/vuxna/1-2/ /mal/vuxna/1-3/ 301');
  });

  it('takes a browser from the old URL to the new page', async () => {
    const server = await serveDist(outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/mal/vuxna/1-2/`);
      await page.waitForURL(`${server.origin}/mal/vuxna/1-3/`);
      expect(await page.locator('h1').textContent()).toBe('Ett andra testmål för vuxna');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a withdrawn goal (status: utgått, replacedBy)', () => {
  let pages: Map<string, HTMLElement>;
  beforeAll(async () => {
    ({ pages } = await build('withdrawn-goal'));
  });

  it('keeps its page, with a banner linking to its replacement', () => {
    const page = pages.get('/mal/vuxna/1-2/')!;
    const banner = page.querySelector('[role="note"]');
    expect(banner?.text).toContain('Det här ingår inte längre i den gällande handlingsplanen.');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/mal/vuxna/1-1/');
  });

  it('is marked as not searchable, while current pages are', () => {
    expect(pages.get('/mal/vuxna/1-2/')?.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(pages.get('/mal/vuxna/1-1/')?.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it('leaves the current lists', () => {
    for (const url of ['/mal/', '/fokusomraden/testomrade-ett/']) {
      const links = pages.get(url)!.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links, url).toContain('/mal/vuxna/1-1/');
      expect(links, url).not.toContain('/mal/vuxna/1-2/');
    }
  });
});
