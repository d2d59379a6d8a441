/**
 * Zero axe-core violations of the WCAG 2.0/2.1 A and AA rules on every page of the build, in the
 * light and the dark colour scheme, in Debian's Chromium under the site's real headers.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { auditSite, formatViolation, type AuditResult } from '../../scripts/lib/axe-audit.ts';
import { sitemapUrls, sitePages } from '../../scripts/lib/site-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { builtSites } from '../helpers/sites.ts';
import { serveSite } from '../helpers/static-host.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(builtSites())('axe-core on every page of $name', ({ distDir, real }) => {
  let result: AuditResult;

  beforeAll(async () => {
    const server = await serveSite(distDir);
    try {
      result = await auditSite(browser, server.origin, distDir);
    } finally {
      await server.close();
    }
  }, 600_000);

  it('checks every HTML page in the build', async () => {
    const expected = (await sitePages(distDir)).map((page) => page.url);
    expect(result.pages).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['/', real ? '/mal/vuxna/3-2/' : '/mal/vuxna/2-2/', '/404.html']));
  });

  it('covers every page in the sitemap, when the build has one', async () => {
    const inSitemap = (await sitemapUrls(distDir)).map((loc) => decodeURI(new URL(loc).pathname));
    expect(inSitemap.filter((path) => !result.pages.includes(path))).toEqual([]);
  });

  it('finds no WCAG 2.1 A or AA violation, in light or dark mode', () => {
    expect(result.violations.map(formatViolation)).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('reports violations on a page that has them, in both colour schemes', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-axe-'));
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/s.css"></head>' +
        '<body><main><h1>Rubrik</h1><p class="faint">Svag text</p><img src="/x.png"></main></body></html>',
    );
    await writeFile(join(dist, 's.css'), '.faint { color: #bbb; background: #fff; }');
    const broken = await serveSite(dist);
    try {
      const { violations } = await auditSite(browser, broken.origin, dist);
      const found = violations.map((v) => `${v.colorScheme} ${v.rule}`);
      for (const scheme of ['light', 'dark']) {
        expect(found).toEqual(expect.arrayContaining([`${scheme} html-has-lang`, `${scheme} image-alt`, `${scheme} color-contrast`]));
      }
    } finally {
      await broken.close();
    }
  });
});
