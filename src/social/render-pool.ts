/**
 * Social cards are drawn in worker threads (Piscina), one per core by default, so that Satori's
 * layout (plain JavaScript) runs beside the build's page rendering instead of between it, and its
 * garbage is collected in a small heap of its own rather than in the build's. The threads start
 * with the first card, so a build whose cards all come from the cache starts none.
 */
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { CardElement } from './card-template.ts';
import type { RenderTask } from './render-worker.ts';

export interface RenderPoolOptions {
  /** The project folder: the worker's module and the fonts are found from it. */
  root: string;
  workers: number;
}

export function createRenderPool({ root, workers }: RenderPoolOptions) {
  let pool: Piscina<RenderTask, void> | undefined;
  const started = () =>
    (pool ??= new Piscina({ filename: join(root, 'src/social/render-worker.ts'), workerData: { root }, minThreads: workers, maxThreads: workers }));
  return {
    /** Draws `element` into the PNG file `file`; resolves once the file is complete. */
    async render(element: CardElement, file: string): Promise<void> {
      try {
        await started().run({ element, file });
      } catch (error) {
        throw new Error(`The social card ${file} could not be drawn: ${(error as Error).message}`, { cause: error });
      }
    },
    /** Stops the threads (tests and benchmarks; a build leaves idle threads to end with it). */
    async close(): Promise<void> {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
