/**
 * `npm run check`: checks everything in `content/` and prints every problem at once, grouped by
 * file, in Swedish. Exit status 1 if anything is wrong. `--lix` also lists each text's LIX.
 */
import { resolve } from 'node:path';
import { contentDirOf } from '../src/lib/content-dir.ts';
import { checkContent } from '../src/check/run-check.ts';
import { LIX_WARNING_LEVEL, lixLabel } from '../src/check/lix.ts';
import { formatReport } from '../src/check/report.ts';
import { hasErrors } from '../src/plan/issues.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirOf(root);

async function run() {
  // 1. Read and check everything: schemas, references, addresses, files in the wrong place, LIX.
  const started = performance.now();
  const result = await checkContent({ contentDir, root });

  // 2. On request, each text's readability, hardest first.
  if (process.argv.includes('--lix')) {
    console.log(`LIX per text (varning över ${LIX_WARNING_LEVEL}), med sidan där texten visas:`);
    const width = Math.max(0, ...result.lix.map((score) => score.page?.length ?? 0));
    for (const score of [...result.lix].sort((a, b) => b.score - a.score)) {
      const page = (score.page ?? '').padEnd(width);
      console.log(`  ${String(score.score).padStart(3)}  ${lixLabel(score.score).padEnd(11)}  ${page}  ${score.file}`);
    }
    console.log('');
  }

  // 3. Every problem, grouped by file, then the summary; exit status 1 on any error.
  console.log(formatReport(result.fileCount, result.issues));
  console.log(`Klart på ${Math.round(performance.now() - started)} ms.`);
  if (hasErrors(result.issues)) process.exitCode = 1;
}

await run();
