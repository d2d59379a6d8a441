/**
 * `npm run urls:update`: records every address the content publishes in `content/urls.txt`.
 * Only adds addresses and follows renamed files; never drops or re-binds one. If an address
 * would break or start to name another entry, it refuses and says what to fix first.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentDirOf } from '../src/publishing/content-dir.ts';
import { checkContent } from '../src/check/run-check.ts';
import { formatIssues } from '../src/plan/issues.ts';
import { formatManifest, MANIFEST_NAME, targetOf } from '../src/check/url-manifest.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirOf(root);

async function run() {
  // 1. Check the content; URL problems (a removed or re-bound address) must be fixed first.
  const result = await checkContent({ contentDir, root });
  const blocking = result.issues.filter(
    (issue) => issue.severity === 'error' && (issue.code.startsWith('url-') && issue.code !== 'url-not-recorded'),
  );
  if (blocking.length > 0) {
    console.log(`${formatIssues(blocking)}\n\nFörteckningen uppdaterades inte: rätta adresserna ovan först.`);
    process.exitCode = 1;
    return;
  }

  // 2. Keep every recorded address, naming the entry that now has it; add the new ones.
  const produced = new Map(result.produced.map((page) => [page.url, targetOf(page)]));
  const before = new Map((result.manifest ?? []).map((line) => [line.url, line.target]));
  const after = new Map(before);
  for (const [url, target] of produced) after.set(url, target);
  // Addresses removed on purpose keep their line and note, unless a page has them again.
  const removed = new Map((result.manifest ?? []).filter((line) => line.removed && !produced.has(line.url)).map((line) => [line.url, line.removed]));
  await writeFile(join(contentDir, MANIFEST_NAME), formatManifest([...after].map(([url, target]) => ({ url, target, removed: removed.get(url) }))));

  // 3. Say what changed.
  const added = [...after.keys()].filter((url) => !before.has(url));
  const moved = [...after].filter(([url, target]) => before.has(url) && before.get(url) !== target && !removed.has(url));
  for (const url of added) console.log(`  ny adress: ${url} → ${after.get(url)}`);
  for (const [url, target] of moved) console.log(`  uppdaterad: ${url} → ${target} (förut ${before.get(url)})`);
  console.log(`${result.manifestFile}: ${after.size} adresser, ${added.length} nya, ${moved.length} uppdaterade.`);
}

await run();
