/** "Länka till detta mål" in a real browser: the copy button copies, and without JavaScript the address still can be. */
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/consts.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';

const GOAL = '/mal/vuxna/3-2/';
const site = useSiteInBrowser(inject('distDir'));

describe('the goal page link box', () => {
  it('copies the permanent address to the clipboard and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}${GOAL}`);
    const button = page.getByRole('button', { name: 'Kopiera länken' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-copy-status="permanent-lank-adress"]').textContent()).toBe('Länken är kopierad.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(GOAL, SITE_URL).href);
    await context.close();
  });

  it('copies the ready citation, which names the goal and its permanent address', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}${GOAL}`);
    await page.getByRole('button', { name: 'Kopiera hänvisningen' }).click();
    await expect.poll(() => page.locator('[data-copy-status="hanvisning"]').textContent()).toBe('Hänvisningen är kopierad.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Hänvisning till målet').inputValue());
    expect(copied).toContain('Mål 3:2 för vuxna');
    expect(copied).toContain(new URL(GOAL, SITE_URL).href);
    await context.close();
  });

  it('stays under 1 KB, so the goal page pays almost nothing for it', async () => {
    const response = await fetch(`${site.origin}/copy-link.js`);
    expect((await response.arrayBuffer()).byteLength).toBeLessThanOrEqual(1024);
  });

  it('without JavaScript shows no button, and the address stays in a labelled field that can be selected', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${GOAL}`);
    expect(await page.getByRole('button', { name: 'Kopiera länken' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kopiera hänvisningen' }).count()).toBe(0);
    const field = page.getByLabel('Permanent länk till målet');
    expect(await field.inputValue()).toBe(new URL(GOAL, SITE_URL).href);
    await field.selectText();
    expect(await page.evaluate(() => {
      const input = document.activeElement as HTMLTextAreaElement;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    })).toBe(new URL(GOAL, SITE_URL).href);
    await context.close();
  });
});
