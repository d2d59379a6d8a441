/**
 * `npm run check`: checks everything in `content/` and prints every problem at once, grouped by
 * file, in Swedish. Exit status 1 if anything is wrong. `--lix` also lists each text's LIX.
 * `--format github` prints workflow annotations (and a table in the job summary when
 * GITHUB_STEP_SUMMARY is set); `--format json` prints the problems as JSON.
 */
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { contentDirOf } from '../src/publishing/content-dir.ts';
import { checkContent } from '../src/check/run-check.ts';
import { LIX_WARNING_LEVEL, lixLabel } from '../src/check/lix.ts';
import { formatReport } from '../src/check/report.ts';
import { hasErrors } from '../src/plan/issues.ts';
import { formatOf, githubAnnotation, jsonReport, markdownSummary, type Format } from '../src/check/formats.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirOf(root);

async function run() {
  let format: Format;
  try {
    format = formatOf(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }

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

  // 3. Every problem in the format asked for; exit status 1 on any error.
  if (format === 'json') {
    process.stdout.write(jsonReport(result.fileCount, result.issues));
  } else if (format === 'github') {
    for (const issue of result.issues) console.log(githubAnnotation(issue));
    console.log(formatReport(result.fileCount, result.issues));
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) await appendFile(summary, markdownSummary(result.fileCount, result.issues));
  } else {
    console.log(formatReport(result.fileCount, result.issues));
    console.log(`Klart på ${Math.round(performance.now() - started)} ms.`);
  }
  if (hasErrors(result.issues)) process.exitCode = 1;
}

try {
  await run();
} catch (failure) {
  // The rules report their own failures; this is the last guard, so an editor never sees a stack trace.
  console.log(`Kontrollen kunde inte läsa innehållet: ${failure instanceof Error ? failure.message.split('\n')[0] : String(failure)}. Ångra den senaste ändringen och kör \`npm run check\` igen, eller be en utvecklare om hjälp.`);
  process.exitCode = 1;
}
