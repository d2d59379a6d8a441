/** No broken internal link, fragment or asset anywhere in `dist/`; external links only listed. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/consts.ts';
import { checkLinks, externalLinksReport } from '../../scripts/lib/link-check.ts';
import { PAGES_BUILT_ELSEWHERE } from '../helpers/dist.ts';

const page = (body: string) => `<!doctype html><html lang="sv"><head><title>T</title></head><body>${body}</body></html>`;

describe('links in the built site', () => {
  it('resolves every internal link, fragment and asset', async () => {
    const report = await checkLinks(inject('distDir'), SITE_URL);
    expect(report.broken.filter((link) => !PAGES_BUILT_ELSEWHERE.includes(link.url))).toEqual([]);
    expect(report.internalChecked).toBeGreaterThan(100);
  });

  it('lists external links with the pages that use them, without fetching them', async () => {
    const report = await checkLinks(inject('distDir'), SITE_URL);
    const [url, from] = [...report.external].find(([href]) => href.includes('vardsamverkan.se')) ?? [];
    expect(url).toMatch(/^https?:\/\//);
    expect(from?.length).toBeGreaterThan(0);
    const markdown = externalLinksReport(report);
    expect(markdown).toContain(`<${url}>`);
    expect(markdown).toContain(`${report.external.size} adresser.`);
  });

  it('reports a missing page, a missing fragment, a missing asset and a script link', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-links-'));
    await mkdir(join(dist, 'a'));
    await writeFile(join(dist, 'a/index.html'), page('<h1 id="finns">A</h1>'));
    await writeFile(join(dist, 'style.css'), 'body { background: url(./saknas.png); }');
    await writeFile(
      join(dist, 'index.html'),
      page(
        '<a href="/a/">ok</a><a href="/a/#finns">ok</a><a href="#egen">ok</a><span id="egen"></span>' +
          `<a href="${SITE_URL}/a/">ok</a><a href="https://example.org/">extern</a>` +
          '<a href="/b/">saknas</a><a href="/a/#saknas">fragment</a><img src="/bild.png" alt="x">' +
          '<a href="javascript:alert(1)">skript</a><link rel="stylesheet" href="/style.css">',
      ),
    );
    await writeFile(join(dist, 'sitemap-index.xml'), `<sitemapindex><sitemap><loc>${SITE_URL}/sitemap-0.xml</loc></sitemap></sitemapindex>`);
    await writeFile(join(dist, 'sitemap-0.xml'), `<urlset><url><loc>${SITE_URL}/a/</loc></url><url><loc>${SITE_URL}/c/</loc></url></urlset>`);
    const report = await checkLinks(dist, SITE_URL);
    expect(report.broken.map(({ from, url }) => `${from} ${url}`).sort()).toEqual([
      '/ /a/#saknas',
      '/ /b/',
      '/ /bild.png',
      '/ javascript:alert(1)',
      `/sitemap ${SITE_URL}/c/`,
      '/style.css ./saknas.png',
    ]);
    expect([...report.external.keys()]).toEqual(['https://example.org/']);
  });
});
