/**
 * Social cards are drawn in worker threads, one per core by default, so that Satori's layout
 * (plain JavaScript) runs beside the build's page rendering instead of between it, and its garbage
 * is collected in a small heap of its own rather than in the build's. Workers start on the first
 * card, so a build whose cards all come from the cache starts none; an idle worker does not keep
 * the process alive.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardElement } from './card-template.ts';

export interface RenderRequest {
  id: number;
  element: CardElement;
  /** The cache file to write the PNG to. */
  file: string;
}

export interface RenderReply {
  id: number;
  /** The error's text, when the card could not be drawn. */
  error?: string;
}

export interface RenderPoolOptions {
  /** The project folder: the worker's module and the fonts are found from it. */
  root: string;
  workers: number;
  /** Cards a worker is given at once: the next one waits in its queue, so no worker idles for a round trip. */
  perWorker?: number;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
  file: string;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

export function createRenderPool({ root, workers, perWorker = 2 }: RenderPoolOptions) {
  const running: PoolWorker[] = [];
  const waiting: (RenderRequest & Pending)[] = [];
  let nextId = 0;

  function start(): PoolWorker {
    const worker = new Worker(join(root, 'src/social/render-worker.ts'), { workerData: { root } });
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', ({ id, error }: RenderReply) => {
      const job = entry.pending.get(id);
      if (!job) return;
      entry.pending.delete(id);
      if (error === undefined) job.resolve();
      else job.reject(new Error(`The social card ${job.file} could not be drawn: ${error}`));
      dispatch();
    });
    // A worker that dies takes its cards with it; the next card starts a new worker.
    const fail = (error: Error) => {
      running.splice(running.indexOf(entry), 1);
      for (const job of entry.pending.values()) job.reject(new Error(`The social card ${job.file} could not be drawn: ${error.message}`));
      entry.pending.clear();
      dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (running.includes(entry)) fail(new Error(`its worker stopped with code ${code}`));
    });
    running.push(entry);
    return entry;
  }

  /** Hands waiting cards to the least busy workers, starting workers up to the limit. */
  function dispatch() {
    while (waiting.length > 0) {
      let target = running.reduce<PoolWorker | undefined>((best, w) => (!best || w.pending.size < best.pending.size ? w : best), undefined);
      if ((!target || target.pending.size > 0) && running.length < workers) target = start();
      if (!target || target.pending.size >= perWorker) break;
      const { id, element, file, resolve, reject } = waiting.shift()!;
      target.pending.set(id, { resolve, reject, file });
      target.worker.postMessage({ id, element, file } satisfies RenderRequest);
    }
    // Only a worker with cards in hand keeps the process alive.
    for (const { worker, pending } of running) {
      if (pending.size > 0) worker.ref();
      else worker.unref();
    }
  }

  return {
    /** Draws `element` into the PNG file `file`; resolves once the file is complete. */
    render(element: CardElement, file: string): Promise<void> {
      return new Promise((resolve, reject) => {
        waiting.push({ id: nextId++, element, file, resolve, reject });
        dispatch();
      });
    },
    /** Stops the workers (tests and benchmarks; a build leaves idle workers to exit with it). */
    async close(): Promise<void> {
      const stopping = running.splice(0);
      await Promise.all(stopping.map(({ worker }) => worker.terminate()));
    },
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
