/**
 * `/og/<page>.png`: the 1200×630 social card of every page in `ogCardsOf`, the same list that
 * gives each page its `og:image` tag. Astro asks for the images one at a time, so the build
 * starts all of them at once in `getStaticPaths` and the cache runs a few in parallel.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from 'virtual:hph/og-settings';
import { SITE_NAME, SITE_URL } from '../../consts.ts';
import { getPlan } from '../../lib/content.ts';
import { ogCardsOf, ogRouteParam, type OgCard } from '../../lib/og.ts';
import { createImageCache, type ImageCache } from './_cache.ts';
import { cardElement } from './_card.ts';
import { loadCardFonts } from './_fonts.ts';
import { RENDERER_VERSION, renderCardPng } from './_render.ts';

const site = { name: SITE_NAME, host: new URL(SITE_URL).host };

let cache: ImageCache | undefined;

function imageOf(card: OgCard): Promise<Buffer> {
  // One more render than cores: while resvg rasterises on the thread pool, Satori lays out the next.
  cache ??= createImageCache({ dir: settings.cacheDir, concurrency: availableParallelism() + 1 });
  return cache.get(card.image, async () => {
    const fonts = await loadCardFonts(settings.root);
    const element = cardElement(card, site);
    const key = createHash('sha256')
      .update(JSON.stringify(element))
      .update(fonts.fingerprint)
      .update(RENDERER_VERSION)
      .digest('hex');
    return { key, render: () => renderCardPng(element, fonts) };
  });
}

export const getStaticPaths = (async () => {
  if (settings.skip) return [];
  const cards = ogCardsOf(await getPlan(), SITE_NAME);
  if (import.meta.env.PROD) {
    // Errors surface when each image's own request awaits it; this only starts the work.
    for (const card of cards) imageOf(card).catch(() => {});
  }
  return cards.map((card) => ({ params: { path: ogRouteParam(card) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await imageOf(props.card)), { headers: { 'Content-Type': 'image/png' } });
