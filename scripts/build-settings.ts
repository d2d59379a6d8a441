/**
 * The settings step of `npm run build` (`scripts/build.ts`), in a process of its own: reading the
 * settings loads Zod, YAML and the schemas (about 50 MB), which the build's own process would
 * otherwise hold while Astro runs. Reads `content/installningar.yml` (`src/consts.ts` validates
 * it) and prints what is built. A production build publishes, so it also needs the real `https:`
 * address and the full git history for dates; otherwise this prints why and exits with status 1.
 *
 * `HPH_BUILD_MODE` says which build it is (`production` unless `preview`); `HPH_OUT_DIR` names the
 * folder the message says is left as it was.
 */
import { basename, resolve } from 'node:path';
import { historyProblem, isShallowCheckout, productionUrlProblem } from '../src/publishing/site-settings.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');

async function run() {
  let consts: typeof import('../src/consts.ts');
  try {
    consts = await import('../src/consts.ts');
  } catch (error) {
    console.log(`${(error as Error).message}\n\nBygget avbröts innan det började. ${basename(outDir)}/ är orörd.`);
    process.exitCode = 1;
    return;
  }
  const { BUILD_MODE, SITE_URL, SETTINGS } = consts;
  const shallow = historyProblem(isShallowCheckout(root));
  if (BUILD_MODE === 'production') {
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
}

await run();
