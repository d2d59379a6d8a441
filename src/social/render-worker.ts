/**
 * A worker thread that draws social cards (started by `render-pool.ts`). Each message is one card:
 * its element tree and the cache file to write. The worker writes the PNG under a temporary name
 * and renames it, so a cache file is whole or absent, and answers with the card's id, or with the
 * error's text when the card could not be drawn. It loads only Satori, resvg and the fonts.
 */
import { rename, writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardElement } from './card-template.ts';
import { loadCardFonts } from './fonts.ts';
import { renderCardPng } from './render.ts';
import type { RenderReply, RenderRequest } from './render-pool.ts';

const { root } = workerData as { root: string };
const port = parentPort!;

async function draw(element: CardElement, file: string) {
  const png = await renderCardPng(element, await loadCardFonts(root));
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}

port.on('message', ({ id, element, file }: RenderRequest) => {
  draw(element, file).then(
    () => port.postMessage({ id } satisfies RenderReply),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
  );
});
