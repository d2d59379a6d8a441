/**
 * The files of a built site, listed once per step of the post-build pass (`./post-build.ts`).
 *
 * The listing is synchronous on purpose. `readdir(…, { recursive: true })` from `fs/promises`
 * makes one trip through libuv's thread pool per folder; with a folder per page (1,630 folders
 * at N = 1,000) that took 110–140 ms on an idle machine and over 300 ms at the end of a build,
 * when the pool is still writing files. `readdirSync` takes 20–35 ms. Nothing else waits on the
 * main thread at these points: every step after rendering runs one after the other.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as a path relative to it (with the platform's separator). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
