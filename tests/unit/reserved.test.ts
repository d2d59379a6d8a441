/**
 * The addresses the site keeps for itself, read from route files and `public/` folders: which
 * route makes an exact page, which makes a whole folder of addresses, and which makes none. A
 * small pages folder in a temporary directory, so the real routes can change freely.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReservedId, reservedOwner, reservedPaths } from '../../src/security/reserved.ts';

let dir: string;
const ROUTES = [
  'index.astro', 'sok.astro', 'fokusomraden/[slug].astro', 'fokusomraden/index.astro', 'mal/[grupp]/[nr].astro',
  'data/mal.csv.ts', 'og/[...path].png.ts', 'robots.txt.ts', '[...redirect].astro', '_privat/sida.astro', 'om/_del.astro',
  // Deeper routes: a page in a folder, an endpoint and a rest route below a folder, and a static
  // page whose address a dynamic route in a folder of the same name also makes (read after it).
  'om/kontakt.astro', 'data/indikatorer/[slug].csv.ts', 'borttagen/[...path].astro', 'arkiv.astro', 'arkiv/[ar].astro',
  // Only a part that starts with `_` is private, not one with `_` inside it.
  'delregioner/[sub_region].astro',
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reserved-'));
  for (const route of ROUTES) {
    await mkdir(dirname(join(dir, 'pages', route)), { recursive: true });
    await writeFile(join(dir, 'pages', route), '');
  }
  await mkdir(join(dir, 'public/typsnitt'), { recursive: true });
  await writeFile(join(dir, 'public/favicon.svg'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reservedPaths', () => {
  it('keeps each static page, a dynamic route by its static part, and the standalone pages', async () => {
    const { exact } = await reservedPaths(['stod-nu'], join(dir, 'pages'), join(dir, 'public'));
    expect(Object.fromEntries(exact)).toEqual({
      '/': 'src/pages/index.astro',
      '/sok/': 'src/pages/sok.astro',
      '/fokusomraden/': 'src/pages/fokusomraden/index.astro',
      '/mal/': 'src/pages/mal/[grupp]/[nr].astro',
      '/om/kontakt/': 'src/pages/om/kontakt.astro',
      '/arkiv/': 'src/pages/arkiv.astro',
      '/delregioner/': 'src/pages/delregioner/[sub_region].astro',
      '/stod-nu/': 'src/pages/[sida].astro',
    });
    // Without standalone pages, only the routes' own addresses.
    const routesOnly = await reservedPaths(undefined, join(dir, 'pages'), join(dir, 'public'));
    expect([...routesOnly.exact.keys()].sort()).toEqual(['/', '/arkiv/', '/delregioner/', '/fokusomraden/', '/mal/', '/om/kontakt/', '/sok/']);
  });

  it('keeps whole folders for endpoints, rest routes, the build and public/', async () => {
    const { prefixes } = await reservedPaths([], join(dir, 'pages'), join(dir, 'public'));
    expect(Object.fromEntries(prefixes)).toEqual({
      '/_astro/': 'bygget',
      '/pagefind/': 'bygget',
      '/data/': 'src/pages/data/mal.csv.ts',
      '/data/indikatorer/': 'src/pages/data/indikatorer/[slug].csv.ts',
      '/og/': 'src/pages/og/[...path].png.ts',
      '/borttagen/': 'src/pages/borttagen/[...path].astro',
      '/typsnitt/': 'public/typsnitt/',
    });
  });

  it('reads no public/ folder when there is none', async () => {
    const { prefixes } = await reservedPaths([], join(dir, 'pages'), join(dir, 'saknas'));
    expect([...prefixes.keys()]).not.toContain('/typsnitt/');
  });
});

describe('reservedOwner', () => {
  it('names the route file or folder that owns an address, exact pages first', async () => {
    const reserved = await reservedPaths([], join(dir, 'pages'), join(dir, 'public'));
    expect(reservedOwner('/sok/', reserved)).toBe('src/pages/sok.astro');
    expect(reservedOwner('/data/mal.csv', reserved)).toBe('src/pages/data/mal.csv.ts');
    expect(reservedOwner('/_astro/a.css', reserved)).toBe('bygget');
    expect(reservedOwner('/sok/x/', reserved)).toBeUndefined();
    expect(reservedOwner('/gammal/', reserved)).toBeUndefined();
  });
});

describe('isReservedId', () => {
  it('refuses the ids and id prefixes templates use, and nothing that only starts alike', () => {
    expect(['innehall', 'kallor', 'footnote-label', 'mal-3-2', 'typ-x', 'user-content-a'].map(isReservedId)).toEqual([true, true, true, true, true, true]);
    expect(['innehallet', 'malen', 'typ', 'vgr'].map(isReservedId)).toEqual([false, false, false, false]);
  });
});
