/**
 * Issue #13a on the real site: help now, where the plan stands today, a start page for residents,
 * list pages that say once what they hold, contacts as roles, and who is behind the site.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { hrefsIn, readPages } from '../helpers/dist.ts';

let pages: Map<string, HTMLElement>;
const distDir = inject('distDir');
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`No page at ${url}`);
  return found;
};
const text = (html: HTMLElement, selector = 'main') => (html.querySelector(selector)?.text ?? '').replace(/\s+/g, ' ');
const frontMatter = (file: string) =>
  parseYaml(readFileSync(new URL(`../../content/sidor/${file}`, import.meta.url), 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

beforeAll(async () => {
  pages = await readPages(distDir);
});

describe('Behöver du stöd nu? (/stod-nu/)', () => {
  it('starts with its heading and calm words, then the four services with their numbers and sites', () => {
    const main = page('/stod-nu/').querySelector('main')!;
    expect(main.querySelector('h1')?.text).toBe('Behöver du stöd nu?');
    const first = main.querySelector('.stod__lines p');
    expect(first?.text).toMatch(/inte ensam/);
    const phones = main.querySelectorAll('a[href^="tel:"]').map((a) => a.getAttribute('href'));
    expect(phones).toEqual(['tel:112', 'tel:1177', 'tel:90101', 'tel:116111']);
    const sites = hrefsIn(page('/stod-nu/'), '.stod__lines');
    for (const site of ['https://www.112.se/', 'https://www.1177.se/Vastra-Gotaland/', 'https://mind.se/sjalvmordslinjen/', 'https://www.bris.se/']) {
      expect(sites, site).toContain(site);
    }
  });

  it('is linked from the start page', () => {
    expect(hrefsIn(page('/'))).toContain('/stod-nu/');
  });

  it('is offered in the contact page’s content, before the first contact', () => {
    // Someone who is not well may look under "Kontakt" for a person to call.
    const main = page('/kontakt/').querySelector('main')!;
    const box = main.querySelector('.stod-box');
    expect(box?.querySelector('a')?.getAttribute('href')).toBe('/stod-nu/');
    const html = main.toString();
    expect(html.indexOf('class="stod-box"')).toBeLessThan(html.indexOf('<h2 id="org-'));
  });
});

describe('the plan today', () => {
  const planToday = String(frontMatter('start.md')['planToday']);

  it('is a sentence in content/sidor/start.md that says the period and the extension', () => {
    expect(planToday).toMatch(/2018–2020/);
    expect(planToday).toMatch(/2024/);
  });

  it('is shown, the same, on the start page and on every goal page', () => {
    const goalPages = [...pages.keys()].filter((url) => /^\/mal\/[a-z-]+\/\d+-\d+\/$/.test(url));
    expect(goalPages.length).toBeGreaterThan(0);
    for (const url of ['/', ...goalPages]) {
      expect(text(page(url), '.plan-today'), url).toContain(planToday);
    }
  });
});

describe('the start page', () => {
  it('leads residents in: help now, target groups, focus areas, follow-up, who is behind it', () => {
    const links = hrefsIn(page('/'));
    for (const href of ['/stod-nu/', '/mal/barn-och-unga/', '/mal/vuxna/', '/indikatorer/', '/om/', '/organisation/', '/om-webbplatsen/']) {
      expect(links, href).toContain(href);
    }
    expect(links.filter((href) => href.startsWith('/fokusomraden/'))).toHaveLength(5);
  });

  it('speaks of people before governance: no VästKom, NSPHiG or SKL before the ways in', () => {
    const main = text(page('/'));
    const firstWayIn = main.indexOf('Behöver du stöd nu?');
    expect(firstWayIn).toBeGreaterThan(0);
    expect(main.slice(0, firstWayIn)).not.toMatch(/VästKom|NSPH|SKL/);
  });
});

describe('honest without emptiness', () => {
  it('has no empty-state line per group or area on any page', () => {
    for (const [url, html] of pages) {
      expect(text(html), url).not.toMatch(/Inga publicerade mål|är publicerat ännu|publicerade ännu/);
    }
  });

  it('says once on /mal/ how many of the plan’s goals it holds', () => {
    const main = text(page('/mal/'));
    expect(main.match(/Här finns 2 av planens 15 mål\./g)).toHaveLength(1);
  });

  it('gives each focus area its own summary', () => {
    const summaries = page('/fokusomraden/').querySelectorAll('.area-item p:not(.muted)').map((p) => p.text.trim());
    expect(summaries).toHaveLength(5);
    expect(new Set(summaries).size).toBe(5);
  });
});

describe('contacts as roles', () => {
  it('names the role and the way to its organisation before any person', () => {
    const cards = page('/kontakt/').querySelectorAll('.contact-card');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const body = card.text.replace(/\s+/g, ' ');
      const reach = body.indexOf('Nå rollen genom organisationen');
      expect(reach, body).toBeGreaterThan(0);
      const holder = card.querySelector('.contact-card__holder');
      if (holder) {
        expect(body.indexOf(holder.text.replace(/\s+/g, ' ').trim().slice(0, 20))).toBeGreaterThan(reach);
        expect(holder.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('who is behind the site', () => {
  it('has an Om webbplatsen page on the publisher, personal data, cookies and reporting errors', () => {
    const about = page('/om-webbplatsen/');
    const main = text(about);
    expect(main).toMatch(/kakor/);
    expect(main).toMatch(/personuppgifter/i);
    expect(about.querySelector('#rapportera-fel')).not.toBeNull();
    expect(hrefsIn(about)).toEqual(expect.arrayContaining(['https://www.vgregion.se/', 'https://www.vastkom.se/', 'https://nsphvastragotaland.se/']));
  });

  it('offers "Rapportera fel" to readers and labels "Föreslå en ändring" for editors, outside the search index', () => {
    for (const [url, html] of pages) {
      const info = html.querySelector('.edit-info');
      if (!info) continue;
      expect(info.getAttribute('data-pagefind-ignore'), url).toBe('all');
      expect(info.querySelector('.edit-info__report a')?.getAttribute('href'), url).toBe('/om-webbplatsen/#rapportera-fel');
      expect(text(info, '.edit-info__editors'), url).toMatch(/^För redaktörer: Föreslå en ändring$/);
    }
  });
});

describe('the timeline on /om/', () => {
  it('keeps each source on a line of its own, apart from the event', () => {
    const items = page('/om/').querySelectorAll('.timeline li');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const sources = item.querySelectorAll('.timeline__source');
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source.tagName).toBe('P');
    }
  });
});
