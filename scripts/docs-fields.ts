/**
 * `npm run docs:fields`: rewrites the field reference in CONTRIBUTING.md from the schemas
 * (src/schemas/: Zod for structure, JSDoc for descriptions). Run it after changing a schema.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { END_MARKER, fieldReference, START_MARKER, undocumentedFields } from './lib/field-reference.ts';

const guide = join(import.meta.dirname, '../CONTRIBUTING.md');

async function run() {
  // 1. Every field needs a JSDoc line: it is the description editors read.
  const missing = undocumentedFields();
  if (missing.length > 0) {
    console.log(`Fälten saknar en JSDoc-rad i src/schemas/:\n${missing.map((m) => `  ${m}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }

  // 2. Replace the block between the markers.
  const text = await readFile(guide, 'utf8');
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md saknar markeringarna ${START_MARKER} och ${END_MARKER}.`);
  const updated = `${text.slice(0, start + START_MARKER.length)}\n\n${fieldReference()}\n\n${text.slice(end)}`;
  await writeFile(guide, updated);
  console.log(updated === text ? 'Fältreferensen var redan aktuell.' : 'Fältreferensen i CONTRIBUTING.md är uppdaterad.');
}

await run();
