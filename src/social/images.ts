/**
 * Card → PNG through the cache: the key is a hash of the element tree (what the card shows and
 * how it is drawn), the font files and the renderer versions, so nothing else can go stale.
 */
import { createHash } from 'node:crypto';
import type { OgCard } from './cards.ts';
import { createImageCache } from './image-cache.ts';
import { cardElement } from './card-template.ts';
import { loadCardFonts } from './fonts.ts';
import { RENDERER_VERSION, renderCardPng } from './render.ts';

export interface CardImageOptions {
  /** The project folder, to find the fonts. */
  root: string;
  cacheDir: string;
  concurrency: number;
  site: { name: string; host: string };
}

export function createCardImages({ root, cacheDir, concurrency, site }: CardImageOptions) {
  const cache = createImageCache({ dir: cacheDir, concurrency });
  return (card: OgCard): Promise<Buffer> =>
    cache.get(card.image, async () => {
      const fonts = await loadCardFonts(root);
      const element = cardElement(card, site);
      const key = createHash('sha256')
        .update(JSON.stringify(element))
        .update(fonts.fingerprint)
        .update(RENDERER_VERSION)
        .digest('hex');
      return { key, render: () => renderCardPng(element, fonts) };
    });
}
