/**
 * How long the editors' check takes: on the real content and on generated plans of growing
 * size (never published). Run with `npx node scripts/bench-check.ts`; compare with a build.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/check/run-check.ts';
import { writeSyntheticPlan } from './lib/synthetic-plan.ts';

const root = resolve(import.meta.dirname, '..');
const RUNS = 5;

async function median(contentDir: string): Promise<{ ms: number; files: number }> {
  const times: number[] = [];
  let files = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    files = (await checkContent({ contentDir, root })).fileCount;
    times.push(performance.now() - started);
  }
  return { ms: Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0), files };
}

async function run() {
  // 1. The real content, as `npm run check` sees it (without Node's start-up).
  const real = await median(join(root, 'content'));
  console.log(`content/: ${real.files} filer, ${real.ms} ms (median av ${RUNS})`);

  // 2. Generated plans, to see how the check grows with the plan.
  for (const goals of [40, 200]) {
    const dir = await mkdtemp(join(tmpdir(), `hph-bench-check-${goals}-`));
    await writeSyntheticPlan(dir, { goals });
    const result = await median(dir);
    console.log(`${goals} genererade mål: ${result.files} filer, ${result.ms} ms`);
  }
}

await run();
