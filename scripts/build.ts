/**
 * `npm run build`: checks the content, builds the site into a fresh folder next to `dist/`, and
 * only when that succeeded swaps it in. A failed check or build leaves the previous `dist/`
 * exactly as it was, so a mistake in the content never replaces a good site.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contentDirOf } from '../src/lib/content-dir.ts';
import { checkContent } from '../src/check/run-check.ts';
import { formatReport } from '../src/check/report.ts';
import { hasErrors } from '../src/plan/issues.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirOf(root);
const outDir = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');
// Siblings of the output folder, so the final swap is a rename on the same disk.
const nextDir = join(dirname(outDir), `.${basename(outDir)}-next`);
const previousDir = join(dirname(outDir), `.${basename(outDir)}-previous`);

function astroBuild(): Promise<number> {
  const astro = join(root, 'node_modules/.bin/astro');
  // The content was just checked; the check integration need not run it again.
  const env = { ...process.env, HPH_OUT_DIR: nextDir, HPH_CONTENT_CHECKED: '1' };
  return new Promise((done, fail) => {
    const child = spawn(astro, ['build'], { cwd: root, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

async function run() {
  // 1. Check the content first: every problem at once, nothing built if any is an error.
  const check = await checkContent({ contentDir, root });
  console.log(formatReport(check.fileCount, check.issues));
  if (hasErrors(check.issues)) {
    console.log(`\nBygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
    process.exitCode = 1;
    return;
  }

  // 2. Build into a fresh folder beside the output.
  await rm(nextDir, { recursive: true, force: true });
  const status = await astroBuild();
  if (status !== 0) {
    await rm(nextDir, { recursive: true, force: true });
    console.log(`\nBygget misslyckades. ${basename(outDir)}/ är orörd och visar den förra versionen.`);
    process.exitCode = status;
    return;
  }

  // 3. Swap the new site in, then remove the old one.
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previousDir);
  await rename(nextDir, outDir);
  await rm(previousDir, { recursive: true, force: true });
  console.log(`\nKlart: den nya webbplatsen ligger i ${basename(outDir)}/.`);
}

await run();
