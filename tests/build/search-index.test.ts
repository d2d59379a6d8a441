/** The search index written by the build: which pages it holds, and what it knows about them. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { current } from '../../src/plan/entries.ts';
import { pageUrlsOf } from '../../src/plan/published-urls.ts';
import { readContentFiles, validateContentFiles } from '../../src/check/read-content.ts';
import { FILTER, META } from '../../src/search/contract.ts';
import { commonUi, contactUi, countyUi, focusAreaPageUi, goalPageUi, listUi, subRegionPageUi, ui } from '../../src/i18n/sv.ts';
import type { ContentSet } from '../../src/plan/entries.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { readPages } from '../helpers/dist.ts';
import { indexedByUrl, type IndexedPage } from '../helpers/pagefind.ts';

const distDir = inject('distDir');
let pages: Map<string, HTMLElement>;
let indexed: Map<string, IndexedPage>;
let content: ContentSet;

const LIST_PAGES = ['/', '/fokusomraden/', '/mal/', '/indikatorer/', '/uppdrag/', '/kontakt/', '/om/', '/organisation/'];
const entry = (url: string) => {
  const found = indexed.get(url);
  if (!found) throw new Error(`${url} is not in the index; indexed: ${[...indexed.keys()].join(', ')}`);
  return found;
};

beforeAll(async () => {
  pages = await readPages(distDir);
  indexed = await indexedByUrl(distDir);
  const { files } = await readContentFiles(resolve(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  content = validateContentFiles(files).content;
});

describe('the search index', () => {
  it('is written into the built site with Pagefind’s script, in Swedish', async () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.sv.pagefind']) {
      expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(true);
    }
  });

  it('holds every current entry page and every list page', () => {
    const currentContent = {
      ...content,
      focusAreas: current(content.focusAreas),
      goals: current(content.goals),
      indicators: current(content.indicators),
      assignments: current(content.assignments),
    };
    const entryUrls = pageUrlsOf(currentContent).filter((url) => !url.redirect).map((url) => url.url);
    expect(entryUrls.length).toBeGreaterThanOrEqual(9);
    for (const url of [...entryUrls, ...LIST_PAGES]) expect(indexed.has(url), url).toBe(true);
  });

  it('holds exactly the pages whose markup marks their content, and not the 404 page or the search page', () => {
    const marked = [...pages].filter(([, html]) => html.querySelector('main[data-pagefind-body]')).map(([url]) => url);
    expect([...indexed.keys()].sort()).toEqual(marked.sort());
    expect(indexed.has('/404')).toBe(false);
    expect(indexed.has('/sok/')).toBe(false);
    expect(pages.get('/404')?.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('indexes the main content only: no header, navigation, breadcrumbs, footer or source list', () => {
    for (const [url, page] of indexed) {
      expect(page.content, url).not.toMatch(/Hoppa till innehållet|Huvudmeny|Du är här/);
      expect(page.content, url).not.toContain('är en gemensam plan för Västra Götalandsregionen, de 49 kommunerna genom VästKom');
    }
    const goal = entry('/mal/vuxna/3-2/');
    expect(goal.content).toContain('Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbete');
    expect(goal.content).not.toContain('Källor');
  });

  it('leaves out the sources of local work, as it leaves out every page’s sources', () => {
    const withLocalWork = [...pages].filter(([, html]) => html.querySelector('main .local-work .muted'));
    expect(withLocalWork.length).toBeGreaterThan(0);
    for (const [url] of withLocalWork) expect(entry(url).content, url).not.toContain(`${commonUi.source}:`);
    // One source or several: "Källa: …" or "Källor: …".
    for (const [url, page] of indexed) {
      for (const label of [commonUi.sourcesOf(1), commonUi.sourcesOf(2)]) expect(page.content, url).not.toContain(`${label}: `);
    }
  });

  it('keeps words apart that compressed HTML would glue together', () => {
    // The facts' values, from <dd> elements side by side once their labels are left out.
    expect(entry('/mal/vuxna/3-2/').content).toMatch(/Vuxna 2018–2020/);
    // Goal cards, whose number and target group the layout sets side by side, are not indexed.
    expect(entry('/mal/vuxna/3-2/').content).toMatch(/Mål 3:2 för vuxna · Fokusområde 3/);
  });

  it('leaves out the labels and boxes that every page of a kind repeats, and keeps what is its own', async () => {
    const repeated: Record<string, string[]> = {
      '/mal/vuxna/3-2/': [goalPageUi.goalText, goalPageUi.targetGroup, ui.planPeriod, ui.planToday, ui.indicatorsOfGoal, ui.counterpart,
        ui.assignmentsOfGoal, goalPageUi.localWork, ui.whomToContact, ui.contactAbout, contactUi.reach, contactUi.askForRole.trim(), goalPageUi.allContacts],
      '/indikatorer/systematiskt-samarbete-med-brukarorganisationer/': [ui.goalsOfIndicator, ui.measuredValues, ui.noValues],
      '/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/': [ui.date, ui.decidedBy, ui.funding, ui.signedBy, ui.goalsOfAssignment, ui.whomToContact],
      '/delregioner/fyrbodal/': [countyUi.municipalitiesOfSubRegion, subRegionPageUi.localWork, countyUi.valuesOfSubRegion, countyUi.noValuesOfSubRegion, countyUi.contactsOfSubRegion],
      '/fokusomraden/enskildas-delaktighet-och-rattigheter/': [focusAreaPageUi.goals, listUi.areaGoalsPartly, ui.assignmentDocuments],
    };
    // Each label is on the page for the reader, but not in what search reads of it.
    for (const [url, labels] of Object.entries(repeated)) {
      const text = pages.get(url)!.querySelector('main')!.textContent;
      for (const label of labels) {
        expect(text, `${url} shows ${label}`).toContain(label);
        expect(entry(url).content, `${url} indexes ${label}`).not.toContain(label);
      }
    }
    // What the labels stood before is still found: the facts, the roles and what to ask them about.
    const goal = entry('/mal/vuxna/3-2/').content;
    expect(goal).toContain('Koordinator för brukarinflytande');
    expect(goal).toContain('Frågor om brukarinflytande');
    expect(entry('/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/').content).toContain('Styrgrupp psykisk hälsa');
    expect(entry('/delregioner/fyrbodal/').content).toContain('Vänersborg');
    // Where the plan stands now is searchable once, on the start page, not on every goal page.
    const planToday = (await readFile(join(PROJECT_ROOT, 'content/sidor/start.md'), 'utf8')).match(/^planToday: (.+)$/m)![1]!;
    expect(entry('/').content).toContain(planToday);
    expect(goal).not.toContain(planToday);
  });

  it('files each page under its type, and entries under their focus areas and target groups', () => {
    expect(entry('/mal/vuxna/3-2/').filters).toEqual({
      [FILTER.type]: ['Mål'],
      [FILTER.focusArea]: ['Enskildas delaktighet och rättigheter'],
      [FILTER.targetGroup]: ['Vuxna'],
    });
    expect(entry('/mal/barn-och-unga/3-2/').filters[FILTER.targetGroup]).toEqual(['Barn och unga']);
    const indicator = entry('/indikatorer/systematiskt-samarbete-med-brukarorganisationer/');
    expect(indicator.filters[FILTER.type]).toEqual(['Indikator']);
    expect(indicator.filters[FILTER.targetGroup]?.sort()).toEqual(['Barn och unga', 'Vuxna']);
    expect(entry('/uppdrag/statsbidrag-for-att-starka-brukarsamverkan/').filters[FILTER.type]).toEqual(['Uppdragshandling']);
    // A title with a comma stays one value.
    expect(entry('/fokusomraden/ledning-styrning-och-organisation/').filters[FILTER.focusArea]).toEqual([
      'Ledning, styrning och organisation',
    ]);
    expect(entry('/kontakt/').filters[FILTER.type]).toEqual(['Kontakt']);
    for (const url of ['/', '/om/', '/mal/', '/organisation/']) expect(entry(url).filters[FILTER.type], url).toEqual(['Sida']);
  });

  it('gives goal results their number and target group, and pages their editors’ search words', () => {
    expect(entry('/mal/vuxna/3-2/').meta).toMatchObject({ [META.goalCode]: '3:2', [META.targetGroup]: 'Vuxna' });
    expect(entry('/mal/barn-och-unga/3-2/').meta).toMatchObject({ [META.goalCode]: '3:2', [META.targetGroup]: 'Barn och unga' });
    const withKeywords = [...content.goals, ...content.indicators, ...content.assignments, ...content.focusAreas];
    expect(withKeywords.some((e) => e.data.keywords.length > 0)).toBe(true);
    expect(entry('/mal/vuxna/3-2/').meta[META.keywords]).toBe(content.goals.find((g) => g.id === 'vuxna-3-2')!.data.keywords.join(', '));
  });
});
