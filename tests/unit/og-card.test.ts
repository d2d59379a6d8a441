/** The social card: its data, its design rendered by Satori and resvg, the image cache and the render workers. */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/plan/graph.ts';
import { ogCardFor, ogCardsOf, ogImagePath, ogRouteParam, type OgCard } from '../../src/social/cards.ts';
import type { OgReport } from '../../src/social/settings.ts';
import { cardElement, type CardElement } from '../../src/social/card-template.ts';
import { loadCardFonts } from '../../src/social/fonts.ts';
import { createCardImages } from '../../src/social/images.ts';
import { renderCardPng } from '../../src/social/render.ts';
import { createRenderPool } from '../../src/social/render-pool.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';
import { pngSize } from '../helpers/png.ts';

const SITE = { name: 'Handlingsplan psykisk hälsa i Västra Götaland', host: 'example.se' };
const plan = () => {
  const content = makePlan();
  // A colour of its own, so that the card can be seen to take the area's colour, not the site's.
  content.focusAreas[0] = makeEntry('focusAreas', 'delaktighet', { color: '#6b2d5c' });
  content.pages.push(makeEntry('pages', 'start', { title: 'Startsidan', description: 'Om planen.' }));
  return buildGraph(content);
};
const cardOf = (page: string) => ogCardsOf(plan(), SITE.name).find((card) => card.page === page)!;

describe('the card list', () => {
  it('gives every entry page and the start and about pages a card of its own, each with its own image', () => {
    const cards = ogCardsOf(plan(), SITE.name);
    const pages = cards.map((card) => card.page);
    for (const page of ['/', '/om/', '/fokusomraden/delaktighet/', '/mal/vuxna/3-2/', '/mal/barn-och-unga/3-2/',
      '/indikatorer/en-indikator/', '/uppdrag/ett-uppdrag/']) {
      expect(pages, page).toContain(page);
    }
    expect(new Set(cards.map((card) => card.image)).size).toBe(cards.length);
  });

  it('shows a goal with its number, target group, focus area and the area colour', () => {
    const card = cardOf('/mal/barn-och-unga/3-2/');
    expect(card).toMatchObject({
      kind: 'goal',
      title: 'Ett mål',
      goal: { code: '3:2', targetGroup: 'Barn och unga' },
      detail: 'Fokusområde 3: Enskildas delaktighet',
      color: '#6b2d5c',
      image: '/og/mal/barn-och-unga/3-2.png',
    });
    expect(card.alt).toContain('Mål 3:2 för barn och unga');
  });

  it('names images by page and gives pages without a card of their own the start page card', () => {
    expect(ogImagePath('/')).toBe('/og/start.png');
    expect(ogImagePath('/mal/vuxna/3-2/')).toBe('/og/mal/vuxna/3-2.png');
    expect(ogRouteParam({ image: '/og/mal/vuxna/3-2.png' })).toBe('mal/vuxna/3-2');
    const graph = plan();
    expect(ogCardFor(graph, SITE.name, '/sok/').page).toBe('/');
    expect(ogCardFor(graph, SITE.name, '/mal/vuxna/3-2').page).toBe('/mal/vuxna/3-2/');
  });

  it('changes the version in the image URL when, and only when, what the card shows changes', () => {
    const before = cardOf('/mal/vuxna/3-2/');
    expect(cardOf('/mal/vuxna/3-2/').version).toBe(before.version);
    const content = makePlan();
    content.goals[0] = makeEntry('goals', 'vuxna-3-2', { title: 'Ett nytt namn', indicators: ['en-indikator'], counterpart: 'barn-och-unga-3-2' });
    const changed = ogCardsOf(buildGraph(content), SITE.name).find((card) => card.page === before.page)!;
    expect(changed.version).not.toBe(before.version);
  });
});

describe('the card design', () => {
  it('renders a goal card with Satori into a 1200×630 PNG', async () => {
    const fonts = await loadCardFonts(PROJECT_ROOT);
    const png = await renderCardPng(cardElement(cardOf('/mal/vuxna/3-2/'), SITE), fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('draws å, ä and ö with glyphs of their own, not as their base letters or as nothing', async () => {
    const { fonts } = await loadCardFonts(PROJECT_ROOT);
    const draw = (text: string) =>
      satori({ type: 'div', props: { style: { display: 'flex', fontFamily: 'Source Sans 3', fontSize: 40 }, children: text } }, {
        width: 200, height: 60, fonts,
      });
    for (const [letter, base] of [['å', 'a'], ['ä', 'a'], ['ö', 'o'], ['Å', 'A'], ['Ä', 'A'], ['Ö', 'O']] as const) {
      const svg = await draw(letter);
      expect(svg, letter).toMatch(/<path[^>]* d="M/);
      expect(svg, letter).not.toBe(await draw(base));
    }
  });
});

describe('the image cache', () => {
  const report = async (dir: string) => JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as OgReport;
  const render = async (cards: OgCard[], dir: string) => {
    const imageOf = createCardImages({ root: PROJECT_ROOT, cacheDir: dir, workers: 2, site: SITE });
    try {
      return await Promise.all(cards.map(imageOf));
    } finally {
      await imageOf.close();
    }
  };

  it('renders each card once, then serves unchanged cards from disk and renders only changed ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hph-og-cache-'));
    const cards = ogCardsOf(plan(), SITE.name).slice(0, 3);

    const first = await render(cards, dir);
    expect(await report(dir)).toMatchObject({ images: 3, rendered: 3, fromCache: 0 });

    const second = await render(cards, dir);
    expect(await report(dir)).toMatchObject({ images: 3, rendered: 0, fromCache: 3 });
    second.forEach((png, index) => expect(png.equals(first[index]!)).toBe(true));

    await render([{ ...cards[0]!, title: 'Något annat' }, ...cards.slice(1)], dir);
    expect(await report(dir)).toMatchObject({ images: 3, rendered: 1, fromCache: 2 });
  });
});

describe('the render workers', () => {
  it('draw in a worker thread exactly the PNG the card renders to on this thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hph-og-pool-'));
    const element = cardElement(cardOf('/mal/vuxna/3-2/'), SITE);
    const pool = createRenderPool({ root: PROJECT_ROOT, workers: 2 });
    try {
      await pool.render(element, join(dir, 'card.png'));
    } finally {
      await pool.close();
    }
    const direct = await renderCardPng(element, await loadCardFonts(PROJECT_ROOT));
    expect((await readFile(join(dir, 'card.png'))).equals(direct)).toBe(true);
    // Written under a temporary name and renamed: nothing else is left in the folder.
    expect(await readdir(dir)).toEqual(['card.png']);
  });

  it('report a card that cannot be drawn with its file and Satori’s reason, write no file for it, and go on with the next card', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hph-og-pool-'));
    // An image without a source, as a mistake in the template would make: Satori refuses it.
    const broken = { type: 'img', props: { style: {} } } as unknown as CardElement;
    const pool = createRenderPool({ root: PROJECT_ROOT, workers: 1 });
    try {
      const failed = join(dir, 'broken.png');
      await expect(pool.render(broken, failed)).rejects.toThrow(new RegExp(`${failed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not be drawn: .*Image source is not provided`, 's'));
      await pool.render(cardElement(cardOf('/'), SITE), join(dir, 'start.png'));
    } finally {
      await pool.close();
    }
    expect(await readdir(dir)).toEqual(['start.png']);
  });
});
