/**
 * Every page reflows and respects the visitor's settings: at 320 CSS px (WCAG 1.4.10) and with
 * text at 200 % (1.4.4) nothing scrolls sideways or is clipped; `prefers-reduced-motion` stops
 * all motion (2.3.3) and `prefers-color-scheme: dark` gives the dark theme.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser.ts';

const distDir = inject('distDir');
const site = useSiteInBrowser(distDir);

/** Sideways scrolling of the page, and elements whose text is cut off by their own box. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const clipped = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden, .skip-link'))
      .filter((el) => {
        const style = getComputedStyle(el);
        return /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const tooWide = [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)}px)`);
    return { scroll: root.scrollWidth - root.clientWidth, clipped, tooWide: tooWide.slice(0, 5) };
  });

async function eachPage(context: BrowserContext, check: (page: Page, url: string) => Promise<void>) {
  const page = await context.newPage();
  for (const url of site.urls) {
    await page.goto(`${site.origin}${url}`);
    await check(page, url);
  }
  await context.close();
}

describe('layout on every page', () => {
  it('reflows at 320 CSS px without sideways scrolling or clipped text', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    await eachPage(context, async (page, url) => {
      expect(await overflow(page), url).toEqual({ scroll: 0, clipped: [], tooWide: [] });
    });
  });

  it('keeps all content with text at 200 %', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await eachPage(context, async (page, url) => {
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main li') ?? document.body).fontSize));
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main li') ?? document.body).fontSize));
      expect(after / before, `${url}: text must grow with the browser's text size`).toBeGreaterThanOrEqual(1.9);
      expect(await overflow(page), url).toEqual({ scroll: 0, clipped: [], tooWide: [] });
    });
  });
});

describe('tables', () => {
  it('keeps the time of each step in an assignment’s timetable on one line, at 320 and 1280 px', async () => {
    let seen = 0;
    for (const width of [320, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      await eachPage(context, async (page, url) => {
        const lines = await page.evaluate(() =>
          [...document.querySelectorAll('table.timetable th[scope="row"]')].map((th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            // One line box per line of text: more tops than one means the time wrapped.
            return { text: th.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
          }),
        );
        seen += lines.length;
        for (const { text, lines: count } of lines) expect(count, `${url} at ${width} px: "${text}"`).toBe(1);
      });
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('visitor preferences', () => {
  it('stops every animation, transition and smooth scrolling under prefers-reduced-motion', async () => {
    const context = await site.browser.newContext({ reducedMotion: 'reduce' });
    await eachPage(context, async (page, url) => {
      const moving = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('*')].flatMap((el) => {
          const style = getComputedStyle(el);
          const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
          const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
          const transition = seconds(style.transitionDuration) > 0.01;
          const smooth = style.scrollBehavior === 'smooth';
          return animated || transition || smooth ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
        }),
      );
      expect(moving, url).toEqual([]);
    });
  });

  it('follows prefers-color-scheme: a dark theme with light text, and a light one', async () => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      const result = await page.evaluate(() => {
        const luminance = (css: string) => {
          const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        const html = getComputedStyle(document.documentElement);
        return { background: luminance(html.backgroundColor), text: luminance(getComputedStyle(document.querySelector('main p')!).color) };
      });
      await context.close();
      return result;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light.background).toBeGreaterThan(0.9);
    expect(light.text).toBeLessThan(0.3);
    expect(dark.background).toBeLessThan(0.15);
    expect(dark.text).toBeGreaterThan(0.7);
  });
});
