/**
 * `/tillganglighet/` is the accessibility statement in DIGG's structure, generated from the
 * committed check results in `src/data/a11y-report.json`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { REPOSITORY_URL } from '../../src/consts.ts';
import { formatDate } from '../../src/i18n/sv.ts';
import { A11yReportSchema, type A11yReport } from '../../src/schemas/a11y-report.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

let page: HTMLElement;
let report: A11yReport;

beforeAll(async () => {
  page = parse(await readFile(join(inject('distDir'), 'tillganglighet/index.html'), 'utf8'));
  report = A11yReportSchema.parse(JSON.parse(await readFile(join(PROJECT_ROOT, 'src/data/a11y-report.json'), 'utf8')));
});

describe('the accessibility statement', () => {
  it('has the sections Swedish authorities use', () => {
    const headings = page.querySelectorAll('main h2, main h3').map((h) => h.text.trim());
    expect(headings).toEqual(
      expect.arrayContaining([
        'Hur tillgänglig är webbplatsen?',
        'Vad kan du göra om du inte kan använda delar av webbplatsen?',
        'Rapportera brister i webbplatsens tillgänglighet',
        'Tillsyn',
        'Teknisk information om webbplatsens tillgänglighet',
        'Kända brister',
        'Innehåll som inte omfattas av lagstiftningen',
        'Hur vi testat webbplatsen',
      ]),
    );
  });

  it('tells how to report a problem without inventing an address or phone number', () => {
    const links = page.querySelectorAll('main a[href]').map((a) => a.getAttribute('href'));
    expect(links).toContain('/kontakt/');
    expect(links).toContain(`${REPOSITORY_URL.replace(/\/$/, '')}/issues`);
    expect(links.filter((href) => /^(mailto|tel):/.test(href ?? ''))).toEqual([]);
  });

  it('names the supervisory authority, DIGG, with its public address', () => {
    const tillsyn = page.querySelector('section[aria-labelledby="tillsyn"]')!;
    expect(tillsyn.text).toContain('Myndigheten för digital förvaltning (DIGG)');
    expect(tillsyn.querySelector('a[href="https://www.digg.se/"]')).not.toBeNull();
  });

  it('shows the date and figures of the recorded check results', () => {
    const tested = page.querySelector('section[aria-labelledby="hur-vi-testat"]')!;
    expect(tested.querySelector('time')?.getAttribute('datetime')).toBe(report.checkedOn);
    expect(tested.text).toContain(formatDate(new Date(`${report.checkedOn}T00:00:00Z`)));
    expect(tested.text).toContain(`${report.pages.length} sidor, ${report.axeViolations.length} brister`);
    expect(tested.text).toContain(`axe-core ${report.tools['axe-core']}`);
  });

  it('records a check of the whole site that found nothing to fix', () => {
    expect(report.pages).toEqual(expect.arrayContaining(['/', '/tillganglighet/', '/handlingsplan/']));
    expect(report.pages.some((url) => /^\/mal\/[^/]+\/[^/]+\/$/.test(url))).toBe(true);
    expect(report.colorSchemes).toEqual(['light', 'dark']);
    expect({ axe: report.axeViolations, html: report.htmlErrors, links: report.brokenLinks }).toEqual({ axe: [], html: 0, links: 0 });
  });
});
