/**
 * The site on a phone and for every pointer (issue 13): the header ends within 120 px at 390 px
 * wide, the breadcrumb is one short step back, and every link and button is a target of at least
 * 24 × 24 CSS px (WCAG 2.2, 2.5.8) or is spaced as that criterion allows; the main menu and the
 * footer's links are 44 px tall.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser.ts';

const distDir = inject('distDir');
const site = useSiteInBrowser(distDir);

async function onEveryPage(width: number, check: (page: Page, url: string) => Promise<void>) {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  for (const url of site.urls) {
    await page.goto(`${site.origin}${url}`);
    await page.evaluate(() => document.fonts.ready);
    await check(page, url);
  }
  await context.close();
}

/**
 * Targets that fail 2.5.8: smaller than 24 × 24 and not saved by its exceptions. Inline links in
 * a sentence are exempt; an undersized target passes if a 24 px circle on its centre touches no
 * other target and no other undersized target's circle.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
      .filter((el) => el.checkVisibility() && !el.closest('.skip-link'))
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const inSentence = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest('p, li, dd, td, th, figcaption, blockquote');
      return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    const small = targets.filter(({ el, rect }) => (rect.width < 24 || rect.height < 24) && !inSentence(el));
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    return small
      .filter(({ el, rect }) => {
        const c = centre(rect);
        const hitsTarget = targets.some((other) => other.el !== el && !other.el.contains(el) && !el.contains(other.el) && distanceToRect(c, other.rect) < 12);
        const hitsCircle = small.some((other) => other.el !== el && Math.hypot(centre(other.rect).x - c.x, centre(other.rect).y - c.y) < 24);
        return hitsTarget || hitsCircle;
      })
      .map(({ el, rect }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
  });

describe('on a phone (390 px)', () => {
  it('ends the header within 120 px, and shows one short breadcrumb line without the page title', async () => {
    await onEveryPage(390, async (page, url) => {
      const shape = await page.evaluate(() => {
        const crumbs = document.querySelector<HTMLElement>('nav.breadcrumbs');
        const visible = crumbs ? [...crumbs.querySelectorAll('li')].filter((li) => li.checkVisibility()) : [];
        return {
          // A preview build (what the tests build) puts its notice above the header; the published
          // site has none, so the header is measured from where it starts.
          header:
            document.querySelector('body > header')!.getBoundingClientRect().bottom -
            (document.querySelector('.preview-notice')?.getBoundingClientRect().height ?? 0),
          crumbs: visible.map((li) => li.textContent?.trim()),
          crumbHeight: crumbs?.getBoundingClientRect().height ?? 0,
          title: document.querySelector('h1')?.textContent?.trim(),
        };
      });
      expect(shape.header, url).toBeLessThanOrEqual(120);
      if (shape.crumbs.length === 0) return;
      expect(shape.crumbs.length, url).toBe(1);
      expect(shape.crumbs[0], url).not.toBe(shape.title);
      expect(shape.crumbHeight, url).toBeLessThanOrEqual(60);
    });
  });

  it('shows that the menu goes on, opens it at the page’s own item, and lets its last item scroll clear of the fade', async () => {
    let scrolling = 0;
    await onEveryPage(390, async (page, url) => {
      const menu = await page.evaluate(() => {
        const nav = document.querySelector<HTMLElement>('.site-nav')!;
        const style = getComputedStyle(nav);
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const fade = parseFloat(style.getPropertyValue('--nav-fade')) * rem;
        const clear = () => nav.getBoundingClientRect().right - fade + 1;
        const inView = (el: Element | null) => {
          if (!el) return undefined;
          const rect = el.getBoundingClientRect();
          return rect.left >= nav.getBoundingClientRect().left - 1 && rect.right <= clear();
        };
        const own = inView(nav.querySelector('a[aria-current="page"]'));
        const overflows = nav.scrollWidth > nav.clientWidth;
        nav.scrollLeft = nav.scrollWidth;
        const links = nav.querySelectorAll('a');
        return { overflows, mask: style.maskImage, fade, own, last: inView(links[links.length - 1]!), lastText: links[links.length - 1]!.textContent };
      });
      if (!menu.overflows) return;
      scrolling++;
      // The fade at the right edge is the sign that more items follow.
      expect(menu.mask, url).toContain('linear-gradient');
      expect(menu.fade, url).toBeGreaterThanOrEqual(24);
      if (menu.own !== undefined) expect(menu.own, `${url}: the page’s own menu item is in view`).toBe(true);
      expect(menu.last, `${url}: "${menu.lastText}" can be scrolled clear of the fade`).toBe(true);
    });
    // At 390 px the menu is wider than the screen on every page.
    expect(scrolling).toBe(site.urls.length);
  });

  it('keeps the help link, the menu and the footer links at least 44 px tall', async () => {
    await onEveryPage(390, async (page, url) => {
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.support-link, .site-nav a, .site-footer nav a')]
          .filter((el) => el.checkVisibility())
          .map((el) => ({ text: el.textContent?.trim(), height: el.getBoundingClientRect().height })),
      );
      expect(heights.length, url).toBeGreaterThan(8);
      for (const { text, height } of heights) expect(height, `${url}: ${text}`).toBeGreaterThanOrEqual(44);
    });
  });
});

describe('where every page opens', () => {
  for (const width of [390, 1280]) {
    it(`opens every page at its top at ${width} px, whatever the menu scrolls to`, async () => {
      await onEveryPage(width, async (page, url) => {
        expect(await page.evaluate(() => window.scrollY), url).toBe(0);
      });
    });
  }
});

describe('target size on every page', () => {
  for (const width of [390, 1280]) {
    it(`gives every link and button a 24 px target, or room around it, at ${width} px`, async () => {
      await onEveryPage(width, async (page, url) => {
        expect(await smallTargets(page), url).toEqual([]);
      });
    });
  }
});
