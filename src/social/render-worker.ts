/**
 * The task of a social-card worker thread (`render-pool.ts` runs it with Piscina): draw one card
 * into its cache file. The PNG is written under a temporary name and renamed, so a cache file is
 * whole or absent. The thread loads only Satori, resvg and the fonts.
 */
import { rename, writeFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import type { CardElement } from './card-template.ts';
import { loadCardFonts } from './fonts.ts';
import { renderCardPng } from './render.ts';

export interface RenderTask {
  element: CardElement;
  /** The cache file to write the PNG to. */
  file: string;
}

const { root } = workerData as { root: string };

export default async function drawCard({ element, file }: RenderTask): Promise<void> {
  const png = await renderCardPng(element, await loadCardFonts(root));
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}
