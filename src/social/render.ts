/**
 * One card from element tree to PNG: Satori lays it out as SVG (text as paths, so the rasteriser
 * needs no fonts), resvg rasterises it. Both run on the calling thread: cards are drawn in worker
 * threads (`render-pool.ts`), which are the parallelism, so resvg does not queue on libuv's
 * thread pool in front of the build's file reads and writes.
 */
import { Resvg } from '@resvg/resvg-js';
import resvgPackage from '@resvg/resvg-js/package.json' with { type: 'json' };
import satori from 'satori';
import satoriPackage from 'satori/package.json' with { type: 'json' };
import { OG_HEIGHT, OG_WIDTH } from './card-size.ts';
import type { CardElement } from './card-template.ts';
import type { CardFonts } from './fonts.ts';

/** Part of every cache key: a new Satori or resvg may draw the same card differently. */
export const RENDERER_VERSION = `satori@${satoriPackage.version} resvg@${resvgPackage.version}`;

export async function renderCardPng(element: CardElement, { fonts }: CardFonts): Promise<Buffer> {
  const svg = await satori(element, { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
