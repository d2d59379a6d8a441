/**
 * Printing: each goal page fits one A4 page with its permanent address; navigation, search and
 * footer stay off paper, and the header says where help is; external links print their address;
 * tables are never cut; and
 * `/handlingsplan/` gathers the whole plan. Chromium's own `page.pdf()` is the printer.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { inGitCheckout } from '../helpers/git.ts';

const site = useSiteInBrowser(inject('distDir'));
let page: Page;

/** A4 less the print stylesheet's side margins, in CSS px (96 per inch). */
const A4_CONTENT_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: 1000 } });
});

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function printed(url: string): Promise<Buffer> {
  await page.goto(`${site.origin}${url}`);
  return page.pdf({ preferCSSPageSize: true });
}

const goalUrls = () => site.urls.filter((url) => /^\/mal\/[^/]+\/[^/]+\/$/.test(url));

describe('printing', () => {
  it('fits every goal page, with indicators, funding and contacts, on one A4 page', async () => {
    expect(goalUrls().length).toBeGreaterThan(0);
    for (const url of goalUrls()) expect(pdfPages(await printed(url)), url).toBe(1);
    // The count is real: the whole plan takes more than one page.
    expect(pdfPages(await printed('/handlingsplan/'))).toBeGreaterThan(1);
  });

  it('prints where help is on every page, in place of the help link, and shows that line only on paper', async () => {
    for (const url of site.urls) {
      await page.goto(`${site.origin}${url}`);
      const line = () =>
        page.evaluate(() => {
          const el = document.querySelector('.print-support');
          return { visible: !!el?.checkVisibility(), text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
        });
      expect((await line()).visible, `${url} on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
      const printedLine = await line();
      expect(printedLine.visible, url).toBe(true);
      // The numbers come from the help page's description, its address from the site's.
      expect(printedLine.text, url).toMatch(/^Behöver du stöd nu\? .*112, 1177.* \S+\/stod-nu\/$/);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('leaves navigation, search and footer off paper and prints the permanent address, the date and the local work', async () => {
    await page.emulateMedia({ media: 'print' });
    let withLocalWork = 0;
    for (const url of goalUrls()) {
      await page.goto(`${site.origin}${url}`);
      const shown = await page.evaluate(() => {
        const visible = (selector: string) => [...document.querySelectorAll(selector)].some((el) => el.checkVisibility());
        return {
          nav: visible('nav, .skip-link'),
          footer: visible('body > footer'),
          search: visible('header form, [role="search"], input, button'),
          siteName: visible('header a[href="/"]'),
          permanent: document.querySelector('.permalink')?.textContent ?? '',
          date: document.querySelector('.edit-info time')?.getAttribute('datetime') ?? '',
          // The goal's local work, when it has any, is printed too: every item on paper.
          localWork: [...document.querySelectorAll('.local-work-section li')].map((li) => li.checkVisibility()),
        };
      });
      expect(shown.nav, url).toBe(false);
      expect(shown.footer, url).toBe(false);
      expect(shown.search, url).toBe(false);
      expect(shown.siteName, url).toBe(true);
      expect(shown.permanent, url).toContain(url);
      if (inGitCheckout) expect(shown.date, url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(shown.localWork.every(Boolean), url).toBe(true);
      if (shown.localWork.length > 0) withLocalWork++;
    }
    // The real plan's goal 3:2 has local work, so the rule above is seen at work.
    expect(withLocalWork).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
  });

  it('writes out the address of every external link in print, and not on screen', async () => {
    const withExternal = goalUrls()[0]!;
    await page.goto(`${site.origin}${withExternal}`);
    const after = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].map((a) => ({
          href: a.getAttribute('href'),
          after: getComputedStyle(a, '::after').content,
        })),
      );
    expect((await after()).every(({ after }) => after === 'none' || after === 'normal')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const links = await after();
    expect(links.length).toBeGreaterThan(0);
    for (const { href, after: content } of links) expect(content).toBe(`" (${href})"`);
    await page.emulateMedia({ media: 'screen' });
  });

  it('never cuts a table at the edge of the paper', async () => {
    await page.emulateMedia({ media: 'print' });
    const tooWide: string[] = [];
    for (const url of site.urls) {
      await page.goto(`${site.origin}${url}`);
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].map((table) => Math.ceil(table.getBoundingClientRect().right)),
      );
      for (const right of widths) if (right > A4_CONTENT_WIDTH) tooWide.push(`${url}: ${right}px`);
    }
    expect(tooWide).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  });

  it('gathers every current focus area, goal and indicator on /handlingsplan/', async () => {
    const current = async (prefix: RegExp) => {
      const found: string[] = [];
      for (const url of site.urls.filter((u) => prefix.test(u))) {
        await page.goto(`${site.origin}${url}`);
        if ((await page.locator('.banner--withdrawn').count()) === 0) found.push(url);
      }
      return found;
    };
    const areas = await current(/^\/fokusomraden\/[^/]+\/$/);
    const goals = await current(/^\/mal\/[^/]+\/[^/]+\/$/);
    const indicators = new Set<string>();
    for (const goal of goals) {
      await page.goto(`${site.origin}${goal}`);
      for (const href of await page.locator('main a[href^="/indikatorer/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        if (href !== '/indikatorer/') indicators.add(href);
      }
    }
    await page.goto(`${site.origin}/handlingsplan/`);
    const links = new Set(await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
    const text = await page.locator('main').innerText();
    for (const goal of goals) expect(links.has(goal), goal).toBe(true);
    for (const indicator of indicators) expect(links.has(indicator), indicator).toBe(true);
    expect(areas.length).toBeGreaterThan(0);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.filter((h) => /^Fokusområde \d+:/.test(h))).toHaveLength(areas.length);
    expect(text).toContain('Permanent adress');
  });
});
