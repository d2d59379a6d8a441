/**
 * For those who link and cite (issue 13): the target-group pages, the goal's link and citation
 * right under its text, the change history on goal, indicator and assignment pages, the Atom
 * feed of changes, and the header's help link and publisher on every page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { PUBLISHER, SITE_NAME, SITE_URL, SUPPORT_PATH } from '../../src/consts.ts';
import { PLAN_GOAL_TOTALS } from '../../src/plan/facts.ts';
import { readPages, resolvesInDist } from '../helpers/dist.ts';
import { inGitCheckout } from '../helpers/git.ts';

const distDir = inject('distDir');
let pages: Map<string, HTMLElement>;
const isGoal = (url: string) => /^\/mal\/[a-z-]+\/\d+-\d+\/$/.test(url);
const isHistoryPage = (url: string) => isGoal(url) || /^\/(indikatorer|uppdrag)\/[a-z0-9-]+\/$/.test(url);
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  pages = await readPages(distDir);
});

describe('the frame of every page', () => {
  it('has a calm help link to /stod-nu/ in the header and the publisher in header and footer', () => {
    for (const [url, page] of pages) {
      if (page.querySelector('meta[http-equiv="refresh"]')) continue;
      const header = page.querySelector('body > header')!;
      const help = header.querySelectorAll(`a[href="${SUPPORT_PATH}"]`);
      expect(help.map(text), url).toEqual(['Behöver du stöd nu?']);
      expect(text(header.querySelector('a[href="/"]')), url).toContain(PUBLISHER.short);
      const footer = text(page.querySelector('body > footer'));
      for (const party of PUBLISHER.parties) expect(footer, url).toContain(party);
    }
  });
});

describe('/mal/vuxna/ and /mal/barn-och-unga/', () => {
  it('list exactly the goals of their group and say once how many of the plan’s goals are there', () => {
    for (const group of ['vuxna', 'barn-och-unga'] as const) {
      const page = pages.get(`/mal/${group}/`);
      expect(page, group).toBeDefined();
      const goalPages = [...pages.keys()].filter((url) => isGoal(url) && url.startsWith(`/mal/${group}/`));
      const current = goalPages.filter((url) => !text(pages.get(url)!.querySelector('main')).includes('Utgått'));
      expect(current.length, group).toBeGreaterThan(0);
      const linked = page!.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!).filter(isGoal);
      expect(linked.sort(), group).toEqual(current.sort());
      const counts = text(page!.querySelector('main')).match(/Här finns \d+ av planens \d+ mål/g);
      expect(counts, group).toEqual([`Här finns ${current.length} av planens ${PLAN_GOAL_TOTALS[group]} mål`]);
      expect(text(page!.querySelector('main')), group).not.toMatch(/Inga publicerade mål/);
    }
  });

  it('are where a goal page’s breadcrumb leads', () => {
    for (const url of [...pages.keys()].filter(isGoal)) {
      const crumbs = pages.get(url)!.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href'));
      expect(crumbs, url).toEqual(['/', '/mal/', url.replace(/[^/]+\/$/, '')]);
    }
  });
});

describe('the goal page for those who cite it', () => {
  it('puts the permanent link and a ready citation right under the goal text', () => {
    for (const url of [...pages.keys()].filter(isGoal)) {
      const main = pages.get(url)!.querySelector('main')!;
      const goalText = main.querySelector('section.goal-text')!;
      expect(goalText.nextElementSibling?.classList.contains('permalink'), url).toBe(true);
      const box = goalText.nextElementSibling!;
      expect(text(box.querySelector('h3')), url).toBe('Hänvisa till målet');
      const citation = box.querySelector('textarea#hanvisning')!;
      expect(box.querySelector('label[for="hanvisning"]'), url).not.toBeNull();
      const title = text(main.querySelector('h1'));
      const kicker = text(main.querySelector('.kicker'));
      const label = kicker.split(' · ')[0]!;
      const cite = citation.text;
      for (const part of [label, title, SITE_NAME, new URL(url, SITE_URL).href, ...PUBLISHER.parties]) expect(cite, url).toContain(part);
      expect(cite, url).toMatch(/\d{4}–\d{4}/);
      if (inGitCheckout) expect(cite, url).toMatch(/senast ändrat \d{1,2} [a-zåäö]+ \d{4}/);
      const button = box.querySelector('button[data-copy="hanvisning"]')!;
      expect(button.hasAttribute('hidden'), url).toBe(true);
      expect(text(button), url).toBe('Kopiera hänvisningen');
    }
  });
});

describe('change history and the feed of changes', () => {
  it('shows a dated history on goal, indicator and assignment pages, linked to the feed', () => {
    const historyPages = [...pages.keys()].filter(isHistoryPage);
    expect(historyPages.length).toBeGreaterThanOrEqual(3);
    for (const url of historyPages) {
      const page = pages.get(url)!;
      const section = page.querySelector('main section.history')!;
      expect(text(section.querySelector('h2')), url).toBe('Ändringar');
      if (inGitCheckout) {
        const first = section.querySelectorAll('.history__list li').at(-1)!;
        expect(first.querySelector('time')?.getAttribute('datetime'), url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(text(first), url).toContain('Publicerades');
      }
      // The minor edits' days, each once, and none that the list above already gives.
      const days = (selector: string) => section.querySelectorAll(selector).map((time) => time.getAttribute('datetime'));
      const minor = days('p.muted time');
      expect(minor, url).toEqual([...new Set(minor)]);
      for (const day of days('.history__list time')) expect(minor, url).not.toContain(day);
      expect(section.querySelector('a[href="/andringar.xml"]'), url).not.toBeNull();
      const alternate = page.querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      expect(alternate?.getAttribute('href'), url).toBe('/andringar.xml');
    }
    expect(resolvesInDist(distDir, '/andringar.xml')).toBe(true);
  });

  it('publishes /andringar.xml as Atom with absolute addresses from SITE_URL and unique ids', async () => {
    const xml = await readFile(join(distDir, 'andringar.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const feed = parse(xml, { lowerCaseTagName: false }).querySelector('feed')!;
    const child = (el: HTMLElement, name: string) => el.childNodes.filter((n): n is HTMLElement => (n as HTMLElement).rawTagName === name);
    // RFC 4287 §4.1.1: exactly one id, title and updated; an author; a self link.
    for (const name of ['id', 'title', 'updated']) expect(child(feed, name).length, name).toBe(1);
    expect(child(feed, 'author').length).toBeGreaterThan(0);
    expect(child(feed, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe(`${SITE_URL}/andringar.xml`);
    const entries = child(feed, 'entry');
    if (inGitCheckout) expect(entries.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) expect(child(entry, name).length, name).toBe(1);
      const id = child(entry, 'id')[0]!.text;
      expect(id).toMatch(/^tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:\//);
      expect(ids.has(id), id).toBe(false);
      ids.add(id);
      expect(child(entry, 'updated')[0]!.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const href = child(entry, 'link')[0]!.getAttribute('href')!;
      expect(href.startsWith(`${SITE_URL}/`), href).toBe(true);
      expect(pages.has(new URL(href).pathname), href).toBe(true);
    }
    const newest = entries.map((e) => child(e, 'updated')[0]!.text).sort().at(-1);
    if (newest) expect(child(feed, 'updated')[0]!.text).toBe(newest);
  });
});
