/**
 * Runs the accessibility and validity checks over a freshly built site and records the result in
 * `src/data/a11y-report.json`, which the accessibility statement (`/tillganglighet/`) shows. Run
 * it after a change to templates or styles, and commit the file with the change:
 *
 *   npm run a11y:report              # builds the site into a temporary folder first
 *   npm run a11y:report -- <dist>    # checks an existing build
 *
 * The date in the file is the day the checks ran: the statement must say when the site was
 * tested, and the site's build never reads the clock itself.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { version as htmlValidateVersion } from 'html-validate';
import { SITE_URL } from '../src/consts.ts';
import { A11yReportSchema, type A11yReport } from '../src/schemas/a11y-report.ts';
import { buildSite } from '../tests/helpers/build.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveSite } from '../tests/helpers/static-host.ts';
import { AXE_VERSION, auditSite, COLOR_SCHEMES, formatViolation, WCAG_TAGS } from './lib/axe-audit.ts';
import { validateHtml } from './lib/html-validity.ts';
import { checkLinks } from './lib/link-check.ts';

const REPORT = resolve(import.meta.dirname, '../src/data/a11y-report.json');

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'okänd';
  }
}

async function run() {
  // 1. A clean build of the working tree, unless a finished one is given.
  const distDir = process.argv[2] ? resolve(process.argv[2]) : (await buildSite()).outDir;
  console.log(`Kontrollerar ${distDir}`);

  // 2. axe-core on every page, in the light and the dark colour scheme, under the real headers.
  const server = await serveSite(distDir);
  const browser = await launchBrowser();
  const audit = await auditSite(browser, server.origin, distDir).finally(async () => {
    await browser.close();
    await server.close();
  });
  const chromium = browser.version();
  for (const violation of audit.violations) console.error(formatViolation(violation));

  // 3. HTML validity and links, over the same build.
  const html = await validateHtml(distDir);
  const links = await checkLinks(distDir, SITE_URL);

  // 4. Record the result; violations are grouped by rule, as the statement lists them.
  const byRule = new Map<string, { rule: string; help: string; pages: string[] }>();
  for (const v of audit.violations) {
    const entry = byRule.get(v.rule) ?? { rule: v.rule, help: v.help, pages: [] };
    entry.pages.push(`${v.page} (${v.colorScheme})`);
    byRule.set(v.rule, entry);
  }
  const report: A11yReport = A11yReportSchema.parse({
    checkedOn: new Date().toISOString().slice(0, 10),
    commit: gitCommit(),
    tools: { 'axe-core': AXE_VERSION, 'html-validate': htmlValidateVersion, chromium },
    wcagTags: [...WCAG_TAGS],
    colorSchemes: [...COLOR_SCHEMES],
    pages: audit.pages,
    axeViolations: [...byRule.values()],
    htmlErrors: html.problems.length,
    brokenLinks: links.broken.length,
  });
  await writeFile(REPORT, `${JSON.stringify(report, null, 2)}\n`);

  // 5. Say what was found; a failing check fails the script, but its result is still recorded.
  console.log(
    `${report.pages.length} sidor × ${COLOR_SCHEMES.length} färglägen: ${audit.violations.length} axe-fel, ` +
      `${report.htmlErrors} valideringsfel, ${report.brokenLinks} trasiga länkar. Skrev ${REPORT}.`,
  );
  if (audit.violations.length + report.htmlErrors + report.brokenLinks > 0) process.exitCode = 1;
}

await run();
