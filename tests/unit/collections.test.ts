/**
 * The collections registry (src/schemas/collections.ts) is the one list of collections. The build's
 * content config, `ContentSet`, the check's reader and the field reference are built from it (types
 * keep those honest); these tests cover what types cannot: that each collection's address fits its
 * schema and has a route, that the plan publishes every page collection at its address, and that
 * the content folder, the README's table and the editors' words know every collection.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageUrlsOf } from '../../src/plan/published-urls.ts';
import { fillUrl, urlFieldsOf } from '../../src/plan/urls.ts';
import { anEntryOf, COLLECTION_NAMES, COLLECTIONS, noEntryOf, PAGE_COLLECTIONS } from '../../src/schemas/collections.ts';
import { fieldsOf } from '../../src/schemas/introspect.ts';
import { BODY_HOLDS } from '../../src/check/words.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { makePlan } from '../helpers/fixtures.ts';

const WITH_URL = COLLECTION_NAMES.flatMap((name) => {
  const { url } = COLLECTIONS[name];
  return url ? [{ name, url }] : [];
});
const pagesDir = join(PROJECT_ROOT, 'src/pages');
/** `/mal/{targetGroup}/…` → `mal`; `/kontakt/#{id}` → `kontakt`. */
const firstSegment = (url: string) => url.split('/')[1] as string;

describe('the collections registry', () => {
  it('lists each collection once, with its own folder', () => {
    const folders = COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder);
    expect(new Set(folders).size).toBe(folders.length);
    expect(COLLECTION_NAMES.length).toBeGreaterThanOrEqual(10);
  });

  it('has a folder under content/ for every collection, and no folder it does not know', () => {
    const folders = readdirSync(join(PROJECT_ROOT, 'content'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder).sort());
  });

  it.each(WITH_URL)('fills the address of $name only from fields its schema has', ({ name, url }) => {
    const fields = Object.keys(fieldsOf(COLLECTIONS[name].schema));
    expect(urlFieldsOf(url).length).toBeGreaterThan(0);
    for (const field of urlFieldsOf(url)) expect([...fields, 'id']).toContain(field);
  });

  it('gives every page collection an address of a page, and every other address an anchor', () => {
    expect(PAGE_COLLECTIONS).toEqual(['focusAreas', 'goals', 'indicators', 'assignments']);
    for (const name of COLLECTION_NAMES) {
      const { page, url } = COLLECTIONS[name];
      if (page) expect({ name, url }).toEqual({ name, url: expect.stringMatching(/^\/[^#]*\/$/) });
      else if (url) expect({ name, url }).toEqual({ name, url: expect.stringMatching(/^\/[a-z-]+\/#\{id\}$/) });
    }
  });

  it.each(WITH_URL)('has a route in src/pages for the address of $name', ({ name, url }) => {
    const segment = firstSegment(url);
    if (COLLECTIONS[name].page) {
      // A folder of its own with a dynamic route (`[slug].astro`, `[malgrupp]/`) makes the entry pages.
      const dynamic = existsSync(join(pagesDir, segment)) ? readdirSync(join(pagesDir, segment)).filter((file) => file.startsWith('[')) : [];
      expect(dynamic, `src/pages/${segment}/[…]`).not.toEqual([]);
    } else {
      const routes = [`${segment}.astro`, `${segment}/index.astro`].filter((file) => existsSync(join(pagesDir, file)));
      expect(routes, `src/pages/${segment}.astro`).not.toEqual([]);
    }
  });

  it('publishes every entry of every page collection at its registry address', () => {
    const content = makePlan();
    const published = pageUrlsOf(content).filter((url) => !url.redirect);
    for (const name of PAGE_COLLECTIONS) {
      const pattern = COLLECTIONS[name].url ?? '';
      const expected = content[name].map((entry) => fillUrl<string>(pattern, entry.data));
      expect(content[name].length).toBeGreaterThan(0);
      expect(published.filter((url) => url.collection === name).map((url) => url.url)).toEqual(expected);
      expect(published.find((url) => url.collection === name)?.field).toBe(urlFieldsOf(pattern).join(', '));
    }
  });

  it('is described in the README\'s content table, one row per folder', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| [^|]+ \| `content\/[a-z-]+\/`/.test(line));
    const folders = rows.map((row) => /`content\/([a-z-]+)\/`/.exec(row)?.[1]);
    expect(folders.sort()).toEqual(COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder).sort());
  });

  it('names an entry of every collection in Swedish, with the right article', () => {
    expect(COLLECTION_NAMES.map(anEntryOf)).toEqual([
      'ett fokusområde', 'ett mål', 'en indikator', 'en uppdragshandling', 'en kontaktroll', 'en organisation',
      'en händelse i tidslinjen', 'en sida', 'en förkortning i ordlistan', 'en lokal plan eller aktivitet',
    ]);
    expect([noEntryOf('goals'), noEntryOf('focusAreas'), noEntryOf('indicators')]).toEqual(['inget mål', 'inget fokusområde', 'ingen indikator']);
    for (const name of COLLECTION_NAMES) expect(BODY_HOLDS[name]).toMatch(/\S/);
  });
});
