/** Searching the built site in Chromium, as a reader does: from the header, on /sok/, with filters. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser.ts';

const site = useSiteInBrowser(inject('distDir'));
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

const status = () => page.getByRole('status');
const results = () => page.getByRole('region', { name: 'Sökresultat' }).getByRole('listitem');
const resultLinks = () =>
  page.getByRole('region', { name: 'Sökresultat' }).locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** Waits until the live region reports on `query`, and returns what it says. */
async function announced(query: string): Promise<string> {
  await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain(`”${query}”`);
  return (await status().textContent()) ?? '';
}

async function search(query: string): Promise<void> {
  await page.getByLabel('Sökord').fill(query);
  await page.getByLabel('Sökord').press('Enter');
  await announced(query);
}

describe('search in the browser', () => {
  it('leads from the header field on any page to /sok/?q=…, which runs the query on load', async () => {
    await page.goto(`${site.origin}/mal/vuxna/3-2/`);
    const field = page.getByRole('search').getByLabel('Sök i handlingsplanen');
    await field.fill('brukarinflytande');
    await page.getByRole('search').getByRole('button', { name: 'Sök' }).click();
    await expect.poll(() => page.url()).toBe(`${site.origin}/sok/?q=brukarinflytande`);
    expect(await announced('brukarinflytande')).toMatch(/^\d+ träffar för ”brukarinflytande”\.$/);
    expect(await page.getByLabel('Sökord').inputValue()).toBe('brukarinflytande');
    expect(await page.title()).toMatch(/^”brukarinflytande” – Sök i handlingsplanen/);
    expect(await resultLinks()).toEqual(
      expect.arrayContaining([
        '/mal/vuxna/3-2/',
        '/mal/barn-och-unga/3-2/',
      ]),
    );
    // Goal results say which goal they are.
    const adult = results().filter({ has: page.locator('a[href="/mal/vuxna/3-2/"]') });
    expect(await adult.textContent()).toContain('Mål 3:2 · Vuxna');
  });

  it('finds the focus area "Enskildas delaktighet och rättigheter" for the inflected "delaktigheten"', async () => {
    await search('delaktigheten');
    const first = results().first().getByRole('link');
    expect(await first.textContent()).toBe('Enskildas delaktighet och rättigheter');
    expect(await first.getAttribute('href')).toBe('/fokusomraden/enskildas-delaktighet-och-rattigheter/');
  });

  it('lists both 3:2 goals first for a goal number however it is typed, from a bookmarked address', async () => {
    for (const typed of ['3.2', 'mål 3:2', '3-2']) {
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(typed)}`);
      await announced(typed);
      expect((await resultLinks()).slice(0, 2).sort(), typed).toEqual(['/mal/barn-och-unga/3-2/', '/mal/vuxna/3-2/']);
    }
  });

  it('narrows the results with the target-group filter, and keeps the filter in the address', async () => {
    await page.goto(`${site.origin}/sok/?q=brukarinflytande`);
    const all = await announced('brukarinflytande');
    const before = await resultLinks();
    expect(before).toEqual(expect.arrayContaining(['/mal/vuxna/3-2/', '/mal/barn-och-unga/3-2/', '/kontakt/']));

    await page.getByLabel('Målgrupp').selectOption({ label: 'Barn och unga' });
    await expect.poll(() => status().textContent()).toContain('med de valda avgränsningarna');
    const after = await resultLinks();
    expect(after.length).toBeLessThan(before.length);
    expect(after).toContain('/mal/barn-och-unga/3-2/');
    expect(after).not.toContain('/mal/vuxna/3-2/');
    expect(after).not.toContain('/kontakt/');
    expect(page.url()).toBe(`${site.origin}/sok/?q=brukarinflytande&malgrupp=barn-och-unga`);
    expect(all).not.toBe(await status().textContent());

    await page.reload();
    await announced('brukarinflytande');
    expect(await page.getByLabel('Målgrupp').inputValue()).toBe('barn-och-unga');
    expect(await resultLinks()).toEqual(after);
  });

  it('narrows by type as well', async () => {
    await page.goto(`${site.origin}/sok/?q=brukare&typ=mal`);
    await announced('brukare');
    expect((await resultLinks()).sort()).toEqual(['/mal/barn-och-unga/3-2/', '/mal/vuxna/3-2/']);
  });

  it('handles å, ä and ö in the query, the address and the results', async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('äldre')}`);
    expect(await announced('äldre')).toMatch(/träff/);
    expect(await resultLinks()).toContain('/mal/');
    await search('Mölndal');
    expect(page.url()).toBe(`${site.origin}/sok/?q=M%C3%B6lndal`);
    expect(await resultLinks()).toContain('/organisation/');
    await search('kommunalförbund');
    // Both pages that answer it come first (the golden query "kommunalförbund" says why).
    expect((await resultLinks()).slice(0, 2).sort()).toEqual(['/kommuner/', '/organisation/']);
  });

  it('says so in Swedish when nothing matches', async () => {
    await search('skola');
    expect(await status().textContent()).toMatch(/^Inga träffar för ”skola”\. Pröva/);
    expect(await page.getByRole('region', { name: 'Sökresultat' }).count()).toBe(0);
  });

  it('shows ten results at a time and moves focus to the first new one on "Visa fler träffar"', async () => {
    await search('vuxna');
    const total = Number((await status().textContent())?.match(/^(\d+) träffar/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await results().count()).toBe(10);
    await page.getByRole('button', { name: 'Visa fler träffar' }).click();
    await expect.poll(() => results().count()).toBe(total);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe((await resultLinks())[10]);
    expect(await page.getByRole('button', { name: 'Visa fler träffar' }).isVisible()).toBe(false);
  });

  it('shows keyboard focus clearly on the search controls', async () => {
    await page.goto(`${site.origin}/sok/`);
    await page.getByLabel('Sökord').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { text: active.textContent, style: getComputedStyle(active).outlineStyle, width: getComputedStyle(active).outlineWidth };
    });
    expect(outline).toEqual({ text: 'Sök', style: 'solid', width: '3px' });
  });

  it('ran without script errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('search without JavaScript', () => {
  it('still submits the header form to /sok/?q=…, where the page explains and links to the lists', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.origin}/`);
    await plain.getByRole('search').getByLabel('Sök i handlingsplanen').fill('brukare');
    await plain.getByRole('search').getByRole('button', { name: 'Sök' }).click();
    await expect.poll(() => plain.url()).toBe(`${site.origin}/sok/?q=brukare`);
    expect(await plain.getByText('Sökningen behöver JavaScript').isVisible()).toBe(true);
    for (const name of ['Fokusområden', 'Alla mål', 'Indikatorer']) {
      expect(await plain.getByRole('main').getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await plain.getByRole('group', { name: 'Avgränsa sökningen' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('search under a strict Content Security Policy', () => {
  const served = async (policy: string) => {
    const strict = await site.browser.newPage();
    const problems: string[] = [];
    strict.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // As a static host would send it: the same header on every response, the worker's included.
    await strict.route(`${site.origin}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await strict.goto(`${site.origin}/sok/?q=brukarorganisationer`);
    return { strict, problems };
  };
  const STRICT = "default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

  it("works with no inline script, needing only 'wasm-unsafe-eval' for Pagefind", async () => {
    const { strict, problems } = await served(`${STRICT}; script-src 'self' 'wasm-unsafe-eval'`);
    await expect.poll(() => strict.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/träffar för/);
    expect(await strict.locator('main h3 a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await strict.close();
  });

  it("fails visibly, keeping the notice and the links, without 'wasm-unsafe-eval'", async () => {
    const { strict } = await served(`${STRICT}; script-src 'self'`);
    await expect.poll(() => strict.getByText('Sökningen kunde inte laddas').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await strict.getByRole('main').getByRole('link', { name: 'Alla mål' }).isVisible()).toBe(true);
    await strict.close();
  });
});
