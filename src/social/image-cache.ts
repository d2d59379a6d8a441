/**
 * Renders images through a cache on disk. An image is stored under a hash of everything that
 * decides its pixels, so a rebuild with unchanged content renders nothing, and a changed card gets
 * a new file instead of a stale one. Only file names are kept in memory: an image is read from
 * its file when it is asked for, so a build does not hold every image until the end. Counts are
 * written to `report.json` in the cache folder once all started work is done; the build hook
 * logs them and tests read them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_FILE, type OgReport } from './settings.ts';

export interface CacheJob {
  /** Hash of everything that decides the image's pixels; the cache file's name. */
  key: string;
  /** Draws the image into `file`, which must appear whole or not at all. */
  render: (file: string) => Promise<void>;
}

export function createImageCache({ dir, workers }: { dir: string; workers: number }) {
  mkdirSync(dir, { recursive: true });
  const jobs = new Map<string, Promise<string>>();
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
      workers,
      renderWallMs,
      msPerRenderedImage: counts.rendered > 0 ? Math.round((renderWallMs / counts.rendered) * 10) / 10 : null,
      files: [...files].sort(),
    };
    writeFileSync(join(dir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  }

  async function produce(prepare: () => Promise<CacheJob>): Promise<string> {
    const { key, render } = await prepare();
    const file = join(dir, `${key}.png`);
    files.add(`${key}.png`);
    const cached = await access(file).then(() => true, () => false);
    if (cached) {
      counts.fromCache++;
      return file;
    }
    firstStart = Math.min(firstStart, performance.now());
    await render(file);
    lastEnd = Math.max(lastEnd, performance.now());
    counts.rendered++;
    return file;
  }

  return {
    /** The image for `id`; started once, however often it is asked for. */
    async get(id: string, prepare: () => Promise<CacheJob>): Promise<Buffer> {
      let job = jobs.get(id);
      if (!job) {
        pending++;
        job = produce(prepare).finally(() => {
          if (--pending === 0) writeReport();
        });
        jobs.set(id, job);
      }
      return readFile(await job);
    },
  };
}

export type ImageCache = ReturnType<typeof createImageCache>;
