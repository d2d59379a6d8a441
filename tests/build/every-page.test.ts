/**
 * Promises the real content cannot show yet, checked on the fixture plan that has every kind of
 * page (`tests/fixtures/every-page/`), and the cross-references checked for each id on both
 * builds: a page that links only the first of its indicators, goals or assignments fails here.
 * `plan.json` says which ids an entry refers to; tests/unit/open-data-fields.test.ts checks it
 * against the content.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import type { PlanExport } from '../../src/open-data/schema.ts';
import { isRedirectStub, sitePages } from '../../scripts/lib/site-pages.ts';
import { hrefsIn, readPages } from '../helpers/dist.ts';
import { builtSites } from '../helpers/sites.ts';

const pathOf = (url: string) => new URL(url).pathname;
const section = (page: HTMLElement | undefined, id: string) => (page ? hrefsIn(page, `main section[aria-labelledby="${id}"]`) : []);
const sorted = (list: string[]) => [...new Set(list)].sort();

describe.each(builtSites())('cross-references on every page of $name, each id both ways', ({ distDir, real }) => {
  let pages: Map<string, HTMLElement>;
  let plan: PlanExport;
  beforeAll(async () => {
    pages = await readPages(distDir);
    plan = JSON.parse(await readFile(join(distDir, 'data/plan.json'), 'utf8')) as PlanExport;
  });
  const urlOf = (list: { id: string; url: string }[], id: string) => pathOf(list.find((item) => item.id === id)!.url);

  it('has goals with several indicators and indicators shared by both target groups (fixture only)', () => {
    if (real) return;
    expect(plan.goals.some((goal) => goal.indicators.length >= 3)).toBe(true);
    const groupsOf = (id: string) => new Set(plan.goals.filter((g) => g.indicators.includes(id)).map((g) => g.targetGroup));
    expect(plan.indicators.filter((i) => groupsOf(i.id).size === 2).length).toBeGreaterThanOrEqual(2);
  });

  it('a goal page links each of its indicators and each assignment serving it', () => {
    for (const goal of plan.goals) {
      const page = pages.get(pathOf(goal.url));
      expect(page, goal.url).toBeDefined();
      expect(sorted(section(page, 'indikatorer')), goal.id).toEqual(sorted(goal.indicators.map((id) => urlOf(plan.indicators, id))));
      expect(sorted(section(page, 'uppdrag')), goal.id).toEqual(sorted(goal.assignments.map((id) => urlOf(plan.assignments, id))));
    }
  });

  it('an indicator page links each goal it follows up', () => {
    for (const indicator of plan.indicators) {
      const page = pages.get(pathOf(indicator.url));
      expect(sorted(section(page, 'mal')), indicator.id).toEqual(sorted(indicator.goals.map((id) => urlOf(plan.goals, id))));
    }
  });

  it('an assignment page links each goal it serves', () => {
    for (const assignment of plan.assignments) {
      const page = pages.get(pathOf(assignment.url));
      expect(sorted(section(page, 'mal')), assignment.id).toEqual(sorted(assignment.goals.map((id) => urlOf(plan.goals, id))));
    }
  });

  it('a focus area page links each of its current goals', () => {
    for (const area of plan.focusAreas) {
      const current = plan.goals.filter((g) => area.goals.includes(g.id) && g.status === 'gällande');
      const links = section(pages.get(pathOf(area.url)), 'mal');
      for (const goal of current) expect(links, `${area.id} → ${goal.id}`).toContain(pathOf(goal.url));
    }
  });
});

describe('the fixture plan with every kind of page', () => {
  const distDir = inject('fixtureDistDir');
  let pages: Map<string, HTMLElement>;
  beforeAll(async () => {
    pages = await readPages(distDir);
  });

  /** Every redirect page in the build: its address and where it forwards. */
  async function redirectPages() {
    const found: { from: string; to: string }[] = [];
    for (const { url, file } of await sitePages(distDir)) {
      const html = await readFile(join(distDir, file), 'utf8');
      if (!isRedirectStub(html)) continue;
      const to = /content="0; url=([^"]+)"/.exec(html)?.[1] ?? '';
      found.push({ from: url, to });
    }
    return found;
  }

  it('has a redirect page for each renumbered or renamed entry, pointing at a page that exists', async () => {
    const redirects = await redirectPages();
    expect(redirects.map((r) => r.from).sort()).toEqual([
      '/fokusomraden/gammalt-testomrade/', '/indikatorer/gammal-testindikator/', '/mal/vuxna/2-2/', '/uppdrag/gammalt-testuppdrag/',
    ]);
    for (const { from, to } of redirects) expect(pages.get(to)?.querySelector('h1')?.text, `${from} → ${to}`).toBeTruthy();
  });

  it('lists each redirect in _redirects with and without the trailing slash', async () => {
    const lines = (await readFile(join(distDir, '_redirects'), 'utf8')).split('\n');
    const redirects = await redirectPages();
    for (const { from, to } of redirects) {
      expect(lines, from).toContain(`${from} ${to} 301`);
      expect(lines, from).toContain(`${from.replace(/\/$/, '')} ${to} 301`);
    }
    expect(lines.filter((line) => line.endsWith(' 301'))).toHaveLength(redirects.length * 2);
  });

  it('keeps a withdrawn goal’s page with a link to its replacement, and a withdrawn indicator’s without one', () => {
    const goal = pages.get('/mal/vuxna/1-3/')?.querySelector('[role="note"]');
    expect(goal?.text).toContain('Det här ingår inte längre i den gällande handlingsplanen.');
    expect(goal?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/mal/vuxna/1-1/']);
    const indicator = pages.get('/indikatorer/utgangen-testindikator/')?.querySelector('[role="note"]');
    expect(indicator?.text).toContain('Det här ingår inte längre i den gällande handlingsplanen.');
    expect(indicator?.querySelectorAll('a')).toEqual([]);
  });

  it('renders the MDX assignment as a page with its sections, and without the MDX comment', () => {
    const main = pages.get('/uppdrag/mdx-testuppdrag/')?.querySelector('main');
    expect(main?.querySelectorAll('h2').map((h) => h.text.trim())).toEqual(expect.arrayContaining(['Bakgrund', 'Syfte']));
    expect(main?.text).toContain('Uppdraget visar att en MDX-fil blir en vanlig sida.');
    expect(main?.text).not.toContain('En kommentar i MDX');
  });

  it('shows each measured value of an indicator in its table: a row per area, a column per year', () => {
    const table = pages.get('/indikatorer/andra-testindikatorn/')?.querySelector('table.indicator-table');
    const years = table?.querySelectorAll('thead th').slice(1).map((th) => th.text.trim());
    const rows = (table?.querySelectorAll('tbody tr') ?? []).map((row) => [
      row.querySelector('th')?.text.trim(),
      ...row.querySelectorAll('td').map((td) => td.text.replace(/\s+/g, ' ').trim()),
    ]);
    // tests/fixtures/every-page/content/indikatorer/andra-indikatorn.csv, in Swedish number format.
    expect(years).toEqual(['2018', '2019', '2020']);
    expect(rows).toEqual([
      ['Västra Götaland', '40', '47,5', '55'],
      ['Testkommun', '–inget värde', '–inget värde', '51'],
    ]);
  });
});
