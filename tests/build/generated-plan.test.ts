/**
 * The model and pages must keep working when editors add all 15 goals and many indicators.
 * Builds a generated plan (never published) with the real site code and checks the links.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { SYNTHETIC_MUNICIPALITIES, SYNTHETIC_YEARS, writeSyntheticPlan, type SyntheticPlan } from '../../scripts/lib/synthetic-plan.ts';
import { buildSite } from '../helpers/build.ts';
import { hrefsIn, readPages } from '../helpers/dist.ts';

let pages: Map<string, HTMLElement>;
let plan: SyntheticPlan;
let outDir: string;

beforeAll(async () => {
  const contentDir = await mkdtemp(join(tmpdir(), 'hph-content-'));
  plan = await writeSyntheticPlan(contentDir, { goals: 40 });
  outDir = (await buildSite({ contentDir, env: { SKIP_OG: '1' } })).outDir;
  pages = await readPages(outDir);
});

describe('a full plan of 40 generated goals', () => {
  it('gets one page per goal, at a URL made from its data', () => {
    const goalPages = [...pages.keys()].filter((url) => /^\/mal\/[a-z-]+\/\d+-\d+\/$/.test(url));
    expect(goalPages).toHaveLength(40);
    expect(goalPages).toContain('/mal/barn-och-unga/5-4/');
  });

  it('lists every goal of an area on the area page, for both target groups', () => {
    const links = hrefsIn(pages.get('/fokusomraden/omrade-2/')!);
    const expected = plan.goalIds
      .filter((id) => /-2-\d+$/.test(id))
      .map((id) => `/mal/${id.replace(/-(\d+)-(\d+)$/, '/$1-$2')}/`);
    expect(expected.length).toBe(8);
    expect(links).toEqual(expect.arrayContaining(expected));
  });

  it('links a shared indicator back to each goal using it', () => {
    const links = hrefsIn(pages.get('/indikatorer/indikator-2/')!);
    expect(links).toEqual(expect.arrayContaining(['/mal/vuxna/1-1/', '/mal/barn-och-unga/1-1/']));
  });

  it('does not list every goal on every goal page (no per-page navigation that grows with the plan)', () => {
    const goalLinks = hrefsIn(pages.get('/mal/vuxna/1-1/')!).filter((href) => href.startsWith('/mal/') && href !== '/mal/');
    expect(goalLinks.length).toBeLessThan(5);
  });

  it('still names every page\'s social image when SKIP_OG=1 leaves the images out of the build', () => {
    const image = pages.get('/mal/vuxna/1-1/')?.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image).toMatch(/\/og\/mal\/vuxna\/1-1\.png\?v=[0-9a-f]+$/);
    expect(existsSync(join(outDir, 'og'))).toBe(false);
  });
});

describe('indicator values from generated CSV files (10 years, the county and 49 municipalities)', () => {
  const page = () => pages.get('/indikatorer/indikator-1/')!;

  it('draws the county trend and the latest year by area as images with a title and a description', () => {
    const charts = page().querySelectorAll('svg[role="img"]');
    expect(charts).toHaveLength(2);
    for (const svg of charts) {
      const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(svg.querySelector(`title#${titleId}`)?.text).toMatch(/indikator 1/i);
      expect(svg.querySelector(`desc#${descId}`)?.text.length).toBeGreaterThan(20);
    }
    const [trend, bars] = charts;
    expect(trend!.querySelectorAll('circle')).toHaveLength(SYNTHETIC_YEARS.length);
    expect(bars!.querySelectorAll('rect')).toHaveLength(SYNTHETIC_MUNICIPALITIES.length);
    // Every bar has its value written next to it: nothing is told by colour alone.
    expect(bars!.querySelectorAll('text.chart__value')).toHaveLength(SYNTHETIC_MUNICIPALITIES.length);
  });

  it('says in a sentence what the trend shows, with Swedish numbers', () => {
    const summary = page().querySelector('.indicator-chart__summary')?.text ?? '';
    expect(summary).toMatch(/^Andelen har (ökat|minskat) från \d+(,\d)? procent 2015 till \d+(,\d)? procent 2024\.$/);
    expect(page().querySelector('.indicator-progress')?.text).toMatch(/^Senaste värdet för länet är .* \(2024\)\./);
  });

  it('has a table with every value: a row per area, a column per year', () => {
    const table = page().querySelector('table.indicator-table')!;
    expect(table.querySelectorAll('thead th')).toHaveLength(1 + SYNTHETIC_YEARS.length);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(1 + SYNTHETIC_MUNICIPALITIES.length);
    expect(table.querySelector('tbody tr th')?.text).toBe('Västra Götaland');
  });

  it('uses no style attributes and no scripts in the charts (the CSP stays strict)', () => {
    const chart = page().querySelector('.indicator-chart')!;
    expect(chart.querySelectorAll('[style]')).toHaveLength(0);
    expect(chart.querySelectorAll('script')).toHaveLength(0);
  });

  it('offers the indicator\'s own values as a CSV download, and the open data carries every value', async () => {
    const href = page().querySelector('a[download]')?.getAttribute('href');
    expect(href).toBe('/data/indikatorer/indikator-1.csv');
    const rows = parseCsv(await readFile(join(outDir, href!), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(SYNTHETIC_YEARS.length * (1 + SYNTHETIC_MUNICIPALITIES.length));
    expect(new Set(rows.map((row) => row['Indikator']))).toEqual(new Set(['indikator-1']));
    const data = JSON.parse(await readFile(join(outDir, 'data/plan.json'), 'utf8')) as { indicators: { id: string; values: unknown[] }[] };
    const withValues = plan.indicatorIds.filter((_, i) => i % 4 !== 3);
    for (const indicator of data.indicators) {
      expect(indicator.values.length, indicator.id).toBe(withValues.includes(indicator.id) ? rows.length : 0);
    }
    const all = parseCsv(await readFile(join(outDir, 'data/indikatorvarden.csv'), 'utf8'), { bom: true, columns: true });
    expect(all).toHaveLength(withValues.length * rows.length);
  });

  it('shows the latest value and direction next to each indicator on goal pages and on /indikatorer/', () => {
    expect(pages.get('/mal/vuxna/1-1/')!.querySelector('.indicator-progress-line')?.text).toMatch(/Senast .* procent \(2024\), (bättre|sämre) än 2015\./);
    const list = pages.get('/indikatorer/')!.querySelectorAll('.indicator-progress-line');
    expect(list).toHaveLength(plan.indicatorIds.filter((_, i) => i % 4 !== 3).length);
  });

  it('offers no download and no chart for an indicator without values', () => {
    const bare = pages.get('/indikatorer/indikator-4/')!;
    expect(bare.querySelector('svg[role="img"]')).toBeNull();
    expect(bare.querySelector('a[download]')).toBeNull();
    expect(existsSync(join(outDir, 'data/indikatorer/indikator-4.csv'))).toBe(false);
  });
});
