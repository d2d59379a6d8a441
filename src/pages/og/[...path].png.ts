/**
 * `/og/<page>.png`: the 1200×630 social card of every page in `ogCardsOf`, the same list that
 * gives each page its `og:image` tag. Astro asks for the images one at a time, so the build
 * starts all of them in `getStaticPaths`; worker threads, one per core, draw them while Astro
 * renders the pages.
 */
import { availableParallelism } from 'node:os';
import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from 'virtual:hph/og-settings';
import { SITE_NAME, SITE_URL } from '../../consts.ts';
import { getPlan } from '../../lib/content.ts';
import { ogCardsOf, ogRouteParam, type OgCard } from '../../social/cards.ts';
import { createCardImages } from '../../social/images.ts';

let imageOf: ReturnType<typeof createCardImages> | undefined;
const images = () =>
  (imageOf ??= createCardImages({
    root: settings.root,
    cacheDir: settings.cacheDir,
    workers: availableParallelism(),
    site: { name: SITE_NAME, host: new URL(SITE_URL).host },
  }));

export const getStaticPaths = (async () => {
  if (settings.skip) return [];
  const cards = ogCardsOf(await getPlan(), SITE_NAME);
  if (import.meta.env.PROD) {
    // Only starts the work: an error surfaces when the image's own request awaits it.
    for (const card of cards) images()(card).catch(() => {});
  }
  return cards.map((card) => ({ params: { path: ogRouteParam(card) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await images()(props.card)), { headers: { 'Content-Type': 'image/png' } });
