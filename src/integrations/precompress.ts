/**
 * The last step of the post-build pass (`./post-build.ts`): a gzip copy next to every text file in
 * `dist/` (`page.html.gz`), which nginx sends as it is (`gzip_static`) instead of compressing each
 * response again. Runs when every file is final, the search index included. Copies that would
 * not be smaller are not written. zlib's asynchronous API compresses on libuv's thread pool, so
 * a few files at a time use every core.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { filesUnder } from './site-files.ts';

export const COMPRESSED_TYPES = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt'];
/** What every visitor's browser loads gets the smallest copy; the data files, large and fetched
 * rarely, zlib's default level: 2 % larger, 40 % less time (measured over a 1,000-goal build). */
const PAGE_TYPES = ['.html', '.css', '.js', '.svg'];
const levelOf = (path: string) => (PAGE_TYPES.some((ext) => path.endsWith(ext)) ? constants.Z_BEST_COMPRESSION : constants.Z_DEFAULT_COMPRESSION);

const gzipAsync = promisify(gzip);

/** The gzip copy of `data`, at the level for a file named like `name` (`.html` for a page). */
export const gzipFor = (name: string, data: string | Uint8Array) => gzipAsync(data, { level: levelOf(name) });

/** Files compressed at once: enough to keep libuv's four threads busy. */
const PARALLEL = 4;

export interface Compressed {
  count: number;
  rawBytes: number;
  packedBytes: number;
}

/** Runs `work` over `items`, at most `parallel` at a time. */
export async function eachLimited<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

/** Counts one copy of `size` bytes, `packed` when compressed, in `result`. */
export function countCopy(result: Compressed, size: number, packed: number): void {
  result.count += 1;
  result.rawBytes += size;
  result.packedBytes += packed;
}

/** Writes `gz` as `<path>.gz` if it is smaller than the file's `size` bytes, and counts it in `result`. */
export async function writeCopy(path: string, size: number, gz: Uint8Array, result: Compressed): Promise<boolean> {
  // A copy that is not smaller is not worth sending; nginx then sends the file itself.
  if (gz.length >= size) return false;
  await writeFile(`${path}.gz`, gz);
  countCopy(result, size, gz.length);
  return true;
}

/** Compresses every text file under `dist` except those `skip` names (by their path relative to `dist`). */
export async function precompressSite(dist: string, skip: (file: string) => boolean = () => false): Promise<Compressed> {
  const files = filesUnder(dist)
    .filter((file) => COMPRESSED_TYPES.some((ext) => file.endsWith(ext)) && !skip(file))
    .map((file) => join(dist, file));
  const result: Compressed = { count: 0, rawBytes: 0, packedBytes: 0 };
  await eachLimited(files, PARALLEL, async (path) => {
    const data = await readFile(path);
    await writeCopy(path, data.length, await gzipFor(path, data), result);
  });
  return result;
}

export const addCompressed = (a: Compressed, b: Compressed): Compressed => ({
  count: a.count + b.count,
  rawBytes: a.rawBytes + b.rawBytes,
  packedBytes: a.packedBytes + b.packedBytes,
});

export const describeCompressed = ({ count, rawBytes, packedBytes }: Compressed) =>
  `gzip: ${count} filer, ${Math.round(rawBytes / 1024)} kB → ${Math.round(packedBytes / 1024)} kB`;
