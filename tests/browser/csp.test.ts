/**
 * The site works under its own Content-Security-Policy (header from `_headers` and meta tag) and
 * talks to no other origin: every page is loaded, and a search is run when the build has a search
 * page, while every policy violation, CSP console message and request is recorded.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isRedirectStub, sitePages } from '../../scripts/lib/site-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { builtSites } from '../helpers/sites.ts';
import { serveSite } from '../helpers/static-host.ts';

const distDir = inject('distDir');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

interface Observed {
  violations: string[];
  requests: string[];
}

beforeAll(async () => {
  server = await serveSite(distDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records what the policy blocks, what the console says about it, and every request. */
async function observedPage(): Promise<{ page: Page; seen: Observed }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: Observed = { violations: [], requests: [] };
  await page.exposeFunction('reportViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) seen.violations.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  return { page, seen };
}

const foreign = (requests: string[], origin = server.origin) =>
  requests.filter((url) => !url.startsWith(`${origin}/`) && url !== 'about:blank');

describe('under the Content-Security-Policy', () => {
  it.each(builtSites())('every page of $name loads with no violation and no request to another origin', async (site) => {
    const host = await serveSite(site.distDir);
    try {
      const { page, seen } = await observedPage();
      for (const { url, file } of await sitePages(site.distDir)) {
        const response = await page.goto(`${host.origin}${url}`);
        const header = response?.headers()['content-security-policy'] ?? '';
        expect(header, `${url} is served with the policy header`).toContain("default-src 'self'");
        // A redirect page moves on at once; the page it leads to loads under the policy too.
        if (isRedirectStub(await readFile(join(site.distDir, file), 'utf8'))) {
          await page.waitForURL((address) => address.pathname !== url);
          await page.waitForLoadState('load');
        }
      }
      await page.waitForLoadState('networkidle');
      expect(seen.violations).toEqual([]);
      expect(foreign(seen.requests, host.origin)).toEqual([]);
      expect(seen.requests.length).toBeGreaterThan(10);
      await page.context().close();
    } finally {
      await host.close();
    }
  });

  it('blocks an injected inline script, so the policy is really in force', async () => {
    const { page, seen } = await observedPage();
    await page.goto(`${server.origin}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes";';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.documentElement.dataset['injected'] ?? 'no';
    });
    expect(ran).toBe('no');
    expect(seen.violations.join('\n')).toMatch(/script-src/);
    await page.context().close();
  });

  it('runs a search with no violation and no request to another origin', async () => {
    const searchPage = (await sitePages(distDir)).find((page) => page.url.startsWith('/sok/'));
    if (!searchPage) {
      // This build has no search; then nothing in it may load Pagefind either.
      expect(existsSync(join(distDir, 'pagefind'))).toBe(false);
      return;
    }
    const { page, seen } = await observedPage();
    await page.goto(`${server.origin}${searchPage.url}?q=psykisk`, { waitUntil: 'networkidle' });
    const input = page.locator('main input[type="search"], main input[type="text"], main [role="searchbox"]').first();
    await input.fill('psykisk');
    await input.press('Enter');
    await expect.poll(() => seen.requests.some((url) => url.includes('/pagefind/') && /\.pf_(fragment|index)$/.test(url)), { timeout: 10_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(seen.violations).toEqual([]);
    expect(foreign(seen.requests)).toEqual([]);
    await page.context().close();
  });
});
