/**
 * Standalone Pagefind over a built site, as the yardstick for our search indexing. Run as its
 * own process (`node pagefind-standalone.ts <site> <output>`), so its time and memory are
 * measured like a build's. Prints one JSON line: `{ "pages": 1675, "ms": 1804 }`.
 */
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { LogLine } from './run-build.ts';

export const PAGEFIND_STANDALONE = fileURLToPath(import.meta.url);

export interface StandaloneResult {
  pages: number;
  /** From creating the index to closing Pagefind, as an integration would spend it. */
  ms: number;
}

/** Reads the result line the script prints. */
export function parseStandaloneOutput(lines: LogLine[]): StandaloneResult {
  const line = lines.map((l) => l.text).find((text) => text.startsWith('{"pages"'));
  if (!line) throw new Error(`Pagefind gav inget resultat:\n${lines.map((l) => l.text).join('\n')}`);
  return JSON.parse(line) as StandaloneResult;
}

async function run(site: string, output: string) {
  const start = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind failed to write ${output}: ${written.errors.join('; ')}`);
    console.log(JSON.stringify({ pages: added.page_count, ms: Math.round(performance.now() - start) }));
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] === PAGEFIND_STANDALONE) {
  const [site, output] = process.argv.slice(2);
  if (!site || !output) throw new Error('Usage: pagefind-standalone.ts <site folder> <output folder>');
  await run(site, output);
}
