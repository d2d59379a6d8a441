/**
 * `npm run build`: checks the content, builds the site into a fresh folder next to `dist/`, and
 * only when that succeeded swaps it in. A failed check or build leaves the previous `dist/`
 * exactly as it was, so a mistake in the content never replaces a good site.
 *
 * The check runs beside Astro's start (two processes, two cores); the search index is written
 * after Astro's process has ended, so Pagefind's memory never adds to Astro's.
 *
 * This is the production build: it refuses a missing or placeholder base URL and a shallow git
 * history. `--preview` (used by `npm start`) builds a preview that needs no settings.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CONTENT_CHECKED, INDEX_SEPARATELY } from '../src/integrations/build-steps.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');
// Siblings of the output folder, so the final swap is a rename on the same disk.
const nextDir = join(dirname(outDir), `.${basename(outDir)}-next`);
const previousDir = join(dirname(outDir), `.${basename(outDir)}-previous`);
/** `HPH_BUILD_MODE` as Astro's config and this script read it (`buildModeOf`): production unless asked. */
const modeSetting = process.argv.includes('--preview') ? 'preview' : (process.env['HPH_BUILD_MODE'] ?? 'production');

/** Runs `node <args>`; its output is held back until `show()`, then passed on as it comes. */
function startNode(args: string[], env: NodeJS.ProcessEnv) {
  const started = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let shown = false;
  for (const [from, to] of [[started.stdout, process.stdout], [started.stderr, process.stderr]] as const) {
    from.on('data', (chunk: Buffer) => (shown ? to.write(chunk) : held.push([to, chunk])));
  }
  const ended = new Promise<number>((done) => {
    started.on('error', () => done(1));
    started.on('close', (code) => done(code ?? 1));
  });
  return {
    /** The exit status, once the process has ended and its output is read. */
    ended,
    show() {
      shown = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    stop: () => started.kill('SIGTERM'),
  };
}

async function run() {
  // Astro and the check start first, before this script loads anything of its own: loading the
  // settings takes a third of a second, and Astro's start takes seconds. Astro builds into a
  // fresh folder beside the output, and its output is held back; whatever stops the build below
  // stops both processes and removes that folder, so nothing is published.
  await rm(nextDir, { recursive: true, force: true });
  const env = { ...process.env, HPH_OUT_DIR: nextDir, HPH_BUILD_MODE: modeSetting, [CONTENT_CHECKED]: '1', [INDEX_SEPARATELY]: '1' };
  const astro = startNode([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  const check = startNode([join(root, 'scripts/check.ts')], process.env);
  const stop = async (message: string) => {
    astro.stop();
    check.stop();
    await Promise.all([astro.ended, check.ended]);
    await rm(nextDir, { recursive: true, force: true });
    console.log(message);
    process.exitCode = 1;
  };

  // 1. A production build publishes: it needs the real address and the full history for dates.
  //    Reading the settings validates them (src/consts.ts throws a Swedish message if they are wrong).
  let consts: typeof import('../src/consts.ts');
  try {
    consts = await import('../src/consts.ts');
  } catch (error) {
    await stop(`${(error as Error).message}\n\nBygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
    return;
  }
  const { buildModeOf, historyProblem, isShallowCheckout, productionUrlProblem } = await import('../src/publishing/site-settings.ts');
  const { SITE_URL, SETTINGS } = consts;
  const mode = buildModeOf({ HPH_BUILD_MODE: modeSetting });
  const shallow = historyProblem(isShallowCheckout(root));
  if (mode === 'production') {
    const problems = [productionUrlProblem(SETTINGS.siteUrl), shallow].filter(Boolean);
    if (problems.length > 0) {
      await stop(`${problems.join('\n\n')}\n\nProduktionsbygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
      return;
    }
    console.log(`Produktionsbygge för ${SITE_URL}.`);
  } else {
    console.log(`Förhandsversion för ${SITE_URL}: sidorna ber sökmotorer att inte visa dem.`);
    if (shallow) console.log(`Obs: ${shallow}`);
  }

  // 2. The check (`npm run check`) runs in a process of its own while Astro builds. Astro's
  //    output waits until the check has passed; on any error Astro is stopped and its folder removed.
  const checked = await check.ended;
  check.show();
  if (checked !== 0) {
    await stop(`\nBygget avbröts: innehållet har fel. ${basename(outDir)}/ är orörd.`);
    return;
  }

  // 3. Astro's build, then the search index, once Astro's process has ended and freed its memory.
  astro.show();
  const status = await astro.ended;
  let failed = status !== 0;
  if (!failed) {
    try {
      const { writeSearchIndex } = await import('../src/integrations/post-build.ts');
      for (const line of await writeSearchIndex(nextDir)) console.log(line);
    } catch (error) {
      console.log((error as Error).message);
      failed = true;
    }
  }
  if (failed) {
    await rm(nextDir, { recursive: true, force: true });
    console.log(`\nBygget misslyckades. ${basename(outDir)}/ är orörd och visar den förra versionen.`);
    process.exitCode = status || 1;
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
