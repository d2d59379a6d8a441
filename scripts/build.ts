/**
 * `npm run build`: checks the content, builds the site into a fresh folder next to `dist/`, and
 * only when that succeeded swaps it in. A failed check or build leaves the previous `dist/`
 * exactly as it was, so a mistake in the content never replaces a good site.
 *
 * This is the production build: it refuses a missing or placeholder base URL and a shallow git
 * history. `--preview` (used by `npm start`) builds a preview that needs no settings.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contentDirOf } from '../src/publishing/content-dir.ts';
import { checkContent } from '../src/check/run-check.ts';
import { formatReport } from '../src/check/report.ts';
import { hasErrors } from '../src/plan/issues.ts';
import { buildModeOf, historyProblem, isShallowCheckout, productionUrlProblem } from '../src/publishing/site-settings.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirOf(root);
const outDir = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');
// Siblings of the output folder, so the final swap is a rename on the same disk.
const nextDir = join(dirname(outDir), `.${basename(outDir)}-next`);
const previousDir = join(dirname(outDir), `.${basename(outDir)}-previous`);
const mode = process.argv.includes('--preview') ? 'preview' : buildModeOf({ HPH_BUILD_MODE: process.env['HPH_BUILD_MODE'] ?? 'production' });

function astroBuild(): Promise<number> {
  const astro = join(root, 'node_modules/.bin/astro');
  // The content was just checked; the check integration need not run it again.
  const env = { ...process.env, HPH_OUT_DIR: nextDir, HPH_CONTENT_CHECKED: '1', HPH_BUILD_MODE: mode };
  return new Promise((done, fail) => {
    const child = spawn(astro, ['build'], { cwd: root, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

async function run() {
  // 1. A production build publishes: it needs the real address and the full history for dates.
  //    Reading the settings validates them (src/consts.ts throws a Swedish message if they are wrong).
  let consts: typeof import('../src/consts.ts');
  try {
    consts = await import('../src/consts.ts');
  } catch (error) {
    console.log(`${(error as Error).message}\n\nBygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
    process.exitCode = 1;
    return;
  }
  const { SITE_URL, SETTINGS } = consts;
  const shallow = historyProblem(isShallowCheckout(root));
  if (mode === 'production') {
    const problems = [productionUrlProblem(SETTINGS.siteUrl), shallow].filter(Boolean);
    if (problems.length > 0) {
      console.log(`${problems.join('\n\n')}\n\nProduktionsbygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
      process.exitCode = 1;
      return;
    }
    console.log(`Produktionsbygge för ${SITE_URL}.`);
  } else {
    console.log(`Förhandsversion för ${SITE_URL}: sidorna ber sökmotorer att inte visa dem.`);
    if (shallow) console.log(`Obs: ${shallow}`);
  }

  // 2. Check the content first: every problem at once, nothing built if any is an error.
  const check = await checkContent({ contentDir, root });
  console.log(formatReport(check.fileCount, check.issues));
  if (hasErrors(check.issues)) {
    console.log(`\nBygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
    process.exitCode = 1;
    return;
  }

  // 3. Build into a fresh folder beside the output.
  await rm(nextDir, { recursive: true, force: true });
  const status = await astroBuild();
  if (status !== 0) {
    await rm(nextDir, { recursive: true, force: true });
    console.log(`\nBygget misslyckades. ${basename(outDir)}/ är orörd och visar den förra versionen.`);
    process.exitCode = status;
    return;
  }

  // 4. Swap the new site in, then remove the old one.
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previousDir);
  await rename(nextDir, outDir);
  await rm(previousDir, { recursive: true, force: true });
  console.log(`\nKlart: den nya webbplatsen ligger i ${basename(outDir)}/.`);
}

await run();
