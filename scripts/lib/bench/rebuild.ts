/**
 * What an editor's typical change costs: one goal's wording changes and the site is built again
 * with the cache of the previous build. How many social images were rendered again is read from
 * the build's log, or else from the image files the build wrote into its cache folder.
 */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './dist-stats.ts';

/** Changes the goal's title and adds a sentence to its text, as an editor would. */
export async function editGoal(contentDir: string, goalId: string, round: number): Promise<void> {
  const file = join(contentDir, 'mal', `${goalId}.md`);
  const text = await readFile(file, 'utf8');
  const edited = text
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/ \(ändrad \d+\)$/, '')} (ändrad ${round})`)
    .trimEnd()
    .concat(`\n\nTillägg ${round}: målet förtydligas efter synpunkter.\n`);
  if (edited === text) throw new Error(`Could not edit ${file}: no title line.`);
  await writeFile(file, edited);
}

const IMAGE = /\.(png|jpe?g|webp|avif)$/i;

/** Modification times of the image files in a cache folder. */
export async function snapshotImages(cacheDir: string): Promise<Map<string, number>> {
  const snapshot = new Map<string, number>();
  if (!existsSync(cacheDir)) return snapshot;
  for (const file of (await listFiles(cacheDir)).filter((f) => IMAGE.test(f))) {
    snapshot.set(file, (await stat(join(cacheDir, file))).mtimeMs);
  }
  return snapshot;
}

/** Image files that are new or were rewritten between two snapshots. */
export function changedImages(before: Map<string, number>, after: Map<string, number>): number {
  return [...after].filter(([file, mtime]) => before.get(file) !== mtime).length;
}
