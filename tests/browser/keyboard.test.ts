/**
 * A keyboard user on a goal page: the skip link comes first and moves focus to the main content;
 * Tab reaches every interactive element once, in order, each visibly focused, and leads out of
 * the page again (no keyboard trap), forwards and backwards (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.7).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser.ts';

const site = useSiteInBrowser(inject('distDir'));
let page: Page;
let goalUrl: string;

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The goal page is the one municipalities link to; take whichever goal the build has first.
  goalUrl = site.urls.find((url) => /^\/mal\/[^/]+\/[^/]+\/$/.test(url))!;
});

/** Numbers every element a keyboard user should reach, in document order; returns how many. */
const markFocusable = () =>
  page.evaluate(() => {
    const selector =
      'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
      'textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.checkVisibility({ visibilityProperty: true }) || el.matches('.skip-link, [href^="#"]'),
    );
    elements.forEach((el, i) => el.setAttribute('data-tab-index', String(i)));
    return elements.length;
  });

interface Focused {
  index: number;
  label: string;
  outline: string;
  shadow: string;
  inViewport: boolean;
}

const focused = () =>
  page.evaluate((): Focused | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.hasAttribute('data-tab-index')) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      index: Number(el.getAttribute('data-tab-index')),
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
      shadow: style.boxShadow,
      inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });

/** Presses a key until focus leaves the page's elements, at most `limit` times. */
async function walk(key: 'Tab' | 'Shift+Tab', limit: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const now = await focused();
    if (now === null) return seen;
    seen.push(now);
  }
  throw new Error(`Fokus lämnade inte sidan efter ${limit} tryck på ${key}: ${seen.slice(-5).map((f) => f.label).join(', ')}`);
}

describe(`keyboard on a goal page`, () => {
  it('offers the skip link first, visibly, and it moves focus to the main content', async () => {
    await page.goto(`${site.origin}${goalUrl}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), text: el.textContent, top: box.top, height: box.height };
    });
    expect(skip.text).toBe('Hoppa till innehållet');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.height).toBeGreaterThan(10);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`)).toBe(`MAIN${skip.href}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('reaches every interactive element once, in order, visibly focused, and lets focus leave', async () => {
    await page.goto(`${site.origin}${goalUrl}`);
    const count = await markFocusable();
    expect(count).toBeGreaterThan(10);
    const forward = await walk('Tab', count + 5);
    expect(forward.map((f) => f.index)).toEqual([...Array(count).keys()]);
    for (const stop of forward) {
      // The site's own indicator, at least 2px: Chromium's thin default ring vanishes on the dark header.
      const outline = /^(\d+(?:\.\d+)?)px (solid|dotted|dashed|double)/.exec(stop.outline);
      expect((outline !== null && Number(outline[1]) >= 2) || stop.shadow !== 'none', `${stop.label} has no visible focus: ${stop.outline}`).toBe(true);
      expect(stop.inViewport, `${stop.label} is focused off screen`).toBe(true);
    }
    // The focus style must be something the element does not have when it is not focused.
    const unfocused = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-tab-index]')].map((el) => {
        const style = getComputedStyle(el);
        return { outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`, shadow: style.boxShadow };
      }),
    );
    for (const stop of forward) {
      const before = unfocused[stop.index]!;
      expect(before.outline === stop.outline && before.shadow === stop.shadow, `${stop.label} looks the same focused`).toBe(false);
    }
  });

  it('walks back the same way with Shift+Tab', async () => {
    await page.goto(`${site.origin}${goalUrl}`);
    const count = await markFocusable();
    await walk('Tab', count + 5);
    const backward = await walk('Shift+Tab', count + 5);
    expect(backward.map((f) => f.index)).toEqual([...Array(count).keys()].reverse());
  });
});
