/**
 * The model and pages must keep working when editors add all 15 goals and many indicators.
 * Builds a generated plan (never published) with the real site code and checks the links.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { writeSyntheticPlan, type SyntheticPlan } from '../../scripts/lib/synthetic-plan.ts';
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
