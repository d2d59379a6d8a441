/**
 * Checks every link, fragment and asset in a built site, offline.
 *
 *   npm run check:links              # checks dist/
 *   npm run check:links -- <dist> [<report.md>]
 *
 * Exits with code 1 if anything internal is broken. Links to other sites are not fetched (the
 * build machine has no internet); they are written to a report for a person to review.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SITE_URL } from '../src/consts.ts';
import { checkLinks, externalLinksReport } from './lib/link-check.ts';

async function run() {
  const distDir = resolve(process.argv[2] ?? 'dist');
  const reportFile = resolve(process.argv[3] ?? 'reports/external-links.md');

  // 1. Read every HTML page and stylesheet, and the sitemap if there is one, and check each reference.
  const report = await checkLinks(distDir, SITE_URL);
  console.log(`Kontrollerade ${report.internalChecked} interna länkar i ${report.filesChecked} filer.`);

  // 2. Write the external links for review.
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(reportFile, externalLinksReport(report));
  console.log(`${report.external.size} externa adresser listade i ${reportFile} (inte hämtade).`);

  // 3. Name every broken reference: where it is, what it says, and why it does not resolve.
  for (const { from, url, reason } of report.broken) console.error(`Trasig länk på ${from}: ${url} (${reason})`);
  if (report.broken.length > 0) {
    console.error(`${report.broken.length} trasiga länkar. Rätta dem innan webbplatsen publiceras.`);
    process.exitCode = 1;
  }
}

await run();
