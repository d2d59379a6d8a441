/**
 * Card → PNG through the cache: the key is a hash of the element tree (what the card shows and
 * how it is drawn), the font files and the renderer versions, so nothing else can go stale.
 * Cards not in the cache are drawn by the worker pool.
 */
import { createHash } from 'node:crypto';
import type { OgCard } from './cards.ts';
import { createImageCache } from './image-cache.ts';
import { cardElement } from './card-template.ts';
import { loadCardFonts } from './fonts.ts';
import { RENDERER_VERSION } from './render.ts';
import { createRenderPool } from './render-pool.ts';

export interface CardImageOptions {
  /** The project folder, to find the fonts and the worker's module. */
  root: string;
  cacheDir: string;
  /** Worker threads that draw cards. */
  workers: number;
  site: { name: string; host: string };
}

export function createCardImages({ root, cacheDir, workers, site }: CardImageOptions) {
  const cache = createImageCache({ dir: cacheDir, workers });
  const pool = createRenderPool({ root, workers });
  const imageOf = (card: OgCard): Promise<Buffer> =>
    cache.get(card.image, async () => {
      const { fingerprint } = await loadCardFonts(root);
      const element = cardElement(card, site);
      const key = createHash('sha256').update(JSON.stringify(element)).update(fingerprint).update(RENDERER_VERSION).digest('hex');
      return { key, render: (file) => pool.render(element, file) };
    });
  return Object.assign(imageOf, { close: pool.close });
}
