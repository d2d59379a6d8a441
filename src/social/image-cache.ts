/**
 * Renders images through a cache on disk, a few at a time. An image is stored under a hash of
 * everything that decides its pixels, so a rebuild with unchanged content renders nothing, and
 * a changed card gets a new file instead of a stale one. Counts are written to `report.json`
 * in the cache folder once all started work is done; the build hook logs them and tests read them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_FILE, type OgReport } from './settings.ts';

export interface CacheJob {
  /** Hash of everything that decides the image's pixels; the cache file's name. */
  key: string;
  render: () => Promise<Buffer>;
}

/** Runs at most `max` tasks at once; a finished task hands its slot to the next in line. */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

export function createImageCache({ dir, concurrency }: { dir: string; concurrency: number }) {
  mkdirSync(dir, { recursive: true });
  const limit = limiter(concurrency);
  const jobs = new Map<string, Promise<Buffer>>();
  const files = new Set<string>();
  const counts = { rendered: 0, fromCache: 0 };
  let pending = 0;
  let firstStart = Infinity;
  let lastEnd = 0;

  function writeReport() {
    const renderWallMs = counts.rendered > 0 ? Math.round(lastEnd - firstStart) : 0;
    const report: OgReport = {
      images: jobs.size,
      ...counts,
      concurrency,
      renderWallMs,
      msPerRenderedImage: counts.rendered > 0 ? Math.round((renderWallMs / counts.rendered) * 10) / 10 : null,
      files: [...files].sort(),
    };
    writeFileSync(join(dir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  }

  async function produce(prepare: () => Promise<CacheJob>): Promise<Buffer> {
    const { key, render } = await prepare();
    const file = join(dir, `${key}.png`);
    files.add(`${key}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      counts.fromCache++;
      return cached;
    }
    const png = await limit(async () => {
      firstStart = Math.min(firstStart, performance.now());
      const image = await render();
      lastEnd = Math.max(lastEnd, performance.now());
      return image;
    });
    // Write under a temporary name first, so an interrupted build never leaves half an image.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
    counts.rendered++;
    return png;
  }

  return {
    /** The image for `id`; started once, however often it is asked for. */
    get(id: string, prepare: () => Promise<CacheJob>): Promise<Buffer> {
      let job = jobs.get(id);
      if (!job) {
        pending++;
        job = produce(prepare).finally(() => {
          if (--pending === 0) writeReport();
        });
        jobs.set(id, job);
      }
      return job;
    },
  };
}

export type ImageCache = ReturnType<typeof createImageCache>;
