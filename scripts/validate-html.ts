/**
 * Validates every HTML page of a built site with html-validate and `.htmlvalidate.json`.
 *
 *   npm run check:html               # checks dist/
 *   npm run check:html -- <dist>
 */
import { resolve } from 'node:path';
import { validateHtml } from './lib/html-validity.ts';

async function run() {
  // 1. Validate each page found in the build (every HTML file, so 404 and redirect pages too).
  const { pagesChecked, problems } = await validateHtml(resolve(process.argv[2] ?? 'dist'));

  // 2. Name each problem by page, position and rule, so it can be found in the template.
  for (const { page, line, column, rule, message } of problems) console.error(`${page}:${line}:${column} ${message} (${rule})`);
  console.log(`html-validate: ${pagesChecked} sidor, ${problems.length} fel.`);
  if (problems.length > 0) process.exitCode = 1;
}

await run();
