/** A person walks the plan: start → area → goal → indicator → the other goal → the assignment. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser.ts';

const site = useSiteInBrowser(inject('distDir'));
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('walking the plan in a browser', () => {
  it('reaches both 3:2 goals and their assignment from the start page without a dead end', async () => {
    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: 'Enskildas delaktighet och rättigheter' }).first().click();
    await expect.poll(() => page.url()).toContain('/fokusomraden/enskildas-delaktighet-och-rattigheter/');

    await page.locator('main a[href="/mal/vuxna/3-2/"]').first().click();
    await expect.poll(() => page.url()).toContain('/mal/vuxna/3-2/');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    await page.getByRole('link', { name: 'Systematiskt samarbete med brukarorganisationer' }).first().click();
    await expect.poll(() => page.url()).toContain('/indikatorer/systematiskt-samarbete-med-brukarorganisationer/');

    await page.locator('main a[href="/mal/barn-och-unga/3-2/"]').first().click();
    await expect.poll(() => page.url()).toContain('/mal/barn-och-unga/3-2/');

    await page.getByRole('link', { name: 'Statsbidrag för att stärka brukarsamverkan' }).first().click();
    await expect.poll(() => page.url()).toContain('/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/');
  });

  it('answers an unknown address with the Swedish 404 page', async () => {
    const response = await page.goto(`${site.origin}/finns-inte/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
  });
});
