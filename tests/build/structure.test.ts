/**
 * The document structure assistive technology relies on, over every page of the build: landmarks,
 * one h1, heading levels in order, and link text that makes sense out of context (WCAG 1.3.1,
 * 2.4.4, 2.4.6). axe covers part of this in the browser; these rules are stricter and fast.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { isRedirectStub, sitePages } from '../../scripts/lib/site-pages.ts';
import { builtSites } from '../helpers/sites.ts';


/** The accessible name of a link, as far as static HTML tells it. */
function linkName(link: HTMLElement): string {
  const label = link.getAttribute('aria-label');
  if (label) return label.trim();
  const alts = link.querySelectorAll('img[alt]').map((img) => img.getAttribute('alt') ?? '');
  return `${link.text} ${alts.join(' ')}`.replace(/\s+/g, ' ').trim();
}

/** Phrases that say nothing about where a link goes. */
const VAGUE = /^(här|klicka här|läs mer|läs mer här|mer|mer info|mer information|länk|den här länken|denna länk|gå hit|read more|click here|more|link)$/i;

describe.each(builtSites())('structure of every page of $name', ({ distDir }) => {
  let pages: { url: string; html: HTMLElement }[];

  beforeAll(async () => {
    const all = await Promise.all(
      (await sitePages(distDir)).map(async ({ url, file }) => ({ url, text: await readFile(join(distDir, file), 'utf8') })),
    );
    // A redirect stub is never read: the browser moves on at once. Its own checks are in links/validity.
    pages = all.filter(({ text }) => !isRedirectStub(text)).map(({ url, text }) => ({ url, html: parse(text) }));
  });

  it('finds the pages in the build', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.map((page) => page.url)).toContain('/');
  });

  it('has one main, one banner, one contentinfo, and named navigation landmarks', () => {
    for (const { url, html } of pages) {
      const body = html.querySelector('body')!;
      expect(body.querySelectorAll('main'), url).toHaveLength(1);
      expect(body.childNodes.filter((n) => (n as HTMLElement).tagName === 'HEADER'), url).toHaveLength(1);
      expect(body.childNodes.filter((n) => (n as HTMLElement).tagName === 'FOOTER'), url).toHaveLength(1);
      const navLabels = html.querySelectorAll('nav').map((nav) => nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby'));
      expect(navLabels.every(Boolean), `${url}: every <nav> needs aria-label`).toBe(true);
      expect(new Set(navLabels).size, `${url}: <nav> labels must differ`).toBe(navLabels.length);
    }
  });

  it('keeps all content inside landmarks, apart from the skip link', () => {
    const landmarks = new Set(['HEADER', 'NAV', 'MAIN', 'FOOTER', 'ASIDE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
    for (const { url, html } of pages) {
      const outside = html
        .querySelector('body')!
        .childNodes.filter((node) => node.nodeType === 1 || node.text.trim() !== '')
        .filter((node) => {
          const element = node as HTMLElement;
          if (landmarks.has(element.tagName)) return false;
          return !(element.tagName === 'A' && element.getAttribute('href')?.startsWith('#'));
        })
        .map((node) => (node as HTMLElement).tagName ?? node.text.trim());
      expect(outside, url).toEqual([]);
    }
  });

  it('has the skip link first, pointing at main', () => {
    for (const { url, html } of pages) {
      const first = html.querySelector('body a[href]');
      const target = first?.getAttribute('href')?.slice(1);
      expect(html.querySelector('main')?.getAttribute('id'), url).toBe(target);
    }
  });

  it('has exactly one h1 and never skips a heading level', () => {
    for (const { url, html } of pages) {
      const levels = html.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName.slice(1)));
      expect(levels.filter((level) => level === 1), url).toHaveLength(1);
      expect(levels[0], `${url}: the first heading is the h1`).toBe(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
      expect(skips, url).toEqual([]);
    }
  });

  it('gives every heading and link a name that makes sense out of context', () => {
    for (const { url, html } of pages) {
      for (const heading of html.querySelectorAll('h1, h2, h3, h4, h5, h6')) expect(heading.text.trim(), url).not.toBe('');
      for (const link of html.querySelectorAll('a[href]')) {
        const name = linkName(link);
        expect(name, `${url}: link to ${link.getAttribute('href')} has no text`).not.toBe('');
        expect(VAGUE.test(name), `${url}: "${name}" says nothing about where it goes`).toBe(false);
      }
    }
  });

  it('does not give the same link text to different destinations on one page', () => {
    for (const { url, html } of pages) {
      const targets = new Map<string, Set<string>>();
      for (const link of html.querySelectorAll('a[href]')) {
        const name = linkName(link).toLowerCase();
        targets.set(name, (targets.get(name) ?? new Set()).add(link.getAttribute('href')!));
      }
      const ambiguous = [...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name}: ${[...hrefs].join(', ')}`);
      expect(ambiguous, url).toEqual([]);
    }
  });
});
