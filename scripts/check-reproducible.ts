/**
 * Builds the site twice from scratch and compares the two `dist/` folders byte for byte.
 *
 *   npm run check:reproducible
 *
 * The second build runs with its clock moved ahead, so a date or time taken from the clock
 * instead of from content or git shows up as a difference. Allowed differences, each with its
 * reason, are listed in scripts/reproducible-allowlist.json.
 */
import { buildTwice } from './lib/double-build.ts';
import { compareBuilds, readAllowlist } from './lib/reproducible.ts';

async function run() {
  // 1. Two clean builds, in separate folders with separate caches.
  const [first, second] = await buildTwice();
  console.log(`Byggde två gånger: ${first} och ${second}`);

  // 2. Compare every file; differences listed in the allowlist are reported but accepted.
  const { filesCompared, unexpected, allowed } = await compareBuilds(first, second, await readAllowlist());
  for (const d of allowed) console.log(`Tillåten skillnad: ${d.path} (${d.detail})`);
  for (const d of unexpected) console.error(`Skiljer sig: ${d.path} – ${d.detail}`);

  // 3. Verdict.
  console.log(`${filesCompared} filer jämförda, ${unexpected.length} oväntade skillnader, ${allowed.length} tillåtna.`);
  if (unexpected.length > 0) process.exitCode = 1;
}

await run();
