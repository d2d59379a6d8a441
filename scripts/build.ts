/**
 * `npm run build`: checks the content, builds the site into a fresh folder next to `dist/`, and
 * only when that succeeded swaps it in. A failed check or build leaves the previous `dist/`
 * exactly as it was, so a mistake in the content never replaces a good site.
 *
 * The check and the settings step run beside Astro's start, each in a process of its own; the
 * search index is written after Astro's process has ended, so Pagefind's memory never adds to
 * Astro's, and this process loads nothing heavy before then.
 *
 * This is the production build: it refuses a missing or placeholder base URL and a shallow git
 * history. `--preview` (used by `npm start`) builds a preview that needs no settings.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { astroThreadPool, CONTENT_CHECKED, INDEX_SEPARATELY } from '../src/integrations/build-steps.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');
// Siblings of the output folder, so the final swap is a rename on the same disk.
const nextDir = join(dirname(outDir), `.${basename(outDir)}-next`);
const previousDir = join(dirname(outDir), `.${basename(outDir)}-previous`);
/** `HPH_BUILD_MODE` as Astro's config and the settings step read it (`buildModeOf`): production unless asked. */
const modeSetting = process.argv.includes('--preview') ? 'preview' : (process.env['HPH_BUILD_MODE'] ?? 'production');

/** Below Astro's priority: on a machine with few cores, Astro's start is what the build waits for. */
const BESIDE_ASTRO = 10;

/**
 * Runs `node <args>`, at a lower priority when `beside` (niceness `BESIDE_ASTRO`); its output is
 * held back until `show()`, then passed on as it comes.
 */
function startNode(args: string[], env: NodeJS.ProcessEnv, { beside = false } = {}) {
  const started = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (beside && started.pid !== undefined) setPriority(started.pid, BESIDE_ASTRO);
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
  // Astro, the check and the settings start at once, each in a process of its own: Astro's start
  // takes seconds, and this process stays small while Astro runs. Astro builds into a fresh
  // folder beside the output, and its output is held back; whatever stops the build below stops
  // every process and removes that folder, so nothing is published.
  await rm(nextDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    HPH_OUT_DIR: nextDir,
    HPH_BUILD_MODE: modeSetting,
    [CONTENT_CHECKED]: '1',
    [INDEX_SEPARATELY]: '1',
    UV_THREADPOOL_SIZE: astroThreadPool(process.env, availableParallelism()),
  };
  const astro = startNode([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  const check = startNode([join(root, 'scripts/check.ts')], process.env, { beside: true });
  const settings = startNode([join(root, 'scripts/build-settings.ts')], { ...process.env, HPH_OUT_DIR: outDir, HPH_BUILD_MODE: modeSetting }, { beside: true });
  const stop = async (message?: string) => {
    for (const started of [astro, check, settings]) started.stop();
    await Promise.all([astro.ended, check.ended, settings.ended]);
    await rm(nextDir, { recursive: true, force: true });
    if (message) console.log(message);
    process.exitCode = 1;
  };

  // 1. The settings (`scripts/build-settings.ts`): a production build needs the real address and
  //    the full history for dates. It prints what is built, or why it stopped.
  const settled = await settings.ended;
  settings.show();
  if (settled !== 0) {
    await stop();
    return;
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
      const { writeSearchIndex } = await import('../src/integrations/pagefind.ts');
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
